import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPartnership } from '../src/core/check/check.js';
import { copyExample, removeDir, RUNNERS, tempDir } from './helpers/cli.js';

/**
 * Seed 002 (Planning; Partnership agreements): an agreement in principle, open points central or parked, and each
 * party's acceptance with ratification. Run on a copy of the Orangi example, which is past implementing.
 */
let root: string;
beforeAll(() => (root = tempDir()));
afterAll(() => removeDir(root));

let n = 0;
function orangi(edit: (files: { partnership: string; stakeholders: string; resources: string }) => void): string {
  const dir = copyExample('orangi-sanitation', join(root, `case-${++n}`));
  const read = (f: string) => readFileSync(join(dir, `${f}.yaml`), 'utf8');
  const files = { partnership: read('partnership'), stakeholders: read('stakeholders'), resources: read('resources') };
  edit(files);
  for (const [k, v] of Object.entries(files)) writeFileSync(join(dir, `${k}.yaml`), v);
  return dir;
}
const found = (dir: string) => checkPartnership(dir, { today: '1995-06-01' }).diagnostics.filter((d) => d.severity === 'error' || d.rule.startsWith('acceptance') || d.rule.startsWith('pledge'));
const at = (d: { file: string; line: number; column: number; rule: string }, dir: string) => `${d.file.slice(dir.length + 1)}:${d.line}:${d.column} ${d.rule}`;

describe('open points central or parked (seed 002, Planning)', () => {
  it('a central open point fails the implementing gate at its status, and says how to resolve it', () => {
    let text = '';
    const dir = orangi((f) => (f.partnership = text = f.partnership.replace('      the financially poorest partners.\n    status: agreed', '      the financially poorest partners.\n    status: central')));
    const line = text.split('\n').findIndex((l) => l === '    status: central') + 1;
    const errors = found(dir);
    expect(errors.map((d) => at(d, dir))).toEqual([`partnership.yaml:${line}:13 phase-gate`]);
    expect(errors[0]!.message).toContain('resolve every central open point');
    expect(errors[0]!.hint).toContain('`status: parked`');
  });

  it('a parked open point does not hold implementing up', () => {
    const dir = orangi((f) => (f.partnership = f.partnership.replace('      the financially poorest partners.\n    status: agreed', '      the financially poorest partners.\n    status: parked')));
    expect(found(dir)).toEqual([]);
  });
});

describe('each party\'s acceptance (seed 002, Partnership agreements)', () => {
  it('an active partner that has not accepted fails the implementing gate at its entry', () => {
    let text = '';
    const dir = orangi((f) => (f.stakeholders = text = f.stakeholders.replace('    acceptance:\n      date: 1987-11-20\n      by: Ms. Helen Carter (illustrative)\n      ratification: done\n      ratified_on: 1987-12-21\n', '')));
    const line = text.split('\n').findIndex((l) => l === '  - id: donor') + 1;
    const errors = found(dir);
    expect(errors.map((d) => at(d, dir))).toEqual([`stakeholders.yaml:${line}:5 phase-gate`]);
    expect(errors[0]!.message).toBe('Before implementing, record the acceptance of the agreement by International donor agency (illustrative) (seed 002, Partnership agreements).');
    expect(errors[0]!.hint).toBe('Add `acceptance:` with `date:` and `by:` (who accepted it), and `ratification:` if the organisation must still ratify it: `partner record acceptance donor` does it.');
  });

  it('a ratification still needed fails the gate at `ratification:`', () => {
    let text = '';
    const dir = orangi((f) => (f.stakeholders = text = f.stakeholders.replace('      ratification: done\n      ratified_on: 1987-12-21\n', '      ratification: needed\n')));
    const line = text.split('\n').findIndex((l) => l === '      ratification: needed') + 1;
    const errors = found(dir);
    expect(errors.map((d) => at(d, dir))).toEqual([`stakeholders.yaml:${line}:21 phase-gate`]);
    expect(errors[0]!.hint).toContain('`ratification: done`');
  });

  it('warns when a limited representative\'s acceptance does not say whether ratification is needed', () => {
    let text = '';
    const dir = orangi((f) => (f.stakeholders = text = f.stakeholders.replace('      ratification: done\n      ratified_on: 1987-12-21\n', '')));
    const line = text.split('\n').findIndex((l, i, a) => l === '    acceptance:' && a[i + 2] === '      by: Ms. Helen Carter (illustrative)') + 1;
    const hits = found(dir);
    expect(hits.map((d) => at(d, dir))).toEqual([`stakeholders.yaml:${line}:5 acceptance-ratification`]);
    expect(hits[0]!.severity).toBe('warning');
    expect(hits[0]!.message).toBe('The acceptance by International donor agency (illustrative) does not say whether its organisation must ratify the agreement; its representative\'s authority is limited.');
  });
});

