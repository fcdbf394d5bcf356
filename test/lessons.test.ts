import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPartnership } from '../src/core/check/check.js';
import { RULES } from '../src/core/check/rules/index.js';
import { LESSONS } from '../src/core/check/rules/lessons.js';
import { copyExample, removeDir, ROOT, RUNNERS, tempDir, writeFolder } from './helpers/cli.js';
import { PARTNERSHIP, STAKEHOLDERS } from './cases/check-cases.js';

/** Seed 003's nine lessons: quoted verbatim, cited by the rules they support, and checked where the record shows them. */
const SEED = join(ROOT, '..', 'shared', 'seeds', '003_a48d4831f2f75d10.txt');
let root: string;
beforeAll(() => (root = tempDir()));
afterAll(() => removeDir(root));

let n = 0;
const folder = (files: Record<string, string>): string => writeFolder(join(root, `f${++n}`), { 'partnership.yaml': PARTNERSHIP, 'stakeholders.yaml': STAKEHOLDERS, ...files });
const said = (dir: string, rule: string) => checkPartnership(dir, { today: '2026-01-01' }).diagnostics.filter((d) => d.rule === rule).map((d) => d.message);
const hits = (dir: string, rule: string) => checkPartnership(dir, { today: '2026-01-01' }).diagnostics.filter((d) => d.rule === rule).map((d) => `${d.file.slice(dir.length + 1)}:${d.line}:${d.column} ${d.severity}`);

describe('the nine lessons (seed 003)', () => {
  it.skipIf(!existsSync(SEED))('are quoted verbatim, each under its numbered title', () => {
    const lines = readFileSync(SEED, 'utf8').split('\n');
    for (const l of LESSONS) {
      expect(lines[l.line - 1], `lesson ${l.number}`).toContain(l.quote);
      expect(lines.slice(l.line - 5, l.line).some((x) => x === `${l.number}. ${l.title}`), `lesson ${l.number} title`).toBe(true);
    }
    expect(LESSONS.map((l) => l.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('every lesson a rule names exists, and most lessons back a rule', () => {
    const named = RULES.flatMap((r) => r.lessons ?? []);
    expect(named.every((x) => x >= 1 && x <= 9)).toBe(true);
    expect(new Set(named).size).toBeGreaterThanOrEqual(7);
  });
});

describe('lesson rules', () => {
  it('go-slow-early: implementing within twelve weeks of the first phase', () => {
    const history = (impl: string) => `${PARTNERSHIP}phase_history:\n  - phase: scoping\n    date: 2025-01-06\n  - phase: implementing\n    date: ${impl}\n`;
    expect(hits(folder({ 'partnership.yaml': history('2025-02-03') }), 'go-slow-early')).toEqual(['partnership.yaml:9:11 warning']);
    expect(said(folder({ 'partnership.yaml': history('2025-02-03') }), 'go-slow-early')).toEqual(['Implementing began 4 weeks after scoping (2025-01-06); seed 003 advises to go slow early.']);
    expect(hits(folder({ 'partnership.yaml': history('2025-06-30') }), 'go-slow-early')).toEqual([]);
  });

  it('results-take-years: an impact target within a year of the start', () => {
    const p = `${PARTNERSHIP}duration:\n  start: 2025-01-01\n`;
    const ind = (aspect: string, date: string) => `indicators:\n  - id: water\n    name: Households with safe water\n    aspect: ${aspect}\n    target: {value: 100, date: ${date}}\n`;
    expect(hits(folder({ 'partnership.yaml': p, 'indicators.yaml': ind('impact', '2025-06-30') }), 'results-take-years')).toEqual(['indicators.yaml:5:32 warning']);
    expect(said(folder({ 'partnership.yaml': p, 'indicators.yaml': ind('impact', '2025-06-30') }), 'results-take-years')).toEqual(['The impact indicator “Households with safe water” is due on 2025-06-30, 6 months after the partnership started (2025-01-01); concrete results often take years.']);
    expect(hits(folder({ 'partnership.yaml': p, 'indicators.yaml': ind('impact', '2028-12-31') }), 'results-take-years')).toEqual([]);
    expect(hits(folder({ 'partnership.yaml': p, 'indicators.yaml': ind('project-delivery', '2025-06-30') }), 'results-take-years')).toEqual([]);
  });

  it('mutual-gains: an active partner\'s assessment without benefits', () => {
    const s = STAKEHOLDERS.replace('    sector: public\n', '    sector: public\n    engagement: active-partner\n');
    expect(hits(folder({ 'stakeholders.yaml': s, 'assessments/city-water.yaml': 'stakeholder: city-water\ncosts: [staff time]\n' }), 'mutual-gains')).toEqual(['assessments/city-water.yaml:1:1 warning']);
    expect(hits(folder({ 'stakeholders.yaml': s, 'assessments/city-water.yaml': 'stakeholder: city-water\nbenefits: [fewer complaints]\n' }), 'mutual-gains')).toEqual([]);
  });

  it('process-and-product: a review of the project only', () => {
    const review = 'date: 2025-06-30\nproject_impacts:\n  delivery: {rating: green}\n';
    expect(hits(folder({ 'reviews/2025-06-30.yaml': review }), 'process-and-product')).toEqual(['reviews/2025-06-30.yaml:1:1 warning']);
    expect(hits(folder({ 'reviews/2025-06-30.yaml': `${review}functioning:\n  - stakeholder: city-water\n    roles: {rating: amber}\n` }), 'process-and-product')).toEqual([]);
  });

  it('resources-from-all: an active partner with no commitment, from implementing on (the Orangi example)', () => {
    const dir = copyExample('orangi-sanitation', join(root, 'orangi'));
    expect(hits(dir, 'resources-from-all')).toEqual([]);
    const path = join(dir, 'resources.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll('stakeholder: kda', 'stakeholder: kmc').replaceAll('stakeholder: donor', 'stakeholder: opp'));
    const found = hits(dir, 'resources-from-all');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^stakeholders\.yaml:\d+:17 warning$/);
    expect(said(dir, 'resources-from-all')).toEqual(['No commitment of the active partner International donor agency (illustrative) is recorded in resources.yaml: its resources are not used.']);
  });
});

describe.each(RUNNERS)('partner explain quotes the lessons (%s)', (_name, run) => {
  it('with the rule', async () => {
    const r = await run(['explain', 'resources-from-all'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Seed 003, lesson 6 ("Organize to Use Resources from All the Partners"): "Even when it appears simpler');
    const c = await run(['explain', 'connectivity'], { cwd: root });
    expect(c.stdout).toContain('Seed 003, lesson 4 ("Balance Power Differences to Enable Mutual Influence")');
  });
});
