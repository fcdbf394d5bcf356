import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isScalar, isSeq, parseDocument, stringify, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

/**
 * Edits YAML text in place, leaving every byte outside the edit as it was: comments, blank lines, key order, quoting
 * and folded text. The yaml Document API finds the nodes and their source ranges; new text is spliced in at those
 * ranges (printing the whole document again would re-fold and re-quote it), laid out like its neighbours, and the
 * result is checked against the same change made through the Document API.
 */

/** The options src/core/yaml/source.ts parses partnership files with. */
export const PARSE_OPTIONS = { version: '1.2', schema: 'core', merge: false, uniqueKeys: false, strict: true, prettyErrors: false, resolveKnownTags: false, keepSourceTokens: false } as const;

export type EditPath = readonly (string | number)[];

/**
 * The note (comment lines, without `# `) to write above the field at `path` (its place in the file's data, e.g.
 * `['commitments', 3, 'due']`), or none. New fields get their notes only where their neighbours carry such notes
 * (`init` writes them; a broker may have deleted them): the first line of a field's note starts with its title.
 */
export type Notes = (path: EditPath) => readonly string[];

export type YamlEdit =
  /** Append `value` to the list at `path`; the list (and its key) is created when missing, empty or `[]`. */
  | { op: 'append'; path: EditPath; value: unknown; notes?: Notes }
  /** Set the value at `path` (a scalar, or a small mapping or list); missing mappings on the way are created. */
  | { op: 'set'; path: EditPath; value: unknown; notes?: Notes };

/** The line `init` writes above an empty list (`key: []`): it goes when the list gets its first entry. */
export function emptyListHint(key: string): string {
  return `# Empty for now: to fill it in, replace the line "${key}: []" with entries like this example.`;
}

/** Thrown when the text cannot be edited in place (the caller words it for the command). */
export class CannotEdit extends Error {}

interface Splice {
  start: number;
  end: number;
  insert: string;
  /** Where to put it instead when this place does not read back as intended. */
  fallback?: Splice;
}

/** Notes to write, and the place in the data of the value they are written for. */
interface Annotation {
  notes: Notes;
  at: EditPath;
}

/** Applies the edits, in order, to `raw` (a byte-order mark and CRLF line ends are kept). */
export function editYaml(raw: string, edits: readonly YamlEdit[]): string {
  const bom = raw.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  let text = bom ? raw.slice(1) : raw;
  for (const edit of edits) text = applyOne(text, edit);
  return bom + text;
}

function applyOne(text: string, edit: YamlEdit): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const doc = parseDocument(text, PARSE_OPTIONS);
  if (doc.errors.length) throw new CannotEdit('the file is not valid YAML');
  if (doc.contents !== null && !isMap(doc.contents)) throw new CannotEdit('the file is not a YAML mapping');
  const splice = edit.op === 'append' ? appendSplice(text, doc, edit.path, edit.value, eol, edit.notes) : setSplice(text, doc, edit.path, edit.value, eol, edit.notes);
  // The same change made to the data: the spliced text must read back as exactly that.
  const expected = applyToData(doc.toJS() ?? {}, edit);
  for (let s: Splice | undefined = splice; s; s = s.fallback) {
    const out = text.slice(0, s.start) + s.insert + text.slice(s.end);
    const check = parseDocument(out, PARSE_OPTIONS);
    if (!check.errors.length && isDeepStrictEqual(check.toJS(), expected)) return out;
  }
  throw new CannotEdit('the result would not read back as intended');
}

/** The edit made to plain data: what the edited text must read back as. */
export function applyToData(data: unknown, edit: YamlEdit): unknown {
  const root = structuredClone(data) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = root;
  const last = edit.path.length - 1;
  edit.path.forEach((seg, i) => {
    if (i === last) return;
    const next = node[seg];
    if (next === null || next === undefined) node[seg] = {};
    node = node[seg] as Record<string | number, unknown>;
  });
  const key = edit.path[last]!;
  if (edit.op === 'set') node[key] = edit.value;
  else {
    const list = node[key];
    node[key] = Array.isArray(list) ? [...list, edit.value] : [edit.value];
  }
  return root;
}

// ---- appending to a list ----

