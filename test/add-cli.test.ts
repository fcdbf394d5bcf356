import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, copyExample, removeDir, runBinary, tempDir } from './helpers/cli.js';
import { hasScript, KEY, terminal } from './helpers/pty.js';
import { changedStretch } from './helpers/stretch.js';

function comments(text: string): string[] {
  return text.split('\n').filter((l) => /^\s*#/.test(l));
}

let root: string;
/** A fresh copy of the Orangi example, with its comments and hand layout. */
const orangi = () => copyExample('orangi-sanitation', mkdtempSync(join(root, 'copy-')));

function partner(args: string[], cwd: string) {
  return runBinary(args, { cwd, env: { SOURCE_DATE_EPOCH: undefined } });
}

function expectCheckPasses(dir: string): void {
  const r = partner(['check', '--quiet', '--date', '1995-03-16'], dir);
  expect(r.stdout + r.stderr).not.toMatch(/✖|:\d+:\d+ error |\d+ errors?\b/i);
  expect(r.code).toBe(0);
}

beforeAll(() => {
  root = tempDir('partner-add-');
});
afterAll(() => removeDir(root));

describe('partner add (flags)', () => {
  it('adds a stakeholder: only an inserted entry, laid out like its neighbours; check passes', () => {
    const dir = orangi();
    const before = readFileSync(join(dir, 'stakeholders.yaml'), 'utf8');
    const r = partner(['add', 'stakeholder', '--yes', '--name', "Ministry of Community Development and Women's Affairs", '--sector', 'public', '--interest', 'Jobs: for women', '--interest', 'Clean lanes', '--engagement', 'informed', '--representative-name', 'Ms. R (illustrative)', '--representative-decision-authority', 'refer-back', '--motivation', 'Women\'s employment'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('as `ministry-community-development`');
    const after = readFileSync(join(dir, 'stakeholders.yaml'), 'utf8');
    const { removed, inserted } = changedStretch(before, after);
    expect(removed).toBe('');
    expect(inserted).toContain('  - id: ministry-community-development\n    name: Ministry of Community Development and Women\'s Affairs\n    sector: public\n    interests:\n      - "Jobs: for women"\n      - Clean lanes\n');
    expect(inserted).toContain('    representative:\n      name: Ms. R (illustrative)\n      decision_authority: refer-back\n');
    expect(inserted.startsWith('\n'), 'a blank line between entries, as in the file').toBe(true);
    expect(comments(after)).toEqual(comments(before));
    expectCheckPasses(dir);
  });

  it('refuses a bad value, naming the flag and the choices, and writes nothing', () => {
    const dir = orangi();
    const before = readFileSync(join(dir, 'stakeholders.yaml'), 'utf8');
    const r = partner(['add', 'stakeholder', '--yes', '--name', 'Builders', '--sector', 'privat'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--sector: "privat" is not a valid sector; did you mean private?');
    expect(r.stderr).toContain('Use one of: public, private, civil-society');
    expect(readFileSync(join(dir, 'stakeholders.yaml'), 'utf8')).toBe(before);
    // Each bad value on a line of its own.
    const two = partner(['add', 'stakeholder', '--yes', '--name', 'Builders', '--sector', 'privat', '--engagement', 'foo'], dir);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('partner: Nothing was written: 2 values need changing.\n  --sector: "privat" is not a valid sector;');
    expect(two.stderr).toContain('.\n  --engagement: "foo" is not a valid engagement level.');
    const typo = partner(['add', 'stakeholder', '--yes', '--name', 'Builders', '--sector', 'private', '--engagment', 'pilot'], dir);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('has no flag --engagment; did you mean --engagement?');
  });

  it('links a name that is already a stakeholder instead of duplicating it', () => {
    const dir = orangi();
    const dup = partner(['add', 'stakeholder', '--yes', '--name', 'orangi pilot project (OPP)', '--sector', 'civil-society'], dir);
    expect(dup.code).toBe(2);
    expect(dup.stderr).toContain('is already listed, as `opp`');
    const r = partner(['add', 'commitment', '--yes', '--stakeholder', 'Orangi Pilot Project (OPP)', '--description', 'Training for 40 new lane managers', '--type', 'in-kind', '--kind', 'human', '--due', '1996-06-30', '--status', 'agreed'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const data = parse(readFileSync(join(dir, 'resources.yaml'), 'utf8')) as { commitments: { id: string; stakeholder: string }[] };
    expect(data.commitments.at(-1)).toMatchObject({ id: 'opp-training-40-new-lane', stakeholder: 'opp' });
    expectCheckPasses(dir);
  });

  it('adds each kind to the right file, and check passes after every command', () => {
    const dir = orangi();
    const steps: string[][] = [
      ['add', 'need', '--yes', '--description', 'Solar pumps for the treatment plant', '--kind', 'technical'],
      ['add', 'indicator', '--yes', '--name', 'Lanes with a working sewer', '--aspect', 'project-delivery', '--unit', 'lanes', '--baseline-value', '0', '--baseline-date', '1995-01-01', '--target-value', '500', '--target-date', '1998-01-01', '--owner', 'opp', '--method', 'Count by the lane managers', '--frequency', 'quarterly'],
      ['add', 'risk', '--yes', '--description', 'Floods damage the new drains', '--likelihood', 'low', '--impact', 'high', '--owner', 'opp', '--mitigation', 'Raise the manholes above flood level'],
      ['add', 'body', '--yes', '--name', 'Maintenance task force', '--kind', 'task-force', '--member', 'opp'],
      ['add', 'decision', '--yes', '--kind', 'Approve maintenance spending', '--method', 'majority', '--body', 'maintenance-task-force'],
      ['add', 'non-negotiable', '--yes', '--stakeholder', 'Orangi Pilot Project (OPP)', '--text', 'Residents keep control of the lane works'],
      ['add', 'principle', '--yes', '--name', 'subsidiarity', '--meaning', 'Lanes decide what lanes can do', '--status', 'agreed'],
      ['add', 'ground-rule', '--yes', '--text', 'Minutes go to every partner within a week', '--status', 'proposed'],
      ['add', 'channel', '--yes', '--mode', 'site-visit', '--frequency', 'monthly', '--purpose', 'See the lanes together', '--participant', 'opp', '--participant', 'Karachi Metropolitan Corporation (KMC)'],
    ];
    const files = ['resources.yaml', 'indicators.yaml', 'risks.yaml', 'decision-rules.yaml', 'decision-rules.yaml', 'risks.yaml', 'partnership.yaml', 'partnership.yaml', 'communication.yaml'];
    steps.forEach((args, i) => {
      const file = join(dir, files[i]!);
      const before = readFileSync(file, 'utf8');
      const r = partner(args, dir);
      expect(r.stderr, args.join(' ')).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout, args.join(' ')).toMatch(/^Added the [a-z -]+ "[^"\n]+"/);
      expect(r.stdout).not.toContain('undefined');
      const after = readFileSync(file, 'utf8');
      expect(changedStretch(before, after).removed, args[1]).toBe('');
      expect(comments(after)).toEqual(comments(before));
      expectCheckPasses(dir);
    });
    const risks = parse(readFileSync(join(dir, 'risks.yaml'), 'utf8')) as { risks: { id: string }[]; non_negotiables: unknown[] };
    expect(risks.risks.at(-1)!.id).toBe('floods-damage-new-drains');
    expect(risks.non_negotiables.at(-1)).toEqual({ stakeholder: 'opp', text: 'Residents keep control of the lane works' });
    const p = parse(readFileSync(join(dir, 'partnership.yaml'), 'utf8')) as { principles: unknown[]; ground_rules: unknown[] };
    expect(p.principles.at(-1)).toEqual({ name: 'subsidiarity', meaning: 'Lanes decide what lanes can do', status: 'agreed' });
    expect(p.ground_rules.at(-1)).toEqual({ text: 'Minutes go to every partner within a week', status: 'proposed' });
    const channels = (parse(readFileSync(join(dir, 'communication.yaml'), 'utf8')) as { between_partners: unknown[] }).between_partners;
    expect(channels.at(-1)).toEqual({ mode: 'site-visit', frequency: 'monthly', purpose: 'See the lanes together', participants: ['opp', 'kmc'] });
    // A principle has no id: the one already there is named by its place.
    const dup = partner(['add', 'principle', '--yes', '--name', 'Equity', '--status', 'agreed'], dir);
    expect(dup.code).toBe(2);
    expect(dup.stderr).toContain('--name: Equity is already listed (number 1 of principles); change it with `partner set`');
  });

  it('writes an assessment as a new file, and refuses one that exists', () => {
    const dir = orangi();
    const bad = partner(['add', 'assessment', 'thallas', '--yes', '--resource', 'money: a budget line'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--resource: "money: a budget line" should start with one of human, financial');
    const r = partner(['add', 'assessment', 'Orangi component yards ("thallas") and local masons (illustrative)', '--yes', '--objective', 'Sell more components', '--resource', 'technical: moulds for manhole covers', '--assumption', 'partners: OPP keeps advising'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(parse(readFileSync(join(dir, 'assessments', 'thallas.yaml'), 'utf8'))).toEqual({ stakeholder: 'thallas', objectives: ['Sell more components'], resources: [{ kind: 'technical', description: 'moulds for manhole covers' }], assumptions: [{ about: 'partners', text: 'OPP keeps advising' }] });
    expectCheckPasses(dir);
    const again = partner(['add', 'assessment', 'kmc', '--yes'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('assessments/kmc.yaml already has answers; nothing was written.');
  });

  it('fills in the empty assessment `partner init` wrote, and only that', () => {
    const dir = join(root, 'from-init');
    const init = partner(['init', dir, '--yes', '--name', 'Clean water', '--stakeholder', 'City Council | public | active-partner | working drains'], root);
    expect(init.code).toBe(0);
    const file = join(dir, 'assessments', 'city-council.yaml');
    expect(existsSync(file)).toBe(true);
    const r = partner(['add', 'assessment', 'city-council', '--yes', '--objective', 'Fewer floods'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(parse(readFileSync(file, 'utf8'))).toMatchObject({ stakeholder: 'city-council', objectives: ['Fewer floods'] });
    const again = partner(['add', 'assessment', 'city-council', '--yes', '--objective', 'Something else'], dir);
    expect(again.code).toBe(2);
    expect(parse(readFileSync(file, 'utf8'))).toMatchObject({ objectives: ['Fewer floods'] });
  });

  it('lists the flags from the schema in --help', () => {
    const r = partner(['add', 'stakeholder', '--help'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--interest <value> ...');
    expect(r.stdout).toContain('--representative-decision-authority');
    // A long flag never runs into its words: they go on the next line.
    expect(r.stdout).not.toMatch(/<value>( \.\.\.)?[A-Za-z]/);
    expect(r.stdout).toContain('(public, private, civil-society');
  });

  it('needs --yes or a terminal', () => {
    const dir = orangi();
    const r = partner(['add', 'risk', '--description', 'x'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no terminal to ask questions in; pass --yes');
  });
});

describe('partner record and set', () => {
  it('records a measurement and a commitment status in place; check passes', () => {
    const dir = orangi();
    const indicators = (parse(readFileSync(join(dir, 'indicators.yaml'), 'utf8')) as { indicators: { id: string }[] }).indicators;
    const id = indicators[0]!.id;
    const before = readFileSync(join(dir, 'indicators.yaml'), 'utf8');
    const m = partner(['record', 'measurement', id, '--value', '77', '--date', '1995-03-16', '--note', 'count by the lane managers'], dir);
    expect(m.stderr).toBe('');
    expect(m.code).toBe(0);
    // The indicator and the commitment by their names, not their ids (issue 13 item 10).
    expect(m.stdout).toBe("Recorded 77 for the indicator “Share of Orangi's area served by the new underground sewage system” on 1995-03-16 in indicators.yaml.\n");
    const after = readFileSync(join(dir, 'indicators.yaml'), 'utf8');
    const { removed, inserted } = changedStretch(before, after);
    expect(removed).toBe('');
    expect(inserted).toMatch(/- date: 1995-03-16\n\s+value: 77\n\s+note: count by the lane managers\n/);
    expectCheckPasses(dir);

    const resources = (parse(readFileSync(join(dir, 'resources.yaml'), 'utf8')) as { commitments: { id: string; status?: string }[] }).commitments;
    const open = resources.find((c) => c.status === 'in-progress' || c.status === 'agreed')!;
    const rb = readFileSync(join(dir, 'resources.yaml'), 'utf8');
    const s = partner(['record', 'commitment-status', open.id, 'delivered', '--date', '1995-03-16'], dir);
    expect(s.stderr).toBe('');
    expect(s.code).toBe(0);
    expect(s.stdout).toMatch(/^The commitment “[^”]+” is now delivered \(was (in progress|agreed)\), in resources\.yaml\.\n$/);
    const ra = readFileSync(join(dir, 'resources.yaml'), 'utf8');
    expect(comments(ra)).toEqual(comments(rb));
    const c = (parse(ra) as { commitments: { id: string; status: string; delivered_on?: string }[] }).commitments.find((x) => x.id === open.id)!;
    expect(c.status).toBe('delivered');
    expect(c.delivered_on).toBeDefined();
    expectCheckPasses(dir);

    const bad = partner(['record', 'commitment-status', open.id, 'deliverd'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('did you mean delivered?');
    const notNumber = partner(['record', 'measurement', id, '--value', 'many'], dir);
    expect(notNumber.code).toBe(2);
    expect(readFileSync(join(dir, 'resources.yaml'), 'utf8')).toBe(ra);

    // A commitment has no name: a broker names it by its description, as it reads.
    const other = (parse(ra) as { commitments: { id: string; description: string; status?: string }[] }).commitments.find((x) => x.id !== open.id && x.status !== 'withdrawn')!;
    const byWords = partner(['record', 'commitment-status', other.description.toUpperCase(), 'late'], dir);
    expect(byWords.stderr).toBe('');
    expect(byWords.stdout).toContain(`The commitment “${other.description}” is now late`);
  });

  it('sets one field, keeping its quoting, and links a convener named like a stakeholder', () => {
    const dir = orangi();
    const before = readFileSync(join(dir, 'stakeholders.yaml'), 'utf8');
    const r = partner(['set', 'stakeholders:stakeholders.opp.influence', 'medium'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const after = readFileSync(join(dir, 'stakeholders.yaml'), 'utf8');
    expect(changedStretch(before, after)).toEqual({ removed: 'high', inserted: 'medium' });
    expectCheckPasses(dir);

    const p = partner(['set', 'partnership:convener.name', 'orangi pilot project (opp)'], dir);
    expect(p.code).toBe(0);
    expect(p.stdout).toContain('linked');
    const convener = (parse(readFileSync(join(dir, 'partnership.yaml'), 'utf8')) as { convener: { name: string; stakeholder: string } }).convener;
    expect(convener).toMatchObject({ name: 'orangi pilot project (opp)', stakeholder: 'opp' });
    expectCheckPasses(dir);
  });

  it('sets a list of values when it is empty, adds to it with --add, and never replaces one that has entries', () => {
    const dir = orangi();
    const file = join(dir, 'stakeholders.yaml');
    const before = readFileSync(file, 'utf8');
    const set = partner(['set', 'stakeholders:stakeholders.kda.alliances', 'Works with KMC on zoning', 'Advises SKAA'], dir);
    expect(set.stderr).toBe('');
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('Set stakeholders:stakeholders.kda.alliances to "Works with KMC on zoning", "Advises SKAA"');
    const afterSet = readFileSync(file, 'utf8');
    expect(changedStretch(before, afterSet).removed).toBe('');
    const again = partner(['set', 'stakeholders:stakeholders.kda.alliances', 'Something else'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already has 2 entries; nothing was written');
    expect(again.stderr).toContain('--add');
    expect(readFileSync(file, 'utf8')).toBe(afterSet);
    const add = partner(['set', 'stakeholders:stakeholders.kda.motivations', '--add', 'Orderly growth'], dir);
    expect(add.stderr).toBe('');
    expect(add.stdout).toContain('Added "Orderly growth" to stakeholders:stakeholders.kda.motivations');
    expect(changedStretch(afterSet, readFileSync(file, 'utf8'))).toEqual({ removed: '', inserted: expect.stringContaining('- Orderly growth\n') as unknown as string });
    const data = parse(readFileSync(file, 'utf8')) as { stakeholders: { id: string; alliances?: string[]; motivations?: string[] }[] };
    const kda = data.stakeholders.find((s) => s.id === 'kda')!;
    expect(kda.alliances).toEqual(['Works with KMC on zoning', 'Advises SKAA']);
    expect(kda.motivations!.at(-1)).toBe('Orderly growth');
    expectCheckPasses(dir);
    const two = partner(['set', 'partnership:vision', 'a', 'b'], dir);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('takes one value, not 2');
  });

  it('sets a group of fields at once as field=value, what the schema requires together (an acceptance)', () => {
    const dir = orangi();
    const file = join(dir, 'stakeholders.yaml');
    const before = readFileSync(file, 'utf8');
    const one = partner(['set', 'stakeholders:stakeholders.kda.acceptance.date', '1995-03-01'], dir);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('missing the required field `by`');
    expect(readFileSync(file, 'utf8')).toBe(before);
    const typo = partner(['set', 'stakeholders:stakeholders.kda.acceptance', 'date=1995-03-01', 'bye=Mr. X'], dir);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('has no field `bye`; did you mean `by`?');
    const r = partner(['set', 'stakeholders:stakeholders.kda.acceptance', 'date=1995-03-01', 'by=Mr. Siddiqui (illustrative)'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('to date "1995-03-01", by "Mr. Siddiqui (illustrative)"');
    expect(changedStretch(before, readFileSync(file, 'utf8')).removed).toBe('');
    const kda = (parse(readFileSync(file, 'utf8')) as { stakeholders: { id: string; acceptance?: unknown }[] }).stakeholders.find((s) => s.id === 'kda');
    expect(kda!.acceptance).toEqual({ date: '1995-03-01', by: 'Mr. Siddiqui (illustrative)' });
    expectCheckPasses(dir);
  });

  it('lists what an edit would break one finding a line, in words (issue 13 item 10: no "\\n" in the message)', () => {
    const dir = orangi();
    const r = partner(['add', 'stakeholder', '--yes', '--name', 'Community organizers', '--sector', 'civil-society', '--engagement', 'active-partner', '--interest', 'organised lanes', '--motivation', 'social development'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^partner: Nothing was written: stakeholders\.yaml would not pass `partner check`:\n {2}line \d+: Before planning, name the representative of Community organizers and what they may decide/);
    expect(r.stderr).toMatch(/\n {2}line \d+: Before planning, write the internal assessment of Community organizers /);
    expect(r.stderr).not.toContain('\\n');
  });

  it('refuses a value the schema refuses, an unknown field, and a file with a syntax error (with its place)', () => {
    const dir = orangi();
    const bad = partner(['set', 'stakeholders:stakeholders.opp.influence', 'huge'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Nothing was written');
    expect(bad.stderr).toContain('huge');
    const field = partner(['set', 'partnership:convenor.name', 'X'], dir);
    expect(field.code).toBe(2);
    expect(field.stderr).toContain('did you mean `convener`?');
    const broken = 'stakeholders:\n  - id: a\n    name: [unclosed\n';
    writeFileSync(join(dir, 'stakeholders.yaml'), broken);
    const r = partner(['add', 'stakeholder', '--yes', '--name', 'B', '--sector', 'public'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/stakeholders\.yaml:\d+:\d+: /);
    expect(readFileSync(join(dir, 'stakeholders.yaml'), 'utf8')).toBe(broken);
  });
});

describe('--dir', () => {
  it('every command works on the partnership named by --dir, from another folder', () => {
    const dir = orangi();
    const indicator = (parse(readFileSync(join(dir, 'indicators.yaml'), 'utf8')) as { indicators: { id: string }[] }).indicators[0]!.id;
    const commitment = (parse(readFileSync(join(dir, 'resources.yaml'), 'utf8')) as { commitments: { id: string }[] }).commitments[0]!.id;
    const commands = [
      ['add', 'need', '--yes', '--description', 'Spades for the lane groups', '--kind', 'technical'],
      ['add', 'assessment', 'kda', '--yes', '--objective', 'Planned growth'],
      ['record', 'measurement', indicator, '--value', '12', '--date', '1995-03-16'],
      ['record', 'commitment-status', commitment, 'in-progress', '--date', '1995-03-16'],
      ['set', 'partnership:vision', 'Every lane with a sewer'],
      ['record', 'meeting', '--yes', '--date', '1995-03-16', '--present', 'opp'],
      ['record', 'review', '--yes', '--date', '1995-03-16', '--rating', 'opp:communication=green'],
    ];
    for (const args of commands) {
      const r = partner([...args, '--dir', dir], root);
      expect(r.stderr, args.join(' ')).toBe('');
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout, args.join(' ')).toContain(dir);
    }
    expect(parse(readFileSync(join(dir, 'partnership.yaml'), 'utf8')).vision).toBe('Every lane with a sewer');
    expect(existsSync(join(dir, 'meetings', '1995-03-16.yaml'))).toBe(true);
    expect(existsSync(join(dir, 'reviews', '1995-03-16.yaml'))).toBe(true);
    expect(existsSync(join(dir, 'assessments', 'kda.yaml'))).toBe(true);
    expectCheckPasses(dir);
    const missing = partner(['add', 'need', '--yes', '--description', 'x', '--dir', join(root, 'no-such-folder')], root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does not exist');
  });
});

describe('hostile targets and values', () => {
  it('never touches prototypes, control characters stay data, free keys are typed by the schema', () => {
    const dir = orangi();
    const before = readFileSync(join(dir, 'partnership.yaml'), 'utf8');
    for (const target of ['partnership:__proto__', 'partnership:constructor.name', 'partnership:checks.__proto__', 'stakeholders:stakeholders.__proto__.name']) {
      const r = partner(['set', target, 'x'], dir);
      expect(r.code, target).toBe(2);
      expect(r.stderr, target).not.toMatch(/internal error|at .*\.js/);
    }
    expect(readFileSync(join(dir, 'partnership.yaml'), 'utf8')).toBe(before);
    const rule = partner(['set', 'partnership:checks.max-active-partners', 'error'], dir);
    expect(rule.code).toBe(0);
    expect(partner(['set', 'partnership:checks.max-active-partners', 'loud'], dir).stderr).toContain('Use one of: off, warn, error.');
    const evil = 'Evil \u001b[31mred\u0007 and\nnew line';
    const r = partner(['add', 'need', '--yes', '--description', evil, '--kind', 'human'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('"Evil \\x1b[31mred\\x07 and\\nnew line"');
    // A line separator is shown as the escape a reader can look up (`\u2028`), not as `\x2028` (which reads as \x20 then 28).
    const split = partner(['add', 'need', '--yes', '--description', 'Split\u2028line', '--kind', 'human'], dir);
    expect(split.code).toBe(0);
    expect(split.stdout).toContain('"Split\\u2028line"');
    const needs = (parse(readFileSync(join(dir, 'resources.yaml'), 'utf8')) as { needs: { description: string }[] }).needs;
    expect(needs.at(-2)!.description).toBe(evil);
    expectCheckPasses(dir);
  });
});

describe('racing writers', () => {
  it('never lose an update: of writers racing on one file, each either lands or exits 2', async () => {
    const dir = orangi();
    const runs = Array.from({ length: 6 }, (_, i) => new Promise<{ code: number; stderr: string }>((done) => {
      const child = spawn(process.execPath, [BIN, 'add', 'need', '--yes', '--description', `Racing need ${i}`, '--kind', 'human'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code) => done({ code: code ?? -1, stderr }));
    }));
    const results = await Promise.all(runs);
    const won = results.filter((r) => r.code === 0).length;
    for (const r of results) expect([0, 2]).toContain(r.code);
    for (const r of results.filter((x) => x.code === 2)) expect(r.stderr).toContain('changed while partner was working on it');
    const needs = (parse(readFileSync(join(dir, 'resources.yaml'), 'utf8')) as { needs: { description: string }[] }).needs.filter((x) => x.description.startsWith('Racing need'));
    expect(needs.length).toBe(won);
    expect(won).toBeGreaterThanOrEqual(1);
    expectCheckPasses(dir);
  }, 60_000);
});

describe.skipIf(!hasScript)('partner add in a terminal (pty)', () => {
  it('asks each field, re-asks a bad answer, and writes a valid entry', async () => {
    const dir = orangi();
    const before = readFileSync(join(dir, 'risks.yaml'), 'utf8');
    const t = terminal(['add', 'risk'], dir);
    try {
      await t.answer('Risk', `Lane managers move away${KEY.enter}`);
      await t.answer('Likelihood', `${KEY.down}${KEY.down}${KEY.enter}`); // skip, low → medium
      await t.answer('Impact', `${KEY.down}${KEY.down}${KEY.down}${KEY.enter}`); // high
      await t.answer('Mitigation', `Train two per lane${KEY.enter}`);
      await t.answer('Owner', `${KEY.down}${KEY.enter}`); // the first stakeholder
      await t.answer('Status', KEY.enter); // skip
      await t.answer('Borne by', KEY.enter); // none
      await t.waitFor('Added the risk');
      expect(await t.exited).toBe(0);
    } finally {
      t.kill();
    }
    const after = readFileSync(join(dir, 'risks.yaml'), 'utf8');
    expect(changedStretch(before, after).removed).toBe('');
    const risk = (parse(after) as { risks: Record<string, unknown>[] }).risks.at(-1);
    expect(risk).toMatchObject({ id: 'lane-managers-move-away', description: 'Lane managers move away', likelihood: 'medium', impact: 'high', mitigation: 'Train two per lane', owner: 'opp' });
    expectCheckPasses(dir);
  }, 60_000);

  it('asks for what the phase needs of the entry when it is missing, instead of refusing', async () => {
    const dir = orangi(); // at reviewing: every stakeholder needs interests and motivations
    const t = terminal(['add', 'stakeholder', '--name', '"Karachi Development Authority"', '--sector', 'public', '--interest', '"planned growth"', '--engagement', 'informed', '--description', 'x', '--influence', 'high', '--interest-level', 'low', '--capacity', 'x', '--history', 'x', '--connectivity', 'none', '--alliance', 'kmc'], dir);
    try {
      await t.answer('Donor', KEY.enter); // skipped: not a donor
      await t.answer('Motivations 1', KEY.enter); // none: the phase needs them
      await t.answer('Add the representative', `n${KEY.enter}`);
      await t.answer('Add this stakeholder\'s acceptance of the agreement?', `n${KEY.enter}`);
      await t.answer('Grassroots group', KEY.enter); // skip
      await t.answer('Add when and why this stakeholder left the partnership or was spun off?', `n${KEY.enter}`);
      await t.answer('Add the IATI details', `n${KEY.enter}`);
      await t.waitFor('record the motivations of Karachi Development Authority');
      await t.answer('Motivations 1', `Rule of law${KEY.enter}`);
      await t.answer('Motivations 2', KEY.enter);
      await t.waitFor('Added the stakeholder');
      expect(await t.exited).toBe(0);
    } finally {
      t.kill();
    }
    const s = (parse(readFileSync(join(dir, 'stakeholders.yaml'), 'utf8')) as { stakeholders: Record<string, unknown>[] }).stakeholders.at(-1);
    expect(s).toMatchObject({ id: 'karachi-development-authority', motivations: ['Rule of law'] });
    expectCheckPasses(dir);
  }, 60_000);

  it('walks an internal assessment (seed 002), each choice explained, a bad date asked again, into a new file', async () => {
    const dir = orangi();
    const t = terminal(['add', 'assessment', 'kda'], dir);
    try {
      await t.answer('Prepared by', `Ms. Siddiqui (illustrative)${KEY.enter}`);
      await t.answer('Date', `1995-13-40${KEY.enter}`);
      await t.waitFor('not a valid date');
      await t.answer('not a valid date', `${'\x7f'.repeat(10)}1995-03-10${KEY.enter}`);
      await t.answer('Objectives 1', `Planned growth of Orangi${KEY.enter}`);
      await t.answer('Objectives 2', KEY.enter);
      await t.answer('Benefits and desired outcomes 1', `Fewer unplanned settlements${KEY.enter}`);
      await t.answer('Benefits and desired outcomes 2', KEY.enter);
      await t.answer('Anticipated costs 1', KEY.enter);
      await t.answer('Resources to invest', `y${KEY.enter}`);
      await t.answer('human: People and their time.', KEY.enter); // the kind, its choices in the schema's words
      await t.answer('Description', `Two town planners${KEY.enter}`);
      await t.answer('Another', `n${KEY.enter}`);
      await t.answer('Assumptions', `n${KEY.enter}`);
      await t.answer('Opportunities 1', KEY.enter);
      await t.answer('Risks 1', KEY.enter);
      await t.waitFor('Added the assessment');
      expect(await t.exited).toBe(0);
    } finally {
      t.kill();
    }
    expect(parse(readFileSync(join(dir, 'assessments', 'kda.yaml'), 'utf8'))).toEqual({
      stakeholder: 'kda', prepared_by: 'Ms. Siddiqui (illustrative)', date: '1995-03-10', objectives: ['Planned growth of Orangi'], benefits: ['Fewer unplanned settlements'], resources: [{ kind: 'human', description: 'Two town planners' }],
    });
    expectCheckPasses(dir);
  }, 60_000);

  it('re-asks a number that is not one, and never writes it', async () => {
    const dir = orangi();
    const t = terminal(['add', 'indicator', '--name', '"Lanes with a sewer"', '--aspect', 'impact'], dir);
    try {
      await t.answer('Unit', `lanes${KEY.enter}`);
      await t.answer('Add the baseline', `y${KEY.enter}`);
      await t.answer('Value', `many${KEY.enter}`);
      await t.waitFor('is not a number');
      // Clear the bad answer and type a good one.
      await t.answer('is not a number', `${'\x7f'.repeat(4)}12${KEY.enter}`);
      await t.answer('Date', `1995-13-01${KEY.enter}`);
      await t.waitFor('not a valid date');
      await t.answer('not a valid date', `${'\x7f'.repeat(10)}1995-01-01${KEY.enter}`);
      await t.answer('Add the target', `n${KEY.enter}`);
      await t.answer('Which way is better', KEY.enter);
      await t.answer('Method', `Survey${KEY.enter}`);
      await t.answer('Owner', `${KEY.down}${KEY.enter}`);
      await t.answer('Frequency', `${KEY.down}${KEY.down}${KEY.down}${KEY.down}${KEY.enter}`); // skip, weekly, fortnightly, monthly → quarterly
      await t.waitFor('Added the indicator');
      expect(await t.exited).toBe(0);
    } finally {
      t.kill();
    }
    const ind = (parse(readFileSync(join(dir, 'indicators.yaml'), 'utf8')) as { indicators: Record<string, unknown>[] }).indicators.at(-1);
    expect(ind).toMatchObject({ name: 'Lanes with a sewer', aspect: 'impact', unit: 'lanes', baseline: { value: 12, date: '1995-01-01' } });
    expectCheckPasses(dir);
  }, 60_000);
});
