import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_DIR } from '../../check/schemas.js';
import { SCHEMA_FILE, type FileKey, type FolderKey } from '../../folder/layout.js';

/**
 * The fields of an entry, read from its schema (the single source of truth): what `partner add` asks and which flags
 * it takes. A flag is the field's name with hyphens (`interest_level` → `--interest-level`), a list of values is a
 * repeatable flag in the singular (`interests` → `--interest`), and a field of a nested mapping is prefixed with it
 * (`representative.name` → `--representative-name`).
 */
export interface Field {
  /** Path inside the entry, e.g. ['representative', 'name']. */
  path: string[];
  flag: string;
  title: string;
  description: string;
  type: 'string' | 'number' | 'boolean';
  /** Allowed values, in the schema's order. */
  enum?: string[];
  /** What each allowed value means, in the schema's words (`enumDescriptions`), by value. */
  enumWords?: Record<string, string>;
  format?: 'date' | 'id';
  /** A list of such values. */
  list: boolean;
  /** Required in its mapping (a nested field: only when the mapping is given). */
  required: boolean;
  /** The value names a stakeholder (stakeholders.yaml) by id. */
  stakeholder: boolean;
  /** A list of mappings (asked one by one in the prompts; no flag): its fields. */
  items?: Field[];
  /** Several words of the schema, e.g. "title: description", for prompts and help. */
  examples?: unknown[];
}

type Schema = Record<string, unknown> & { properties?: Record<string, Schema>; items?: Schema; required?: string[]; $ref?: string; enum?: string[] };

const FILE = Symbol('file');
/** The file a resolved schema was read from. */
function fileOf(schema: Schema, fallback: string): string {
  return ((schema as Record<symbol, unknown>)[FILE] as string | undefined) ?? fallback;
}

const cache = new Map<string, Schema>();
function schemaFile(name: string): Schema {
  let s = cache.get(name);
  if (!s) cache.set(name, (s = JSON.parse(readFileSync(join(SCHEMA_DIR, name), 'utf8')) as Schema));
  return s;
}

/** Follows `$ref`s (to defs.schema.json or within the file), keeping the referring schema's own title and description. */
function resolve(schema: Schema, file: string): Schema {
  if (!schema.$ref) return schema;
  const [target, pointer = ''] = schema.$ref.split('#');
  const root = schemaFile(target || file);
  let node: unknown = root;
  for (const seg of pointer.split('/').filter(Boolean)) node = (node as Record<string, unknown>)[seg];
  const { $ref: _ref, ...own } = schema;
  // The file the schema came from, for the `$ref`s inside it (defs.schema.json's refer to its own #/$defs).
  return { ...resolve(node as Schema, target || file), ...own, $ref: schema.$ref, [FILE]: target || file } as Schema;
}

/** The schema of one part of a file: `path` of property names, `[]` for the items of a list. */
export function schemaAt(key: FileKey | FolderKey, path: readonly string[]): Schema | undefined {
  const file = SCHEMA_FILE[key];
  let node: Schema | undefined = schemaFile(file);
  let from = file;
  for (const seg of path) {
    if (!node) return undefined;
    node = resolve(node, from);
    from = fileOf(node, from);
    node = seg === '[]' ? node.items : node.properties && Object.hasOwn(node.properties, seg) ? node.properties[seg] : undefined;
  }
  return node ? resolve(node, from) : undefined;
}

/** The fields of the mapping at `path` in file `key`, in the schema's order. */
export function fieldsOf(key: FileKey | FolderKey, path: readonly string[]): Field[] {
  const schema = schemaAt(key, path);
  return schema ? collect(schema, fileOf(schema, SCHEMA_FILE[key]), [], true) : [];
}

function collect(schema: Schema, file: string, prefix: string[], parentRequired: boolean): Field[] {
  const out: Field[] = [];
  const required = new Set(schema.required ?? []);
  for (const [name, raw] of Object.entries(schema.properties ?? {})) {
    const s = resolve(raw, file);
    const inner = fileOf(s, file);
    const path = [...prefix, name];
    const isReq = parentRequired && required.has(name);
    if (s.type === 'object') {
      out.push(...collect(s, inner, path, isReq));
      continue;
    }
    const list = s.type === 'array';
    const item = list ? resolve(s.items ?? {}, inner) : s;
    if (list && item.type === 'object') {
      out.push({ ...describe(path, s, item, true, isReq), items: collect(item, fileOf(item, inner), [], true) });
      continue;
    }
    out.push(describe(path, s, item, list, isReq));
  }
  return out;
}

function describe(path: string[], s: Schema, item: Schema, list: boolean, required: boolean): Field {
  const ref = String(item.$ref ?? '');
  const format = item.format === 'date' ? 'date' : /#\/\$defs\/(id|stakeholderRef)$/.test(ref) ? 'id' : undefined;
  const type = item.type === 'number' || item.type === 'integer' ? 'number' : item.type === 'boolean' ? 'boolean' : 'string';
  const last = path[path.length - 1]!;
  const flagName = list ? singular(last) : last;
  const flag = [...path.slice(0, -1), flagName].join('-').replace(/_/g, '-');
  return {
    path,
    flag,
    title: String(s.title ?? item.title ?? last),
    description: String(s.description ?? item.description ?? ''),
    type,
    ...(item.enum ? { enum: item.enum, ...enumWords(item) } : {}),
    ...(format ? { format } : {}),
    list,
    required,
    stakeholder: ref.endsWith('/stakeholderRef'),
    ...(Array.isArray(item.examples) ? { examples: item.examples } : {}),
  };
}

/** What each value of an enum means, from the schema's `enumDescriptions` (what editors show too). */
export function enumWords(schema: { enum?: unknown[]; enumDescriptions?: unknown }): { enumWords?: Record<string, string> } {
  const words = schema.enumDescriptions;
  if (!Array.isArray(schema.enum) || !Array.isArray(words)) return {};
  return { enumWords: Object.fromEntries(schema.enum.map((v, i) => [String(v), String(words[i] ?? '')]).filter(([, w]) => w)) };
}

/** `interests` → `interest`, `opportunities` → `opportunity`, `non_negotiables` → `non_negotiable`. */
export function singular(word: string): string {
  if (/ies$/.test(word)) return word.replace(/ies$/, 'y');
  if (/(ss|us)$/.test(word)) return word;
  return word.replace(/s$/, '');
}
