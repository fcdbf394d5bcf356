import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPartnership } from '../src/core/check/check.js';
import { formsFor, isLoose } from '../src/core/check/rules/typology.js';
import { checklist } from '../src/core/check/requirements.js';
import type { FolderModel } from '../src/model/index.js';
import { removeDir, RUNNERS, tempDir } from './helpers/cli.js';
import { PARTNERSHIP, STAKEHOLDERS } from './cases/check-cases.js';

/** Seed 003 Table 1: partner diversity × task specificity → organisational form; loose forms need less structure. */
let root: string;
beforeAll(() => (root = tempDir()));
afterAll(() => removeDir(root));

describe('seed 003 Table 1', () => {
  it('gives the forms of each cell, and of both neighbours for medium', () => {
    expect(formsFor('low', 'low')).toEqual(['association', 'network']);
    expect(formsFor('high', 'low')).toEqual(['social-movement', 'network']);
    expect(formsFor('low', 'high')).toEqual(['network', 'alliance', 'joint-venture', 'new-organisation']);
    expect(formsFor('high', 'high')).toEqual(['coalition', 'partnership', 'new-organisation']);
    expect(formsFor('medium', 'low')).toEqual(['association', 'network', 'social-movement']);
  });

  it('calls a network loose unless its tasks are highly specific', () => {
    expect(isLoose('network', 'low')).toBe(true);
    expect(isLoose('network', undefined)).toBe(true);
    expect(isLoose('network', 'high')).toBe(false);
    expect(isLoose('coalition', 'low')).toBe(false);
  });
});

describe('the implementing gate relaxes for a loose form (seed 000: "a loose affiliation")', () => {
  const model = (typology: object): FolderModel => ({ partnership: { name: 'N', phase: 'planning', typology } });
  const bodyRequirement = (m: FolderModel) => checklist('implementing', m).requirements.find((r) => r.description.includes('decision-making body'))!;
  it('needs no decision-making body for a loose network, but does for a coalition', () => {
    expect(bodyRequirement(model({ form: 'network', task_specificity: 'low' })).done).toBe(true);
    expect(bodyRequirement(model({ form: 'network', task_specificity: 'high' })).done).toBe(false);
    expect(bodyRequirement(model({ form: 'coalition' })).done).toBe(false);
    expect(bodyRequirement(model({})).done).toBe(false);
  });
});

describe.each(RUNNERS)('typology-form (%s)', (_name, run) => {
  const write = (name: string, typology: string) => {
    const dir = join(root, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'partnership.yaml'), `${PARTNERSHIP}typology:\n${typology}`);
    writeFileSync(join(dir, 'stakeholders.yaml'), STAKEHOLDERS);
    return dir;
  };
  it('flags a form that contradicts the two values, at the form, with what fits', async () => {
    const dir = write(`contradicts-${_name}`, '  partner_diversity: high\n  task_specificity: low\n  form: joint-venture\n');
    const r = await run(['check', dir, '--format', 'json'], { cwd: root });
    const d = JSON.parse(r.stdout).diagnostics.filter((x: { rule: string }) => x.rule === 'typology-form');
    expect(d.map((x: { line: number; column: number; severity: string }) => `${x.line}:${x.column} ${x.severity}`)).toEqual(['8:9 warning']);
    expect(d[0].message).toBe('A joint venture does not fit high partner diversity and low task specificity; seed 003 Table 1 gives a social movement or a network.');
    expect(d[0].hint).toContain('social-movement, network');
  });
  it('is quiet when the form fits, or when a value is missing', () => {
    expect(checkPartnership(write(`fits-${_name}`, '  partner_diversity: high\n  task_specificity: high\n  form: coalition\n'), { today: '2026-01-01' }).diagnostics).toEqual([]);
    expect(checkPartnership(write(`partial-${_name}`, '  task_specificity: high\n  form: association\n'), { today: '2026-01-01' }).diagnostics).toEqual([]);
  });
});
