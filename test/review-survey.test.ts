import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readXlsx } from '../src/util/xlsx.js';
import { zip } from '../src/util/zip.js';
import { parseCsv } from '../src/util/csv.js';
import { copyExample, removeDir, RUNNERS, tempDir } from './helpers/cli.js';

/**
 * `partner review survey` and `partner review import` (seed 002 Phase 3 and Fig. 1), apart from the XForm in ODK's
 * engine (review-survey-odk.test.ts): the XLSForm against the XLSForm specification (xlsform.org), the printable
 * form, and imports in the shapes KoboToolbox and ODK Central export, with their errors.
 */
let root: string;
beforeAll(() => (root = tempDir()));
afterAll(() => removeDir(root));
let n = 0;
const fresh = () => copyExample('orangi-sanitation', join(root, `case-${++n}`));
const FORM = 'partner_review_orangi_low_cost_sanitation_partnership';

/** The rules of the XLSForm specification (xlsform.org/en/) that a form must meet for pyxform, KoboToolbox and Central. */
function xlsFormProblems(sheets: Map<string, string[][]>): string[] {
  const problems: string[] = [];
  const table = (name: string) => {
    const [header = [], ...rows] = sheets.get(name) ?? [];
    return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
  };
  for (const s of ['survey', 'choices', 'settings']) if (!sheets.has(s)) problems.push(`no ${s} sheet`);
  const header = sheets.get('survey')?.[0] ?? [];
  for (const col of ['type', 'name', 'label']) if (!header.includes(col)) problems.push(`survey has no ${col} column`);
  const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
  const TYPES = new Set(['text', 'integer', 'decimal', 'note', 'date', 'today', 'start', 'end', 'begin_group', 'end_group', 'begin group', 'end group']);
  const choices = table('choices');
  const lists = new Map<string, string[]>();
  for (const c of choices) lists.set(c.list_name!, [...(lists.get(c.list_name!) ?? []), c.name!]);
  for (const [list, names] of lists) {
    if (new Set(names).size !== names.length) problems.push(`choice list ${list} repeats a name`);
    for (const name of names) if (!name) problems.push(`choice list ${list} has an empty name`);
  }
  const seen = new Set<string>();
  let depth = 0;
  for (const q of table('survey')) {
    const type = q.type!.trim();
    const select = /^select_(one|multiple) (\S+)$/.exec(type);
    if (select) {
      if (!lists.get(select[2]!)?.length) problems.push(`${q.name}: choice list ${select[2]} is missing or empty`);
    } else if (!TYPES.has(type)) problems.push(`${q.name}: unknown type ${type}`);
    if (type === 'begin_group') depth++;
    if (type === 'end_group') {
      depth--;
      if (depth < 0) problems.push('end_group without begin_group');
      continue;
    }
    if (!NAME.test(q.name!)) problems.push(`invalid name "${q.name}"`);
    if (seen.has(q.name!)) problems.push(`duplicate name ${q.name}`);
    seen.add(q.name!);
    if (type !== 'today' && !q.label) problems.push(`${q.name} has no label`);
    if (q.required && !['yes', 'no', 'true()', 'false()', ''].includes(q.required)) problems.push(`${q.name}: required is ${q.required}`);
  }
  if (depth !== 0) problems.push('groups are not closed');
  const settings = table('settings')[0];
  if (!settings?.form_id || !NAME.test(settings.form_id)) problems.push('settings has no valid form_id');
  return problems;
}

