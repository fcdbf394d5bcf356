/**
 * What partners read speaks a person's language: every example and real-case fixture, rendered in every format a
 * partner is handed (agreement and review report in Markdown and HTML, the map as SVG and as a page, the status
 * agenda, every CSV table), holds no field names, raw vocabulary values, seed citations, unexplained acronyms,
 * `undefined`/`NaN`/`[object Object]`, ids where a name exists, or fractional counts.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BASE as MISTAKES_BASE } from './cases/mistake-cases.js';
import { EXAMPLES, removeDir, runInProcess, tempDir } from './helpers/cli.js';
import * as LABELS from '../src/core/documents/labels.js';
import { schemaVocabulary } from '../src/core/yaml/field-names.js';

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
  return out;
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

function problems(text: string, format: string, ids: readonly string[]): string[] {
  const t = visible(text, format);
  const found: string[] = [];
  const hit = (what: string, re: RegExp) => {
    const m = re.exec(t);
    if (m) found.push(`${what}: ...${t.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40).replace(/\s+/g, ' ')}...`);
  };
  hit('a seed citation', /\bseeds?\b|\bFig\. \d/i);
  hit('an acronym the reader was not told', /\bISPs?\b|\bMSPs?\b/);
  hit('a broken value', /\bundefined\b|\bNaN\b|\[object Object\]|\bnull\b/);
  hit('a file name', /\b[\w-]+\.ya?ml\b/);
  hit('the tool\'s words', /\bcommit [0-9a-f]{6,}\b|\bpartner (check|render|status|export)\b/);
  hit('a unit written as a form asks it', /\b\d[\d,.]* number of \w/);
  hit('a per cent set apart from its number', /\d %/);
  hit('a fractional count', /\b\d+\.\d+ (?:of \d+ )?(?:partners?|commitments?|indicators?|stakeholders?|items?|reviews?|ratings?|decisions?|risks?|requirements?)\b/);
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
      for (const d of DOCUMENTS) {
        it(d.what, async () => {
          const r = await runInProcess([...d.args, f.dir], { cwd: root });
          expect(r.code, r.stderr).toBeLessThanOrEqual(1);
          expect(r.stdout.length).toBeGreaterThan(0);
          expect(problems(r.stdout, d.format, ids)).toEqual([]);
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
          expect(problems(text.replace(/\d{4}-\d{2}-\d{2}/g, ''), 'csv', ids), file).toEqual([]);
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
    for (const bad of ['As seed 003 says', 'How do ISPs decide', 'Amount: undefined', 'NaN', '[object Object]', 'see resources.yaml', 'Record: commit f466911', '2.5 partners', '20 number of NGOs', '5 % of families', 'the interest_level', 'is refer-back', 'commitment kwsb-trunk', '| pilot |']) {
      expect(problems(bad, 'md', ids), bad).not.toEqual([]);
    }
    expect(problems('Refers back; In kind; Kwsb trunk sewer; 2 partners; Pilot', 'md', ids)).toEqual([]);
  });
});
