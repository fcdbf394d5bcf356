import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';
import { quorumNeeded } from '../src/core/check/rules/meetings.js';
import { copyExample, removeDir, runBinary, tempDir } from './helpers/cli.js';
import { hasScript, KEY, terminal } from './helpers/pty.js';

let root: string;
/** A fresh copy of the Orangi example, with its comments and hand layout. */
const orangi = () => copyExample('orangi-sanitation', mkdtempSync(join(root, 'copy-')));
const partner = (args: string[], cwd: string) => runBinary(args, { cwd, env: { SOURCE_DATE_EPOCH: undefined } });

beforeAll(() => {
  root = tempDir('partner-meetings-');
});
afterAll(() => removeDir(root));

const MEETING = ['record', 'meeting', '--yes', '--date', '1995-03-20', '--kind', 'steering', '--body', 'liaison-committee', '--convener', 'Orangi Pilot Project (OPP)', '--present', 'opp', '--present', 'Karachi Metropolitan Corporation (KMC)', '--apologies', 'kwsb', '--agenda', 'Budget for the trunk sewer', '--viewpoint', 'kmc: the budget needs council approval', '--decision', 'Ask the council to approve the budget', '--action', 'Send the minutes | opp | 1995-03-27', '--action', 'Table the budget at the council | kmc'];

