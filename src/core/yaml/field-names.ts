import { readdirSync, readFileSync } from 'node:fs';
import { SCHEMA_DIR } from '../../util/package-paths.js';

export interface SchemaVocabulary {
  /** Every field name of every schema. */
  fields: ReadonlySet<string>;
  /** Every value of every closed vocabulary (`enum`). */
  values: ReadonlySet<string>;
}

let vocabulary: SchemaVocabulary | undefined;

/**
 * The field names and vocabulary values of the schemas, read from schemas/ on first use: only a file with a syntax
 * error needs them, to tell `phase scoping` (a field without its colon) from a text wrapped onto a line of its own.
 */
export function schemaVocabulary(): SchemaVocabulary {
  if (vocabulary) return vocabulary;
  const fields = new Set<string>();
  const values = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'properties' && v && typeof v === 'object') for (const name of Object.keys(v)) fields.add(name);
        if (k === 'enum' && Array.isArray(v)) for (const e of v) if (typeof e === 'string') values.add(e);
        walk(v);
      }
    }
  };
  try {
    for (const f of readdirSync(SCHEMA_DIR)) if (f.endsWith('.schema.json')) walk(JSON.parse(readFileSync(SCHEMA_DIR + f, 'utf8')));
  } catch {
    // Without the schemas, the syntax findings judge from the line alone.
  }
  return (vocabulary = { fields, values });
}

export function fieldNames(): ReadonlySet<string> {
  return schemaVocabulary().fields;
}
