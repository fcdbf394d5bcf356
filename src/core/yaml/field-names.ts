import { readdirSync, readFileSync } from 'node:fs';
import { SCHEMA_DIR } from '../../util/package-paths.js';

let names: Set<string> | undefined;

/**
 * Every field name the schemas know, read from schemas/ on first use: only a file with a syntax error needs them,
 * to tell `phase scoping` (a field without its colon) from a text wrapped onto a line of its own.
 */
export function fieldNames(): ReadonlySet<string> {
  if (names) return names;
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'properties' && v && typeof v === 'object') for (const name of Object.keys(v)) found.add(name);
        walk(v);
      }
    }
  };
  try {
    for (const f of readdirSync(SCHEMA_DIR)) if (f.endsWith('.schema.json')) walk(JSON.parse(readFileSync(SCHEMA_DIR + f, 'utf8')));
  } catch {
    // Without the schemas, the syntax findings judge from the line alone.
  }
  return (names = found);
}