function appendSplice(text: string, doc: Document, path: EditPath, value: unknown, eol: string, notes: Notes | undefined): Splice {
  const { node, key } = walk(doc, path);
  if (isSeq(node) && node.items.length && !node.flow) {
    const ann = notes && seqCarriesNotes(text, node, path, notes) ? { notes, at: [...path, node.items.length] } : undefined;
    return appendToBlockSeq(text, node, value, eol, ann);
  }
  if (isSeq(node) && node.items.length && node.flow) {
    if (isObject(value)) throw new CannotEdit(`\`${String(key)}\` is written as one [...] list`);
    const last = node.items[node.items.length - 1] as Node;
    return { start: last.range![1], end: last.range![1], insert: `, ${flowScalar(value)}` };
  }
  if (node !== undefined && !isEmpty(node)) throw new CannotEdit(`\`${String(key)}\` is not a list`);
  return setSplice(text, doc, path, [value], eol, notes);
}

function appendToBlockSeq(text: string, seq: YAMLSeq, value: unknown, eol: string, ann: Annotation | undefined): Splice {
  const items = seq.items as Node[];
  const last = items[items.length - 1]!;
  const lead = /^( *)-( +)$/.exec(text.slice(lineStartOf(text, last.range![0]), last.range![0]));
  if (!lead) throw new CannotEdit('the list is not laid out one `- ` entry per line');
  const indent = lead[1]!.length;
  const gap = lead[2]!.length;
  const at = afterOwnComments(text, lineEndAfter(text, last.range![1]), indent);
  const blank = items.length > 1 && /\n[ \t]*\r?\n/.test(text.slice(items[items.length - 2]!.range![1] - 1, lineStartOf(text, last.range![0])));
  const lines = itemLines(value, indent, gap, seqStyle(text, seq), ann);
  const before = at === text.length && !text.endsWith('\n') ? eol : '';
  return { start: at, end: at, insert: `${before}${blank ? eol : ''}${lines.join(eol)}${eol}` };
}

/** After `at`, the comment lines indented deeper than `column` still belong to the entry above (init's commented fields). */
function afterOwnComments(text: string, at: number, column: number): number {
  let end = at;
  let pos = at;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 ? text.length : nl + 1;
    const line = text.slice(pos, lineEnd).replace(/\r?\n$/, '');
    if (/^\s*$/.test(line)) {
      pos = lineEnd;
      continue;
    }
    const m = /^( *)#/.exec(line);
    if (!m || m[1]!.length <= column) break;
    end = lineEnd;
    pos = lineEnd;
  }
  return end;
}

// ---- setting a value ----

function setSplice(text: string, doc: Document, path: EditPath, value: unknown, eol: string, notes: Notes | undefined): Splice {
  if (!path.length) throw new CannotEdit('nothing to set');
  // The deepest mapping that exists on the path; the rest is created below it.
  let map: YAMLMap | undefined = isMap(doc.contents) ? (doc.contents as YAMLMap) : undefined;
  let mapPath: EditPath = [];
  let i = 0;
  let pair: Pair | undefined;
  for (; i < path.length; i++) {
    const seg = path[i]!;
    if (!map) break;
    if (typeof seg === 'number') throw new CannotEdit('a list index where a field was expected');
    pair = pairOf(map, seg);
    if (!pair) break;
    if (i === path.length - 1) break;
    const next = pair.value as Node | null;
    if (isSeq(next)) {
      const index = path[i + 1];
      if (typeof index !== 'number' || !next.items[index]) throw new CannotEdit(`\`${seg}\` has no entry ${String(index)}`);
      const item = next.items[index] as Node;
      if (!isMap(item)) throw new CannotEdit(`an entry of \`${seg}\` is not a mapping`);
      map = item;
      mapPath = path.slice(0, i + 2);
      pair = undefined;
      i++;
      continue;
    }
    if (isMap(next)) {
      map = next;
      mapPath = path.slice(0, i + 1);
      pair = undefined;
      continue;
    }
    if (isEmpty(next)) break;
    throw new CannotEdit(`\`${seg}\` is not a mapping`);
  }
  const rest = path.slice(i + 1);
  const nested = rest.reduceRight<unknown>((inner, seg) => ({ [seg]: inner }), value);
  // New fields are explained when the fields beside them are (the mapping that gets them).
  const explain = notes && map && !map.flow && mapCarriesNotes(text, map, mapPath, notes) ? notes : undefined;

  if (pair && (i === path.length - 1 || isEmpty(pair.value as Node | null))) {
    // The key exists: replace its value (a scalar in place, keeping its quoting; anything else as block lines).
    return replaceValue(text, pair, nested, eol, explain ? { notes: explain, at: path.slice(0, i + 1) } : undefined);
  }
  if (!map) {
    if (doc.contents === null || isEmpty(doc.contents as Node)) {
      const at = text.length;
      const before = at && !text.endsWith('\n') ? eol : '';
      return { start: at, end: at, insert: `${before}${pairLines(String(path[0]), path.slice(1).reduceRight<unknown>((inner, seg) => ({ [seg]: inner }), value), 0, seqStyleIn(text)).join(eol)}${eol}` };
    }
    throw new CannotEdit('the path does not lead to a mapping');
  }
  if (map.flow) throw new CannotEdit('the mapping is written as one {...}');
  return insertPair(text, map, String(path[i]), nested, eol, explain ? { notes: explain, at: mapPath } : undefined);
}

