/**
 * A fast path for the YAML that partnership files are made of: block mappings and sequences, plain, quoted and
 * block scalars, comments. It returns the same data as the `yaml` package's `parseDocument(...).toJS()` with the
 * options of src/core/yaml/source.ts (YAML 1.2 core schema), and the start offset of every node, which is all that
 * `locate()` needs. Anything it is not sure to read exactly as `yaml` does (flow collections, anchors, aliases, tags,
 * directives, several documents, multi-line plain or quoted scalars, tabs, odd indentation, duplicate keys, and every
 * error) makes it give up, and the caller parses the file with `yaml` as before. So it never decides a finding: it
 * only saves building a Document for the files that need none. test/yaml-fast.test.ts holds it to that.
 */

import { MAX_ENTRIES } from '../base/limits.js';

/** Where a node starts (its offset in the text), and for collections where its children are. */
export type FastNode = number | FastMap | FastSeq;

export class FastMap {
  #index: Map<string, number> | undefined;
  constructor(
    readonly start: number,
    readonly keys: string[],
    readonly keyStarts: number[],
    readonly values: FastNode[],
  ) {}

  /** Each key's position in `keys`, built on first use (so that finding a key stays constant time). */
  keyIndex(): Map<string, number> {
    if (this.#index) return this.#index;
    const index = new Map<string, number>();
    this.keys.forEach((k, i) => {
      if (!index.has(k)) index.set(k, i);
    });
    return (this.#index = index);
  }
}

export class FastSeq {
  constructor(
    readonly start: number,
    readonly items: FastNode[],
  ) {}
}

export interface FastParse {
  data: unknown;
  root: FastNode;
}

/** The start offset of a node. */
export function nodeStart(node: FastNode): number {
  return typeof node === 'number' ? node : node.start;
}

class GiveUp {}
const GIVE_UP = new GiveUp();

// Characters the fast path never reads: tabs, control characters, NEL, LS, PS, BOM, NBSP (and a CR not before LF).
// eslint-disable-next-line no-control-regex
const REFUSED = /[\x00-\x08\t\x0b\x0c\x0e-\x1f\x7f\x85\xa0\u2028\u2029\ufeff]/;
// Keys whose string form differs from their text, or that are special for JavaScript objects.
const ODD_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '__proto__']);
const ODD_START = new Uint8Array(128);
for (const c of 'nNtTfF_') ODD_START[c.charCodeAt(0)] = 1;
/** Keys seen, by a hash of their first and last characters and length (a collision just makes a new string). */
const KEY_SLOTS = 1024;
const KEYS: (string | undefined)[] = new Array(KEY_SLOTS);
/** Characters that may not start a plain scalar here (or start something else: flow, anchor, alias, tag ...). */
const INDICATOR = new Uint8Array(128);
for (const c of '?:,[]{}#&*!%@`') INDICATOR[c.charCodeAt(0)] = 1;

/** Deeper nesting is left to `yaml` (which reports runaway nesting); partnership files need a handful of levels. */
const MAX_DEPTH = 64;

const SPACE = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;

