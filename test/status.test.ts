import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHASES } from '../src/core/folder/layout.js';
import { LIFECYCLE, questionsFor } from '../src/core/lifecycle/phases.js';
import { SEED_QUESTIONS } from '../src/core/lifecycle/questions.js';
import { checkPartnership, readFolderState } from '../src/core/check/check.js';
import { checklist, requirementsOf } from '../src/core/check/requirements.js';
import { addPeriod, indicatorsDue, overdueCommitments } from '../src/core/lifecycle/status.js';
import { lifecycleLines } from '../src/format/status.js';
import type { FolderModel } from '../src/model/index.js';
import { copyExample, EXAMPLES, removeDir, ROOT, RUNNERS, tempDir } from './helpers/cli.js';

const SEEDS = join(ROOT, '..', 'shared', 'seeds');
const seedLines = (file: string) => readFileSync(join(SEEDS, file), 'utf8').split('\n');

describe('the seeds\' questions', () => {
  it.skipIf(!existsSync(SEEDS))('quote seeds 003 and 004 verbatim, at the lines they cite', () => {
    const files = { '002': seedLines('002_7bb7d4c808cd224d.txt'), '003': seedLines('003_a48d4831f2f75d10.txt'), '004': seedLines('004_aac5692a5ceb9622.txt') };
    for (const q of SEED_QUESTIONS) {
      const lines = files[q.seed];
      const line = lines[q.line - 1] ?? '';
      expect(line, `${q.seed} line ${q.line}`).toContain(q.text);
      if (q.number) expect(line).toMatch(new RegExp(`^(- )?${q.number.replace('.', '\\.')} `));
      if (q.context) expect(line).toContain(q.context);
      // Follow-ups are the " - " lines right under the question.
      const under = lines.slice(q.line, q.line + (q.followUps?.length ?? 0)).map((l) => l.replace(/^ - /, ''));
      expect(under).toEqual(q.followUps ?? []);
    }
  });
  it('cover seed 003\'s key questions 1.1 to 5.1 (the seed numbers two of them 1.2)', () => {
    expect(SEED_QUESTIONS.filter((q) => q.seed === '003').map((q) => q.number)).toEqual(['1.1', '1.2', '1.2', '2.1', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '4.4', '5.1']);
    expect([...new Set(SEED_QUESTIONS.filter((q) => q.seed === '004').map((q) => q.step))]).toEqual([1, 2, 3, 4, 6]);
  });
  it('are asked at the phase their stage or step maps to', () => {
    expect(questionsFor('scoping').map((q) => q.number ?? `step ${q.step}`)).toEqual(['1.1', '1.2', '1.2', ...Array(4).fill('step 1'), ...Array(3).fill('step 2'), ...Array(6).fill('step 3')]);
    expect(questionsFor('building').map((q) => q.number ?? q.text)).toEqual(['2.1', 'Who convenes?', 'Where?', 'Who moderates?', 'What to discuss?']);
    expect(questionsFor('reviewing').map((q) => q.number ?? q.text)).toEqual(['Is the partnership achieving its goals?', 'What are the obstacles?', 'How can the obstacles be removed?', '4.1', '4.2', '4.3', '4.4', '5.1']);
    expect(questionsFor('planning').filter((q) => q.seed === '002').map((q) => q.line)).toEqual([140, 141, 142, 143, 144]);
    expect(questionsFor('implementing').filter((q) => q.seed === '002').map((q) => q.line)).toEqual([140, 141, 142, 143, 144, 158, 158, 158]);
    expect(questionsFor('sustaining').map((q) => q.number)).toEqual(['5.1']);
    // Every question is asked somewhere.
    const asked = new Set(PHASES.flatMap((p) => questionsFor(p)));
    expect(SEED_QUESTIONS.filter((q) => !asked.has(q))).toEqual([]);
  });
});