describe('a pledge above the representative\'s authority (seed 002, Building)', () => {
  const limit = (f: { stakeholders: string }, amount: number) =>
    (f.stakeholders = f.stakeholders.replace('      authority_note: Can approve disbursements within the signed grant; new grants need head-office approval.\n', `      authority_note: Can approve disbursements within the signed grant; new grants need head-office approval.\n      authority_limit: {amount: ${amount}, currency: USD}\n`));

  it('is flagged at the amount when the organisation has not ratified', () => {
    let text = '';
    const dir = orangi((f) => {
      limit(f, 50000);
      f.stakeholders = f.stakeholders.replace('      ratification: done\n      ratified_on: 1987-12-21\n', '      ratification: not-needed\n');
      text = f.resources;
    });
    const hits = found(dir).filter((d) => d.rule === 'pledge-above-authority');
    const line = text.split('\n').findIndex((l) => l === '    amount: 200000') + 1;
    expect(hits.map((d) => at(d, dir))).toEqual([`resources.yaml:${line}:13 pledge-above-authority`]);
    expect(hits[0]!.message).toBe('The commitment “Grant to OPP to expand the pilot to the whole settlement” pledges USD 200,000, more than Ms. Helen Carter (illustrative), the representative of International donor agency (illustrative), may commit (USD 50,000).');
    expect(hits[0]!.hint).toBe('Have the organisation approve it, then record it: `partner record acceptance donor --ratification done`; or lower the pledge.');
  });

  it('is not flagged once the organisation ratified, nor within the limit', () => {
    expect(found(orangi((f) => limit(f, 50000))).filter((d) => d.rule === 'pledge-above-authority')).toEqual([]);
    expect(found(orangi((f) => { limit(f, 250000); f.stakeholders = f.stakeholders.replace('      ratification: done\n      ratified_on: 1987-12-21\n', '      ratification: not-needed\n'); })).filter((d) => d.rule === 'pledge-above-authority')).toEqual([]);
  });
});

describe.each(RUNNERS)('explain (%s)', (_name, run) => {
  it('explains the new rules, citing seed 002', async () => {
    for (const id of ['acceptance-ratification', 'pledge-above-authority']) {
      const r = await run(['explain', id], { cwd: root });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Seed 002');
    }
  });
});

describe.each(RUNNERS)('the draft agreement (%s)', (_name, run) => {
  it('lists open points in a table with their weight, central first, and shows each party\'s acceptance', async () => {
    const dir = orangi((f) => {
      f.partnership = f.partnership
        .replace('  - text: Every partner has the right to say "no".\n    status: agreed', '  - text: Every partner has the right to say "no".\n    status: parked')
        .replace('      the financially poorest partners.\n    status: agreed', '      the financially poorest partners.\n    status: central');
      f.stakeholders = f.stakeholders.replace('      ratification: done\n      ratified_on: 1987-12-21\n', '      ratification: needed\n');
    });
    const r = await run(['render', 'agreement', dir, '--date', '1995-06-01'], { cwd: root });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(rows.map((l) => l.split(' | ')[2])).toEqual(['Central: resolve before work starts', '', 'Parked: on hold']);
    expect(rows[0]).toContain('The principle “equity” is proposed, not yet agreed.');
    expect(Number(rows[0]!.split(' | ')[0]!.slice(2))).toBeLessThan(Number(rows[2]!.split(' | ')[0]!.slice(2)));
    expect(r.stdout).toContain('- **Agreed in principle:** 15 September 1987');
    expect(r.stdout).toContain('| Accepted | 20 November 1987, by Ms. Helen Carter (illustrative); ratification by the organisation still needed |');
  });
});