/** Parses `text` (without a byte-order mark), or returns undefined when `yaml` must do it. */
export function fastParse(text: string): FastParse | undefined {
  if (REFUSED.test(text)) return undefined;
  for (let cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', cr + 1)) if (text.charCodeAt(cr + 1) !== 10) return undefined;
  try {
    return new Reader(text).document();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const BOOLS = new Map([['true', true], ['True', true], ['TRUE', true], ['false', false], ['False', false], ['FALSE', false]]);
const HEX = /^0x[0-9a-fA-F]+$/;
const NAN_INF = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** Whether s[from..] is one or more characters, each with a code within [lo, hi]. */
function allIn(s: string, from: number, lo: number, hi: number): boolean {
  if (from >= s.length) return false;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < lo || c > hi) return false;
  }
  return true;
}

/**
 * Plain scalars resolved as by the YAML 1.2 core schema, trying `yaml`'s core tags in their order (null, bool,
 * int as 0o octal, decimal and 0x hex, then .inf/.nan, exponent and plain floats), with their exact patterns; the
 * patterns are written out so that most values, words and dates, are settled without running a regular expression.
 */
function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // A value starting with a letter other than n, N, t, T, f, F is text (the core tags all start otherwise).
  if ((c >= 97 && c <= 122 && c !== 102 && c !== 110 && c !== 116) || (c >= 65 && c <= 90 && c !== 70 && c !== 78 && c !== 84)) return s;
  if (NULLS.has(s)) return null;
  const b = BOOLS.get(s);
  if (b !== undefined) return b;
  const digitOrSign = (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
  if (!digitOrSign) return s;
  if (c === 48 && s.charCodeAt(1) === 111 && allIn(s, 2, 48, 55)) return parseInt(s.substring(2), 8);
  if (allIn(s, c === 43 || c === 45 ? 1 : 0, 48, 57)) return parseInt(s, 10);
  if (c === 48 && s.charCodeAt(1) === 120 && HEX.test(s)) return parseInt(s.substring(2), 16);
  if (s.includes('.') && NAN_INF.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if ((s.includes('e') || s.includes('E')) && FLOAT_EXP.test(s)) return parseFloat(s);
  if (s.includes('.') && FLOAT.test(s)) return parseFloat(s);
  return s;
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};

class Reader {
  /** Start offset, content end (before CR LF or LF) and leading spaces of each line (-1 for blank or comment-only). */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly indents: number[] = [];
  private readonly n: number;
  /** The line being read. */
  private i = 0;
  /** Collections open. */
  private depth = 0;
  /** The node of the value read last (methods return its data). */
  private node: FastNode = 0;

  constructor(private readonly text: string) {
    const len = text.length;
    let start = 0;
    for (;;) {
      let nl = text.indexOf('\n', start);
      if (nl < 0) nl = len;
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      let p = start;
      while (p < end && text.charCodeAt(p) === SPACE) p++;
      this.starts.push(start);
      this.ends.push(end);
      if (p === end || text.charCodeAt(p) === HASH) this.indents.push(-1);
      else {
        // Directives and document markers (`%`, `---`, `...` at the start of a line) are left to `yaml`.
        if (p === start) {
          const c = text.charCodeAt(p);
          if (c === 37 || ((c === DASH || c === 46) && text.charCodeAt(p + 1) === c && text.charCodeAt(p + 2) === c && (p + 3 === end || text.charCodeAt(p + 3) === SPACE))) throw GIVE_UP;
        }
        this.indents.push(p - start);
      }
      if (nl === len) break;
      start = nl + 1;
    }
    this.n = this.starts.length;
    // A line the fast path reads holds at most two entries (`- key: value`), so a file of more than half as many
    // lines as a file may hold entries is left to `yaml`'s path, which counts them and refuses it at the place.
    if (this.n > MAX_ENTRIES / 2) throw GIVE_UP;
  }

  document(): FastParse {
    const first = this.nextContent(0);
    if (first >= this.n || this.indents[first] !== 0) throw GIVE_UP;
    this.i = first;
    const start = this.starts[first]!;
    if (this.keyEnd(start, this.ends[first]!) < 0) throw GIVE_UP;
    const data = this.map(0, start);
    if (this.i < this.n) throw GIVE_UP;
    return { data, root: this.node };
  }

  /** The first line at or after `i` that holds content (not blank, not only a comment). */
  private nextContent(i: number): number {
    while (i < this.n && this.indents[i] === -1) i++;
    return i;
  }

  /**
   * If a simple key (a letter or _, then letters, digits, _ and -) and its colon, followed by a space or the end of
   * the line, start at `at`: the offset after the colon; else -1.
   */
  private keyEnd(at: number, end: number): number {
    const text = this.text;
    let c = text.charCodeAt(at);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95)) return -1;
    let p = at + 1;
    for (; p < end; p++) {
      c = text.charCodeAt(p);
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === DASH)) break;
    }
    if (p === end || c !== COLON) return -1;
    p++;
    return p === end || text.charCodeAt(p) === SPACE ? p : -1;
  }

  /**
   * The key text[at, end) as a string, the same string object each time the same key comes back: field names repeat
   * in every file, and a string V8 has already made a property name costs nothing more to use as one.
   */
  private key(at: number, end: number): string {
    const text = this.text;
    const length = end - at;
    const slot = (text.charCodeAt(at) * 31 + text.charCodeAt(end - 1) * 7 + length) & (KEY_SLOTS - 1);
    const seen = KEYS[slot];
    if (seen !== undefined && seen.length === length && text.startsWith(seen, at)) return seen;
    const key = text.slice(at, end);
    KEYS[slot] = key;
    return key;
  }

  private isDash(at: number, end: number): boolean {
    return this.text.charCodeAt(at) === DASH && (at + 1 === end || this.text.charCodeAt(at + 1) === SPACE);
  }

  /** A block mapping whose items start at column `indent`; the first key is at offset `at` on line `this.i`. */
  private map(indent: number, at: number): Record<string, unknown> {
    if (++this.depth > MAX_DEPTH) throw GIVE_UP;
    const text = this.text;
    const data: Record<string, unknown> = {};
    const node = new FastMap(at, [], [], []);
    for (;;) {
      const line = this.i;
      const end = this.ends[line]!;
      const colon = this.keyEnd(at, end);
      if (colon < 0) throw GIVE_UP;
      const key = this.key(at, colon - 1);
      const first = text.charCodeAt(at);
      if (ODD_START[first] === 1 && ODD_KEYS.has(key)) throw GIVE_UP;
      if (Object.prototype.hasOwnProperty.call(data, key) || colon - at > 1000) throw GIVE_UP;
      let q = colon;
      while (q < end && text.charCodeAt(q) === SPACE) q++;
      let value: unknown;
      if (q === end || text.charCodeAt(q) === HASH) {
        const next = this.nextContent(line + 1);
        const nextIndent = next < this.n ? this.indents[next]! : -1;
        if (nextIndent > indent) value = this.block(next, indent);
        else if (nextIndent === indent && this.isDash(this.starts[next]! + indent, this.ends[next]!)) value = this.seq(next, indent);
        else {
          value = null;
          this.node = q;
          this.i = next;
        }
      } else value = this.inline(q, end, indent);
      data[key] = value;
      node.keys.push(key);
      node.keyStarts.push(at);
      node.values.push(this.node);

      const next = this.i;
      if (next >= this.n) break;
      const nextIndent = this.indents[next]!;
      if (nextIndent < indent) break;
      if (nextIndent > indent) throw GIVE_UP;
      at = this.starts[next]! + indent;
      if (this.keyEnd(at, this.ends[next]!) < 0) break;
    }
    this.depth--;
    this.node = node;
    return data;
  }

  /** A block sequence whose dashes are at column `indent`, starting on line `line`. */
  private seq(line: number, indent: number): unknown[] {
    if (++this.depth > MAX_DEPTH) throw GIVE_UP;
    const text = this.text;
    const data: unknown[] = [];
    const node = new FastSeq(this.starts[line]! + indent, []);
    this.i = line;
    for (;;) {
      const l = this.i;
      const end = this.ends[l]!;
      let q = this.starts[l]! + indent + 1;
      while (q < end && text.charCodeAt(q) === SPACE) q++;
      let value: unknown;
      if (q === end || text.charCodeAt(q) === HASH) {
        const next = this.nextContent(l + 1);
        if (next < this.n && this.indents[next]! > indent) value = this.block(next, indent);
        else {
          value = null;
          this.node = q;
          this.i = next;
        }
      } else if (this.isDash(q, end)) throw GIVE_UP;
      else if (this.keyEnd(q, end) >= 0) value = this.map(q - this.starts[l]!, q);
      else value = this.inline(q, end, indent);
      data.push(value);
      node.items.push(this.node);

      const next = this.i;
      if (next >= this.n) break;
      const nextIndent = this.indents[next]!;
      if (nextIndent < indent) break;
      if (nextIndent > indent) throw GIVE_UP;
      if (!this.isDash(this.starts[next]! + indent, this.ends[next]!)) break;
    }
    this.depth--;
    this.node = node;
    return data;
  }

  /** A block collection on its own lines, starting on line `line`, more indented than its parent at `parent`. */
  private block(line: number, parent: number): unknown {
    const indent = this.indents[line]!;
    if (indent <= parent) throw GIVE_UP;
    const at = this.starts[line]! + indent;
    const end = this.ends[line]!;
    if (this.isDash(at, end)) return this.seq(line, indent);
    this.i = line;
    if (this.keyEnd(at, end) >= 0) return this.map(indent, at);
    throw GIVE_UP; // A scalar on the next lines (multi-line plain, or a quote): left to `yaml`.
  }

  /** A scalar that starts at `q` on line `this.i`, inside a collection at column `parent`; leaves `this.i` on the next content line. */
  private inline(q: number, end: number, parent: number): unknown {
    const text = this.text;
    const c = text.charCodeAt(q);
    let value: unknown;
    let after: number;
    this.node = q;
    if (c === 34 /* " */) {
      value = this.doubleQuoted(q, end);
      after = this.after;
    } else if (c === 39 /* ' */) {
      value = this.singleQuoted(q, end);
      after = this.after;
    } else if (c === 124 /* | */ || c === 62 /* > */) {
      return this.blockScalar(q, end, parent, c === 62);
    } else if (INDICATOR[c] === 1 || (c === DASH && (q + 1 === end || text.charCodeAt(q + 1) === SPACE))) {
      throw GIVE_UP;
    } else {
      value = this.plain(q, end);
      after = this.after;
    }
    // After the scalar: nothing but spaces and a comment.
    let p = after;
    while (p < end && text.charCodeAt(p) === SPACE) p++;
    if (p < end && !(text.charCodeAt(p) === HASH && p > after)) throw GIVE_UP;
    const next = this.nextContent(this.i + 1);
    // A more-indented line after a scalar would continue it (or be an error): left to `yaml`.
    if (next < this.n && this.indents[next]! > parent) throw GIVE_UP;
    this.i = next;
    return value;
  }

  /** Where the scalar read last ends. */
  private after = 0;

  /** A plain scalar on one line. */
  private plain(q: number, end: number): unknown {
    let s = this.text.slice(q, end);
    const hash = s.indexOf(' #');
    if (hash >= 0) s = s.slice(0, hash);
    let n = s.length;
    while (n > 0 && s.charCodeAt(n - 1) === SPACE) n--; // only spaces: YAML keeps other blanks (U+3000 ...) as text
    if (n < s.length) s = s.slice(0, n);
    if (s.includes(': ') || s.charCodeAt(n - 1) === COLON) throw GIVE_UP;
    this.after = q + n;
    return resolvePlain(s);
  }

  private singleQuoted(q: number, end: number): string {
    const text = this.text;
    let p = q + 1;
    let out = '';
    let from = p;
    for (;;) {
      const k = text.indexOf("'", p);
      if (k < 0 || k >= end) throw GIVE_UP; // not closed on this line (the search stops at the next quote)
      if (text.charCodeAt(k + 1) === 39) {
        out += text.slice(from, k + 1);
        p = from = k + 2;
        continue;
      }
      this.after = k + 1;
      return out + text.slice(from, k);
    }
  }

  private doubleQuoted(q: number, end: number): string {
    const text = this.text;
    let out = '';
    let from = q + 1;
    for (let p = q + 1; p < end; p++) {
      const ch = text.charCodeAt(p);
      if (ch === 34) {
        this.after = p + 1;
        return out + text.slice(from, p);
      }
      if (ch !== 92 /* \ */) continue;
      out += text.slice(from, p);
      const e = text[p + 1];
      if (e === undefined || p + 1 >= end) throw GIVE_UP;
      const simple = ESCAPES[e];
      if (simple !== undefined) {
        out += simple;
        p += 1;
      } else if (e === 'x' || e === 'u' || e === 'U') {
        const length = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        const hex = text.slice(p + 2, p + 2 + length);
        if (hex.length !== length || p + 2 + length > end || !/^[0-9a-fA-F]+$/.test(hex)) throw GIVE_UP;
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) throw GIVE_UP;
        out += String.fromCodePoint(code);
        p += 1 + length;
      } else throw GIVE_UP;
      from = p + 1;
    }
    throw GIVE_UP; // not closed on this line
  }

  /**
   * A block scalar (`|`, `|-`, `>`, `>-`) whose header is at `q`, inside a collection at column `parent`. Its lines
   * are folded as `yaml`'s resolveBlockScalar does; keep chomping, indentation indicators, blank lines holding spaces
   * and lines less indented than the first are left to `yaml`.
   */
  private blockScalar(q: number, end: number, parent: number, folded: boolean): string {
    const text = this.text;
    let p = q + 1;
    const strip = text.charCodeAt(p) === DASH;
    if (strip) p++;
    if (p < end) {
      if (text.charCodeAt(p) !== SPACE) throw GIVE_UP;
      while (p < end && text.charCodeAt(p) === SPACE) p++;
      if (p < end && text.charCodeAt(p) !== HASH) throw GIVE_UP;
    }
    // The scalar's lines: blank lines, and lines indented at least as much as its first line.
    let line = this.i + 1;
    let trim = -1;
    const lines: string[] = [];
    const indents: number[] = [];
    for (; line < this.n; line++) {
      const s = this.starts[line]!;
      const e = this.ends[line]!;
      if (s === e) {
        lines.push('');
        indents.push(0);
        continue;
      }
      let k = s;
      while (k < e && text.charCodeAt(k) === SPACE) k++;
      if (k === e) throw GIVE_UP; // a blank line holding spaces
      const indent = k - s;
      if (trim < 0) {
        if (indent <= parent) break;
        trim = indent;
      } else if (indent < trim) {
        if (indent > parent) throw GIVE_UP;
        break;
      }
      lines.push(text.slice(k, e));
      indents.push(indent);
    }
    // Trailing blank lines belong to no one here (clip and strip drop them); the next content line follows.
    let chompStart = lines.length;
    while (chompStart > 0 && lines[chompStart - 1] === '') chompStart--;
    if (chompStart === 0) throw GIVE_UP;
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    let i = 0;
    for (; lines[i] === ''; i++) value += '\n';
    for (; i < chompStart; i++) {
      const content = lines[i]!;
      const extra = content === '' ? '' : ' '.repeat(indents[i]! - trim);
      if (!folded) {
        value += sep + extra + content;
        sep = '\n';
      } else if (extra !== '') {
        if (sep === ' ') sep = '\n';
        else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
        value += sep + extra + content;
        sep = '\n';
        prevMoreIndented = true;
      } else if (content === '') {
        if (sep === '\n') value += '\n';
        else sep = '\n';
      } else {
        value += sep + content;
        sep = ' ';
        prevMoreIndented = false;
      }
    }
    if (!strip) value += '\n';
    this.i = this.nextContent(line);
    return value;
  }
}
