import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementOpenItems, buildAgreement, clean, totalsOf } from '../src/core/documents/agreement/model.js';
import { loadPartnershipModel } from '../src/core/check/model-load.js';
import { validateFile } from '../src/core/check/schemas.js';
import type { FolderModel } from '../src/model/index.js';
import { renderBuiltin } from '../src/render/handlebars.js';
import { htmlPage, markdownToSafeHtml } from '../src/render/html.js';
import { escapeCell, escapeInline, escapeParagraphs } from '../src/render/markdown.js';
import { formatMoney, formatNumber } from '../src/core/base/wording.js';
import { folderModel, hostileText } from './cases/agreement-arbitraries.js';
import { BIN, copyExample, removeDir, ROOT, RUNNERS, runInProcess, tempDir } from './helpers/cli.js';
import { visibleText as visibleTextOf } from './helpers/markup.js';

/**
 * `partner render agreement`: golden Markdown for each example (read as a broker would before freezing them),
 * HTML checks, a fresh `init` partnership, hostile data (fixed cases and property tests with a fixed seed), custom
 * templates (good, broken, hostile), --out refusal, reproducibility and schema errors. CLI cases run in-process and
 * against the built binary. UPDATE_GOLDEN=1 rewrites the golden files; review the diff before committing it.
 */

