/**
 * What partners read speaks a person's language: every example and real-case fixture, rendered in every format a
 * partner is handed (agreement and review report in Markdown and HTML, the map as SVG and as a page, the status
 * agenda, every CSV table), holds no field names, raw vocabulary values, seed citations, unexplained acronyms,
 * `undefined`/`NaN`/`[object Object]`, ids where a name exists, fractional counts, durations in thousands of days,
 * stances that only read right for some names ("Community organizers is unsure"), or the folder shown as `.`
 * (issue 13 item 10). The wording functions behind them are tested on their own below.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BASE as MISTAKES_BASE } from './cases/mistake-cases.js';
import { REAL_CASES } from './cases/real-cases.js';
import { EXAMPLES, removeDir, runBinary, runInProcess, tempDir } from './helpers/cli.js';
import * as LABELS from '../src/core/documents/labels.js';
import { schemaVocabulary } from '../src/core/yaml/field-names.js';
import { countsThings, fromToday, listText, overdueText, roundLike, spanOfDays } from '../src/core/base/wording.js';
import { explain } from '../src/core/documents/review/words.js';
import { worthItDoubts } from '../src/core/documents/review/sections/summary.js';
import { folderName, shownFolder } from '../src/util/folder-name.js';

// Made at collection time: the fixtures are listed while the tests are collected.
const root = tempDir();
afterAll(() => removeDir(root));

const { fields, values } = schemaVocabulary();
/** Field names that read as no word (`interest_level`), and vocabulary values that are no word (`refer-back`). */
const FIELD_NAMES = [...fields].filter((f) => f.includes('_'));
const RAW_VALUES = [...values].filter((v) => v.includes('-'));

/** The partnerships to render: the examples, each also before its first review, and a young partnership. */
function fixtures(): { name: string; dir: string }[] {
  const out: { name: string; dir: string }[] = [];
  for (const e of readdirSync(EXAMPLES)) {
    const dir = join(root, e);
    cpSync(join(EXAMPLES, e), dir, { recursive: true });
    out.push({ name: e, dir });
    const before = join(root, `${e}-before-review`);
    cpSync(join(EXAMPLES, e), before, { recursive: true });
    rmSync(join(before, 'reviews'), { recursive: true, force: true });
    out.push({ name: `${e} before its first review`, dir: before });
  }
  const young = join(root, 'young');
  mkdirSync(young);
  for (const [f, text] of Object.entries(MISTAKES_BASE)) writeFileSync(join(young, f), text);
  out.push({ name: 'a partnership in scoping', dir: young });
  // The partnerships written from seed 003's case histories, started with `partner init` as a broker would.
  for (const c of REAL_CASES) {
    const dir = join(root, c.folder);
    if (runBinary(['init', c.folder, '--yes', '--name', c.name], { cwd: root }).code !== 0) throw new Error(`partner init ${c.folder} failed`);
    // The fixtures cite the seed line of each fact for the reader of the test; a broker's record would not.
    for (const [rel, text] of Object.entries(c.files)) {
      mkdirSync(join(dir, rel, '..'), { recursive: true });
      writeFileSync(join(dir, rel), text.replace(/ \(seed \d{3}[^)]*\)/g, ''));
    }
    out.push({ name: `${c.name} (${c.phase})`, dir });
  }
  return out;
}

/** The units of indicators that count things and whose recorded values are all whole: a fraction of them is wrong. */
function countUnits(dir: string): string[] {
  let file: { indicators?: { unit?: string; baseline?: { value: number }; target?: { value: number }; measurements?: { value: number }[] }[] } = {};
  try {
    file = (parse(readFileSync(join(dir, 'indicators.yaml'), 'utf8')) ?? {}) as typeof file;
  } catch {
    return [];
  }
  return (file.indicators ?? [])
    .filter((i) => typeof i.unit === 'string' && countsThings(i.unit))
    .filter((i) => [i.baseline?.value, i.target?.value, ...(i.measurements ?? []).map((m) => m.value)].every((v) => v === undefined || Number.isInteger(v)))
    .map((i) => i.unit!.replace(/^number of /i, ''));
}

