import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFile } from '../src/core/check/schemas.js';
import { REQUIREMENTS } from '../src/core/check/requirements.js';
import type { FileKey, FolderKey } from '../src/core/folder/layout.js';
import { ROOT } from './helpers/cli.js';

/** A minimal valid instance of each file, and one typical mistake of each kind on top of it. */
const VALID: Record<FileKey | FolderKey, Record<string, unknown>> = {
  partnership: { name: 'P', phase: 'scoping' },
  stakeholders: { stakeholders: [{ id: 'a', name: 'A', sector: 'public' }] },
  assessments: { stakeholder: 'a' },
  'decision-rules': { bodies: [{ id: 'sc', name: 'Steering committee', kind: 'steering-committee' }] },
  communication: { between_partners: [{ mode: 'meeting' }] },
  indicators: { indicators: [{ id: 'i', name: 'Households served', aspect: 'impact' }] },
  resources: { commitments: [{ id: 'c', stakeholder: 'a', description: 'Pipes', type: 'in-kind' }] },
  risks: { risks: [{ id: 'r', description: 'Drought' }] },
  reviews: { date: '2025-06-30' },
  meetings: { date: '2025-06-30', actions: [{ text: 'Send the minutes', owner: 'a', due: '2025-07-07', status: 'open' }] },
};

type Mutate = (v: Record<string, any>) => void; // eslint-disable-line @typescript-eslint/no-explicit-any
const MISTAKES: Record<FileKey | FolderKey, { wrongEnum: Mutate; wrongType: Mutate; missing: Mutate }> = {
  partnership: { wrongEnum: (v) => (v.phase = 'done'), wrongType: (v) => (v.name = 3), missing: (v) => delete v.phase },
  stakeholders: { wrongEnum: (v) => (v.stakeholders[0].sector = 'government'), wrongType: (v) => (v.stakeholders[0].interests = 'water'), missing: (v) => delete v.stakeholders[0].sector },
  assessments: { wrongEnum: (v) => (v.resources = [{ kind: 'money', description: 'x' }]), wrongType: (v) => (v.benefits = 'none'), missing: (v) => delete v.stakeholder },
  'decision-rules': { wrongEnum: (v) => (v.bodies[0].kind = 'committee'), wrongType: (v) => (v.bodies[0].members = 'a'), missing: (v) => delete v.bodies[0].kind },
  communication: { wrongEnum: (v) => (v.between_partners[0].mode = 'fax'), wrongType: (v) => (v.between_partners = 'meetings'), missing: (v) => delete v.between_partners[0].mode },
  indicators: { wrongEnum: (v) => (v.indicators[0].aspect = 'outcome'), wrongType: (v) => (v.indicators[0].baseline = 5), missing: (v) => delete v.indicators[0].aspect },
  resources: { wrongEnum: (v) => (v.commitments[0].type = 'kind'), wrongType: (v) => (v.commitments[0].amount = '1,000'), missing: (v) => delete v.commitments[0].stakeholder },
  risks: { wrongEnum: (v) => (v.risks[0].likelihood = 'likely'), wrongType: (v) => (v.risks[0].description = ['x']), missing: (v) => delete v.risks[0].description },
  reviews: { wrongEnum: (v) => (v.functioning = [{ stakeholder: 'a', roles: { rating: 'yellow' } }]), wrongType: (v) => (v.decisions = 'continue'), missing: (v) => delete v.date },
  meetings: { wrongEnum: (v) => (v.actions[0].status = 'finished'), wrongType: (v) => (v.agenda = 'budget'), missing: (v) => delete v.date },
};

const keywordsOf = (key: FileKey | FolderKey, data: unknown) => validateFile(key, data).map((e) => e.keyword);

