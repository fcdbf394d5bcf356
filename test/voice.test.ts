import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPartnership } from '../src/core/check/check.js';
import { removeDir, RUNNERS, tempDir, writeFolder } from './helpers/cli.js';
import { PARTNERSHIP, STAKEHOLDERS } from './cases/check-cases.js';

/** Voice and capacity (seed 003 lessons 4 and 6, seed 004 step 6) and the smaller fields of issue 21. */
let root: string;
beforeAll(() => (root = tempDir()));
afterAll(() => removeDir(root));
let n = 0;
const folder = (files: Record<string, string>): string => writeFolder(join(root, `f${++n}`), { 'partnership.yaml': PARTNERSHIP, 'stakeholders.yaml': STAKEHOLDERS, ...files });
const messages = (dir: string, rule: string) => checkPartnership(dir, { today: '2026-01-01' }).diagnostics.filter((d) => d.rule === rule).map((d) => `${d.message} | ${d.hint ?? ''}`);
const found = (dir: string) => checkPartnership(dir, { today: '2026-01-01' }).diagnostics.map((d) => `${d.file.slice(dir.length + 1)}:${d.line}:${d.column} ${d.severity} ${d.rule}`);
const ACTIVE = STAKEHOLDERS.replace('    sector: public\n', '    sector: public\n    engagement: active-partner\n').replace('    sector: civil-society\n', '    sector: civil-society\n    engagement: pilot\n');
const BODY = 'bodies:\n  - id: board\n    name: Board\n    kind: steering-committee\n    members: [city-water]\n    chair: {kind: rotating}\n';

describe('voice-in-decisions', () => {
  it('flags a pilot that contributes but sits on no body, and a stakeholder that bears a risk', () => {
    const dir = folder({
      'stakeholders.yaml': ACTIVE,
      'decision-rules.yaml': BODY,
      'resources.yaml': 'commitments:\n  - {id: labour, stakeholder: river-women, description: Digging, type: in-kind}\n',
    });
    expect(found(dir).filter((f) => f.includes('voice'))).toEqual(['stakeholders.yaml:8:5 warning voice-in-decisions']);
    // In the broker's words: the stakeholder by its name; its id only where it is to be typed.
    expect(messages(dir, 'voice-in-decisions')).toEqual(["No decision-making body gives a seat to Riverside Women's Association, though it contributes resources. | Give it a seat (`members:` of a body in decision-rules.yaml, as `river-women`), or a veto over the decisions that affect it (`consent_of:`)."]);
    const risk = folder({ 'stakeholders.yaml': ACTIVE.replace('engagement: pilot', 'engagement: informed'), 'decision-rules.yaml': BODY, 'risks.yaml': 'risks:\n  - id: flood\n    description: Pipes flood homes\n    borne_by: [river-women]\n' });
    expect(found(risk).filter((f) => f.includes('voice'))).toEqual(['stakeholders.yaml:8:5 warning voice-in-decisions']);
  });
  it('is quiet once it has a seat, and before any body has members', () => {
    const seated = folder({ 'stakeholders.yaml': ACTIVE, 'decision-rules.yaml': BODY.replace('[city-water]', '[city-water, river-women]'), 'resources.yaml': 'commitments:\n  - {id: labour, stakeholder: river-women, description: Digging, type: in-kind}\n' });
    expect(found(seated).filter((f) => f.includes('voice'))).toEqual([]);
    const none = folder({ 'stakeholders.yaml': ACTIVE, 'resources.yaml': 'commitments:\n  - {id: labour, stakeholder: river-women, description: Digging, type: in-kind}\n' });
    expect(found(none).filter((f) => f.includes('voice'))).toEqual([]);
  });
});