describe('the checklist', () => {
  it('lists each phase\'s own requirements in their words', () => {
    expect(requirementsOf('building').length).toBe(6);
    expect(requirementsOf('planning')[0]!.description).toMatch(/^Before planning, /);
  });
  it.each([['orangi-sanitation'], ['bangladesh-immunisation']])('agrees with the phase gate of `partner check` for %s at every phase', (example) => {
    const { model } = readFolderState(join(EXAMPLES, example), '2000-01-01');
    for (const phase of PHASES) {
      const list = checklist(phase, model);
      const gate = checkPartnership(join(EXAMPLES, example), { phase, today: '2000-01-01' }).diagnostics.filter((d) => d.rule === 'phase-gate');
      expect(list.ready, phase).toBe(gate.length === 0);
      expect(list.requirements.every((r) => r.done)).toBe(list.ready);
    }
  });
  it('lists missing requirements of earlier phases before the target\'s own', () => {
    const model: FolderModel = { partnership: { name: 'X', phase: 'scoping' } };
    const list = checklist('planning', model);
    expect(list.ready).toBe(false);
    expect(list.requirements.filter((r) => r.phase === 'building').map((r) => r.done)).toEqual(Array(6).fill(false));
    expect(list.requirements.filter((r) => r.phase === 'planning')).toHaveLength(requirementsOf('planning').length);
    expect(list.requirements[0]!.phase).toBe('building');
  });
});

describe('follow-up dates', () => {
  it('adds one period of each frequency', () => {
    expect(addPeriod('2024-01-31', 'monthly')).toBe('2024-02-29');
    expect(addPeriod('2023-11-30', 'quarterly')).toBe('2024-02-29');
    expect(addPeriod('2024-12-31', 'weekly')).toBe('2025-01-07');
    expect(addPeriod('2024-12-25', 'fortnightly')).toBe('2025-01-08');
    expect(addPeriod('2024-08-31', 'twice-yearly')).toBe('2025-02-28');
    expect(addPeriod('2024-02-29', 'yearly')).toBe('2025-02-28');
    expect(addPeriod('2024-02-29', 'as-needed')).toBeUndefined();
  });
  it('finds indicators due for measurement and overdue commitments as of a date', () => {
    const model = {
      indicators: {
        indicators: [
          { id: 'a', name: 'A', aspect: 'impact', frequency: 'yearly', measurements: [{ date: '2023-06-30', value: 1 }, { date: '2024-06-30', value: 2 }] },
          { id: 'b', name: 'B', aspect: 'impact', frequency: 'quarterly', owner: 'x', baseline: { value: 0, date: '2024-01-01' } },
          { id: 'c', name: 'C', aspect: 'impact', frequency: 'monthly' },
          { id: 'd', name: 'D', aspect: 'impact', frequency: 'as-needed' },
          { id: 'e', name: 'E', aspect: 'impact', frequency: 'once', target: { value: 1, date: '2025-06-01' } },
        ],
      },
      resources: {
        commitments: [
          { id: 'late', stakeholder: 'x', description: 'L', type: 'cash', due: '2024-12-01', status: 'agreed' },
          { id: 'done', stakeholder: 'x', description: 'D', type: 'cash', due: '2024-12-01', status: 'delivered' },
          { id: 'future', stakeholder: 'x', description: 'F', type: 'in-kind', due: '2025-12-01' },
        ],
      },
    } as unknown as FolderModel;
    expect(indicatorsDue(model, '2025-01-01')).toEqual([
      { id: 'b', name: 'B', owner: 'x', ownerName: 'x', frequency: 'quarterly', due: '2024-04-01' },
      { id: 'c', name: 'C', frequency: 'monthly' },
    ]);
    expect(indicatorsDue(model, '2025-07-01').map((i) => i.id)).toEqual(['a', 'b', 'c', 'e']);
    expect(overdueCommitments(model, '2025-01-01')).toEqual([{ id: 'late', stakeholder: 'x', stakeholderName: 'x', description: 'L', due: '2024-12-01', status: 'agreed', daysOverdue: 31 }]);
  });
});

describe('the lifecycle line', () => {
  it('draws the six phases over seed 002\'s four, the current one in brackets', () => {
    expect(lifecycleLines('planning')).toEqual([
      'scoping ─ building ─ [planning] ─ implementing ─ reviewing ─ sustaining',
      '╰────────── Phase 1 ──────────╯     Phase 2       Phase 3     Phase 4',
    ]);
    const [line, under] = lifecycleLines('reviewing');
    // Each of Phases 2-4 sits under its phase.
    expect(under.indexOf('Phase 3')).toBeGreaterThanOrEqual(line.indexOf('[reviewing]'));
    expect(under.indexOf('Phase 3') + 'Phase 3'.length).toBeLessThanOrEqual(line.indexOf('[reviewing]') + '[reviewing]'.length);
    expect(PHASES.filter((p) => LIFECYCLE[p].seed002.phase === 1)).toEqual(['scoping', 'building', 'planning']);
  });
});

