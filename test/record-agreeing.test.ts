import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { agreementPoints, planCapacity, planOpenPoint } from '../src/core/record/edit/agreeing.js';
import { UsageError } from '../src/core/base/diagnostic.js';
import { copyExample, removeDir, runBinary, tempDir } from './helpers/cli.js';
import { hasScript, KEY, terminal } from './helpers/pty.js';
import { changedStretch } from './helpers/stretch.js';

/**
 * The commands that write issue 21's fields (agreement in principle and acceptance, open points central or parked,
 * seed 003 Table 2, a stakeholder that left, capacity-building needs, qualitative measurements): against the built
 * binary on copies of the examples, each write only an inserted or replaced stretch, checked before it is written.
 */
let root: string;
beforeAll(() => (root = tempDir('partner-agreeing-')));
afterAll(() => removeDir(root));
const copy = (name: 'orangi-sanitation' | 'bangladesh-immunisation') => copyExample(name, mkdtempSync(join(root, 'copy-')));
const partner = (args: string[], cwd: string) => runBinary(args, { cwd, env: { SOURCE_DATE_EPOCH: undefined } });
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const data = (dir: string, file: string) => parse(read(dir, file)) as Record<string, unknown>;
const stakeholder = (dir: string, id: string) => (data(dir, 'stakeholders.yaml').stakeholders as Record<string, unknown>[]).find((s) => s.id === id)!;

function expectNoErrors(dir: string, date: string): void {
  const r = partner(['check', '--format', 'json', '--date', date], dir);
  expect(JSON.parse(r.stdout).summary.errors, r.stdout).toBe(0);
}

