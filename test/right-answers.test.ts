import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPartnership, readFolderState } from '../src/core/check/check.js';
import { checklist } from '../src/core/check/requirements.js';
import { isBlank } from '../src/core/base/blank.js';
import { modelineFor } from '../src/core/folder/editor-schemas.js';
import { removeDir, runBinary, tempDir } from './helpers/cli.js';

/**
 * Issue 13: wrong answers a broker would act on, each seen on a real partnership. Every test here failed before
 * its fix. The partnership is a small one in the building phase, ready for planning but for what each test takes out.
 */

const PARTNERSHIP = `name: Kalabagh Water Users
phase: building
issue: Farmers at the tail of the canal get no water in the dry season.
why_multi_sector: The irrigation agency runs the canal, farmers run the field channels; neither can share water alone.
vision: Water reaches every field on the canal, on a rota the farmers agree.
geographic_scope:
  level: sub-national
convener:
  name: Provincial Irrigation Department
  credible_with: [nia, farmers, ford]
  credibility: The farmers' associations and the agency both asked it to convene (illustrative).
venue:
  kind: neutral
principles:
  - name: equity
    status: agreed
ground_rules:
  - text: Every partner may say no.
    status: agreed
`;

const STAKEHOLDERS = `stakeholders:
  - id: nia
    name: National Irrigation Administration
    sector: public
    engagement: active-partner
    interests: [canal maintenance paid for]
    motivations: [public mandate]
    representative: {name: Director Cruz, decision_authority: full}
  - id: farmers
    name: Farmer irrigators' associations
    sector: civil-society
    engagement: active-partner
    interests: [water at the tail end]
    motivations: [livelihoods]
    representative: {name: Mrs Santos, decision_authority: refer-back}
  - id: ford
    name: Ford Foundation
    sector: private
    engagement: active-partner
    interests: [a model to replicate]
    motivations: [learning]
    representative: {name: Dr Korten, decision_authority: limited}
`;

const ASSESSMENT = (id: string) => `stakeholder: ${id}\nbenefits:\n  - Water reaches the tail end.\n`;

let root: string;
let n = 0;
function folder(files: Record<string, string>): string {
  const dir = join(root, `p${n++}`);
  for (const [rel, text] of Object.entries({ 'partnership.yaml': PARTNERSHIP, 'stakeholders.yaml': STAKEHOLDERS, ...files })) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}
const findings = (dir: string, phase?: 'planning' | 'implementing') =>
  checkPartnership(dir, { today: '1985-01-01', ...(phase ? { phase } : {}) }).diagnostics.map((d) => `${d.file.slice(dir.length + 1)}:${d.line}:${d.column} ${d.severity} ${d.rule}: ${d.message}`);

beforeAll(() => {
  root = tempDir();
});
afterAll(() => removeDir(root));

describe('2. an internal assessment for each active partner, with answers', () => {
  it('is ready for planning with one assessment each', () => {
    const dir = folder({ 'assessments/nia.yaml': ASSESSMENT('nia'), 'assessments/farmers.yaml': ASSESSMENT('farmers'), 'assessments/ford.yaml': ASSESSMENT('ford') });
    expect(findings(dir, 'planning')).toEqual([]);
    expect(checklist('planning', readFolderState(dir, '1985-01-01').model).ready).toBe(true);
  });
  it('reports each active partner without one at its entry in stakeholders.yaml, by name, once', () => {
    const dir = folder({ 'assessments/nia.yaml': ASSESSMENT('nia') });
    expect(findings(dir, 'planning')).toEqual([
      "stakeholders.yaml:9:5 error phase-gate: Before planning, write the internal assessment of Farmer irrigators' associations (seed 002, Identifying partners).",
      'stakeholders.yaml:16:5 error phase-gate: Before planning, write the internal assessment of Ford Foundation (seed 002, Identifying partners).',
    ]);
    const list = checklist('planning', readFolderState(dir, '1985-01-01').model);
    expect(list.requirements.find((r) => r.id === 'assessments')!.done).toBe(false);
  });
  it('does not count the skeleton `partner init` writes, nor blank answers', () => {
    const dir = folder({
      'assessments/nia.yaml': ASSESSMENT('nia'),
      'assessments/farmers.yaml': `${modelineFor('assessments', 'assessments/farmers.yaml')}\nstakeholder: farmers\nbenefits: []\n`,
      'assessments/ford.yaml': 'stakeholder: ford\nbenefits: ["  "]\nrisks: [TODO]\n',
    });
    expect(findings(dir, 'planning')).toEqual([
      "stakeholders.yaml:9:5 error phase-gate: Before planning, answer the internal assessment of Farmer irrigators' associations (seed 002, Identifying partners).",
      'stakeholders.yaml:16:5 error phase-gate: Before planning, answer the internal assessment of Ford Foundation (seed 002, Identifying partners).',
    ]);
  });
  it('in the building phase, the good-practice rule names the partner at the same place (a warning: not yet a gate)', () => {
    const dir = folder({ 'assessments/nia.yaml': ASSESSMENT('nia'), 'assessments/farmers.yaml': 'stakeholder: farmers\n', 'assessments/ford.yaml': ASSESSMENT('ford') });
    expect(findings(dir)).toEqual(["stakeholders.yaml:9:5 warning assessment-missing: Active partner Farmer irrigators' associations has no internal assessment with answers yet."]);
  });
});

