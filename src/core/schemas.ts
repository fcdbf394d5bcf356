import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { isValidDate } from './dates.js';
import { SCHEMA_FILE, type FileKey, type FolderKey, type Phase } from './layout.js';

/** The schemas/ folder shipped with the package: the single source of truth for the file formats. */
export const SCHEMA_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));
export const SCHEMA_BASE = 'https://partner-cli.org/schemas/v1/';

export type SchemaError = ErrorObject;

let ajv: Ajv2020 | undefined;
const cache = new Map<string, ValidateFunction>();
export const schemaStats = { compiled: 0 };

function instance(): Ajv2020 {
  if (ajv) return ajv;
  // allErrors is safe: every pattern here is ours and anchored; $data stays off.
  ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, strictTypes: false, strictTuples: false, allowUnionTypes: true });
  ajv.addFormat('date', { type: 'string', validate: isValidDate });
  for (const rel of ['', 'phases/']) {
    for (const name of readdirSync(SCHEMA_DIR + rel).filter((n) => n.endsWith('.schema.json'))) {
      ajv.addSchema(JSON.parse(readFileSync(SCHEMA_DIR + rel + name, 'utf8')) as object);
    }
  }
  return ajv;
}

function compiled(id: string): ValidateFunction {
  let fn = cache.get(id);
  if (!fn) {
    const found = instance().getSchema(id);
    if (!found) throw new Error(`Schema ${id} is missing from ${SCHEMA_DIR}`);
    schemaStats.compiled++;
    fn = found;
    cache.set(id, fn);
  }
  return fn;
}

/** Validates one file's data against its own schema. */
export function validateFile(key: FileKey | FolderKey, data: unknown): SchemaError[] {
  const fn = compiled(SCHEMA_BASE + SCHEMA_FILE[key]);
  return fn(data) ? [] : [...(fn.errors ?? [])];
}

/** Validates a whole folder model against what `phase` requires (the phase schema's requirements). */
export function validatePhase(phase: Phase, folder: unknown): SchemaError[] {
  const fn = compiled(`${SCHEMA_BASE}phases/${phase}.schema.json#/$defs/requirements`);
  return fn(folder) ? [] : [...(fn.errors ?? [])];
}

/** The schema object for a file kind, for titles and descriptions in messages. */
export function fileSchema(key: FileKey | FolderKey): Record<string, unknown> {
  return instance().getSchema(SCHEMA_BASE + SCHEMA_FILE[key])!.schema as Record<string, unknown>;
}