/** A KoboToolbox-style .xlsx: shared strings, group paths in the header, the day as a spreadsheet date number. */
function koboXlsx(header: string[], rows: (string | number)[][]): Buffer {
  const strings: string[] = [];
  const index = (s: string) => (strings.includes(s) ? strings.indexOf(s) : strings.push(s) - 1);
  const col = (i: number) => String.fromCharCode(65 + (i % 26)).padStart(i >= 26 ? 2 : 1, 'A');
  const cell = (v: string | number, r: number, c: number) => (typeof v === 'number' ? `<c r="${col(c)}${r}"><v>${v}</v></c>` : `<c r="${col(c)}${r}" t="s"><v>${index(v)}</v></c>`);
  const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${[header, ...rows].map((r, i) => `<row r="${i + 1}">${r.map((v, j) => cell(v, i + 1, j)).join('')}</row>`).join('')}</sheetData></worksheet>`;
  const sst = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map((s) => `<si><t>${s.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></si>`).join('')}</sst>`;
  const t = (s: string) => Buffer.from(s);
  return zip([
    { name: 'xl/workbook.xml', data: t('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Partnership review" sheetId="1" r:id="rId1"/></sheets></workbook>') },
    { name: 'xl/_rels/workbook.xml.rels', data: t('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>') },
    { name: 'xl/worksheets/sheet1.xml', data: t(sheet) },
    { name: 'xl/sharedStrings.xml', data: t(sst) },
  ]);
}

const KOBO_HEADER = ['start', 'end', 'today', 'about/partner', 'about/respondent', 'project/delivery_rating', 'project/impact_rating', 'functioning/decision_making_rating', 'functioning/roles_rating', 'functioning/communication_rating', 'functioning/working_relations_rating', 'functioning/resources_rating', 'value/benefit_reputation', 'value/benefit_networks', 'value/benefit_capacity', 'value/benefit_advocacy', 'value/benefit_money', 'value/benefit_core_delivery', 'value/costs_level', 'value/worth_it', 'value/society_level', 'value/best_for_goal', 'value/best_for_us', 'value/fair_sharing', 'value/fair_comment', '_id', '_uuid', '_submission_time', '__version__'];
const koboRow = (partner: string, who: string, fair: string) => ['2026-06-28T09:00:00.000+05:00', '2026-06-28T09:20:00.000+05:00', '2026-06-28', partner, who, 'green', 'amber', 'green', 'green', 'amber', 'green', 'red', 'high', 'medium', 'high', 'low', 'none', 'high', 'medium', 'yes', 'high', 'yes', 'yes', fair, 'Agencies; "trunk" works', '101', 'a1b2', '2026-06-28T04:21:00', 'vAbc'];
const csvCell = (v: string) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

describe.each(RUNNERS)('partner review survey (%s)', (name, run) => {
  it('writes an XLSForm that meets the XLSForm specification, with every partner to choose', async () => {
    const dir = fresh();
    const r = await run(['review', 'survey', dir, '--out', `out-${name}`, '--date', '1995-06-01'], { cwd: root });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Wrote the review questionnaire for 6 partners (Orangi Pilot Project (OPP), Orangi lane (street) organisations, Karachi Metropolitan Corporation (KMC), Karachi Water and Sewerage Board (KWSB), International donor agency (illustrative), and Orangi component yards ("thallas") and local masons (illustrative)):');
    const sheets = readXlsx(readFileSync(join(root, `out-${name}`, `${FORM}.xlsx`)));
    expect(xlsFormProblems(sheets)).toEqual([]);
    expect([...sheets.keys()]).toEqual(['survey', 'choices', 'settings']);
    expect(sheets.get('choices')!.filter((c) => c[0] === 'partners').map((c) => c[1])).toEqual(['opp', 'orangi-lanes', 'kmc', 'kwsb', 'donor', 'thallas']);
    expect(sheets.get('settings')![1]).toEqual(['Orangi low-cost sanitation partnership: partnership review', FORM, '19950601']);
    const printable = readFileSync(join(root, `out-${name}`, `${FORM}.md`), 'utf8');
    expect(printable).toContain('**1. Which partner do you answer for?**\n\n☐ Orangi Pilot Project (OPP)\\\n☐ Orangi lane (street) organisations\\\n');
    expect(printable).toContain('How fairly are the costs and benefits shared among the partners?');
    const html = readFileSync(join(root, `out-${name}`, `${FORM}.html`), 'utf8');
    expect(html).toContain('<h1>Orangi low-cost sanitation partnership: partnership review</h1>');
    expect(html).not.toMatch(/undefined|NaN|\[object Object\]/);
  });

  it('refuses to replace forms already written, unless --force (exit 2, nothing changed)', async () => {
    const dir = fresh();
    const out = `again-${name}`;
    expect((await run(['review', 'survey', dir, '--out', out, '--format', 'md'], { cwd: root })).code).toBe(0);
    writeFileSync(join(root, out, `${FORM}.md`), 'mine');
    const r = await run(['review', 'survey', dir, '--out', out, '--format', 'md'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('already exists; nothing was written');
    expect(readFileSync(join(root, out, `${FORM}.md`), 'utf8')).toBe('mine');
    expect((await run(['review', 'survey', dir, '--out', out, '--format', 'md', '--force'], { cwd: root })).code).toBe(0);
    expect(existsSync(join(root, out, `${FORM}.xml`))).toBe(false);
  });
});

describe.each(RUNNERS)('partner review import (%s)', (name, run) => {
  it('merges a KoboToolbox CSV export (semicolons, group paths) and says who is still to answer', async () => {
    const dir = fresh();
    const csv = [KOBO_HEADER, koboRow('kmc', 'Engr. Mahmood', 'fair'), koboRow('donor', 'Ms. Carter', 'partly')].map((r) => r.map(csvCell).join(';')).join('\r\n');
    writeFileSync(join(root, `kobo-${name}.csv`), csv);
    const r = await run(['review', 'import', `kobo-${name}.csv`, dir, '--date', '1995-06-01'], { cwd: root });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Imported the answers of Karachi Metropolitan Corporation (KMC) and International donor agency (illustrative) into');
    expect(r.stdout).toContain('Still to answer: Orangi Pilot Project (OPP), Orangi lane (street) organisations, and Karachi Water and Sewerage Board (KWSB)');
    const review = parse(readFileSync(join(dir, 'reviews', '1995-06-01.yaml'), 'utf8'));
    expect(review.respondents).toEqual([{ stakeholder: 'kmc', by: 'Engr. Mahmood', answered_on: '2026-06-28', via: 'kobo' }, { stakeholder: 'donor', by: 'Ms. Carter', answered_on: '2026-06-28', via: 'kobo' }]);
    expect(review.value_of_partnering[1].fair_sharing).toEqual({ rating: 'partly', comment: 'Agencies; "trunk" works' });
    const check = await run(['check', dir, '--date', '1995-06-01', '--format', 'json'], { cwd: root });
    expect(JSON.parse(check.stdout).summary.errors).toBe(0);
    // The review report sets the partners' answers side by side (seed 002 Fig. 1: so partners compare).
    const report = await run(['render', 'review', dir, '--review', '1995-06-01', '--date', '1995-06-02'], { cwd: root });
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('| Karachi Metropolitan Corporation (KMC) | High | Medium | High | Low | None | High | Medium | High | Yes | Yes | Fairly: Agencies; "trunk" works |');
    expect(report.stdout).toContain('| International donor agency (illustrative) | High | Medium | High | Low | None | High | Medium | High | Yes | Yes | Partly fairly: Agencies; "trunk" works |');
  });

  it('merges a KoboToolbox .xlsx export (shared strings, the day as a date number) into an existing review, keeping its comments', async () => {
    const dir = fresh();
    const existing = readFileSync(join(dir, 'reviews', '1995-03-15.yaml'), 'utf8');
    const row = koboRow('thallas', 'Mistri Abdul (illustrative)', 'unfair') as (string | number)[];
    row[2] = 34863; // 1995-06-13 as a spreadsheet stores it
    writeFileSync(join(root, `kobo-${name}.xlsx`), koboXlsx(KOBO_HEADER, [row]));
    const r = await run(['review', 'import', `kobo-${name}.xlsx`, dir, '--date', '1995-03-15'], { cwd: root });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'reviews', '1995-03-15.yaml'), 'utf8');
    const firstComment = existing.split('\n').find((l) => l.trim().startsWith('#'));
    expect(firstComment).toBeDefined();
    expect(text).toContain(firstComment);
    const review = parse(text);
    expect(review.respondents.find((x: { stakeholder: string }) => x.stakeholder === 'thallas')).toEqual({ stakeholder: 'thallas', by: 'Mistri Abdul (illustrative)', answered_on: '1995-06-13', via: 'kobo' });
    expect(review.functioning.filter((f: { stakeholder: string }) => f.stakeholder === 'thallas')).toHaveLength(1);
  });

  it('refuses a partner already answered unless --force, and then replaces its answers', async () => {
    const dir = fresh();
    const csv = [KOBO_HEADER, koboRow('kmc', 'Engr. Mahmood', 'fair')].map((r) => r.map(csvCell).join(';')).join('\n');
    writeFileSync(join(root, `once-${name}.csv`), csv);
    expect((await run(['review', 'import', `once-${name}.csv`, dir, '--date', '1995-06-01'], { cwd: root })).code).toBe(0);
    const before = readFileSync(join(dir, 'reviews', '1995-06-01.yaml'), 'utf8');
    const again = await run(['review', 'import', `once-${name}.csv`, dir, '--date', '1995-06-01'], { cwd: root });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('reviews/1995-06-01.yaml already holds the answers of Karachi Metropolitan Corporation (KMC); nothing was imported.');
    expect(readFileSync(join(dir, 'reviews', '1995-06-01.yaml'), 'utf8')).toBe(before);
    const forced = await run(['review', 'import', `once-${name}.csv`, dir, '--date', '1995-06-01', '--force'], { cwd: root });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('(replacing those of Karachi Metropolitan Corporation (KMC))');
    expect(parse(readFileSync(join(dir, 'reviews', '1995-06-01.yaml'), 'utf8')).functioning).toHaveLength(1);
  });

  it('names the file, the row and what is wrong, and writes nothing (exit 1)', async () => {
    const dir = fresh();
    const bad = koboRow('kmc', 'A', 'fair');
    bad[5] = 'blue';
    const csv = [KOBO_HEADER, koboRow('water-board', 'B', 'fair'), bad, koboRow('donor', 'C', 'fair'), koboRow('donor', 'D', 'fair')].map((r) => r.map(csvCell).join(';')).join('\n');
    writeFileSync(join(root, `bad-${name}.csv`), csv);
    const r = await run(['review', 'import', `bad-${name}.csv`, dir, '--date', '1995-06-01'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`bad-${name}.csv, row 2: names the partner \`water-board\`, which stakeholders.yaml does not list.\n  hint: Use one of: opp, orangi-lanes`);
    expect(r.stderr).toContain(`bad-${name}.csv, row 3: answers \`delivery_rating\` with \`blue\`.\n  hint: Use one of: green, amber, red.`);
    expect(r.stderr).toContain(`bad-${name}.csv, row 5: answers again for \`donor\`, already answered in row 4.`);
    expect(r.stderr).toContain('nothing was imported; correct these 3 answers first.');
    expect(existsSync(join(dir, 'reviews', '1995-06-01.yaml'))).toBe(false);
  });

  it('says what it cannot read (exit 2)', async () => {
    const dir = fresh();
    writeFileSync(join(root, `fake-${name}.xlsx`), 'not a spreadsheet');
    const fake = await run(['review', 'import', `fake-${name}.xlsx`, dir, '--date', '1995-06-01'], { cwd: root });
    expect(fake.code).toBe(2);
    expect(fake.stderr).toContain(`fake-${name}.xlsx cannot be read: it is not a ZIP archive (an .xlsx file is one); nothing was imported.`);
    const missing = await run(['review', 'import', 'nowhere.csv', dir], { cwd: root });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere.csv does not exist; nothing was imported.');
    writeFileSync(join(root, `none-${name}.xml`), '<html><body>Sign in</body></html>');
    const xml = await run(['review', 'import', `none-${name}.xml`, dir], { cwd: root });
    expect(xml.code).toBe(2);
    expect(xml.stderr).toContain('holds no form submission');
    expect(xml.stderr).not.toMatch(/at \w+ \(|node:internal/);
  });
});

describe('CSV as exported', () => {
  it('reads quotes, doubled quotes, new lines in cells and a byte-order mark', () => {
    expect(parseCsv('\ufeffa,b\r\n"x, ""y""","line1\nline2"\n')).toEqual([['a', 'b'], ['x, "y"', 'line1\nline2']]);
    expect(parseCsv('a;b\n1;2\n')).toEqual([['a', 'b'], ['1', '2']]);
  });
});

describe.each(RUNNERS)('the sustaining gate: a review answered by every active partner (%s)', (name, run) => {
  it('holds sustaining back until every active partner has answered, and names who is missing', async () => {
    const dir = fresh();
    const reviewPath = join(dir, 'reviews', '1995-03-15.yaml');
    writeFileSync(reviewPath, readFileSync(reviewPath, 'utf8').replaceAll('  - stakeholder: kwsb\n', '  - stakeholder: thallas\n'));
    const p = join(dir, 'partnership.yaml');
    writeFileSync(p, readFileSync(p, 'utf8').replace(/^sustainability:/m, 'sustainability:\n  way_forward: sustain'));
    const r = await run(['check', dir, '--phase', 'sustaining', '--date', '1995-06-01', '--format', 'json'], { cwd: root });
    const gate = JSON.parse(r.stdout).diagnostics.filter((d: { rule: string }) => d.rule === 'phase-gate');
    expect(gate.map((d: { file: string; line: number }) => `${d.file.slice(dir.length + 1)}:${d.line}`)).toEqual(['reviews/1995-03-15.yaml:9']);
    expect(gate[0].message).toContain('hold a review answered by every active partner');
    expect(gate[0].message).toContain('Karachi Water and Sewerage Board (KWSB) did not answer the review of 1995-03-15');
    expect(gate[0].hint).toContain('Add their answers to reviews/1995-03-15.yaml');
    const status = await run(['status', dir, '--date', '1995-06-01', '--format', 'json'], { cwd: root });
    expect(JSON.parse(status.stdout).next).toMatchObject({ ready: false, done: 3, total: 4 });
    const advance = await run(['advance', dir, '--date', '1995-06-01'], { cwd: root });
    expect(advance.code).toBe(1);

    const csv = [KOBO_HEADER, koboRow('kwsb', 'Engr. Farooqui', 'fair')].map((row) => row.map(csvCell).join(';')).join('\n');
    writeFileSync(join(root, `kwsb-${name}.csv`), csv);
    expect((await run(['review', 'import', `kwsb-${name}.csv`, dir, '--date', '1995-03-15'], { cwd: root })).code).toBe(0);
    const after = await run(['check', dir, '--phase', 'sustaining', '--date', '1995-06-01', '--format', 'json'], { cwd: root });
    expect(JSON.parse(after.stdout).summary.errors).toBe(0);
  });
});
