import { createRequire } from 'node:module';
import type { Document, LineCounter, Node, Pair } from 'yaml';
// With resolveKnownTags off, every tag beyond the core ones (str, int, map ...) stays unresolved and is reported.
import type { Diagnostic } from '../base/diagnostic.js';
import { MAX_ALIAS_COUNT, MAX_ENTRIES, MAX_EXPANDED_NODES, MAX_FILE_BYTES, MAX_NESTING } from '../base/limits.js';
import { formatNumber } from '../base/wording.js';
import { scanYaml } from './depth.js';
import { FastMap, FastSeq, fastParse, nodeStart, type FastNode } from './fast.js';
import { fieldNames } from './field-names.js';
import { syntaxCauses, type ParserError } from './syntax.js';

/** A parsed YAML file: its text, the document with node positions, and its plain data. */
export interface YamlSource {
  file: string;
  text: string;
  /** The `yaml` Document; built on first use for files read by the fast path (src/core/yaml/fast.ts). */
  doc: Document.Parsed;
  lineCounter: Pick<LineCounter, 'lineStarts' | 'linePos'>;
  /** Plain data (YAML 1.2 core types), or undefined when the file could not be turned into data. */
  data: unknown;
  /** Where each node starts, when the fast path read the file: `locate()` needs no Document then. */
  index?: FastNode;
}

export interface Position {
  line: number;
  column: number;
}

type YamlModule = typeof import('yaml');
let yamlModule: YamlModule | undefined;
/** The `yaml` package, loaded on first use: files the fast path reads never need it, so neither does start-up. */
function yaml(): YamlModule {
  return (yamlModule ??= createRequire(import.meta.url)('yaml') as YamlModule);
}

/** Counts parses, for regression tests of work done (never timing): fast path, and full `yaml` Documents. */
export const parseStats = { fast: 0, documents: 0 };

// The limits live in src/core/base/limits.ts; these two are read from here too.
export { MAX_ALIAS_COUNT, MAX_FILE_BYTES };

/**
 * Parses one file as YAML 1.2 core whatever `%YAML` directive it carries, so `no`, `on`, `1.10` and dates stay
 * what they look like; duplicate keys, several documents, tags and alias bombs are findings.
 */
export function parseYaml(file: string, rawText: string, options: { fast?: boolean } = {}): { source: YamlSource; diagnostics: Diagnostic[] } {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  // The fast path reads most files; `fast: false` (for tests) always builds the Document.
  const fast = options.fast === false ? undefined : fastParse(text);
  if (fast) {
    parseStats.fast++;
    return { source: new FastSource(file, text, fast.data, fast.root), diagnostics: [] };
  }
  // Before `yaml` recurses into a hostile file: refuse one nested too deeply, at the place (src/core/yaml/depth.ts),
  // and before it spends seconds on a hostile number of entries (src/core/base/limits.ts).
  const over = scanYaml(text);
  if (over !== undefined) return refused(file, text, over.limit, over.offset);
  const { doc, lineCounter } = parseFull(text);
  const source: YamlSource = { file, text, doc, lineCounter, data: undefined };
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number) => offsetToPosition(source, offset);
  // Duplicate keys and the size after aliases, in one linear pass (`yaml`'s own duplicate check is quadratic).
  const shape = walkDocument(doc);

  if (doc.errors.some((e) => !OWN_WORDS.has(e.code) && !/call stack|too much recursion/i.test(e.message))) {
    // Syntax errors: their causes, each once, in a broker's words (src/core/yaml/syntax.ts); a duplicate field is
    // reported only if it is still there once the causes are fixed.
    // The duplicate keys found by walkDocument() join the parser's errors, as `yaml`'s own check would have put them.
    const errors = [...doc.errors.map((e) => ({ code: e.code, offset: e.pos[0] })), ...shape.duplicates.map((offset) => ({ code: 'DUPLICATE_KEY', offset }))].sort((a, b) => a.offset - b.offset);
    diagnostics.push(...syntaxFindings(file, text, errors));
  } else {
    for (const error of doc.errors) {
      const { rule, message, hint } = describeYamlError(error.code, error.message);
      diagnostics.push({ file, ...at(error.pos[0]), severity: 'error', rule, message, ...(hint ? { hint } : {}) });
    }
    for (const offset of shape.duplicates) {
      const { rule, message, hint } = describeYamlError('DUPLICATE_KEY', '');
      diagnostics.push({ file, ...at(offset), severity: 'error', rule, message, ...(hint ? { hint } : {}) });
    }
  }
  for (const warning of doc.warnings) {
    if (warning.code === 'TAG_RESOLVE_FAILED') {
      const tag = /tag:yaml\.org,2002:(\S+)/.exec(warning.message)?.[1];
      diagnostics.push({
        file, ...at(warning.pos[0]), severity: 'error', rule: 'yaml-tag',
        message: `YAML tags such as ${tag ? `\`!!${tag}\`` : 'this one'} are not used in partnership files.`,
        hint: 'Remove the tag and write the value as plain text, a number or a date (YYYY-MM-DD).',
      });
    }
  }
  if (diagnostics.some((d) => d.severity === 'error' && d.rule !== 'yaml-tag')) return { source, diagnostics };

  if (shape.expanded > MAX_EXPANDED_NODES) {
    diagnostics.push({
      file, ...at(shape.firstAlias ?? 0), severity: 'error', rule: 'yaml-alias',
      message: shape.aliases > MAX_ALIAS_COUNT
        ? `This file uses more than ${MAX_ALIAS_COUNT} aliases (*name); it looks like an alias bomb.`
        : `This file's aliases (*name) expand to more than ${formatNumber(MAX_EXPANDED_NODES)} values; it looks like an alias bomb.`,
      hint: 'Write the values out instead of repeating anchors (&name) and aliases (*name).',
    });
    return { source, diagnostics };
  }
  try {
    source.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof RangeError) {
      diagnostics.push({ file, line: 1, column: 1, severity: 'error', rule: 'yaml-too-deep', message: 'This file nests lists or mappings too deeply to read.', hint: TOO_DEEP_HINT });
      return { source, diagnostics };
    }
    if (!(error instanceof ReferenceError)) throw error;
    let offset = 0;
    const { visit } = yaml();
    visit(doc, { Alias(_, node) { offset = node.range?.[0] ?? 0; return visit.BREAK; } });
    diagnostics.push({
      file, ...at(offset), severity: 'error', rule: 'yaml-alias',
      message: 'This file expands YAML aliases (*name) too many times; it looks like an alias bomb.',
      hint: 'Write the values out instead of repeating anchors (&name) and aliases (*name).',
    });
  }
  return { source, diagnostics };
}

