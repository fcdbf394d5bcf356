import { readFileSync } from 'node:fs';
import { SCHEMA_FILE, type FileKey, type FolderKey } from '../folder/layout.js';
import { SCHEMA_DIR } from '../check/schemas.js';
import type { EditPath } from '../yaml/edit.js';

/**
 * The notes that explain each field in the files partner writes, in words read from the schemas (their titles and
 * descriptions are the single source): `init`'s skeleton and the entries `add`, `record` and `set` write use the same.
 */

/** The subset of JSON Schema that the notes and the skeleton read: structure, words and examples. */
export interface Schema {
  $ref?: string;
  type?: string;
  title?: string;
  description?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  required?: string[];
  enum?: unknown[];
  /** What each value of `enum` means (what editors show, and the prompts). */
  enumDescriptions?: string[];
  examples?: unknown[];
  default?: unknown;
  maxLength?: number;
  /** Set by resolve(): the name of the shared definition this schema came from. */
  def?: string;
}

/** Comment lines wrap at this many characters, plus their indentation. */
export const WIDTH = 100;
const schemaCache = new Map<string, Schema>();

export function loadSchema(file: string): Schema {
  let s = schemaCache.get(file);
  if (!s) schemaCache.set(file, (s = JSON.parse(readFileSync(SCHEMA_DIR + file, 'utf8')) as Schema));
  return s;
}

/** Follows a `$ref` into defs.schema.json; the referring schema's own title and description win. */
export function resolve(s: Schema): Schema {
  if (!s.$ref) return s;
  const name = /#\/\$defs\/([\w-]+)$/.exec(s.$ref)?.[1];
  const target = name ? (loadSchema('defs.schema.json') as { $defs?: Record<string, Schema> }).$defs?.[name] : undefined;
  if (!name || !target) throw new Error(`Cannot resolve ${s.$ref} in the schemas`);
  const { $ref: _ref, ...own } = s;
  return { ...resolve(target), def: name, ...own };
}

/** The schema at `path` (property names, `[]` for the items of a list) inside `s`. */
export function prop(s: Schema, ...path: string[]): Schema {
  let at = resolve(s);
  for (const key of path) at = resolve(key === '[]' ? at.items ?? {} : at.properties?.[key] ?? {});
  return at;
}

/** The schema of field `key` as its note describes it: one that only points at a shared definition is named after its key ("Start", not "Date"). */
export function fieldSchema(key: string, schema: Schema): Schema {
  return schema.$ref && !schema.title ? { ...resolve(schema), title: humanize(key) } : resolve(schema);
}

/** The note above a field, as comment lines (without the `# `): its explanation wrapped at WIDTH. */
export function noteLines(s: Schema): string[] {
  return wrap(explanation(s), WIDTH);
}

/** The field's title and description in plain words, with the allowed values when the description does not list them. */
function explanation(s: Schema): string {
  const parts = [s.title && s.description ? `${s.title}: ${s.description}` : s.description ?? (s.title ? `${s.title}.` : '')];
  const values = s.enum?.map(String);
  if (values && !values.every((v) => parts[0]!.includes(v))) parts.push(`One of: ${values.join(', ')}.`);
  if (!s.description && !values && s.examples?.every((e) => typeof e === 'string')) parts.push(`For example: ${s.examples.join(', ')}.`);
  return parts.join(' ').trim();
}

/**
 * The notes of the fields of a file of `key`, by their path in the file's data (`['commitments', 3, 'due']`):
 * what the yaml editor writes above each field of a new entry when its neighbours carry such notes. A list's item
 * (a number last) and a field the schema does not know get none.
 */
export function fileNotes(key: FileKey | FolderKey): (path: EditPath) => string[] {
  const root = loadSchema(SCHEMA_FILE[key]);
  return (path) => {
    const last = path[path.length - 1];
    if (typeof last !== 'string') return [];
    const parent = prop(root, ...path.slice(0, -1).map((seg) => (typeof seg === 'number' ? '[]' : seg)));
    const raw = parent.properties?.[last];
    return raw ? noteLines(fieldSchema(last, raw)) : [];
  };
}

export function humanize(key: string): string {
  const words = key.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}