/** Ids of everything that has a name: stakeholders, commitments, needs, indicators, risks, bodies. */
function idsWithNames(dir: string): string[] {
  const read = (f: string): Record<string, unknown> => {
    try {
      return (parse(readFileSync(join(dir, f), 'utf8')) ?? {}) as Record<string, unknown>;
    } catch {
      return {};
    }
  };
  const ids = (list: unknown) => (Array.isArray(list) ? list.map((x) => (x as { id?: unknown }).id).filter((x): x is string => typeof x === 'string') : []);
  // An id that is also a word of the record's own text (a risk `stock-outs`, "a lane-meeting resolution") is prose.
  const prose = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(join(dir, f), 'utf8'))
    .flatMap((t) => t.split('\n')).filter((l) => !/^\s*(#|(- )?[\w]+:\s*[\w-]*\s*$|- [\w-]+\s*$)/.test(l)).join('\n');
  return [
    ...ids(read('stakeholders.yaml').stakeholders), ...ids(read('resources.yaml').commitments), ...ids(read('resources.yaml').needs),
    ...ids(read('indicators.yaml').indicators), ...ids(read('risks.yaml').risks), ...ids(read('decision-rules.yaml').bodies),
  ].filter((id) => /[-\d]/.test(id) && !new RegExp(`(?<![\\w-])${id}(?![\\w-])`).test(prose));
}

/** The text a reader sees: no styles, tags, entities, pictures' data or link targets. */
function visible(text: string, format: string): string {
  let t = text.replace(/data:[a-z/+]+;base64,[A-Za-z0-9+/=]+/g, '');
  if (format === 'html' || format === 'svg') {
    t = t.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  } else t = t.replace(/\]\([^)]*\)/g, ']');
  return t;
}

const LOWER_LABELS = new Set(Object.values(LABELS).filter((v): v is Record<string, string> => typeof v === 'object').flatMap((table) => Object.values(table)).filter((l) => /^[a-z]/.test(l)));