/**
 * A file refused before parsing, nested more than MAX_NESTING levels or holding more than MAX_ENTRIES entries at
 * `offset`: no data, an empty Document.
 */
function refused(file: string, text: string, limit: 'nesting' | 'entries', offset: number): { source: YamlSource; diagnostics: Diagnostic[] } {
  let doc: Document.Parsed | undefined;
  const source: YamlSource = {
    file,
    text,
    get doc() {
      return (doc ??= yaml().parseDocument(''));
    },
    lineCounter: new Lines(text),
    data: undefined,
  };
  const place = offsetToPosition(source, offset);
  if (limit === 'entries') {
    const message = `This file holds more than ${formatNumber(MAX_ENTRIES)} entries (lines and list items); it stops being read here.`;
    return { source, diagnostics: [{ file, ...place, severity: 'error', rule: 'yaml-too-large', message, hint: 'No partnership file needs that many: split it up, or remove what was pasted or generated by mistake.' }] };
  }
  const message = `Lists or mappings are nested more than ${MAX_NESTING} levels deep here, so the file is not read.`;
  return { source, diagnostics: [{ file, ...place, severity: 'error', rule: 'yaml-too-deep', message, hint: TOO_DEEP_HINT }] };
}

const TOO_DEEP_HINT = 'Partnership files need only a few levels of indentation; look for runaway brackets or indentation.';

/** The options every partnership file is parsed with (src/core/lifecycle/advance.ts keeps a copy for its edits). */
function parseFull(text: string): { doc: Document.Parsed; lineCounter: Lines } {
  const { parseDocument } = yaml();
  parseStats.documents++;
  // Our own line starts, not yaml's LineCounter: that one misses line breaks inside error tokens, so every place
  // after a syntax error would drift.
  const lineCounter = new Lines(text);
  // Duplicate keys are found by walkDocument() in linear time; `yaml`'s check compares every key with every other.
  const doc = parseDocument(text, { ...PARSE_OPTIONS, uniqueKeys: false });
  return { doc, lineCounter };
}

const PARSE_OPTIONS = {
  version: '1.2',
  schema: 'core',
  merge: false,
  // On for the syntax-cause analysis of a broken file (errorsOf); parseFull() turns it off for walkDocument().
  uniqueKeys: true,
  strict: true,
  prettyErrors: false,
  resolveKnownTags: false,
  keepSourceTokens: false,
} as const;