describe('the meeting log', () => {
  it('records a meeting from flags, linking stakeholders by name, and check passes', () => {
    const dir = orangi();
    const r = partner(MEETING, dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('meetings/1995-03-20.yaml (2 action items)');
    const text = readFileSync(join(dir, 'meetings', '1995-03-20.yaml'), 'utf8');
    expect(text.startsWith('# The record of a meeting')).toBe(true);
    expect(parse(text)).toMatchObject({
      date: '1995-03-20', kind: 'steering', body: 'liaison-committee',
      convener: { name: 'Orangi Pilot Project (OPP)', stakeholder: 'opp' },
      attendees: [{ stakeholder: 'opp', attendance: 'present' }, { stakeholder: 'kmc', attendance: 'present' }, { stakeholder: 'kwsb', attendance: 'apologies' }],
      viewpoints: [{ stakeholder: 'kmc', text: 'the budget needs council approval' }],
      actions: [{ text: 'Send the minutes', owner: 'opp', due: '1995-03-27', status: 'open' }, { text: 'Table the budget at the council', owner: 'kmc', status: 'open' }],
    });
    const check = partner(['check', '--date', '1995-03-21', '--format', 'json'], dir);
    expect(check.code).toBe(0);
    const rules = (JSON.parse(check.stdout) as { diagnostics?: { rule: string; file: string }[]; partnerships?: { diagnostics: { rule: string; file: string }[] }[] });
    const all = JSON.stringify(rules);
    // Two of five members present; the quorum is "4 of 6 seats": flagged.
    expect(all).toContain('decision-without-quorum');
    expect(all).not.toContain('action-overdue');
    const again = partner(MEETING, dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
  });

  it('flags an overdue action, lists open actions in status, and renders the minutes', () => {
    const dir = orangi();
    expect(partner(MEETING, dir).code).toBe(0);
    const check = partner(['check', '--date', '1995-04-15'], dir);
    expect(check.stdout).toContain('The action "Send the minutes" (Orangi Pilot Project (OPP)) from the meeting of 1995-03-20 was due on 1995-03-27 and is still open.');
    expect(check.stdout).toContain('action-overdue');
    const status = partner(['status', '--date', '1995-04-15'], dir);
    expect(status.stdout).toContain('Open actions from meetings: 2');
    expect(status.stdout.replace(/\s+/g, ' ')).toContain('Send the minutes (Orangi Pilot Project (OPP)), was due on 1995-03-27 (3 weeks ago); from the meeting of 1995-03-20');
    const md = partner(['status', '--date', '1995-04-15', '--format', 'md'], dir);
    expect(md.stdout).toContain('- **Open actions from meetings:**');
    const json = JSON.parse(partner(['status', '--date', '1995-04-15', '--format', 'json'], dir).stdout) as { open_actions?: unknown[] }[] | { open_actions?: unknown[] };
    expect(JSON.stringify(json)).toContain('"days_overdue":19');

    const minutes = partner(['render', 'minutes', '1995-03-20', '--date', '1995-03-21'], dir);
    expect(minutes.stderr).toBe('');
    expect(minutes.code).toBe(0);
    expect(minutes.stdout).toContain('# Minutes: Steering meeting of 20 March 1995');
    expect(minutes.stdout).toContain('- **Present:** Orangi Pilot Project (OPP); Karachi Metropolitan Corporation (KMC)');
    expect(minutes.stdout).toContain('- **Apologies:** Karachi Water and Sewerage Board (KWSB)');
    expect(minutes.stdout).toContain('| Send the minutes | Orangi Pilot Project (OPP) | 27 March 1995 | Open |');
    expect(minutes.stdout).toContain('| Table the budget at the council | Karachi Metropolitan Corporation (KMC) | no date | Open |');
    expect(minutes.stdout).not.toMatch(/undefined|NaN|\[object Object\]|liaison-committee|kwsb\b/);
    const html = partner(['render', 'minutes', '1995-03-20', '--date', '1995-03-21', '--format', 'html'], dir);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('<td>Send the minutes</td>');
    expect(html.stdout).not.toContain('<script');
    // As a Word document too (it said "internal error" before): the minutes, with their running header, opened.
    const word = partner(['render', 'minutes', '1995-03-20', '--date', '1995-03-21', '--format', 'docx', '--out', 'minutes.docx'], dir);
    expect(word.stderr).toBe('partner: wrote minutes.docx.\n');
    expect(word.code).toBe(0);
    const docx = unzipSync(readFileSync(join(dir, 'minutes.docx')));
    expect(strFromU8(docx['word/document.xml']!)).toContain('Send the minutes');
    const header = Object.entries(docx).find(([n]) => /^word\/header\d*\.xml$/.test(n))!;
    expect(strFromU8(header[1])).toContain('Minutes — Orangi low-cost sanitation partnership — 21 March 1995');
    const none = partner(['render', 'minutes', '1999-01-01'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Meetings recorded: 1995-03-20');
  });

  it('escapes what partners write in the minutes', () => {
    const dir = orangi();
    const r = partner(['record', 'meeting', '--yes', '--date', '1995-03-22', '--agenda', '<script>alert(1)</script> | *bold*', '--decision', '[link](javascript:alert(1))'], dir);
    expect(r.code).toBe(0);
    const html = partner(['render', 'minutes', '1995-03-22', '--date', '1995-03-23', '--format', 'html'], dir).stdout;
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('&lt;script&gt;');
  });

  it('refuses a bad stakeholder or action with the flag named, and writes nothing', () => {
    const dir = orangi();
    const r = partner(['record', 'meeting', '--yes', '--date', '1995-03-20', '--present', 'Orangi Pilot Projekt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--present: There is no stakeholder "Orangi Pilot Projekt"');
    const a = partner(['record', 'meeting', '--yes', '--date', '1995-03-20', '--action', 'Send | opp | next week'], dir);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('"next week" is not a valid date');
    expect(existsSync(join(dir, 'meetings'))).toBe(false);
  });

  it('checks meeting files like every other file: schema, references, file names', () => {
    const dir = orangi();
    expect(partner(MEETING, dir).code).toBe(0);
    writeFileSync(join(dir, 'meetings', '1995-03-21.yaml'), 'date: 1995-03-22\nbody: liason-committee\nactions:\n  - text: x\n    owner: opq\n    status: finished\n');
    writeFileSync(join(dir, 'meetings', '21-03-1995.yaml'), 'date: 1995-03-21\n');
    const out = partner(['check', '--date', '1995-03-21'], dir).stdout;
    expect(out).toContain('meetings/1995-03-21.yaml');
    expect(out).toMatch(/finished/);
    expect(out).toContain('file-name');
    writeFileSync(join(dir, 'meetings', '1995-03-21.yaml'), 'date: 1995-03-22\nbody: liason-committee\nactions:\n  - text: x\n    owner: opq\n');
    const refs = partner(['check', '--date', '1995-03-21'], dir).stdout;
    expect(refs).toContain('meeting-date-mismatch');
    expect(refs).toContain('did you mean `liaison-committee`?');
    expect(refs).toContain('did you mean `opp`?');
  });
});

describe('how a quorum reads', () => {
  it.each([
    ['4 of 6 seats, including at least one lane delegate', 5, 4],
    ['two thirds of members, including each sector', 6, 4],
    ['A majority of the members', 5, 3],
    ['half the members', 5, 3],
    ['all members', 4, 4],
    ['60%', 5, 3],
    ['three members', 7, 3],
    ['whoever comes', 5, undefined],
  ])('"%s" of %i members needs %s', (quorum, members, needed) => {
    expect(quorumNeeded(quorum, members)).toBe(needed);
  });
});

describe('partner record review', () => {
  it('records a review from flags; the review report reads it; check passes', () => {
    const dir = orangi();
    const r = partner(['record', 'review', '--yes', '--date', '1995-06-30', '--delivery', 'amber: two months late', '--rating', 'opp:communication=green', '--rating', 'Karachi Metropolitan Corporation (KMC):resources=red: funds not released', '--decision', 'revise-project | Phase the trunk sewer over two years', '--next-review', '1996-06-30'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const review = parse(readFileSync(join(dir, 'reviews', '1995-06-30.yaml'), 'utf8'));
    expect(review).toMatchObject({
      date: '1995-06-30', period: { from: '1995-03-15', to: '1995-06-30' },
      project_impacts: { delivery: { rating: 'amber', comment: 'two months late' } },
      functioning: [{ stakeholder: 'opp', communication: { rating: 'green' } }, { stakeholder: 'kmc', resources: { rating: 'red', comment: 'funds not released' } }],
      decisions: [{ kind: 'revise-project', description: 'Phase the trunk sewer over two years' }],
    });
    expect(review.participants).toContain('opp');
    expect(partner(['check', '--date', '1995-07-01', '--quiet'], dir).code).toBe(0);
    const report = partner(['render', 'review', '--review', '1995-06-30', '--date', '1995-07-01'], dir);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('Rated red by Karachi Metropolitan Corporation (KMC): financial operations and resources.');
    const bad = partner(['record', 'review', '--yes', '--date', '1995-07-30', '--rating', 'opp:comms=green'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"comms" is not an aspect');
    const kind = partner(['record', 'review', '--yes', '--date', '1995-07-30', '--decision', 'carry-on | x'], dir);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('is not a kind of review decision');
  });
});

describe.skipIf(!hasScript)('record meeting in a terminal (pty)', () => {
  it('asks about the meeting, offering the open actions for the agenda', async () => {
    const dir = orangi();
    expect(partner(MEETING, dir).code).toBe(0);
    // What `partner status` says the next phase still needs: offered for the agenda too.
    const status = JSON.parse(partner(['status', '--format', 'json', '--date', '1995-04-02'], dir).stdout) as { next: { phase: string; requirements: { description: string; done: boolean }[] } };
    expect(status.next.phase).toBe('sustaining');
    const needs = status.next.requirements.filter((r) => !r.done).map((r) => r.description);
    expect(needs.length).toBeGreaterThan(0);
    const t = terminal(['record', 'meeting', '--date', '1995-04-02', '--kind', 'working', '--title', 'Budget', '--venue-kind', 'neutral', '--venue', '"OPP office"', '--convener', 'opp', '--moderator', 'X', '--present', 'opp', '--notes', 'none'], dir);
    try {
      await t.answer('Date of the meeting', KEY.enter);
      await t.answer('Which body met', KEY.enter); // none
      await t.answer('Start the agenda with the 2 actions', `y${KEY.enter}`);
      await t.answer('Add what the partnership still needs before sustaining', `y${KEY.enter}`);
      await t.answer(`Agenda item ${3 + needs.length}`, `Next steps${KEY.enter}`);
      await t.answer(`Agenda item ${4 + needs.length}`, KEY.enter);
      await t.answer('Record a viewpoint', `y${KEY.enter}`);
      await t.answer('Whose view?', `${KEY.down}${KEY.enter}`);
      await t.answer('The view, in a sentence or two', `${KEY.enter}`); // empty: asked again
      await t.waitFor('Please write the view');
      await t.answer('Please write the view', `Lanes pay their share${KEY.enter}`);
      await t.answer('Record another viewpoint', `n${KEY.enter}`);
      await t.answer('Decision 1', `Start in Ghaziabad${KEY.enter}`);
      await t.answer('Made under which decision rule', KEY.enter);
      await t.answer('Decision 2', KEY.enter);
      await t.answer('Action item 1', `Survey the lanes${KEY.enter}`);
      await t.answer('Who does it?', `${KEY.down}${KEY.enter}`);
      await t.answer('Due by', `1995-02-31${KEY.enter}`);
      await t.waitFor('Write the date as YYYY-MM-DD');
      await t.answer('Write the date as YYYY-MM-DD', `${'\x7f'.repeat(10)}1995-05-01${KEY.enter}`);
      await t.answer('Action item 2', KEY.enter);
      await t.waitFor('Recorded the meeting of 1995-04-02');
      expect(await t.exited).toBe(0);
    } finally {
      t.kill();
    }
    const m = parse(readFileSync(join(dir, 'meetings', '1995-04-02.yaml'), 'utf8'));
    expect(m).toMatchObject({
      date: '1995-04-02', kind: 'working', title: 'Budget',
      agenda: ['Follow up: Send the minutes (opp)', 'Follow up: Table the budget at the council (kmc)', ...needs, 'Next steps'],
      viewpoints: [{ stakeholder: 'opp', text: 'Lanes pay their share' }],
      decisions: [{ text: 'Start in Ghaziabad' }],
      actions: [{ text: 'Survey the lanes', owner: 'opp', due: '1995-05-01', status: 'open' }],
    });
    expect(partner(['check', '--date', '1995-04-02', '--quiet'], dir).code).toBe(0);
  }, 60_000);
});

describe.skipIf(!hasScript)('record review in a terminal (pty)', () => {
  it('walks Fig. 1 for each partner, each choice in the schema\'s words, asking only what the flags left open', async () => {
    const dir = orangi();
    const t = terminal(['record', 'review', '--date', '1995-06-30', '--participant', 'opp', '--delivery', '"amber: two months late"'], dir);
    const green = async (aspect: string) => {
      await t.answer(`(OPP), ${aspect}:`, KEY.down);
      await t.answer('green: Working well.', KEY.enter);
      await t.answer('Why, in a sentence', KEY.enter);
    };
    try {
      await t.answer('Date of the review', KEY.enter);
      await t.answer('The period reviewed starts on', KEY.enter); // the last review, 1995-03-15
      await t.answer('... and ends on', KEY.enter);
      // Project delivery came with --delivery: not asked again.
      await t.answer('Impact: is it changing', KEY.down);
      await t.answer('green: Working well.', KEY.enter);
      await t.answer('Why, in a sentence', KEY.enter);
      await green('decision-making');
      await green('roles and responsibilities');
      await t.answer('(OPP), communication:', `${KEY.down}${KEY.down}${KEY.down}`);
      await t.answer('red: Not working: needs action now.', KEY.enter);
      await t.answer('Why, in a sentence', `Letters go unanswered${KEY.enter}`);
      await green('working relations');
      await green('resources');
      await t.answer('gains from the partnership: benefit 1', `Government builds the trunk sewers${KEY.enter}`);
      await t.answer('benefit 2', KEY.enter);
      await t.answer('What taking part costs', `Staff time${KEY.enter}`);
      await t.answer('Is it worth it for', KEY.down);
      await t.answer('yes: The benefits outweigh the costs for this partner.', KEY.enter);
      await t.answer('What the partners learned', `Letters are too slow${KEY.enter}`);
      await t.answer('Decisions: what did the partners decide?', KEY.down);
      await t.answer('continue: Carry on with the partnership as it is', KEY.enter);
      await t.answer('What was decided, in a sentence', `Carry on, and meet every month${KEY.enter}`);
      await t.answer('Another decision?', KEY.enter);
      await t.answer('Date of the next review', `1996-02-30${KEY.enter}`);
      await t.answer('Write the date as YYYY-MM-DD', `${'\x7f'.repeat(10)}1996-06-30${KEY.enter}`);
      await t.waitFor('Recorded the review of 1995-06-30');
      expect(await t.exited).toBe(0);
    } finally {
      t.kill();
    }
    const review = parse(readFileSync(join(dir, 'reviews', '1995-06-30.yaml'), 'utf8'));
    expect(review).toEqual({
      date: '1995-06-30', period: { from: '1995-03-15', to: '1995-06-30' }, participants: ['opp'],
      project_impacts: { delivery: { rating: 'amber', comment: 'two months late' }, impact: { rating: 'green' } },
      functioning: [{ stakeholder: 'opp', decision_making: { rating: 'green' }, roles: { rating: 'green' }, communication: { rating: 'red', comment: 'Letters go unanswered' }, working_relations: { rating: 'green' }, resources: { rating: 'green' } }],
      value_of_partnering: [{ stakeholder: 'opp', benefits: ['Government builds the trunk sewers'], costs: 'Staff time', worth_it: 'yes' }],
      learning: 'Letters are too slow',
      decisions: [{ kind: 'continue', description: 'Carry on, and meet every month' }],
      next_review: '1996-06-30',
    });
    expect(partner(['check', '--date', '1995-07-01', '--quiet'], dir).code).toBe(0);
  }, 60_000);
});

describe('who came for each stakeholder', () => {
  it('takes the people after a colon (--present "opp: ..."), and the minutes name them', () => {
    const dir = orangi();
    const r = partner(['record', 'meeting', '--yes', '--date', '1995-03-20', '--present', 'opp: Dr. Kamran Hashmi (illustrative); Ms. Perveen', '--present', 'Karachi Metropolitan Corporation (KMC)', '--apologies', 'kwsb'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(parse(readFileSync(join(dir, 'meetings', '1995-03-20.yaml'), 'utf8')).attendees).toEqual([
      { stakeholder: 'opp', representatives: ['Dr. Kamran Hashmi (illustrative)', 'Ms. Perveen'], attendance: 'present' },
      { stakeholder: 'kmc', attendance: 'present' },
      { stakeholder: 'kwsb', attendance: 'apologies' },
    ]);
    const minutes = partner(['render', 'minutes', '1995-03-20', '--date', '1995-03-21'], dir);
    expect(minutes.stdout).toContain('- **Present:** Orangi Pilot Project (OPP) (Dr. Kamran Hashmi (illustrative), Ms. Perveen); Karachi Metropolitan Corporation (KMC)');
    const bad = partner(['record', 'meeting', '--yes', '--date', '1995-03-21', '--present', 'nobody: Mr. X'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--present');
  });

  it.skipIf(!hasScript)('asks who came for each stakeholder present, offering its representative (pty)', async () => {
    const cwd = mkdtempSync(join(root, 'init-'));
    expect(partner(['init', 'p', '--yes', '--name', 'Drains', '--stakeholder', 'City Council | public | active-partner | drains', '--stakeholder', 'Lane groups | civil-society'], cwd).code).toBe(0);
    const dir = join(cwd, 'p');
    expect(partner(['set', 'stakeholders:stakeholders.city-council.representative.name', 'Ms. Khan'], dir).code).toBe(0);
    const t = terminal(['record', 'meeting', '--date', '2025-06-30', '--kind', 'working', '--title', 'Drains', '--venue-kind', 'neutral', '--venue', 'Hall', '--convener', 'x', '--moderator', 'y', '--notes', 'none'], dir);
    try {
      await t.answer('Date of the meeting', KEY.enter);
      await t.answer('City Council:', `${KEY.down}${KEY.enter}`); // present
      await t.answer('Who came for City Council?', KEY.enter); // Ms. Khan, its representative
      await t.answer('Lane groups:', `${KEY.down}${KEY.down}${KEY.enter}`); // sent apologies
      await t.answer('Add what the partnership still needs before building', `n${KEY.enter}`);
      await t.answer('Agenda item 1', `Who clears the drains${KEY.enter}`);
      await t.answer('Agenda item 2', KEY.enter);
      await t.answer('Record a viewpoint', `n${KEY.enter}`);
      await t.answer('Decision 1', KEY.enter);
      await t.answer('Action item 1', KEY.enter);
      await t.waitFor('Recorded the meeting of 2025-06-30');
      expect(await t.exited).toBe(0);
    } finally {
      t.kill();
    }
    expect(parse(readFileSync(join(dir, 'meetings', '2025-06-30.yaml'), 'utf8')).attendees).toEqual([
      { stakeholder: 'city-council', representatives: ['Ms. Khan'], attendance: 'present' },
      { stakeholder: 'lane-groups', attendance: 'apologies' },
    ]);
    expect(partner(['check', '--date', '2025-07-01', '--quiet'], dir).code).toBe(0);
  }, 60_000);
});