let root: string;
beforeAll(() => {
  root = tempDir();
  copyExample('orangi-sanitation', root);
  copyExample('bangladesh-immunisation', root);
  const sustaining = copyExample('orangi-sanitation', join(root, 'later'));
  const p = join(sustaining, 'partnership.yaml');
  writeFileSync(p, readFileSync(p, 'utf8').replace('phase: reviewing', 'phase: sustaining').replace(/^sustainability:\n/m, 'sustainability:\n  way_forward: scale-up\n'));
  mkdirSync(join(root, 'broken'));
  writeFileSync(join(root, 'broken', 'partnership.yaml'), 'name: Broken\nphase: [\n');
  mkdirSync(join(root, 'empty'));
});
afterAll(() => removeDir(root));

describe.each(RUNNERS)('partner status (%s)', (_name, run) => {
  it('shows the Bangladesh example at planning: the cycle, the checklist for implementing, follow-up and questions', async () => {
    const r = await run(['status', 'bangladesh-immunisation', '--date', '1986-09-30'], { cwd: root });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Vaccinate your Child! Ministry-NGO immunisation partnership, Bangladesh\n  bangladesh-immunisation · as of 1986-09-30\n');
    expect(r.stdout).toContain('  scoping ─ building ─ [planning] ─ implementing ─ reviewing ─ sustaining\n');
    expect(r.stdout).toContain('Now: planning. Seed 002 Phase 1, Creation and relationship building');
    expect(r.stdout).toContain('Before implementing: 9 of 12 done\n');
    expect(r.stdout).toContain('  ✖ Before implementing, agree the protocol for external communication (seed 002, Planning).\n');
    expect(r.stdout).toContain('  ✔ Before implementing, define indicators (seed 002, Setting indicators).\n');
    expect(r.stdout).toContain("  ✖ Before implementing, record the partners' non-negotiables (seed 002, Risks and assumptions).\n");
    expect(r.stdout).toContain('  Overdue commitments: none.\n');
    expect(r.stdout).toContain('  partner check: 0 errors, 1 warning.\n');
    expect(r.stdout).toContain('  Seed 003, stage 3: Setting Shared Directions\n    3.1 How can the parties establish a climate of hope');
    expect(r.stdout).toContain('  Seed 004, step 6: Develop an Action Plan\n    • How should action strategies be implemented?\n');
    expect(r.stdout).toContain('  Seed 002, Planning: communication within each partner, for buy-in\n    • How will the project be described internally to each organization?');
    expect(r.stdout).toContain('Typology\n  High partner diversity, high task specificity: seed 003 Table 1 gives a coalition, a partnership\n    or a new organisation; recorded: a coalition.\n');
    expect(r.stdout).toContain('The agreement (seed 002)\n  No agreement in principle recorded yet');
    expect(r.stdout).toContain('  Accepted by 0 of 6 active partners; still to accept: Ministry of Health and Family Welfare,\n    Government of Bangladesh; ADAB, the national NGO association; UNICEF Bangladesh; World Health\n    Organization (WHO), Bangladesh office; Large national rural-development NGO A (illustrative) and\n    Large national health NGO B (illustrative) (record each with `partner record acceptance`).\n');
    expect(r.stdout).toContain('  Stage 3 (Table 2 row "2. Set Shared Directions"): capacities needed\n');
    expect(r.stdout).not.toMatch(/\{|\}|instancePath|#\//);
  });

  it('gives the Orangi example at reviewing as JSON, in the documented shape', async () => {
    const r = await run(['status', 'orangi-sanitation', '--date', '1995-06-01', '--format', 'json'], { cwd: root });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['version', 'dir', 'name', 'as_of', 'phase', 'lifecycle', 'next', 'commitments_overdue', 'open_actions', 'indicators_due', 'review', 'check', 'files_with_errors', 'questions', 'agreement', 'capacities', 'typology', 'activities', 'capacity_building']);
    expect(out.open_actions).toEqual([]);
    expect(out).toMatchObject({ version: 1, dir: 'orangi-sanitation', name: 'Orangi low-cost sanitation partnership', as_of: '1995-06-01', phase: 'reviewing', files_with_errors: [], check: { errors: 0, warnings: 2 } });
    expect(out.lifecycle.map((l: { phase: string; state: string }) => `${l.phase}:${l.state}`)).toEqual(['scoping:before', 'building:before', 'planning:before', 'implementing:before', 'reviewing:current', 'sustaining:next']);
    expect(out.lifecycle[4]).toEqual({
      phase: 'reviewing', state: 'current',
      seed002: { phase: 3, title: 'Reviewing, evaluating and revising', sections: ['Measuring', 'Reviewing', 'Revising'] },
      seed003: { stages: [{ stage: 4, title: 'Implementing Action Strategies' }, { stage: 5, title: 'Institutionalizing and/or Expanding Successful ISPs' }] },
      seed004: { steps: [] },
    });
    expect(out.next).toEqual({
      phase: 'sustaining', ready: false, done: 3, total: 4,
      requirements: [
        { phase: 'sustaining', description: 'Before sustaining, hold at least one review (seed 002 Phase 3).', done: true },
        { phase: 'sustaining', description: expect.stringMatching(/^Before sustaining, every review covers project impacts/), done: true },
        { phase: 'sustaining', description: expect.stringMatching(/^Before sustaining, hold a review answered by every active partner/), done: true },
        { phase: 'sustaining', description: 'Before sustaining, record the chosen way forward: sustain, scale up, institutionalise or close (seed 002 Phase 4).', done: false },
      ],
    });
    expect(out.commitments_overdue).toEqual([{ id: 'kwsb-treatment', stakeholder: 'kwsb', description: "Treatment capacity for Orangi's sewage", due: '1994-12-31', status: 'late', days_overdue: 152 }]);
    expect(out.indicators_due).toEqual([{ id: 'external-works-done', name: expect.any(String), owner: 'kwsb', frequency: 'quarterly', last_measured: '1994-12-31', due: '1995-03-31' }]);
    expect(out.review).toEqual({ frequency: 'yearly', next: '1996-03-15', days_to_next: 288, overdue: false, last: '1995-03-15' });
    expect(out.questions.map((q: { number: string | null }) => q.number)).toEqual([null, null, null, '4.1', '4.2', '4.3', '4.4', '5.1']);
    expect(out.questions[0]).toMatchObject({ seed: '002', section: 'Setting indicators: reporting between partners', text: 'Is the partnership achieving its goals?', line: 158 });
    expect(out.questions[7]).toEqual({ seed: '003', section: null, stage: 5, step: null, number: '5.1', text: 'How do successful ISPs decide to terminate, continue, or expand?', follow_ups: ['How can actors mobilize continuing or expanded resources to support continuing or expanded activity?'], context: null, line: 335 });
  });

  it('writes a Markdown agenda to paste into meeting notes', async () => {
    const r = await run(['status', 'orangi-sanitation', '--date', '1995-06-01', '--format', 'md'], { cwd: root });
    expect(r.code).toBe(0);
    // Handed to partners: names, dates and phases in words; no seed citations, ids, file names or commands.
    expect(r.stdout.startsWith('# Orangi low-cost sanitation partnership: where the partnership stands on 1 June 1995\n\n**Phase:** Reviewing, the fifth of the six phases')).toBe(true);
    expect(r.stdout).toContain('Scoping → Building → Planning → Implementing → **Reviewing** → Sustaining\n');
    expect(r.stdout).toContain('## Before moving on to sustaining: 3 of 4 done\n\n- [x] Before sustaining, hold at least one review.\n');
    expect(r.stdout).toContain('- [ ] Before sustaining, record the chosen way forward');
    expect(r.stdout).toContain("- **Overdue commitments:**\n  - Karachi Water and Sewerage Board (KWSB): Treatment capacity for Orangi's sewage. Due on 31 December 1994, 5 months ago; late.");
    expect(r.stdout).toContain('### Institutionalizing and/or expanding successful partnerships\n\n- How do successful partnerships decide to terminate, continue, or expand?\n  - How can actors');
    // Where the agreement stands, the form that fits and the stage's capacities, in words: no ids, states or table numbers.
    expect(r.stdout).toContain('## The form of the partnership\n\nThe partners are very different from one another and their joint task is highly specific: that suits a coalition, a partnership or a new organisation. The partners chose a partnership.\n');
    expect(r.stdout).toContain('## Where the agreement stands\n\n- Agreed in principle on 15 September 1987.\n- Accepted by 5 of 5 active partners.\n');
    expect(r.stdout).toContain('### Institutionalizing and/or expanding successful partnerships: the capacities needed\n\n- Assess critical factors in success: in place (The 1995 review names them).\n');
    expect(r.stdout).toContain('- Disseminate learning from pilot projects to wider audiences: under way (Study visits from other cities, paid for by the donor).\n');
    expect(r.stdout).toContain('### Setting indicators: reporting between partners\n\n- Is the partnership achieving its goals?\n');
    expect(r.stdout).toContain('## About this document\n\nPrepared from the partnership');
    expect(r.stdout).not.toMatch(/\bseeds? \d{3}|\bISPs?\b|kwsb-treatment|partner check|\.yaml|Table \d|in-place|under-way|assess-success-factors/i);
    expect(r.stdout).not.toMatch(/ \n/);
  });

  it('shows a fresh `partner init` at scoping, with what building needs', async () => {
    const dir = tempDir();
    try {
      const init = await run(['init', 'fresh', '--yes', '--name', 'Fresh Water'], { cwd: dir });
      expect(init.code).toBe(0);
      const r = await run(['status', 'fresh', '--date', '2025-01-01', '--format', 'json'], { cwd: dir });
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out).toMatchObject({ name: 'Fresh Water', phase: 'scoping', check: { errors: 0 }, commitments_overdue: [], indicators_due: [] });
      expect(out.next.phase).toBe('building');
      expect(out.next.ready).toBe(false);
      expect(out.next.requirements.map((q: { description: string }) => q.description)).toEqual(requirementsOf('building').map((q) => q.description));
      expect(out.next.requirements[0]).toEqual({ phase: 'building', description: 'Before building, write down the issue the partnership tackles (seed 004 step 1; seed 003 question 1.1).', done: false });
      expect(out.questions.map((q: { seed: string; number: string | null; step: number | null }) => q.number ?? `step ${q.step}`)).toEqual(['1.1', '1.2', '1.2', ...Array(4).fill('step 1'), ...Array(3).fill('step 2'), ...Array(6).fill('step 3')]);
      const text = await run(['status', '--date', '2025-01-01'], { cwd: join(dir, 'fresh') });
      expect(text.code).toBe(0);
      expect(text.stdout).toContain('  [scoping] ─ building ─ planning');
      expect(text.stdout).toContain('Next review: no review cadence agreed yet');
    } finally {
      removeDir(dir);
    }
  });

  it('says when the last phase is reached', async () => {
    const r = await run(['status', 'later/orangi-sanitation', '--date', '1996-06-01'], { cwd: root });
    expect(r.stdout).toContain('[sustaining]');
    expect(r.stdout).toContain('Sustaining is the last phase of the cycle.\n');
    expect(r.stdout).toContain('5.1 How do successful ISPs decide');
    const json = JSON.parse((await run(['status', 'later/orangi-sanitation', '--date', '1996-06-01', '--format', 'json'], { cwd: root })).stdout);
    expect(json.next).toBeNull();
  });

  it('exits 1 when `partner check` finds errors, and says the phase is not known', async () => {
    const r = await run(['status', 'broken', '--format', 'json', '--date', '2025-01-01'], { cwd: root });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ phase: null, next: null, questions: [], files_with_errors: ['partnership.yaml'] });
    expect(out.check.errors).toBeGreaterThan(0);
  });

  it('says first, before the checklist, which files it left out for their errors', async () => {
    const dir = copyExample('orangi-sanitation', join(root, `tab-${_name}`));
    const file = join(dir, 'stakeholders.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  - id: opp', '\t- id: opp'));
    const r = await run(['status', dir, '--date', '1995-06-01'], { cwd: root });
    expect(r.code).toBe(1);
    const warning = r.stdout.indexOf('⚠ Left out because they have errors: stakeholders.yaml.');
    expect(warning).toBeGreaterThan(0);
    expect(warning).toBeLessThan(r.stdout.indexOf('Before sustaining:'));
  });

  it('exits 2 for a wrong path, format or date', async () => {
    expect(await run(['status', 'nowhere'], { cwd: root })).toEqual({ code: 2, stdout: '', stderr: 'partner: nowhere does not exist.\n  Give the path of a partnership folder (one that holds partnership.yaml).\n' });
    const empty = await run(['status', 'empty'], { cwd: root });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('No partnership found in empty');
    const format = await run(['status', 'orangi-sanitation', '--format', 'html'], { cwd: root });
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('text, json, md');
    const date = await run(['status', 'orangi-sanitation', '--date', '1995-02-30'], { cwd: root });
    expect(date).toEqual({ code: 2, stdout: '', stderr: 'partner: --date 1995-02-30 is not a valid date.\n  Write it as YYYY-MM-DD.\n' });
  });

  it('has help with examples', async () => {
    const r = await run(['status', '--help'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('$ partner status --format md > agenda.md');
    expect(r.stdout).toContain('Exit codes:');
  });
});