describe.each(Object.keys(VALID) as (FileKey | FolderKey)[])('the %s schema', (key) => {
  const fresh = () => structuredClone(VALID[key]);
  it('accepts a minimal valid file', () => expect(validateFile(key, fresh())).toEqual([]));
  it('rejects an unknown field', () => expect(keywordsOf(key, { ...fresh(), colour: 'blue' })).toEqual(['additionalProperties']));
  it('rejects a value outside its vocabulary', () => {
    const v = fresh();
    MISTAKES[key].wrongEnum(v);
    expect(keywordsOf(key, v)).toEqual(['enum']);
  });
  it('rejects a value of the wrong type', () => {
    const v = fresh();
    MISTAKES[key].wrongType(v);
    expect(keywordsOf(key, v)).toEqual(['type']);
  });
  it('rejects a missing required field', () => {
    const v = fresh();
    MISTAKES[key].missing(v);
    expect(keywordsOf(key, v)).toEqual(['required']);
  });
});

describe('the schema files', () => {
  const files = readdirSync(join(ROOT, 'schemas')).map((f) => `schemas/${f}`).filter((f) => f.endsWith('.json'));
  it.each(files)('%s has an $id, a title and a description', (file) => {
    const s = JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.$id).toMatch(/^https:\/\/cdn\.jsdelivr\.net\/npm\/partnering\/schemas\//);
    expect(s.title).toBeTruthy();
    expect(s.description).toBeTruthy();
  });

  it('every field of every file schema has a title or a description for editor hover help', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.properties && typeof n.properties === 'object') {
        for (const [k, v] of Object.entries(n.properties as Record<string, Record<string, unknown>>)) {
          if (!v.title && !v.description && !v.$ref) missing.push(`${path}.${k}`);
          walk(v, `${path}.${k}`);
        }
      }
      for (const k of ['items', 'additionalProperties']) walk(n[k], `${path}[]`);
      if (n.$defs) for (const [k, v] of Object.entries(n.$defs as object)) walk(v, `${path}#${k}`);
    };
    for (const f of files.filter((f) => !f.includes('folder'))) walk(JSON.parse(readFileSync(join(ROOT, f), 'utf8')), f);
    expect(missing).toEqual([]);
  });

  it('no two phase requirements share their words or ids (the checklist tells them apart by them)', () => {
    expect(REQUIREMENTS.length).toBe(new Set(REQUIREMENTS.map((r) => r.description)).size);
    expect(REQUIREMENTS.length).toBe(new Set(REQUIREMENTS.map((r) => r.id)).size);
    for (const r of REQUIREMENTS) expect(r.description.startsWith(r.phase === 'scoping' ? 'A partnership' : `Before ${r.phase}, `), r.id).toBe(true);
  });
});

describe('what editors show for each choice', () => {
  const files = [...readdirSync(join(ROOT, 'schemas')).map((f) => `schemas/${f}`)].filter((f) => f.endsWith('.json'));
  /** Every list of allowed words in a schema, with where it is. */
  function enums(node: unknown, at: string, out: { at: string; values: unknown[]; descriptions: unknown }[]): typeof out {
    if (Array.isArray(node)) node.forEach((n, i) => enums(n, `${at}/${i}`, out));
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (Array.isArray(o.enum)) out.push({ at, values: o.enum, descriptions: o.enumDescriptions });
      for (const [k, v] of Object.entries(o)) if (k !== 'enum' && k !== 'enumDescriptions' && k !== 'defaultSnippets') enums(v, `${at}/${k}`, out);
    }
    return out;
  }
  it.each(files)('%s explains every allowed value (enumDescriptions, one plain sentence per value)', (file) => {
    for (const e of enums(JSON.parse(readFileSync(join(ROOT, file), 'utf8')), file, [])) {
      expect(Array.isArray(e.descriptions), e.at).toBe(true);
      expect((e.descriptions as string[]).length, e.at).toBe(e.values.length);
      for (const d of e.descriptions as string[]) expect(d, e.at).toMatch(/^[A-Z].*\.$|^[A-Z].*\)\.$/);
    }
  });
});