function problems(text: string, format: string, ids: readonly string[], counted: readonly string[] = []): string[] {
  const t = visible(text, format);
  const found: string[] = [];
  const hit = (what: string, re: RegExp) => {
    const m = re.exec(t);
    if (m) found.push(`${what}: ...${t.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40).replace(/\s+/g, ' ')}...`);
  };
  hit('a seed citation', /\bseeds? \d{3}\b|\bthe seeds\b|\bseeds'|\bFig\. \d/i);
  hit('an acronym the reader was not told', /\bISPs?\b|\bMSPs?\b/);
  hit('a broken value', /\bundefined\b|\bNaN\b|\[object Object\]|\bnull\b/);
  hit('a file name', /\b[\w-]+\.ya?ml\b/);
  hit('the tool\'s words', /\bcommit [0-9a-f]{6,}\b|\bpartner (check|render|status|export)\b/);
  hit('a unit written as a form asks it', /\b\d[\d,.]* number of \w/);
  hit('a per cent set apart from its number', /\d %/);
  hit('a fractional count', /\b\d+\.\d+ (?:of \d+ )?(?:partners?|commitments?|indicators?|stakeholders?|items?|reviews?|ratings?|decisions?|risks?|requirements?)\b/);
  for (const unit of counted) hit(`a fractional count of ${unit}`, new RegExp(`\\b\\d+\\.\\d+ ${unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
  hit('a duration in days a person would not count', /\b\d{3,} days\b|\b\d[\d,]{3,} days\b/);
  hit('a stance that reads wrong for plural names', /\bis unsure\b|\bfinds the partnership\b/);
  hit('a doubled or lost word', /\b(a|an|the) (a|an|the)\b|\bno (a|an)\b/i);
  hit('an "other" choice in running text', /\b(and|or),? Other\b/);
  hit('the folder shown as .', /\b(?:in|folder) `?\.`?(?=[\s:;,]|$)|`\.`/);
  for (const f of FIELD_NAMES) hit(`the field name ${f}`, new RegExp(`(?<![\\w-])${f}(?![\\w-])`));
  for (const v of RAW_VALUES) hit(`the raw value ${v}`, new RegExp(`(?<![\\w-])${v}(?![\\w-])`));
  for (const id of ids) hit(`the id ${id}`, new RegExp(`(?<![\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`));
  if (format === 'md') {
    // A table cell is a label with a capital, never a lower-case one (`| pilot |`).
    for (const cell of t.matchAll(/\|\s*([^|\n]+?)\s*(?=\|)/g)) if (LOWER_LABELS.has(cell[1]!)) found.push(`a lower-case label in a table: | ${cell[1]} |`);
  }
  return found;
}

const FIXTURES = fixtures();
const DATE = ['--date', '1995-06-01'];
const DOCUMENTS: { what: string; args: string[]; format: string }[] = [
  { what: 'agreement (Markdown)', args: ['render', 'agreement', ...DATE], format: 'md' },
  { what: 'agreement (HTML)', args: ['render', 'agreement', '--format', 'html', ...DATE], format: 'html' },
  { what: 'review report (Markdown)', args: ['render', 'review', ...DATE], format: 'md' },
  { what: 'review report (HTML)', args: ['render', 'review', '--format', 'html', ...DATE], format: 'html' },
  { what: 'map (SVG)', args: ['render', 'map', ...DATE], format: 'svg' },
  { what: 'map (page)', args: ['render', 'map', '--format', 'html', ...DATE], format: 'html' },
  { what: 'status agenda', args: ['status', '--format', 'md', ...DATE], format: 'md' },
];

describe('partner-facing documents speak plain words', () => {
  for (const f of FIXTURES) {
    describe(f.name, () => {
      const ids = idsWithNames(f.dir);
      const counted = countUnits(f.dir);
      for (const d of DOCUMENTS) {
        it(d.what, async () => {
          const r = await runInProcess([...d.args, f.dir], { cwd: root });
          expect(r.code, r.stderr).toBeLessThanOrEqual(1);
          expect(r.stdout.length).toBeGreaterThan(0);
          expect(problems(r.stdout, d.format, ids, counted)).toEqual([]);
        });
      }
      it('meeting minutes (Markdown, HTML)', async () => {
        const people = ((parse(readFileSync(join(f.dir, 'stakeholders.yaml'), 'utf8')) ?? {}) as { stakeholders?: { id: string }[] }).stakeholders ?? [];
        const [a, b] = [people[0]!.id, (people[1] ?? people[0]!).id];
        const recorded = await runInProcess(['record', 'meeting', '--dir', f.dir, '--yes', '--date', '1995-05-02', '--kind', 'steering', '--venue-kind', 'rotating', '--convener', a, '--present', a, '--apologies', b, '--agenda', 'Progress', '--viewpoint', `${a}: On time`, '--decision', 'Carry on', '--action', `Send the report | ${b} | 1995-05-30`, '--action', 'Book the hall'], { cwd: root });
        expect(recorded.code, recorded.stderr).toBe(0);
        for (const format of ['md', 'html']) {
          const r = await runInProcess(['render', 'minutes', '1995-05-02', f.dir, '--format', format, ...DATE], { cwd: root });
          expect(r.code, r.stderr).toBe(0);
          expect(problems(r.stdout, format, ids)).toEqual([]);
        }
      });
      it('CSV tables', async () => {
        const out = join(root, 'csv', f.name.replace(/\W+/g, '-'));
        const r = await runInProcess(['export', 'csv', f.dir, '--out-dir', out], { cwd: root });
        expect(r.code, r.stderr).toBe(0);
        for (const file of readdirSync(out)) {
          const text = readFileSync(join(out, file), 'utf8').replace(/^\uFEFF/, '');
          const header = text.split('\r\n')[0]!;
          for (const h of header.split(',')) expect(h, `${file}: a header in words`).toMatch(/^"?[A-Z][a-z' ()-]*[a-z)]"?$|^"?[A-Z][A-Za-z' ()-]*"?$/);
          expect(problems(text.replace(/\d{4}-\d{2}-\d{2}/g, ''), 'csv', ids, counted), file).toEqual([]);
        }
      });
    });
  }
});

describe('the portfolio site speaks plain words', () => {
  it('every page, and the words its index shows from its data', async () => {
    const repo = join(root, 'portfolio');
    const all = FIXTURES.map((f) => f.dir);
    mkdirSync(repo);
    for (const dir of all) cpSync(dir, join(repo, basename(dir)), { recursive: true });
    const site = join(root, 'site');
    const r = await runInProcess(['portfolio', repo, '--out', site, ...DATE], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    const ids = all.flatMap(idsWithNames);
    const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBe(all.length + 2);
    for (const page of pages) {
      const html = readFileSync(join(site, page), 'utf8');
      expect(problems(html, 'html', ids), page).toEqual([]);
      // What a screen reader says, hidden words included: an aspect's name once before its rating, not twice.
      expect(visible(html, 'html').replace(/\s+/g, ' '), page).not.toMatch(/(\b[A-Z][\w -]{3,}): \1: /);
      // Open items stand under their section of the agreement, each section named once.
      const open = html.includes('<h2>Open items</h2>') ? html.slice(html.indexOf('<h2>Open items</h2>')) : '';
      const sections = [...open.matchAll(/<h3>([^<]+)<\/h3>/g)].map((m) => m[1]);
      expect(new Set(sections).size, page).toBe(sections.length);
      if (/still to settle/.test(open)) expect(sections.length, page).toBeGreaterThan(0);
    }
    // The index's filters and rows are drawn from data/index.js: every text in it but a row's link and its ratings' code.
    const data = JSON.parse(readFileSync(join(site, 'data', 'index.js'), 'utf8').replace(/^window\.PARTNER_PORTFOLIO = /, '').replace(/;\s*$/, '')) as { rows: unknown[][] } & Record<string, unknown>;
    const texts = [JSON.stringify({ ...data, rows: data.rows.map((row) => row.filter((_, i) => i !== 0 && i !== 7)) })];
    expect(problems(texts.join('\n').replace(/"[\w]+":/g, ''), 'json', ids)).toEqual([]);
  });
});

describe('the check on partner-facing words', () => {
  it('finds each kind of jargon it looks for', () => {
    const ids = ['kwsb-trunk'];
    for (const bad of ['As seed 003 says', 'How do ISPs decide', 'Amount: undefined', 'NaN', '[object Object]', 'see resources.yaml', 'Record: commit f466911', '2.5 partners', 'the interest_level', 'is refer-back', 'commitment kwsb-trunk', '| pilot |', '20 number of NGOs', '5 % of families', 'Due on 1 May 1984, 15308 days ago', '3,074 days overdue', 'Community organizers is unsure the partnership is worth its costs.', 'has no a target', 'Farmers and Other groups', 'partnership in .: nothing', 'the folder `.`']) {
      expect(problems(bad, 'md', ids), bad).not.toEqual([]);
    }
    expect(problems('behind the 124.4 field channels expected', 'md', ids, ['field channels'])).not.toEqual([]);
    expect(problems('Refers back; In kind; Kwsb trunk sewer; 2 partners; Pilot; 93.6% of area; 3.5 meetings a year; about 42 years ago; 74 days; Other; the folder river-water.', 'md', ids, ['field channels'])).toEqual([]);
  });
});

describe('the wording behind them (issue 13 item 10), one function each', () => {
  it('keeps counts whole: a point on the planned path of field channels is said in whole ones, away from the measurement; shares and rates keep their decimals', () => {
    const at = (value: number) => ({ value, date: '1984-01-31' });
    const target = { value: 300, date: '1986-03-01' };
    expect(explain('line', 'at-risk', at(100), 124.4, target, 'higher', null, 'field channels')).toBe('100 field channels on 31 January 1984, behind the 125 field channels expected by then on the way to the target of 300 field channels by 1 March 1986.');
    expect(explain('line', 'on-track', at(70), 65.7, { value: 100, date: '1986-03-01' }, 'higher', null, 'clubs')).toContain('ahead of the 65 clubs expected');
    expect(explain('line', 'at-risk', at(40), 46.8, { value: 50, date: '1986-03-01' }, 'higher', null, null)).toContain('behind the 47 expected');
    expect(explain('line', 'on-track', at(97), 93.6, { value: 100, date: '1986-03-01' }, 'higher', null, '% of area')).toContain('ahead of the 93.6% of area expected');
    expect(explain('line', 'at-risk', at(3), 3.5, { value: 4, date: '1986-03-01' }, 'higher', null, 'meetings a year')).toContain('behind the 3.5 meetings a year expected');
    expect(roundLike(93.62, [0, 97, 100])).toBe(93.6);
    expect(roundLike(12.345, [10.25, 15])).toBe(12.35);
    expect(['field channels', 'number of households', 'clubs', null].map(countsThings)).toEqual([true, true, true, true]);
    expect(['% of families', 'percent', 'meetings a year', 'litres per day', 'km/h', 'average yield'].map(countsThings)).toEqual([false, false, false, false, false, false]);
  });
  it('says durations as a person does: weeks, months, about so many years; never thousands of days', () => {
    expect([1, 12, 20, 74, 152, 15308].map(spanOfDays)).toEqual(['1 day', '12 days', '3 weeks', '2 months', '5 months', 'about 42 years']);
    expect([fromToday(0), fromToday(21), fromToday(-3043), fromToday(-3043, true)]).toEqual(['today', 'in 3 weeks', 'about 8 years ago', 'overdue by about 8 years']);
    expect([overdueText(1), overdueText(3074)]).toEqual(['1 day overdue', 'about 8 years overdue']);
  });
  it('words a doubt about the worth of partnering so that any name reads right, several names in one line', () => {
    const rows = [
      { name: 'Community organizers', worthIt: 'Unsure' },
      { name: 'The Ministry', worthIt: 'Unsure' },
      { name: 'Farmers', worthIt: 'No' },
      { name: 'USAID', worthIt: 'Yes' },
    ];
    expect(worthItDoubts(rows)).toEqual(['Not worth its costs, in the view of Farmers.', 'Not sure the partnership is worth its costs: Community organizers and The Ministry.']);
    expect(worthItDoubts(rows.slice(3))).toEqual([]);
  });
  it('joins a list so that no item reads as two: a serial comma where one of the last two holds "and"', () => {
    expect(listText(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listText(['Irrigation Department', 'Water user associations and farmer organisations'])).toBe('Irrigation Department, and Water user associations and farmer organisations');
    expect(listText(['OPP', 'Karachi Water and Sewerage Board', 'KMC', 'donor'])).toBe('OPP, Karachi Water and Sewerage Board, KMC and donor');
    expect(listText(['Ministry, Government of X', 'NGO A', 'NGO B'])).toBe('Ministry, Government of X; NGO A and NGO B');
    expect(listText(['Ministry, Government of X', 'Betar and Television'])).toBe('Ministry, Government of X; and Betar and Television');
    expect(listText(['red', 'amber or green'], 'or')).toBe('red, or amber or green');
  });
  it('shows the folder by its name, never as "."', () => {
    const here = process.cwd();
    expect(shownFolder('.')).toBe(`this folder (${basename(here)})`);
    expect(shownFolder('./')).toBe(`this folder (${basename(here)})`);
    expect(shownFolder('../elsewhere')).toBe('../elsewhere');
    expect(folderName('.')).toBe(basename(here));
  });
});

describe('check findings name people, bodies and commitments, and read right for any name (issue 13 item 10)', () => {
  // A stakeholder whose name is plural, in every role a rule can find fault with.
  const STAKEHOLDERS = `stakeholders:
  - id: city-water
    name: City Water Department
    sector: public
    engagement: active-partner
    interests: [reliable supply]
    motivations: [public health mandate]
    representative: {name: Ms. Rao, decision_authority: limited, authority_limit: {amount: 1000, currency: USD}}
    acceptance: {date: 2025-02-01, by: Ms. Rao}
  - id: community-organizers
    name: Community organizers
    sector: civil-society
    grassroots: true
    interest_level: high
    engagement: informed
    interests: [organised lanes]
    motivations: [social development]
  - id: lane-committees
    name: Lane committees
    sector: civil-society
    engagement: pilot
    connectivity: none
    interests: [sewers in their lanes]
    motivations: [social development]
  - id: river-women
    name: Riverside Women's Associations
    sector: civil-society
    engagement: active-partner
    former: {date: 2025-03-01, kind: left, reason: Merged into the federation}
    interests: [clean water close to home]
    motivations: [social development]
`;
  const FILES: Record<string, string> = {
    'partnership.yaml': `name: Riverside Water Partnership
phase: implementing
phase_history:
  - {phase: scoping, date: 2025-01-01}
  - {phase: implementing, date: 2025-02-15}
issue: Households along the river have no safe drinking water.
vision: Safe water for every household by 2030.
`,
    'stakeholders.yaml': STAKEHOLDERS,
    'decision-rules.yaml': 'bodies:\n  - id: board\n    name: Water board\n    kind: steering-committee\n    members: [city-water]\n    chair: {kind: rotating}\n',
    'communication.yaml': 'between_partners:\n  - mode: email\n    frequency: monthly\n',
    'resources.yaml': 'commitments:\n  - {id: city-pipes, stakeholder: city-water, description: Pipes for the first street, type: cash, amount: 5000, currency: USD, due: 2025-12-31, status: agreed}\n  - {id: lane-labour, stakeholder: lane-committees, description: Digging the trenches, type: in-kind, due: 2025-03-01, status: agreed}\n',
    'indicators.yaml': 'indicators:\n  - id: taps-working\n    name: Household taps that work\n    aspect: impact\n    target: {value: 40, date: 2025-06-30}\n',
  };
  const dir = join(root, 'words-in-findings');
  mkdirSync(dir, { recursive: true });
  for (const [f, text] of Object.entries(FILES)) writeFileSync(join(dir, f), text);

  it('names, never ids; spans of time in words; no name made the subject of "is", "has" or "needs"', async () => {
    const r = await runInProcess(['check', dir, '--format', 'json', '--date', '2026-01-01'], { cwd: root });
    const messages = (JSON.parse(r.stdout) as { diagnostics: { rule: string; message: string }[] }).diagnostics.map((d) => `${d.rule}: ${d.message}`);
    const ids = ['city-water', 'community-organizers', 'lane-committees', 'river-women', 'board', 'city-pipes', 'lane-labour', 'taps-working'];
    for (const m of messages) for (const id of ids) expect(m, m).not.toContain(`\`${id}\``);
    for (const m of messages) expect(m).not.toMatch(/(^[\w-]+: |, |; |\bthat |\bBefore \w+, )(Community organizers|Lane committees|Riverside Women's Associations) (is|has|needs|does|makes)\b|\b\d{2,} days\b/);
    expect(messages).toEqual(expect.arrayContaining([
      'voice-in-decisions: No decision-making body gives a seat to Lane committees, though it contributes resources.',
      'connectivity: Every channel that includes Lane committees needs the internet, but it has no internet access.',
      'grassroots-voice: The grassroots group Community organizers has a high interest in the issue but is only kept informed.',
      "former-still-engaged: Riverside Women's Associations: left on 2025-03-01, yet still an active partner.",
      "resources-from-all: No commitment of the active partner Riverside Women's Associations is recorded in resources.yaml: its resources are not used.",
      'pledge-above-authority: The commitment “Pipes for the first street” pledges USD 5,000, more than Ms. Rao, the representative of City Water Department, may commit (USD 1,000).',
      'go-slow-early: Implementing began 6 weeks after scoping (2025-01-01); seed 003 advises to go slow early.',
      'results-take-years: The impact indicator “Household taps that work” is due on 2025-06-30, 6 months after the partnership started (2025-01-01); concrete results often take years.',
      'commitment-overdue: The commitment “Digging the trenches” by Lane committees was due on 2025-03-01 and is agreed.',
    ]));
  });
});