/**
 * Adds `key: value` to the block mapping `map`, at the column of its keys: where `init` left the key commented out
 * as an example (`# key: ...`, under the key's note), else at the end of the mapping.
 */
function insertPair(text: string, map: YAMLMap, key: string, value: unknown, eol: string, ann: Annotation | undefined): Splice {
  const pairs = map.items as Pair[];
  const first = pairs[0]?.key as Node | undefined;
  if (!first?.range) throw new CannotEdit('the mapping is empty');
  const column = columnOf(text, first.range[0]);
  const lastPair = pairs[pairs.length - 1]!;
  const lastEnd = ((lastPair.value as Node | null)?.range ?? (lastPair.key as Node).range)![1];
  const at = afterOwnComments(text, lineEndAfter(text, lastEnd), column);
  const before = at === text.length && !text.endsWith('\n') ? eol : '';
  const style = seqStyleIn(text);
  // The first key of an entry in a list sits after `- `: the new key lines up with it.
  const end: Splice = { start: at, end: at, insert: `${before}${pairLines(key, value, column, style, ann).join(eol)}${eol}` };
  const example = commentedOut(text, lineStartOf(text, first.range[0]), blockEnd(text, at, column), column, key);
  if (example === undefined) return end;
  // The key's note is already there, above its example.
  const keyPath = ann && [...ann.at, key];
  const inner = ann && { notes: (p: EditPath) => (p.length === keyPath!.length && p.every((seg, n) => seg === keyPath![n]) && hasNoteAbove(text, example, ann.notes(p)) ? [] : ann.notes(p)), at: ann.at };
  return { start: example, end: example, insert: `${pairLines(key, value, column, style, inner).join(eol)}${eol}`, fallback: end };
}

/** Where the block of a mapping with keys at `column` ends, from `at` on: at a line less indented (a comment too). */
function blockEnd(text: string, at: number, column: number): number {
  let pos = at;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 ? text.length : nl + 1;
    const line = text.slice(pos, lineEnd);
    if (line.trim() && /^ */.exec(line)![0].length < column) return pos;
    pos = lineEnd;
  }
  return pos;
}

/** The start of the line `# key:` at `column` between `from` and `to` (init's commented-out example of the key), if any. */
function commentedOut(text: string, from: number, to: number, column: number, key: string): number | undefined {
  const line = new RegExp(`^ {${column}}# ${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(?:[ \t]|\r?$)`, 'm');
  const m = line.exec(text.slice(from, to));
  return m ? from + m.index : undefined;
}