describe('grassroots-voice and former partners', () => {
  it('flags a grassroots group with high interest that is only informed', () => {
    const s = STAKEHOLDERS.replace('    sector: civil-society\n', '    sector: civil-society\n    grassroots: true\n    interest_level: high\n    engagement: informed\n    capacity_building:\n      - need: Keep accounts for the lane fund\n        activity: Book-keeping training\n        by: city-water\n        status: planned\n');
    expect(found(folder({ 'stakeholders.yaml': s })).filter((f) => f.includes('grassroots'))).toEqual(['stakeholders.yaml:12:17 warning grassroots-voice']);
    expect(messages(folder({ 'stakeholders.yaml': s }), 'grassroots-voice')[0]).toMatch(/^The grassroots group Riverside Women's Association has a high interest in the issue but is only kept informed\. \|/);
    expect(found(folder({ 'stakeholders.yaml': s.replace('engagement: informed', 'engagement: advisory-group') }))).toEqual([]);
  });
  it('flags a former partner still marked active', () => {
    const s = STAKEHOLDERS.replace('    sector: public\n', '    sector: public\n    engagement: active-partner\n    former: {date: 2025-03-01, kind: spun-off, reason: Became the water utility}\n');
    expect(found(folder({ 'stakeholders.yaml': s })).filter((f) => f.includes('former'))).toEqual(['stakeholders.yaml:5:17 warning former-still-engaged']);
    expect(messages(folder({ 'stakeholders.yaml': s }), 'former-still-engaged')).toEqual(['City Water Department: spun off on 2025-03-01, yet still an active partner. | Set `engagement:` to informed or not-engaged.']);
  });
  it('checks the new references: a consent, a recipient, a risk bearer, an activity lead', () => {
    const dir = folder({
      'partnership.yaml': `${PARTNERSHIP}activities:\n  - id: dig\n    name: Dig the trenches\n    lead: nobody\n    outputs: [2 km of trench]\n`,
      'decision-rules.yaml': 'decisions:\n  - kind: Raise the tariff\n    method: consensus\n    consent_of: [water-users]\n',
      'resources.yaml': 'commitments:\n  - {id: loan, stakeholder: city-water, recipient: ghost, description: Loan, type: cash, amount: 10, currency: USD, terms: loan}\n',
    });
    expect(found(dir).filter((f) => f.includes('unknown-stakeholder'))).toEqual(['decision-rules.yaml:4:18 error unknown-stakeholder', 'partnership.yaml:8:11 error unknown-stakeholder', 'resources.yaml:2:52 error unknown-stakeholder']);
  });
});

describe.each(RUNNERS)('way_forward as a list, and a veto in the agreement (%s)', (_name, run) => {
  it('accepts one or several ways forward, and shows a consent in the agreement', async () => {
    const dir = folder({
      'partnership.yaml': `${PARTNERSHIP}activities:\n  - id: dig\n    name: Dig the trenches\n    lead: river-women\n    outputs: [2 km of trench, 40 household taps]\n    outcome: Water within 100 m of every home\nsustainability:\n  way_forward: [sustain, scale-up]\n`,
      'decision-rules.yaml': 'decisions:\n  - kind: Raise the tariff\n    method: consensus\n    consent_of: [river-women]\n    status: agreed\n',
    });
    expect(found(dir)).toEqual([]);
    const r = await run(['render', 'agreement', dir, '--date', '2026-01-01'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("with the consent of Riverside Women's Association");
    expect(r.stdout).toMatch(/Sustain: continue, perhaps with a re-negotiated focus; Scale up/);
    expect(r.stdout).toContain("### Activities and outputs\n\n- **Dig the trenches**, led by Riverside Women's Association. Outputs: 2 km of trench; 40 household taps. Outcome: Water within 100 m of every home.\n");
    // A loan from one partner to another, and capacity-building, in the agreement (seed 001; seed 004 step 6).
    const lent = folder({
      'stakeholders.yaml': STAKEHOLDERS.replace('    sector: civil-society\n', '    sector: civil-society\n    capacity_building:\n      - need: Keep accounts for the lane fund.\n        activity: Book-keeping training\n        by: city-water\n        status: planned\n'),
      'resources.yaml': 'commitments:\n  - {id: lane-loan, stakeholder: city-water, recipient: river-women, description: Revolving fund for lane pipes, type: cash, amount: 5000, currency: USD, terms: loan, status: agreed}\n',
    });
    const lentMd = (await run(['render', 'agreement', lent, '--date', '2026-01-01'], { cwd: root })).stdout;
    expect(lentMd).toContain("| Revolving fund for lane pipes, to Riverside Women's Association | Cash (loan, to be paid back) | USD 5,000 |");
    expect(lentMd).toContain("### Building capacity\n\n- **Riverside Women's Association**: Keep accounts for the lane fund. Support: Book-keeping training, by City Water Department; planned.\n");
    const one = folder({ 'partnership.yaml': `${PARTNERSHIP}sustainability:\n  way_forward: close\n` });
    expect(found(one)).toEqual([]);
    const bad = folder({ 'partnership.yaml': `${PARTNERSHIP}sustainability:\n  way_forward: [sustain, sustain]\n` });
    expect(found(bad).length).toBeGreaterThan(0);
  });
});