describe.each(RUNNERS)('partner status: activities and capacity-building (%s)', (_name, run) => {
  it('shows the activities with their outputs and the capacity-building needs, by name, in text, agenda and JSON', async () => {
    const dir = join(EXAMPLES, 'orangi-sanitation');
    const text = await run(['status', dir, '--date', '1995-06-01'], { cwd: ROOT });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Activities and outputs (seed 002, Planning)\n  • Lane sewers and latrines, built and paid for by residents (led by Orangi lane (street)\n    organisations). Outputs: Underground sewers in the lanes; Sanitary latrines connected to them.\n    Outcome: Clean lanes and fewer water-borne diseases.\n');
    expect(text.stdout).toContain('Capacity-building (seed 004 step 6): 0 of 1 needs not yet met\n  ✔ Orangi lane (street) organisations: Lay lane sewers to the right levels, and keep simple\n    accounts of residents\' contributions. Support: OPP\'s technical guidance and training of lane\n    managers, by Orangi Pilot Project (OPP); done.\n');
    const md = await run(['status', dir, '--date', '1995-06-01', '--format', 'md'], { cwd: ROOT });
    expect(md.stdout).toContain('## Activities and outputs\n\n- Lane sewers and latrines, built and paid for by residents (led by Orangi lane (street) organisations).');
    expect(md.stdout).toContain('## Building capacity\n\n- Orangi lane (street) organisations: Lay lane sewers');
    const json = JSON.parse((await run(['status', dir, '--date', '1995-06-01', '--format', 'json'], { cwd: ROOT })).stdout);
    expect(json.activities.map((a: { id: string; lead: string }) => [a.id, a.lead])).toEqual([['lane-sewers', 'orangi-lanes'], ['trunk-sewers', 'kwsb']]);
    expect(json.capacity_building).toEqual([{ stakeholder: 'orangi-lanes', need: "Lay lane sewers to the right levels, and keep simple accounts of residents' contributions", activity: "OPP's technical guidance and training of lane managers", by: 'opp', status: 'done' }]);
  });
  it('leaves both parts out where the record has none', async () => {
    const r = await run(['status', join(EXAMPLES, 'bangladesh-immunisation'), '--date', '1986-10-01'], { cwd: ROOT });
    expect(r.stdout).not.toContain('Activities and outputs');
    expect(r.stdout).not.toContain('Capacity-building');
    const json = JSON.parse((await run(['status', join(EXAMPLES, 'bangladesh-immunisation'), '--date', '1986-10-01', '--format', 'json'], { cwd: ROOT })).stdout);
    expect([json.activities, json.capacity_building]).toEqual([[], []]);
  });
});

describe('the README', () => {
  it('documents every field of the JSON output', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## `partner status` and `partner advance`'));
    const documented = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(section)![1]!);
    const r = await RUNNERS[0]![1](['status', 'orangi-sanitation', '--date', '1995-06-01', '--format', 'json'], { cwd: root });
    const actual = JSON.parse(r.stdout);
    const shape = (v: unknown): unknown => (Array.isArray(v) ? (v.length ? shape(v[0]) : []) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)])) : typeof v);
    // Fields that are null in one and set in the other compare by name only.
    const keys = (v: unknown, prefix = ''): string[] => (v && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v).flatMap(([k, x]) => [`${prefix}${k}`, ...keys(Array.isArray(x) ? x[0] : x, `${prefix}${k}.`)]) : []);
    expect(keys(shape(documented)).sort()).toEqual(keys(shape(actual)).sort());
  });
});