function replaceValue(text: string, pair: Pair, value: unknown, eol: string, ann: Annotation | undefined): Splice {
  const keyNode = pair.key as Node;
  const node = pair.value as Node | null;
  const column = columnOf(text, keyNode.range![0]);
  if (!isObject(value) && isScalar(node) && node.range && !isEmpty(node)) {
    const old = text.slice(node.range[0], node.range[1]);
    const trailing = /\r?\n$/.exec(old)?.[0] ?? '';
    return { start: node.range[0], end: node.range[1], insert: scalarLike(value, node.type) + trailing };
  }
  if (!isObject(value)) {
    // `key:` with nothing after it, or `key: []`/`{}`: the value goes right after the colon.
    const start = keyNode.range![1];
    const end = node?.range ? node.range[1] : start;
    const colon = text.indexOf(':', start);
    return { start: colon + 1, end: Math.max(end, colon + 1), insert: ` ${scalarLike(value, 'PLAIN')}` };
  }
  // A mapping or list replaces an empty value: written as block lines under the key.
  const colon = text.indexOf(':', keyNode.range![1]);
  const end = node?.range ? node.range[1] : colon + 1;
  const lines = pairLines('', value, column, seqStyleIn(text), ann).slice(1);
  const afterValue = text.slice(end, lineEndAfter(text, end)).replace(/\r?\n$/, '');
  if (afterValue.trim() && !afterValue.trim().startsWith('#')) throw new CannotEdit('there is more on the line after the value');
  const spliced = { start: colon + 1, end, insert: `${eol}${lines.join(eol)}` };
  // init's "Empty for now" line above `key: []` would no longer be true.
  const keyLine = lineStartOf(text, keyNode.range![0]);
  const above = keyLine > 0 ? lineStartOf(text, keyLine - 1) : keyLine;
  if (!isSeq(node) || text.slice(above, keyLine).replace(/\r?\n$/, '') !== `${' '.repeat(column)}${emptyListHint(String((keyNode as { value?: unknown }).value))}`) return spliced;
  return { start: above, end, insert: `${text.slice(keyLine, colon + 1)}${spliced.insert}`, fallback: spliced };
}

// ---- layout ----

type SeqStyle = '' | '  ';

/** Whether lists under a key are indented (`key:\n  - a`, as `init` writes) or not (`key:\n- a`), judging by `seq`. */
function seqStyle(text: string, seq: YAMLSeq): SeqStyle {
  return seqStyleIn(text.slice(seq.range![0]));
}

/** The style of the first block list under a key in `text`; init's (indented) when there is none. */
function seqStyleIn(text: string): SeqStyle {
  const m = /^( *)[^\s#-][^\n]*:[ \t]*\r?\n(?:[ \t]*(?:#[^\n]*)?\r?\n)*( *)- /m.exec(text);
  if (m) return m[2]!.length > m[1]!.length ? '  ' : '';
  return '  ';
}

/**
 * `key: value` as lines at `column` (key '' gives the value's lines only, after a first empty line), with the notes
 * of `ann` (its `at` is the path of the mapping that holds `key`; with key '', the path of the value itself).
 */
function pairLines(key: string, value: unknown, column: number, style: SeqStyle, ann?: Annotation): string[] {
  const body = render({ [key || '_']: value }, style, ann && (key ? { ...ann, wrapped: false } : { ...ann, wrapped: true }));
  const lines = body.split('\n');
  if (!key) lines[0] = '';
  return lines.map((l, i) => (i === 0 && !key ? l : `${' '.repeat(column)}${l}`));
}

/** One list entry as lines: its first field's note above the dash, then `indent` spaces, `-`, `gap` spaces, then its fields aligned under the first. */
function itemLines(value: unknown, indent: number, gap: number, style: SeqStyle, ann?: Annotation): string[] {
  const body = render(value, style, ann && { ...ann, wrapped: false }).split('\n');
  const first = body.findIndex((l) => !l.startsWith('#'));
  const pad = ' '.repeat(indent + 1 + gap);
  return body.map((l, i) => (i < first ? `${' '.repeat(indent)}${l}` : i === first ? `${' '.repeat(indent)}-${' '.repeat(gap)}${l}` : l ? `${pad}${l}` : l));
}

const RENDER = { version: '1.2', lineWidth: 0, indent: 2, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' } as const;

/** `value` as block YAML; with `ann`, each field under its note (`wrapped`: `value` is `{ _: the value at ann.at }`). */
function render(value: unknown, style: SeqStyle, ann?: Annotation & { wrapped: boolean }): string {
  const options = { ...RENDER, indentSeq: style !== '' };
  if (!ann) return stringify(value, options).replace(/\n$/, '');
  const doc = new Document(value, options);
  const node = ann.wrapped && isMap(doc.contents) ? (doc.contents.items[0] as Pair).value : doc.contents;
  annotate(node, ann.at, ann.notes);
  return doc.toString(options).replace(/\n$/, '');
}

/** Puts each field's note before it; an entry's first note goes above its dash, as `init` writes it. */
function annotate(node: unknown, at: EditPath, notes: Notes): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const path = [...at, String(pair.key.value)];
      const lines = notes(path);
      if (lines.length) pair.key.commentBefore = lines.map((l) => ` ${l}`).join('\n');
      annotate(pair.value, path, notes);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      annotate(item, [...at, i], notes);
      const first = isMap(item) ? item.items[0]?.key : undefined;
      if (isMap(item) && isScalar(first) && first.commentBefore) {
        item.commentBefore = first.commentBefore;
        first.commentBefore = undefined;
      }
    });
  }
}

