/**
 * How deeply a YAML text nests lists and mappings, found in one pass over its characters before the `yaml` package
 * sees it. That parser recurses once per level: a hostile file of a million brackets, or of `- - - - ...`, took
 * seconds and a gigabyte and then failed wherever the stack happened to run out. This scan refuses such a file at
 * once, at the exact place where it passes the limit, the same on every machine and thread.
 *
 * It counts block levels by indentation (and by `- `, `? ` and `: ` at the start of a line's content) and flow
 * levels by brackets, skipping quoted text, comments and block scalars. Where it cannot tell, it counts too little
 * rather than too much, and leaves the file to the parser as before; an honest file never comes near the limit
 * (partnership files nest a few levels; src/core/yaml/fast.ts already gives up at 64).
 */

import { MAX_ENTRIES, MAX_NESTING } from '../base/limits.js';

export { MAX_NESTING };

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

const isBlank = (c: number) => c === SPACE || c === TAB || c === CR || c === LF || Number.isNaN(c);

/** The offset where nesting first goes beyond `limit` levels, or undefined when it never does. */
export function excessiveNesting(text: string, limit: number = MAX_NESTING): number | undefined {
  const found = scanYaml(text, limit, Number.POSITIVE_INFINITY);
  return found?.limit === 'nesting' ? found.offset : undefined;
}

/**
 * The first place where the text passes a limit: nesting deeper than `nesting` levels, or more than `entries`
 * entries (lines with content in block context, plus `- `, `? ` and `: ` opening a node on a line, plus items of
 * `[ ]` and `{ }`). Entries bound the nodes, keys and list items the parser would build, so a file of a hundred
 * thousand tiny items is refused here, in one pass, before the parser spends seconds on it.
 */
export function scanYaml(text: string, nesting: number = MAX_NESTING, entries: number = MAX_ENTRIES): { limit: 'nesting' | 'entries'; offset: number } | undefined {
  const limit = nesting;
  let count = 0;
  const n = text.length;
  /** The columns of the open block nodes, innermost last. */
  const block: number[] = [];
  /** Open flow collections ([ or {). */
  let flow = 0;
  /** The indentation of the line that opened a block scalar (| or >), whose more-indented lines are its text. */
  let scalarParent = -1;
  let lineIndent = 0;
  /** Whether a node may start here (so a bracket opens a collection and a quote opens a quoted scalar). */
  let nodeStart = true;
  let i = 0;
  let lineStart = true;

  while (i < n) {
    if (lineStart) {
      lineStart = false;
      let j = i;
      while (text.charCodeAt(j) === SPACE) j++;
      const c = text.charCodeAt(j);
      const empty = j >= n || c === LF || c === CR || c === 0x23; // # starts a comment line
      if (scalarParent >= 0) {
        if (empty || j - i > scalarParent) {
          i = nextLine(text, j);
          lineStart = true;
          continue;
        }
        scalarParent = -1;
      }
      if (empty) {
        i = nextLine(text, j);
        lineStart = true;
        continue;
      }
      lineIndent = j - i;
      nodeStart = true;
      if (flow === 0) {
        while (block.length > 0 && block[block.length - 1]! >= lineIndent) block.pop();
        block.push(lineIndent);
        if (block.length > limit) return { limit: 'nesting', offset: j };
        if (++count > entries) return { limit: 'entries', offset: j };
        // `- `, `? ` and `: ` open one more level each, at the column after them: `- - - x` is three lists deep.
        while ((text.charCodeAt(j) === 0x2d || text.charCodeAt(j) === 0x3f || text.charCodeAt(j) === 0x3a) && isBlank(text.charCodeAt(j + 1))) {
          j++;
          while (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === TAB) j++;
          if (j >= n || text.charCodeAt(j) === LF || text.charCodeAt(j) === CR) break;
          block.push(j - i);
          if (block.length > limit) return { limit: 'nesting', offset: j };
          if (++count > entries) return { limit: 'entries', offset: j };
        }
      }
      i = j;
      continue;
    }

    const c = text.charCodeAt(i);
    if (c === LF) {
      i++;
      lineStart = true;
      continue;
    }
    if (c === SPACE || c === TAB || c === CR) {
      i++;
      continue;
    }
    if (c === 0x23 && isBlank(text.charCodeAt(i - 1))) {
      // A comment, to the end of the line.
      i = text.indexOf('\n', i);
      if (i < 0) break;
      continue;
    }
    if (nodeStart) {
      if (c === 0x22) {
        i = afterDoubleQuoted(text, i + 1);
        nodeStart = false;
        continue;
      }
      if (c === 0x27) {
        i = afterSingleQuoted(text, i + 1);
        nodeStart = false;
        continue;
      }
      if (flow === 0 && (c === 0x7c || c === 0x3e)) {
        // A block scalar: its text is every following line indented more than this one.
        scalarParent = lineIndent;
        i = text.indexOf('\n', i);
        if (i < 0) break;
        continue;
      }
      if (c === 0x26 || c === 0x21) {
        // An anchor (&a) or a tag (!t) before the node: the node still starts after it.
        while (i < n && !isBlank(text.charCodeAt(i))) i++;
        continue;
      }
    }
    if ((c === 0x5b || c === 0x7b) && (nodeStart || flow > 0)) {
      flow++;
      if (block.length + flow > limit) return { limit: 'nesting', offset: i };
      if (++count > entries) return { limit: 'entries', offset: i };
      nodeStart = true;
      i++;
      continue;
    }
    if (flow > 0) {
      if (c === 0x5d || c === 0x7d) {
        flow--;
        nodeStart = false;
      } else {
        nodeStart = c === 0x2c || c === 0x3a || c === 0x3f; // , : ?
        if (c === 0x2c && ++count > entries) return { limit: 'entries', offset: i };
      }
      i++;
      continue;
    }
    // Block context, inside a line: after `key: ` a node may start.
    nodeStart = c === 0x3a && isBlank(text.charCodeAt(i + 1));
    i++;
  }
  return undefined;
}

function nextLine(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl + 1;
}

/** The offset after the closing `"` (backslash escapes), or the end of the text. */
function afterDoubleQuoted(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x22) return i + 1;
  }
  return text.length;
}

/** The offset after the closing `'` (`''` is an escaped quote), or the end of the text. */
function afterSingleQuoted(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text.charCodeAt(i) !== 0x27) continue;
    if (text.charCodeAt(i + 1) === 0x27) i++;
    else return i + 1;
  }
  return text.length;
}