describe('3. the checklist ticks only what is there', () => {
  const implementing = (files: Record<string, string>) => {
    const dir = folder({ 'assessments/nia.yaml': ASSESSMENT('nia'), 'assessments/farmers.yaml': ASSESSMENT('farmers'), 'assessments/ford.yaml': ASSESSMENT('ford'), ...files });
    return checklist('implementing', readFolderState(dir, '1985-01-01').model).requirements;
  };
  it('"agree how decisions are made" is not met while every decision rule is proposed', () => {
    const proposed = implementing({ 'decision-rules.yaml': 'decisions:\n  - kind: Water rota\n    method: consensus\n    status: proposed\n  - kind: Budget\n    method: consensus\n' });
    expect(proposed.find((r) => r.id === 'decisions')!.done).toBe(false);
    const agreed = implementing({ 'decision-rules.yaml': 'decisions:\n  - kind: Water rota\n    method: consensus\n    status: agreed\n  - kind: Budget\n    method: consensus\n' });
    expect(agreed.find((r) => r.id === 'decisions')!.done).toBe(true);
  });
  it('"give every indicator a method, an owner and a frequency" is not met with no indicators at all', () => {
    const list = implementing({ 'indicators.yaml': 'indicators: []\n' });
    expect(list.find((r) => r.id === 'indicator-method')).toMatchObject({ done: false, description: 'Before implementing, give every indicator a method, an owner and a frequency (seed 002: how and by whom).' });
  });
});

describe('4. blank is missing, everywhere', () => {
  it('one definition: empty or spaces, placeholders, empty lists and lists of blanks; "none" is an answer', () => {
    for (const v of [undefined, null, '', '   ', 'TODO', 'tbd', '...', [], [''], ['  ', 'TBC'], { a: '' }]) expect(isBlank(v), JSON.stringify(v)).toBe(true);
    for (const v of ['none', 'Ministry staff', ['x'], 0, false, { a: 'x' }]) expect(isBlank(v), JSON.stringify(v)).toBe(false);
  });
  it('a vision of spaces or TODO does not pass the building gate', () => {
    const dir = folder({ 'partnership.yaml': PARTNERSHIP.replace(/^vision: .*$/m, 'vision: TODO') });
    expect(findings(dir)).toContain('partnership.yaml:5:9 error phase-gate: Before building, draft a vision (seed 002, Scoping).');
  });
  it('a representative named "" is no representative; what they may decide, already recorded, is not asked again (item 10)', () => {
    const dir = folder({ 'stakeholders.yaml': STAKEHOLDERS.replace('name: Director Cruz', 'name: ""') });
    expect(findings(dir, 'planning').filter((f) => f.includes('representative'))).toEqual(['stakeholders.yaml:2:5 error phase-gate: Before planning, name the representative of National Irrigation Administration (seed 002, Building).']);
  });
});

describe('5. one problem, one finding', () => {
  it('a gap the gate reports as an error is not reported again as a warning', () => {
    const dir = folder({ 'stakeholders.yaml': STAKEHOLDERS.replace('    representative: {name: Dr Korten, decision_authority: limited}\n', '').replace('motivations: [learning]', 'motivations: []') });
    const all = findings(dir, 'planning');
    // Ford has no assessment, no representative and no motivations: three gaps, three errors, no warnings.
    expect(all.filter((f) => f.includes('Ford'))).toEqual([
      'stakeholders.yaml:16:5 error phase-gate: Before building, record the motivations of Ford Foundation (seed 002, Scoping; seed 001).',
      'stakeholders.yaml:16:5 error phase-gate: Before planning, name the representative of Ford Foundation and what they may decide (seed 002, Building).',
      'stakeholders.yaml:16:5 error phase-gate: Before planning, write the internal assessment of Ford Foundation (seed 002, Identifying partners).',
    ]);
    expect(all.filter((f) => f.includes(' warning '))).toEqual([]);
  });
});

describe('agreeing commands (binary)', () => {
  it('status, check --phase and advance tell the same story about the assessments', () => {
    const dir = folder({ 'assessments/nia.yaml': ASSESSMENT('nia') });
    const status = runBinary(['status', dir, '--date', '1985-01-01'], { cwd: root });
    expect(status.stdout).toContain('Before planning: 7 of 8 done\n');
    expect(status.stdout).toContain('  ✖ Before planning, each prospective active partner needs an internal assessment in assessments/\n    (seed 002, Identifying partners).\n');
    const check = runBinary(['check', dir, '--phase', 'planning', '--date', '1985-01-01'], { cwd: root });
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/✖ 2 errors, 0 warnings in 1 partnership\./);
    const advance = runBinary(['advance', dir, '--date', '1985-01-01'], { cwd: root });
    expect(advance.code).toBe(1);
    expect(advance.stdout).toContain('  ✖ Before planning, each prospective active partner needs an internal assessment in assessments/ (seed 002, Identifying partners).\n');
  });
});