// ---- notes of the neighbours ----

/** Whether the fields at the top of `text` carry their notes (as `init` writes them), judging by `notes`. */
export function carriesNotes(text: string, notes: Notes): boolean {
  const body = text.replace(/^\ufeff/, '');
  const doc = parseDocument(body, PARSE_OPTIONS);
  return !doc.errors.length && isMap(doc.contents) && mapCarriesNotes(body, doc.contents, [], notes);
}

/** Whether an entry of `seq` (at `path` in the data) has a field under its note. */
function seqCarriesNotes(text: string, seq: YAMLSeq, path: EditPath, notes: Notes): boolean {
  return seq.items.some((item, i) => isMap(item) && mapCarriesNotes(text, item, [...path, i], notes));
}

/** Whether a field of `map` (at `path` in the data) has its note above it (on an entry's first field: above its dash). */
function mapCarriesNotes(text: string, map: YAMLMap, path: EditPath, notes: Notes): boolean {
  return map.items.some((pair) => isScalar(pair.key) && pair.key.range && hasNoteAbove(text, lineStartOf(text, pair.key.range[0]), notes([...path, String(pair.key.value)])));
}

/** Whether the comment lines just above the line at `lineStart` include one starting like `note` ("# Due:"). */
function hasNoteAbove(text: string, lineStart: number, note: readonly string[]): boolean {
  const title = note[0] && (/^[^:.]*[:.]/.exec(note[0])?.[0] ?? note[0]);
  if (!title) return false;
  for (let end = lineStart; end > 0; ) {
    const start = lineStartOf(text, end - 1);
    const line = text.slice(start, end).trim();
    if (!line.startsWith('#')) return false;
    if (line.startsWith(`# ${title}`)) return true;
    end = start;
  }
  return false;
}

/** A value as one-line YAML, in the quoting of the value it replaces when that reads back the same. */
function scalarLike(value: unknown, type: string | undefined): string {
  if (typeof value !== 'string') return flowScalar(value);
  if (type === 'QUOTE_DOUBLE') return JSON.stringify(value);
  if (type === 'QUOTE_SINGLE' && !/[\n\r]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  return flowScalar(value);
}

/** A scalar as one-line YAML: plain when that reads back the same, double-quoted otherwise. */
export function flowScalar(value: unknown): string {
  const plain = stringify(value, { version: '1.2', lineWidth: 0 }).replace(/\n$/, '');
  return plain.includes('\n') ? JSON.stringify(value) : plain;
}

// ---- nodes and offsets ----

function walk(doc: Document, path: EditPath): { node: Node | null | undefined; key: string | number | undefined } {
  let node: unknown = doc.contents;
  for (const seg of path) {
    if (isMap(node)) node = pairOf(node, String(seg))?.value;
    else if (isSeq(node) && typeof seg === 'number') node = node.items[seg];
    else return { node: undefined, key: seg };
  }
  return { node: node as Node | null | undefined, key: path[path.length - 1] };
}

function isEmpty(node: Node | null | undefined): boolean {
  if (node === null || node === undefined) return true;
  if (isScalar(node)) return node.value === null;
  if (isSeq(node) || isMap(node)) return node.items.length === 0;
  return false;
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}

export function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair | undefined;
}

export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

export function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/** The offset just after the end of the line that `offset` ends on (a node's range ends at or before its newline). */
export function lineEndAfter(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}