describe('partner record acceptance', () => {
  it('records a party\'s acceptance with --yes: today, the representative, ratification needed for limited authority', () => {
    const dir = copy('bangladesh-immunisation');
    const before = read(dir, 'stakeholders.yaml');
    const r = partner(['record', 'acceptance', 'mohfw', '--yes', '--date', '1986-11-02'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Recorded the acceptance of the agreement by Ministry of Health and Family Welfare, Government of Bangladesh: accepted on 2 November 1986 by Dr. Anwarul Karim (illustrative); the organisation has still to ratify it, in stakeholders.yaml.\n');
    const { removed, inserted } = changedStretch(before, read(dir, 'stakeholders.yaml'));
    expect(removed).toBe('');
    expect(inserted).toBe('    acceptance:\n      date: 1986-11-02\n      by: Dr. Anwarul Karim (illustrative)\n      ratification: needed\n');
    // Ratified later: only the fields given change; the date of the ratification is recorded.
    const later = partner(['record', 'acceptance', 'Ministry of Health and Family Welfare, Government of Bangladesh', '--ratified-on', '1986-12-01'], dir);
    expect(later.stderr).toBe('');
    expect(later.code).toBe(0);
    expect(later.stdout).toContain('ratified on 1 December 1986');
    expect(stakeholder(dir, 'mohfw').acceptance).toEqual({ date: '1986-11-02', by: 'Dr. Anwarul Karim (illustrative)', ratification: 'done', ratified_on: '1986-12-01' });
    expectNoErrors(dir, '1986-12-02');
  });

  it('asks for what is missing only in a terminal; without one it says how to give the flags (exit 2, nothing written)', () => {
    const dir = copy('bangladesh-immunisation');
    const before = read(dir, 'stakeholders.yaml');
    const r = partner(['record', 'acceptance', 'adab'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no terminal to ask questions in; pass --yes with the answers as flags.');
    expect(r.stderr).toContain('partner record acceptance adab --yes --date');
    const bad = partner(['record', 'acceptance', 'adab', '--yes', '--date', '1986-02-30'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--date "1986-02-30" is not a valid date.');
    const nobody = partner(['record', 'acceptance', 'adabb', '--yes'], dir);
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toContain('There is no stakeholder "adabb" in stakeholders.yaml; did you mean adab?');
    expect(read(dir, 'stakeholders.yaml')).toBe(before);
  });

  it('refuses an acceptance that would leave the phase\'s gate broken, saying why line by line', () => {
    const dir = copy('orangi-sanitation'); // reviewing: every active partner's acceptance must hold
    const before = read(dir, 'stakeholders.yaml');
    const r = partner(['record', 'acceptance', 'kmc', '--ratification', 'needed'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Nothing was written: stakeholders.yaml would not pass `partner check`:\n  line 128: Before implementing, Karachi Metropolitan Corporation (KMC) must ratify its acceptance');
    expect(read(dir, 'stakeholders.yaml')).toBe(before);
  });

  it.skipIf(!hasScript)('asks which party, when, who and whether it must ratify, offering the representative', async () => {
    const dir = copy('bangladesh-immunisation');
    const t = terminal(['record', 'acceptance', '--date', '1986-11-03'], dir);
    try {
      await t.answer('Which party accepted the agreement?', `${KEY.down}${KEY.enter}`); // adab
      await t.answer('Who accepted it for the party', KEY.enter); // the representative
      await t.answer('Must the organisation still ratify it?', KEY.enter); // needed: limited authority
      await t.waitFor('Recorded the acceptance');
      expect(await t.exited).toBe(0);
    } finally {
      t.kill();
    }
    expect(stakeholder(dir, 'adab').acceptance).toEqual({ date: '1986-11-03', by: 'Rokeya Sultana (illustrative)', ratification: 'needed' });
  }, 60_000);
});

describe('partner record agreement-in-principle and open-point', () => {
  it('records the day of the agreement in principle, then lists the open points and marks one parked by its number', () => {
    const dir = copy('bangladesh-immunisation');
    const r = partner(['record', 'agreement-in-principle', '--yes', '--date', '1986-10-15', '--note', 'The outreach plan agreed; the reimbursement rate left open'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(data(dir, 'partnership.yaml').agreement_in_principle).toEqual({ date: '1986-10-15', note: 'The outreach plan agreed; the reimbursement rate left open' });
    const list = partner(['record', 'open-point'], dir);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('  4. Financial management (proposed: still to be negotiated)\n');
    expect(list.stdout).toContain('  7. External communication (proposed: still to be negotiated)\n');
    const before = read(dir, 'decision-rules.yaml');
    const mark = partner(['record', 'open-point', '4', 'parked'], dir);
    expect(mark.stderr).toBe('');
    expect(mark.stdout).toBe('"Financial management" is now parked: on hold, work can start without it (was proposed), in decision-rules.yaml.\n');
    expect(read(dir, 'decision-rules.yaml')).toBe(before.replace(/(financial_management:[\s\S]*?status: )proposed/, '$1parked'));
    const byWords = partner(['record', 'open-point', 'credit for results', 'central'], dir);
    expect(byWords.code).toBe(0);
    expect(byWords.stdout).toContain('"Credit for results is shared in every public statement." is now central: to be resolved before implementing');
    expectNoErrors(dir, '1986-10-16');
  });

  it('names the points that share the words, or says none has them; a central point is refused where the phase forbids it', () => {
    const dir = copy('bangladesh-immunisation');
    const many = partner(['record', 'open-point', 'the', 'parked'], dir);
    expect(many.code).toBe(2);
    expect(many.stderr).toMatch(/partner: \d+ points of the agreement have the words "the": /);
    expect(many.stderr).toContain('Give more of the words, so that one point has them.');
    const none = partner(['record', 'open-point', 'tariff', 'parked'], dir);
    expect(none.stderr).toContain('No point of the agreement has the words "tariff".');
    const weight = partner(['record', 'open-point', '1', 'centre'], dir);
    expect(weight.stderr).toContain('"centre" is not a weight of an open point (central, parked, agreed or proposed); did you mean central?');
    const orangi = copy('orangi-sanitation');
    const before = read(orangi, 'partnership.yaml');
    const central = partner(['record', 'open-point', '95% of families', 'central'], orangi);
    expect(central.code).toBe(2);
    expect(central.stderr).toContain('would not pass `partner check`');
    expect(read(orangi, 'partnership.yaml')).toBe(before);
  });
});

describe('partner record capacity (seed 003 Table 2)', () => {
  it('adds a line by its short name or the seed\'s words, and updates one already recorded', () => {
    const dir = copy('bangladesh-immunisation');
    const before = read(dir, 'partnership.yaml');
    const r = partner(['record', 'capacity', 'Agree on general strategies', 'under-way', '--note', 'Drafted at the Dhaka meeting'], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('"Agree on general strategies" is under way, in partnership.yaml.\n');
    expect(changedStretch(before, read(dir, 'partnership.yaml')).removed).toBe('');
    const again = partner(['record', 'capacity', 'agree-strategies', 'in-place'], dir);
    expect(again.stdout).toBe('"Agree on general strategies" is in place (was under way), in partnership.yaml.\n');
    const caps = data(dir, 'partnership.yaml').capacities as Record<string, unknown>[];
    expect(caps.filter((c) => c.id === 'agree-strategies')).toEqual([{ id: 'agree-strategies', state: 'in-place', note: 'Drafted at the Dhaka meeting' }]);
    const bad = partner(['record', 'capacity', 'agree-strategy', 'in-place'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"agree-strategy" is not a capacity or intervention of seed 003 Table 2; did you mean agree-strategies?');
    expectNoErrors(dir, '1986-10-16');
  });
});

describe('partner record former, capacity-building and measurement --text', () => {
  it('records that a stakeholder left, with its new engagement; a capacity-building need; an observation in words', () => {
    const dir = copy('bangladesh-immunisation');
    const left = partner(['record', 'former', 'other-donors', 'left', '--date', '1987-01-31', '--reason', 'Funding moved to the health sector programme', '--engagement', 'not-engaged'], dir);
    expect(left.stderr).toBe('');
    expect(left.stdout).toContain('left the partnership, in stakeholders.yaml.');
    expect(stakeholder(dir, 'other-donors')).toMatchObject({ engagement: 'not-engaged', former: { date: '1987-01-31', kind: 'left', reason: 'Funding moved to the health sector programme' } });
    const still = partner(['record', 'former', 'ngo-b', 'spun-off', '--yes', '--date', '1987-02-01'], dir);
    expect(still.stdout).toContain('It is still listed as an active partner: set its engagement with --engagement informed (or not-engaged).');
    const need = partner(['record', 'capacity-building', 'village-orgs', '--yes', '--need', 'Keep a register of births', '--activity', 'Training by the upazila health staff', '--by', 'Ministry of Health and Family Welfare, Government of Bangladesh', '--status', 'planned'], dir);
    expect(need.stderr).toBe('');
    expect(stakeholder(dir, 'village-orgs').capacity_building).toEqual([{ need: 'Keep a register of births', activity: 'Training by the upazila health staff', by: 'mohfw', status: 'planned' }]);
    const noNeed = partner(['record', 'capacity-building', 'village-orgs', '--yes'], dir);
    expect(noNeed.code).toBe(2);
    expect(noNeed.stderr).toContain('needs its words: --need <text>.');
    const seen = partner(['record', 'measurement', 'sessions-held', '--text', 'Mothers queue before the team arrives', '--date', '1987-03-01', '--by', 'adab'], dir);
    expect(seen.stderr).toBe('');
    expect(seen.stdout).toContain('Recorded an observation for');
    const ind = (data(dir, 'indicators.yaml').indicators as Record<string, unknown>[]).find((i) => i.id === 'sessions-held')!;
    expect(ind.observations).toEqual([{ date: '1987-03-01', text: 'Mothers queue before the team arrives', by: 'adab' }]);
    // The review report shows it under its indicator, with who observed it, by name.
    const report = partner(['render', 'review', '--date', '1987-03-02'], dir);
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toMatch(/Observed:\n\n- 1 March 1987, ADAB[^:\n]*: Mothers queue before the team arrives\n/);
    expect(partner(['render', 'review', '--date', '1987-02-28'], dir).stdout).not.toContain('Mothers queue');
    const both = partner(['record', 'measurement', 'sessions-held', '--text', 'x', '--value', '3'], dir);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('Give either --value (a number) or --text (an observation in words), not both.');
    expectNoErrors(dir, '1987-03-02');
  });
});

describe('the plans (unit)', () => {
  const dir = () => copy('bangladesh-immunisation');
  it('finds every point of the agreement with its words, groups by their title', () => {
    const points = agreementPoints(dir());
    expect(points.find((p) => p.rel === 'decision-rules.yaml' && p.path.join('.') === 'financial_management')).toMatchObject({ text: 'Financial management', status: 'proposed' });
    expect(points.find((p) => p.rel === 'communication.yaml')).toMatchObject({ text: 'External communication', path: ['external'] });
  });
  it('plans a weight without writing, and refuses an open point number out of range', () => {
    const d = dir();
    const before = read(d, 'partnership.yaml');
    const { plan, point } = planOpenPoint(d, '2', 'parked', '1986-10-16');
    expect(point.text).toBe('Credit for results is shared in every public statement.');
    expect(plan.text).toContain('status: parked');
    expect(read(d, 'partnership.yaml')).toBe(before);
    expect(() => planOpenPoint(d, '99', 'parked', '1986-10-16')).toThrow(UsageError);
    expect(() => planOpenPoint(d, '99', 'parked', '1986-10-16')).toThrow('There is no open point 99: the record has 7 open points.');
  });
  it('appends a Table 2 line once, and sets it where it is', () => {
    const d = dir();
    expect(planCapacity(d, 'shared-diagnosis', 'under-way', undefined, '1986-10-16')).toMatchObject({ id: 'shared-diagnosis', state: 'under-way', from: 'in-place' });
    const fresh = planCapacity(d, 'mediate-strategy', 'not-yet', 'No mediator yet', '1986-10-16');
    expect(fresh.from).toBeUndefined();
    expect(fresh.plan.text).toContain('  - id: mediate-strategy\n    state: not-yet\n    note: No mediator yet\n');
  });
});