const GOLDEN = join(ROOT, 'test', 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const HOSTILE = '<b>*Acme*</b> {{x}}';
const SEED = 20250604;

const EXAMPLES = [
  { name: 'orangi-sanitation', date: '1995-06-01', open: 1 },
  { name: 'bangladesh-immunisation', date: '1986-10-01', open: 21 },
];

let root: string;
const write = (dir: string, files: Record<string, string>) => {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
};

const HOSTILE_FILES = {
  'partnership.yaml': `name: '${HOSTILE}'
phase: planning
issue: "<script>alert(1)</script>\\n\\n# not a heading\\n- not a list\\n1. not a list either"
vision: "[click](javascript:alert(1)) <img src=x onerror=alert(1)> ![i](http://x/i.png)"
objectives:
  - text: "| a | b | table? {{lookup this 'constructor'}}"
ground_rules:
  - text: "&amp; &lt;b&gt; \`code\` ~~strike~~ __under__ <!-- comment -->"
    status: agreed
`,
  'stakeholders.yaml': `stakeholders:
  - id: acme
    name: '${HOSTILE}'
    sector: private
    engagement: active-partner
    representative:
      name: "Jo | Smith <jo@x.org>"
      decision_authority: full
  - id: city
    name: "City *Council* \\\\ # |"
    sector: public
    engagement: active-partner
`,
  'resources.yaml': `commitments:
  - id: cash-1
    stakeholder: acme
    description: "Money <b>now</b> | later"
    type: cash
    amount: 1234.5
    currency: USD
    status: agreed
  - id: cash-2
    stakeholder: acme
    description: Second tranche
    type: cash
    amount: 1000
    currency: USD
    status: proposed
  - id: kind-1
    stakeholder: city
    description: Rooms
    type: in-kind
    amount: 500
    currency: EUR
`,
};

const BROKEN_FILES = {
  'partnership.yaml': 'name: Broken\nphase: scoping\nvison: typo\n',
  'stakeholders.yaml': 'stakeholders:\n  - id: a\n    name: A\n    sector: pubic\n',
};

beforeAll(async () => {
  root = tempDir('partner-render-');
  for (const ex of EXAMPLES) copyExample(ex.name, root);
  write(join(root, 'hostile'), HOSTILE_FILES);
  write(join(root, 'broken'), BROKEN_FILES);
  const init = await runInProcess(['init', 'fresh', '--yes', '--name', 'River Water Partnership', '--stakeholder', 'City Council | public | active-partner | clean water', '--stakeholder', 'Riverside NGO | civil-society | active-partner'], { cwd: root });
  expect(init.code, init.stderr).toBe(0);
  write(join(root, 'templates'), {
    'good.md.hbs': '# {{partnership.name}} ({{partnership.phaseLabel}})\n\n{{#each parties.rows}}\n- {{name}}: {{#if authority}}{{authority}}{{else}}{{open open}}{{/if}}\n{{/each}}\n\nTotal open: {{openCount}}. Dated {{date meta.date}}.\n\n{{> signatures}}\n',
    'unknown-helper.md.hbs': '# Title\n\nSome text\n  {{shout partnership.name}}\n',
    'missing-partial.md.hbs': '# Title\n{{> parties}}\n{{> nosuch}}\n',
    'syntax.md.hbs': '# Title\n\n{{#each parties.rows}}\n- {{name}\n',
    'unclosed.md.hbs': '# Title\n{{#if openCount}}\nopen\n',
    'typo.md.hbs': '# {{partnership.nmae}}\n',
    'log.md.hbs': '{{log "leak"}}\n',
    'section.md.hbs': '# Title\n{{#parties}}\n{{title}}\n{{/parties}}\n',
    'hostile-constructor.md.hbs': 'A{{constructor.constructor}}B\n',
    'hostile-proto.md.hbs': 'A{{__proto__}}B\n',
    'hostile-root.md.hbs': 'A{{@root.constructor}}B\n',
    'hostile-lookup.md.hbs': 'A[{{lookup this "constructor"}}]B[{{lookup partnership "__proto__"}}]C[{{#with (lookup this "constructor")}}leak{{/with}}]D[{{lookup (lookup this "partnership") "name"}}]E{{{partnership.name}}}F\n',
    'hostile-dynamic-partial.md.hbs': '{{> (lookup this "x")}}\n',
    'raw-html.md.hbs': '<script>alert(1)</script><a href="javascript:alert(1)" onclick="x()">x</a> {{partnership.name}}\n',
  });
});
afterAll(() => removeDir(root));

const visibleText = (html: string) => visibleTextOf(html, { joinInline: true });
const fold = (s: string) => s.replace(/[ \t\r\n]+/g, ' ').trim();
/** What the data should look like once shown: control characters dropped, spaces folded. */
const shown = (s: string) => fold(clean(s) ?? '');

function checkNoLeaks(markdown: string): void {
  expect(markdown).not.toMatch(/undefined|\[object Object\]|NaN/);
  const lines = markdown.split('\n');
  lines.forEach((line, i) => {
    const h = /^(#{1,6})(\s*)(.*)$/.exec(line);
    if (!h) return;
    expect(h[3]!.trim(), `empty heading at line ${i + 1}`).not.toBe('');
    // A heading is followed by content before the next heading of the same or a higher level.
    const next = lines.slice(i + 1).find((l) => l.trim() !== '');
    const nh = next ? /^(#{1,6})\s/.exec(next) : null;
    expect(next !== undefined && !(nh && nh[1]!.length <= h[1]!.length), `empty section under "${line}"`).toBe(true);
  });
}

function checkOpenItemsInPlace(markdown: string, count: number): void {
  const [top, body = ''] = markdown.split(/\n## 1\. /);
  for (let n = 1; n <= count; n++) {
    expect(top, `open item ${n} listed at the top`).toMatch(new RegExp(`^${n}\\. `, 'm'));
    expect(body, `open item ${n} shown in place`).toContain(`**Open item ${n}:**`);
  }
  expect(body).not.toContain(`**Open item ${count + 1}:**`);
}

describe('escaping data for Markdown', () => {
  const contexts: [string, (s: string) => string][] = [
    ['paragraph', (s) => s],
    ['heading', (s) => `## ${s}`],
    ['list item', (s) => `- ${s}`],
    ['ordered list item', (s) => `1. ${s}`],
    ['bold', (s) => `**${s}**`],
    ['italic', (s) => `Note: *${s}*`],
    ['blockquote', (s) => `> ${s}`],
    ['table cell', (s) => `| A | B |\n| --- | --- |\n| ${s} | x |`],
  ];
  it.each(contexts)('shows any string literally in a %s', (_name, wrap) => {
    fc.assert(
      fc.property(fc.oneof(hostileText, fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 20 })), (s) => {
        const expected = shown(s);
        fc.pre(expected !== '');
        const html = markdownToSafeHtml(wrap(_name === 'table cell' ? escapeCell(s) : escapeInline(s)));
        expect(visibleText(html)).toContain(expected);
        // Nothing from the data became markup: only the tags of the context (and autolinks) remain.
        expect(html).not.toMatch(/<(?!\/?(p|h2|ul|ol|li|strong|em|blockquote|table|thead|tbody|tr|th|td|a)\b)[a-z]/i);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
  it('keeps paragraphs apart and escapes each', () => {
    expect(escapeParagraphs('# one\n\n- two\nstill two')).toBe('\\# one\n\n\\- two still two');
  });
  it('escapes the example from the issue', () => {
    expect(escapeInline(HOSTILE)).toBe('\\<b\\>\\*Acme\\*\\</b\\> {{x}}');
    expect(visibleText(markdownToSafeHtml(escapeInline(HOSTILE)))).toBe(HOSTILE);
  });
  it('formats numbers and money the same in every locale', () => {
    expect(formatNumber(80_000_000)).toBe('80,000,000');
    expect(formatNumber(97.5)).toBe('97.5');
    expect(formatNumber(-1234)).toBe('-1,234');
    expect(formatNumber(1e21)).toBe('1,000,000,000,000,000,000,000');
    expect(formatMoney(1234.5, 'USD')).toBe('USD 1,234.50');
    expect(formatMoney(0.1 + 0.2, 'EUR')).toBe('EUR 0.30');
    expect(formatMoney(10, null)).toBe('10 (currency not stated)');
  });
});

describe('the agreement view model', () => {
  const base = { partnership: { name: 'P', phase: 'planning' as const } };
  const meta = { date: '2025-01-01', commit: null, uncommitted: false };
  it('numbers open items in document order and lists each once', () => {
    const v = buildAgreement(base, meta);
    expect(v.openItems.map((o) => o.number)).toEqual(v.openItems.map((_o, i) => i + 1));
    expect(v.openItems[0]!.section).toBe('The parties');
    expect(v.openCount).toBe(v.openItems.length);
  });
  it('treats a missing status as proposed (the schemas\' default) and an agreed one as settled', () => {
    const v = buildAgreement({ partnership: { ...base.partnership, ground_rules: [{ text: 'A' }, { text: 'B', status: 'agreed' }, { text: 'C', status: 'proposed' }] } }, meta);
    expect(v.principles.groundRules.map((g) => g.open !== null)).toEqual([true, false, true]);
  });
  it('totals each currency apart, sorted, withdrawn left out', () => {
    expect(totalsOf([
      { amount: 10, currency: 'USD', cash: true },
      { amount: 5.5, currency: 'EUR', cash: false },
      { amount: 0.1, currency: 'USD', cash: true },
      { amount: 0.2, currency: 'USD', cash: true },
      { amount: 7, currency: null, cash: true },
      { amount: null, currency: 'USD', cash: false },
    ])).toEqual([
      { currency: 'EUR', cash: 0, inKind: 5.5 },
      { currency: 'USD', cash: 10.3, inKind: 0 },
      { currency: null, cash: 7, inKind: 0 },
    ]);
    const v = buildAgreement({
      ...base,
      stakeholders: { stakeholders: [{ id: 'a', name: 'A', sector: 'public', engagement: 'active-partner' }] },
      resources: { commitments: [
        { id: 'x', stakeholder: 'a', description: 'X', type: 'cash', amount: 100, currency: 'USD', status: 'agreed' },
        { id: 'y', stakeholder: 'a', description: 'Y', type: 'cash', amount: 50, currency: 'USD', status: 'withdrawn' },
        { id: 'z', stakeholder: 'a', description: 'Z', type: 'cash', status: 'agreed' },
      ] },
    }, meta);
    expect(v.contributions.partners[0]!.totals).toEqual([{ currency: 'USD', cash: 100, inKind: 0 }]);
    expect(v.contributions.partners[0]!.commitments[2]!.open?.question).toContain('How much cash');
  });
});

describe('the open items alone (what a portfolio shows)', () => {
  it('are the agreement\'s own, item for item, for any valid partnership and for every example', () => {
    fc.assert(
      fc.property(folderModel, (model) => {
        expect(agreementOpenItems(model, '2025-01-01')).toEqual(buildAgreement(model, { date: '2025-01-01', commit: null, uncommitted: false }).openItems);
      }),
      { seed: SEED, numRuns: 300 },
    );
    for (const name of readdirSync(join(ROOT, 'examples'))) {
      const load = loadPartnershipModel(join(ROOT, 'examples', name), { today: '2025-06-30' });
      if (!load.ok) continue;
      const items = agreementOpenItems(load.model, '2025-06-30');
      expect(items, name).toEqual(buildAgreement(load.model, { date: '2025-06-30', commit: null, uncommitted: false }).openItems);
      expect(items.length, name).toBeGreaterThan(0);
    }
  });
});

describe('rendering any valid partnership (property, fixed seed)', () => {
  it('never prints undefined, [object Object], NaN or an empty heading, and shows every open item in place', () => {
    fc.assert(
      fc.property(folderModel, (model) => {
        for (const [key, data] of Object.entries(model)) {
          if (key === 'assessments' || key === 'reviews') for (const entry of Object.values(data as object)) expect(validateFile(key, entry)).toEqual([]);
          else expect(validateFile(key as 'partnership', data), key).toEqual([]);
        }
        const view = buildAgreement(model, { date: '2025-01-01', commit: null, uncommitted: false });
        const md = renderBuiltin('agreement', view);
        checkNoLeaks(md);
        checkOpenItemsInPlace(md, view.openCount);
        const html = markdownToSafeHtml(md);
        expect(html).not.toMatch(/<script|<img|<[a-z][^>]*\son[a-z]+=|href="javascript:/i);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
  it('shows any string in the data literally, in Markdown and in HTML', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 })), (s) => {
        const expected = shown(s);
        fc.pre(expected !== '');
        const model: FolderModel & { partnership: NonNullable<FolderModel['partnership']> } = {
          partnership: { name: s, phase: 'planning', issue: s, objectives: [{ text: s }], principles: [{ name: s, meaning: s, status: 'agreed' }] },
          stakeholders: { stakeholders: [{ id: 'a', name: s, sector: 'public', engagement: 'active-partner', representative: { name: s, title: s, decision_authority: 'limited', authority_note: s } }] },
          resources: { commitments: [{ id: 'c', stakeholder: 'a', description: s, note: s, type: 'cash', amount: 1, currency: 'USD', status: 'agreed' }] },
          risks: { risks: [{ id: 'r', description: s, mitigation: s, owner: 'a' }], non_negotiables: [{ stakeholder: 'a', text: s }] },
          communication: { glossary: [{ term: s, meaning: s }], external: { audiences: [s, s], approval: s, branding: s, status: 'agreed' } },
        };
        const view = buildAgreement(model, { date: '2025-01-01', commit: null, uncommitted: false });
        const md = renderBuiltin('agreement', view);
        const body = markdownToSafeHtml(md);
        const text = visibleText(body);
        // The name appears in the title, the parties table, headings and signatures: count them all.
        const occurrences = text.split(expected).length - 1;
        expect(occurrences).toBeGreaterThanOrEqual(20);
        expect(body).not.toMatch(/<(script|img|b|iframe|input)\b|<[a-z][^>]*\son[a-z]+=|href="javascript:/i);
        const page = htmlPage(md, { title: view.document.title, mark: 'DRAFT' });
        expect(visibleText(page.split('<main>')[1]!)).toContain(expected);
        expect(visibleText(/<title>(.*)<\/title>/s.exec(page)![1]!)).toBe(fold(`Draft partnership agreement: ${clean(s)}`));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

for (const [runner, run] of RUNNERS) {
  describe(`partner render agreement (${runner})`, () => {
    for (const ex of EXAMPLES) {
      it(`renders ${ex.name} as its golden Markdown`, async () => {
        const r = await run(['render', 'agreement', ex.name, '--date', ex.date], { cwd: root });
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        const file = join(GOLDEN, `agreement-${ex.name}.md`);
        if (UPDATE) {
          mkdirSync(GOLDEN, { recursive: true });
          writeFileSync(file, r.stdout);
        }
        expect(r.stdout).toBe(readFileSync(file, 'utf8'));
        checkNoLeaks(r.stdout);
        checkOpenItemsInPlace(r.stdout, ex.open);
        expect(r.stdout).toContain(ex.open === 1 ? 'One item is not yet agreed.' : `${ex.open} items are not yet agreed.`);
      });
    }

    it('renders the examples as self-contained, sanitised HTML with print styles', async () => {
      const r = await run(['render', 'agreement', 'bangladesh-immunisation', '--date', '1986-10-01', '--format', 'html'], { cwd: root });
      expect(r.code).toBe(0);
      const html = r.stdout;
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(html).toContain('@media print');
      expect(html).toContain('@page');
      // The running header: above the text on screen; printed, in the top margin of every page, with page numbers below.
      expect(html).toContain('<div class="mark draft" aria-hidden="true">Draft for negotiation — Vaccinate your Child! Ministry-NGO immunisation… — 1 October 1986</div>');
      expect(html).toContain('@top-center { content: "Draft for negotiation \\2014  Vaccinate your Child\\21  Ministry-NGO immunisation\\2026  \\2014  1 October 1986";');
      expect(html).toContain('@bottom-center { content: "Page " counter(page) " of " counter(pages);');
      expect(html).toMatch(/<title>Draft partnership agreement: Vaccinate your Child! Ministry-NGO immunisation partnership, Bangladesh<\/title>/);
      expect(html).not.toMatch(/<script|<link|<img|<iframe|<[a-z][^>]*\son[a-z]+=|href="javascript:|src=/i);
      expect(html).toContain('<table>');
      expect(html).toContain('<strong>Open item 1:</strong>');
      const md = (await run(['render', 'agreement', 'bangladesh-immunisation', '--date', '1986-10-01'], { cwd: root })).stdout;
      expect(visibleText(html.split('<main>')[1]!)).toBe(visibleText(markdownToSafeHtml(md)));
    });

    it('renders a fresh `partner init` partnership: every section an open question, nothing undefined', async () => {
      const r = await run(['render', 'agreement', 'fresh', '--date', '2025-01-01'], { cwd: root });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      checkNoLeaks(r.stdout);
      const count = Number(/(\d+) items are not yet agreed/.exec(r.stdout)?.[1]);
      expect(count).toBeGreaterThan(20);
      checkOpenItemsInPlace(r.stdout, count);
      expect(r.stdout).toContain('# Draft partnership agreement: River Water Partnership');
      expect(r.stdout).toContain('- **Phase:** Scoping');
      expect(r.stdout).toContain('| Signed for | City Council |');
      expect(r.stdout).toContain('| Signed for | Riverside NGO |');
    });

    it('shows hostile data literally in Markdown and HTML, never as markup', async () => {
      const md = await run(['render', 'agreement', 'hostile', '--date', '2025-01-01'], { cwd: root });
      expect(md.code).toBe(0);
      checkNoLeaks(md.stdout);
      const text = visibleText(markdownToSafeHtml(md.stdout));
      for (const s of [HOSTILE, '<script>alert(1)</script>', '# not a heading', '- not a list', '1. not a list either', '[click](javascript:alert(1)) <img src=x onerror=alert(1)> ![i](http://x/i.png)', "| a | b | table? {{lookup this 'constructor'}}", '&amp; &lt;b&gt; `code` ~~strike~~ __under__ <!-- comment -->', 'Jo | Smith <jo@x.org>', 'City *Council* \\ # |', 'Money <b>now</b> | later']) {
        expect(text, s).toContain(s);
      }
      // The parties table keeps its four columns although the data holds pipes.
      expect(markdownToSafeHtml(md.stdout)).toMatch(/<td>Jo \| Smith &lt;(<a href="mailto:jo@x\.org">)?jo@x\.org(<\/a>)?&gt;<\/td>\s*<td>Full: Can commit the organisation\.<\/td>/);
      expect(md.stdout).toContain('**Total:** cash USD 2,234.50.');
      expect(md.stdout).toContain('**Total:** in kind valued at EUR 500.');
      const html = await run(['render', 'agreement', 'hostile', '--date', '2025-01-01', '--format', 'html'], { cwd: root });
      expect(html.code).toBe(0);
      expect(html.stdout).not.toMatch(/<script|<img|<b>|<[a-z][^>]*\son[a-z]+=|href="javascript/i);
      expect(visibleText(html.stdout.split('<main>')[1]!)).toContain(HOSTILE);
      expect(html.stdout).toContain('<title>Draft partnership agreement: &lt;b&gt;*Acme*&lt;/b&gt; {{x}}</title>');
    });

    it('stops with the findings (exit 1) when the files have schema errors', async () => {
      const r = await run(['render', 'agreement', 'broken'], { cwd: root });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('broken/partnership.yaml:3:1 error');
      expect(r.stderr).toContain('vison');
      expect(r.stderr).toContain('broken/stakeholders.yaml:4:13 error');
      expect(r.stderr).toContain('the agreement was not rendered');
    });

    it('renders despite what the phase still lacks (that is what open items are for)', async () => {
      const r = await run(['check', 'fresh', '--phase', 'implementing', '--quiet'], { cwd: root });
      expect(r.code).toBe(1);
      expect((await run(['render', 'agreement', 'fresh', '--date', '2025-01-01'], { cwd: root })).code).toBe(0);
    });

    it('exits 2 for a folder without a partnership, or a bad date', async () => {
      const none = await run(['render', 'agreement', 'templates'], { cwd: root });
      expect(none.code).toBe(2);
      expect(none.stderr).toContain('No partnership found in templates');
      const date = await run(['render', 'agreement', 'fresh', '--date', '2025-02-30'], { cwd: root });
      expect(date.code).toBe(2);
      expect(date.stderr).toContain('--date 2025-02-30 is not a valid date.');
      const format = await run(['render', 'agreement', 'fresh', '--format', 'pdf'], { cwd: root });
      expect(format.code).toBe(2);
      expect(format.stderr).toContain('md, html');
    });

    it('is byte-for-byte reproducible: --date, or SOURCE_DATE_EPOCH', async () => {
      const a = await run(['render', 'agreement', 'bangladesh-immunisation', '--date', '1986-10-01', '--format', 'html'], { cwd: root });
      const b = await run(['render', 'agreement', 'bangladesh-immunisation', '--date', '1986-10-01', '--format', 'html'], { cwd: root });
      expect(a.stdout).toBe(b.stdout);
      const epoch = await run(['render', 'agreement', 'bangladesh-immunisation'], { cwd: root, env: { SOURCE_DATE_EPOCH: String(Date.UTC(1986, 9, 1, 23, 59) / 1000) } });
      expect(epoch.stdout).toBe((await run(['render', 'agreement', 'bangladesh-immunisation', '--date', '1986-10-01'], { cwd: root })).stdout);
      const bad = await run(['render', 'agreement', 'bangladesh-immunisation'], { cwd: root, env: { SOURCE_DATE_EPOCH: 'yesterday' } });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('SOURCE_DATE_EPOCH=yesterday is not a whole number of seconds.');
    });

    it('--out writes the file atomically, refuses an existing one (exit 2, unchanged) unless --force', async () => {
      const out = join(root, `out-${runner}`);
      mkdirSync(out, { recursive: true });
      const first = await run(['render', 'agreement', '../orangi-sanitation', '--date', '1995-06-01', '--out', 'agreement.md'], { cwd: out });
      expect(first.code).toBe(0);
      expect(first.stdout).toBe('');
      expect(first.stderr).toBe('partner: wrote agreement.md (1 open item).\n');
      expect(readFileSync(join(out, 'agreement.md'), 'utf8')).toBe(readFileSync(join(GOLDEN, 'agreement-orangi-sanitation.md'), 'utf8'));
      writeFileSync(join(out, 'agreement.md'), 'my notes\n');
      const again = await run(['render', 'agreement', '../orangi-sanitation', '--date', '1995-06-01', '--out', 'agreement.md', '--format', 'html'], { cwd: out });
      expect(again.code).toBe(2);
      expect(again.stdout).toBe('');
      expect(again.stderr).toContain('agreement.md already exists; nothing was written.');
      expect(again.stderr).toContain('--force');
      expect(readFileSync(join(out, 'agreement.md'), 'utf8')).toBe('my notes\n');
      const forced = await run(['render', 'agreement', '../orangi-sanitation', '--date', '1995-06-01', '--out', 'agreement.md', '--format', 'html', '--force'], { cwd: out });
      expect(forced.code).toBe(0);
      expect(readFileSync(join(out, 'agreement.md'), 'utf8')).toContain('<!DOCTYPE html>');
      expect(readdirSync(out).filter((n) => n.startsWith('.partner-tmp'))).toEqual([]);
      const noDir = await run(['render', 'agreement', '../orangi-sanitation', '--out', 'missing/agreement.md'], { cwd: out });
      expect(noDir.code).toBe(2);
      expect(noDir.stderr).toContain('the folder does not exist');
    });

    it('renders a broker\'s own template with the same data, helpers and partials', async () => {
      const r = await run(['render', 'agreement', 'hostile', '--date', '2025-01-01', '--template', 'templates/good.md.hbs'], { cwd: root });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('# \\<b\\>\\*Acme\\*\\</b\\> {{x}} (Planning)');
      expect(r.stdout).toContain('- \\<b\\>\\*Acme\\*\\</b\\> {{x}}: Full');
      expect(r.stdout).toMatch(/- City \\\*Council\\\* \\\\ \\# \\\|: \*\*Open item \d+:\*\* Who represents this party/);
      expect(r.stdout).toContain('Dated 1 January 2025.');
      expect(r.stdout).toContain('## 13. Signatures');
      expect(visibleText(markdownToSafeHtml(r.stdout))).toContain(HOSTILE);
    });

    it.each([
      ['unknown-helper', 'templates/unknown-helper.md.hbs:4:3: `shout` is not a helper templates can use.', 'The helpers are: cell, date, each, eq, if, list, lookup, md, money, number, open, paragraphs, quantity, unless, with.'],
      ['missing-partial', 'templates/missing-partial.md.hbs:3:1: there is no partial named `nosuch`.', 'The built-in partials are: about, agreement, background,'],
      ['syntax', 'templates/syntax.md.hbs:4:', 'the template has a syntax error'],
      ['unclosed', 'templates/unclosed.md.hbs:', 'the template ends before a block or tag is closed'],
      ['typo', 'templates/typo.md.hbs:1:5: `nmae` is not in the data here.', 'Check the spelling'],
      ['log', 'templates/log.md.hbs:1:1: `log` is not a helper templates can use.', 'The helpers are'],
      ['section', 'templates/section.md.hbs:2:1: `{{#parties}}` is not a block templates can use', '{{#with parties}}'],
      ['hostile-constructor', 'templates/hostile-constructor.md.hbs:1:4: `constructor` is not part of the data', 'templates may read only the data'],
      ['hostile-proto', 'templates/hostile-proto.md.hbs:1:4: `__proto__` is not part of the data', 'templates may read only the data'],
      ['hostile-root', 'templates/hostile-root.md.hbs:1:4: `constructor` is not part of the data', 'templates may read only the data'],
      ['hostile-dynamic-partial', 'templates/hostile-dynamic-partial.md.hbs:1:1: a partial must be named directly, not computed.', '{{> name}}'],
    ])('refuses a broken or hostile template (%s) with exit 2, naming the file and line', async (name, where, what) => {
      const r = await run(['render', 'agreement', 'hostile', '--template', `templates/${name}.md.hbs`], { cwd: root });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`partner: ${where}`);
      expect(r.stderr).toContain(what);
      expect(r.stderr).not.toContain('    at ');
    });

    it('lets lookup tricks reach nothing outside the data', async () => {
      const r = await run(['render', 'agreement', 'hostile', '--date', '2025-01-01', '--template', 'templates/hostile-lookup.md.hbs'], { cwd: root });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('A[]B[]C[]D[\\<b\\>\\*Acme\\*\\</b\\> {{x}}]E\\<b\\>\\*Acme\\*\\</b\\> {{x}}F\n');
    });

    it('sanitises raw HTML a template writes, in the HTML output', async () => {
      const r = await run(['render', 'agreement', 'hostile', '--format', 'html', '--template', 'templates/raw-html.md.hbs'], { cwd: root });
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/<script|alert\(1\)<\/script|onclick|javascript:/i);
    });

    it('exits 2 for a template that does not exist', async () => {
      const r = await run(['render', 'agreement', 'hostile', '--template', 'templates/nope.hbs'], { cwd: root });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('The template templates/nope.hbs does not exist.');
    });

    it('prints help with examples', async () => {
      const r = await run(['render', 'agreement', '--help'], { cwd: root });
      expect(r.code).toBe(0);
      for (const s of ['--format <format>', '--out <file>', '--force', '--template <file>', '--date <YYYY-MM-DD>', '$ partner render agreement --format html --out agreement.html', 'Exit codes: 0 rendered']) expect(r.stdout).toContain(s);
      const parent = await run(['render', '--help'], { cwd: root });
      expect(parent.stdout).toContain('agreement');
    });
  });
}

describe('provenance and loading', () => {
  it('states the commit in a git repository, and changes not yet committed', async () => {
    const repo = join(root, 'repo');
    copyExample('orangi-sanitation', repo);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x' } }).toString().trim();
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'first');
    const head = git('rev-parse', '--short', 'HEAD');
    const clean1 = await runInProcess(['render', 'agreement', 'orangi-sanitation', '--date', '1995-06-01'], { cwd: repo });
    expect(clean1.stdout).toContain(`\nPrepared from version ${head} of the record.\n`);
    expect(clean1.stdout).not.toMatch(/Record:|commit [0-9a-f]/);
    writeFileSync(join(repo, 'orangi-sanitation', 'risks.yaml'), `${readFileSync(join(repo, 'orangi-sanitation', 'risks.yaml'), 'utf8')}\n# changed\n`);
    const dirty = await runInProcess(['render', 'agreement', 'orangi-sanitation', '--date', '1995-06-01'], { cwd: repo });
    expect(dirty.stdout).toContain(`\nPrepared from version ${head} of the record, with changes not yet saved in it.\n`);
  });

  it('`partner check` loads none of the rendering libraries; `partner render` does', () => {
    const probe = (args: string[]) => {
      const script = `const { main } = await import(${JSON.stringify(join(ROOT, 'dist', 'main.js'))});
        await main(${JSON.stringify(args)}, { stdout: { write() {} }, stderr: { write() {} }, writeBytes() {}, stdinIsTTY: false, env: {}, cwd: process.cwd() });
        const { createRequire } = await import('node:module');
        const loaded = Object.keys(createRequire(import.meta.url).cache).filter((k) => /node_modules\\/(handlebars|sanitize-html)\\//.test(k));
        process.stdout.write(JSON.stringify(loaded.length));`;
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      return Number(r.stdout);
    };
    expect(existsSync(BIN)).toBe(true);
    expect(probe(['check', 'orangi-sanitation', '--date', '1995-06-01'])).toBe(0);
    expect(probe(['render', 'agreement', 'orangi-sanitation', '--format', 'html', '--date', '1995-06-01'])).toBeGreaterThan(0);
  });
});