describe('1. the next review is the one in force', () => {
  const INDICATORS = 'review_cadence:\n  frequency: yearly\n  next_review: 1985-06-30\n';
  const reviewed = (next?: string) => folder({ 'indicators.yaml': INDICATORS, 'reviews/1985-06-28.yaml': `date: 1985-06-28\n${next ? `next_review: ${next}\n` : ''}` });
  it('a review held shortly before the set date, with its own next_review, is not overdue', () => {
    const dir = reviewed('1986-06-30');
    expect(findings(dir).filter((f) => f.includes('review-overdue'))).toEqual([]);
    const status = runBinary(['status', dir, '--date', '1985-07-15', '--format', 'json'], { cwd: root });
    expect(JSON.parse(status.stdout).review).toMatchObject({ next: '1986-06-30', overdue: false, last: '1985-06-28' });
    const agreement = runBinary(['render', 'agreement', dir, '--date', '1985-07-15'], { cwd: root });
    expect(agreement.stdout).toContain('the next review is due on 30 June 1986');
  });
  it('without its own next_review, the cadence runs from the latest review', () => {
    const dir = reviewed();
    const status = runBinary(['status', dir, '--date', '1985-07-15', '--format', 'json'], { cwd: root });
    expect(JSON.parse(status.stdout).review).toMatchObject({ next: '1986-06-28', overdue: false });
  });
  it('when overdue, the warning points at the line that holds the date in force', () => {
    const dir = reviewed('1986-06-30');
    const late = checkPartnership(dir, { today: '1986-07-15' }).diagnostics.filter((d) => d.rule === 'review-overdue');
    expect(late.map((d) => `${d.file.slice(dir.length + 1)}:${d.line}:${d.column} ${d.message}`)).toEqual(['reviews/1985-06-28.yaml:2:14 The next review was due on 1986-06-30; the last one was held on 1985-06-28.']);
  });
});

describe('10. numbers and words in status', () => {
  it('a long time reads as a person says it, and the folder is shown by its name, not "."', async () => {
    const { spanOfDays } = await import('../src/core/base/wording.js');
    expect([1, 12, 20, 152, 15308].map(spanOfDays)).toEqual(['1 day', '12 days', '3 weeks', '5 months', 'about 42 years']);
    const dir = folder({ 'resources.yaml': 'commitments:\n  - id: canal-desilting\n    stakeholder: nia\n    description: Desilt the main canal\n    type: in-kind\n    due: 1944-02-01\n' });
    const r = runBinary(['status', '.', '--date', '1985-12-01'], { cwd: dir });
    expect(r.stdout).toContain(`\n  ${dir.split('/').pop()} · as of 1985-12-01\n`);
    expect(r.stdout).toContain('Desilt the main canal (National Irrigation Administration) was due on 1944-02-01, about 42\n      years ago');
  });
});

describe('10. hints ask only for what is missing', () => {
  const hintsOf = (dir: string, rule: string, phase?: 'planning') => checkPartnership(dir, { today: '1985-01-01', ...(phase ? { phase } : {}) }).diagnostics.filter((d) => d.rule === rule).map((d) => `${d.message} | ${d.hint}`);
  it('a convener whose acceptance is recorded is asked only how its credibility is known', () => {
    const dir = folder({ 'partnership.yaml': PARTNERSHIP.replace(/^ {2}credibility: .*\n/m, '') });
    expect(hintsOf(dir, 'convener-credibility')).toEqual(["The convener's credibility is not recorded: how that is known. | Under `convener:`, add `credibility:` (how that is known)."]);
  });
  it('a representative whose authority is recorded is asked only for a name', () => {
    const dir = folder({ 'stakeholders.yaml': STAKEHOLDERS.replace('name: Director Cruz', 'name: ""') });
    expect(hintsOf(dir, 'phase-gate', 'planning').filter((h) => h.includes('representative'))).toEqual(['Before planning, name the representative of National Irrigation Administration (seed 002, Building). | Add `name:` under `representative:`.']);
  });
});

describe('8. reviews do not hide dissent', () => {
  it('one partner\'s red shows in the summary, and a participant who gave no rating is named', () => {
    const dir = folder({
      'assessments/nia.yaml': ASSESSMENT('nia'),
      'reviews/1985-06-28.yaml': `date: 1985-06-28
participants: [nia, farmers, ford]
functioning:
  - stakeholder: nia
    decision_making: {rating: green}
    resources: {rating: green}
  - stakeholder: farmers
    decision_making: {rating: green}
    resources: {rating: red, comment: Water never reaches the tail end.}
`,
    });
    const md = runBinary(['render', 'review', dir, '--date', '1985-07-01'], { cwd: root }).stdout;
    expect(md).toContain('| Partnership functioning: Financial operations and resources | **Red** | 1 green, 1 red; red from Farmer irrigators\' associations |');
    expect(md).toContain('**Financial operations and resources:** Red at worst (1 green, 1 red); not rated by Ford Foundation.');
  });
});