/** What walkDocument() finds: duplicate keys (their offsets), values after alias expansion, the first alias. */
interface DocumentShape {
  duplicates: number[];
  expanded: number;
  aliases: number;
  firstAlias?: number;
}

/**
 * One pass over a Document, in document order: the keys that repeat in a mapping (as `yaml`'s uniqueKeys would
 * report them, but with a Set per mapping instead of comparing each key with all before it), and how many values the
 * file holds once every alias is expanded (an alias counts what its anchor holds, counted once). More aliases than
 * MAX_ALIAS_COUNT count as an expansion past the limit: resolving each costs `yaml` a pass over the anchors.
 */
function walkDocument(doc: Document.Parsed): DocumentShape {
  const { isAlias, isMap, isPair, isScalar, isSeq } = yaml();
  const shape: DocumentShape = { duplicates: [], expanded: 0, aliases: 0 };
  const anchors = new Map<string, number>();
  const walk = (node: unknown): number => {
    if (isAlias(node)) {
      shape.firstAlias ??= node.range?.[0] ?? 0;
      if (++shape.aliases > MAX_ALIAS_COUNT) return MAX_EXPANDED_NODES + 1;
      return anchors.get(node.source) ?? 1;
    }
    if (node === null || typeof node !== 'object') return 1;
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor !== undefined) anchors.set(anchor, 1); // an alias inside its own anchor counts one
    let size = 1;
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        if (isScalar(pair.key)) {
          const k = `${typeof pair.key.value}:${String(pair.key.value)}`;
          if (seen.has(k)) shape.duplicates.push(pair.key.range?.[0] ?? 0);
          else seen.add(k);
        }
        size += walk(pair.key) + walk(pair.value);
        if (size > MAX_EXPANDED_NODES) break;
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        size += walk(item);
        if (size > MAX_EXPANDED_NODES) break;
      }
    }
    if (anchor !== undefined) anchors.set(anchor, size);
    return size;
  };
  shape.expanded = walk(doc.contents);
  return shape;
}

/** A file the fast path read: data and node offsets now, the `yaml` Document only if someone asks for it. */
class FastSource implements YamlSource {
  #doc: Document.Parsed | undefined;
  #lines: Lines | undefined;
  constructor(
    readonly file: string,
    readonly text: string,
    public data: unknown,
    readonly index: FastNode,
  ) {}

