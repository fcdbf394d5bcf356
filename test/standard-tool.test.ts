import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { loadFolder } from '../src/core/folder/load.js';
import { EXAMPLES, ROOT } from './helpers/cli.js';

/** The phase schemas are plain JSON Schema: any standard validator gives the same verdict as `partner check`. */
function plainAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  for (const rel of ['schemas', 'schemas/phases']) {
    for (const f of readdirSync(join(ROOT, rel)).filter((n) => n.endsWith('.json'))) ajv.addSchema(JSON.parse(readFileSync(join(ROOT, rel, f), 'utf8')));
  }
  return ajv;
}

function folderModel(dir: string): Record<string, unknown> {
  const model: Record<string, Record<string, unknown> | unknown> = {};
  for (const f of loadFolder(dir).files) {
    if (f.entry) ((model[f.key] ??= {}) as Record<string, unknown>)[f.entry] = f.source.data;
    else model[f.key] = f.source.data;
  }
  return model;
}

describe('the phase schemas in a standard JSON Schema validator', () => {
  const ajv = plainAjv();
  const phase = (p: string) => ajv.getSchema(`https://cdn.jsdelivr.net/npm/partnering/schemas/phases/${p}.schema.json`)!;
  it.each([
    ['orangi-sanitation', 'reviewing', 'sustaining'],
    ['bangladesh-immunisation', 'planning', 'implementing'],
  ])('%s is valid at %s and not at %s', (example, own, next) => {
    const model = folderModel(join(EXAMPLES, example));
    expect(phase(own)(model), JSON.stringify(phase(own).errors)).toBe(true);
    expect(phase(next)(model)).toBe(false);
  });
});