  get doc(): Document.Parsed {
    return (this.#doc ??= parseFull(this.text).doc);
  }

  get lineCounter(): Lines {
    return (this.#lines ??= new Lines(this.text));
  }
}

/** The line starts of a text (a line ends at LF, so CR LF ends one too), and `yaml`'s LineCounter's linePos over them. */
class Lines {
  readonly lineStarts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  linePos = (offset: number): { line: number; col: number } => {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, col: 1 };
    if (low === 0) return { line: 0, col: offset };
    return { line: low, col: offset - starts[low - 1]! + 1 };
  };
}

/** Parser errors with a message of their own; every other one is a syntax error whose cause is looked for. */
const OWN_WORDS = new Set(['DUPLICATE_KEY', 'MULTIPLE_DOCS']);

/** The errors of a text, for syntax.ts to try its fixes on. */
function errorsOf(text: string): ParserError[] {
  return yaml().parseDocument(text, PARSE_OPTIONS).errors.map((e) => ({ code: e.code, offset: e.pos[0] }));
}

/** The last text whose causes were looked for: a file read twice (the fast path declined it) is analysed once. */
let lastSyntax: { text: string; result: ReturnType<typeof syntaxCauses> } | undefined;

function syntaxFindings(file: string, text: string, errors: ParserError[]): Diagnostic[] {
  if (lastSyntax?.text !== text) lastSyntax = { text, result: syntaxCauses(text, (t) => (t === text ? errors : errorsOf(t)), { own: OWN_WORDS, isField: (w) => fieldNames().has(w) }) };
  const { causes, unexplained, rest } = lastSyntax.result;
  const out: Diagnostic[] = causes.map((c) => ({ file, line: c.line, column: c.column, severity: 'error', rule: 'yaml-syntax', message: c.message, hint: c.hint }));
  if (unexplained) out.push({ file, line: unexplained.line, column: unexplained.column, severity: 'error', rule: 'yaml-syntax', ...plainWords(unexplained.code) });
  for (const e of rest) {
    const { rule, message, hint } = describeYamlError(e.code, '');
    out.push({ file, line: e.line, column: e.column, severity: 'error', rule, message, ...(hint ? { hint } : {}) });
  }
  return out;
}

/** A syntax error whose cause was not found, said without the parser's words. */
function plainWords(code: string): { message: string; hint: string } {
  if (code === 'TAB_AS_INDENT') return { message: 'A tab is used for indentation here; YAML files are indented with spaces only.', hint: 'Replace the tab with spaces, lined up with the lines it belongs with.' };
  if (code === 'BAD_DQ_ESCAPE') return { message: 'Inside double quotes a backslash starts a special character, and this one is not.', hint: 'Use single quotes around text that holds a backslash.' };
  if (code === 'MISSING_CHAR') return { message: 'Something opened here is not closed: a quote, a bracket, or a field without its colon.', hint: 'Close the quote or bracket on the line where it opens, and write fields as `name: value`.' };
  return {
    message: 'This line cannot be read: it does not look like a field (`name: value`) or a list item (`- item`) in line with the lines it belongs with.',
    hint: 'Check that it is indented like the lines beside it, and put in quotes any text that holds `: ` or starts with a special character.',
  };
}

function describeYamlError(code: string, message: string): { rule: string; message: string; hint?: string } {
  if (/call stack|too much recursion/i.test(message)) return { rule: 'yaml-too-deep', message: 'This file nests lists or mappings too deeply to read.', hint: TOO_DEEP_HINT };
  switch (code) {
    case 'DUPLICATE_KEY':
      return { rule: 'yaml-duplicate-key', message: 'This field is written twice at the same level.', hint: 'Keep one of them: otherwise one would be silently dropped.' };
    case 'MULTIPLE_DOCS':
      return { rule: 'yaml-multiple-documents', message: 'This file holds more than one YAML document (a line with `---` starts another).', hint: 'Keep one document per file; remove the `---` line and what follows, or move it to its own file.' };
    default:
      return { rule: 'yaml-syntax', ...plainWords(code) };
  }
}

export function offsetToPosition(source: Pick<YamlSource, 'lineCounter'>, offset: number): Position {
  const { line, col } = source.lineCounter.linePos(offset);
  return { line, column: col };
}

export type PathSegment = string | number;

/**
 * The position of the node at `path` (data path inside the file). With `key`, the position of the mapping key
 * instead of its value (where an unknown field is reported). Falls back to the deepest node that exists.
 */
export function locate(source: YamlSource, path: readonly PathSegment[], options: { key?: boolean } = {}): Position {
  if (source.index !== undefined) return offsetToPosition(source, locateFast(source.index, path, options));
  const { isAlias, isMap, isPair, isScalar, isSeq } = yaml();
  let node: unknown = source.doc.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isAlias(node)) node = node.resolve(source.doc);
    if (isMap(node)) {
      const pair = pairIndex(node, isPair, isScalar).get(String(seg));
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (last && options.key) return offsetToPosition(source, keyNode.range?.[0] ?? offset);
      const value = pair.value as Node | null;
      offset = value?.range?.[0] ?? keyNode.range?.[0] ?? offset;
      node = value;
      if (!value) break;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offsetToPosition(source, offset);
}

const pairIndexes = new WeakMap<object, Map<string, Pair>>();
/**
 * A mapping's pairs by key (the first of equal keys, as a search from the start finds), built on first use: locating
 * every finding of a file stays linear however many keys a mapping has.
 */
function pairIndex(node: { items: unknown[] }, isPair: YamlModule['isPair'], isScalar: YamlModule['isScalar']): Map<string, Pair> {
  let index = pairIndexes.get(node);
  if (index) return index;
  index = new Map();
  for (const p of node.items) if (isPair(p) && isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p as Pair);
  pairIndexes.set(node, index);
  return index;
}

/** locate() over the fast path's node offsets: the same walk, the same fallbacks. */
function locateFast(root: FastNode, path: readonly PathSegment[], options: { key?: boolean }): number {
  let node: FastNode = root;
  let offset = nodeStart(root);
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (node instanceof FastMap) {
      const k = node.keyIndex().get(String(seg));
      if (k === undefined) break;
      if (i === path.length - 1 && options.key) return node.keyStarts[k]!;
      node = node.values[k]!;
      offset = nodeStart(node);
    } else if (node instanceof FastSeq && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) break;
      node = item;
      offset = nodeStart(item);
    } else break;
  }
  return offset;
}
