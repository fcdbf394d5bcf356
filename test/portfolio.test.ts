// partner portfolio: the registry of seed 000 as a static site, JSON and CSV. Unit tests for the pure core, then the
// built binary on a repository of real and awkward partnerships, then a real browser on the built site.
import { createRequire } from 'node:module';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressOf } from '../src/core/portfolio/entry.js';
import { publicationOf, publishable } from '../src/core/portfolio/publication.js';
import { indexData, PAGE_SIZE } from '../src/render/portfolio/index-page.js';
import { idsFor } from '../src/render/portfolio/site.js';
import { EXAMPLES, removeDir, runBinary, tempDir } from './helpers/cli.js';

const DATE = '2024-01-01';

describe('the portfolio core', () => {
  it('measures progress from baseline to target, in the better direction, and nothing it cannot', () => {
    expect(progressOf(0, 100, 50, 'higher')).toBe(0.5);
    expect(progressOf(100, 0, 25, 'lower')).toBe(0.75);
    expect(progressOf(0, 100, 150, 'higher')).toBe(1);
    expect(progressOf(0, 100, -5, 'higher')).toBe(0);
    expect(progressOf(92, 90, 94, 'higher')).toBeNull(); // "stay at 90 or above": no path to measure along
    expect(progressOf(null, 100, 5, 'higher')).toBeNull();
    expect(progressOf(5, 5, 5, 'higher')).toBeNull();
  });

  it('publishes by default without representatives, and leaves out a partnership with publish: false', () => {
    const model = { partnership: { name: 'P', phase: 'scoping' as const }, stakeholders: { stakeholders: [{ id: 'a', name: 'A', sector: 'public' as const, representative: { name: 'Jane Secret', title: 'Minister', decision_authority: 'full' as const } }] } };
    const defaults = publicationOf(model);
    expect(defaults).toEqual({ published: true, representatives: false, nonNegotiables: false, assessments: false });
    expect(JSON.stringify(publishable(model, defaults))).not.toContain('Jane Secret');
    expect(JSON.stringify(publishable(model, defaults))).not.toContain('Minister');
    expect(publicationOf({ partnership: { ...model.partnership, publish: false } }).published).toBe(false);
    const open = publicationOf({ partnership: { ...model.partnership, publish: { representatives: true } } });
    expect(JSON.stringify(publishable(model, open))).toContain('Jane Secret');
  });

  it('gives every folder a unique, URL-safe id', () => {
    const ids = idsFor('/r', ['/r/a b', '/r/A-B', '/r/x/Ünïcode', '/r/<script>']);
    expect([...ids.values()].map((v) => v.id)).toEqual(['a-b', 'a-b-2', 'x-unicode', 'script']);
  });

  it('keeps data/index.js inert: no value can close the script element', () => {
    const js = indexData([{ id: 'x', name: '</script><script>alert(1)</script>', phase: 'scoping', sectors: [], places: [], sdgs: [], partners: [], lastReview: '', health: '', attention: [], openItems: 0, note: '' }]);
    expect(js).not.toContain('</script>');
    expect(js).toContain('\\u003c/script>');
  });
});

/** A repository of partnerships: the two examples, one with an error, one that opts out, one hostile, one open. */
function makeRepo(root: string): void {
  cpSync(join(EXAMPLES, 'orangi-sanitation'), join(root, 'water', 'orangi'), { recursive: true });
  cpSync(join(EXAMPLES, 'bangladesh-immunisation'), join(root, 'health', 'bangladesh'), { recursive: true });
  const write = (dir: string, files: Record<string, string>) => {
    mkdirSync(join(root, dir), { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(root, dir, name), text);
  };
  write('broken', { 'partnership.yaml': 'name: Broken Bridges Partnership\nphase: scoping\nissue: 42\n' });
  write('garbled', { 'partnership.yaml': 'name: Garbled\nphase: scoping\nissue: [unclosed\n' });
  write('private', { 'partnership.yaml': 'name: Private Talks\nphase: scoping\npublish: false\n' });
  write('hostile', {
    'partnership.yaml': 'name: "<script>alert(1)</script> & <b>bold</b>"\nphase: scoping\nissue: "<img src=x onerror=alert(1)>"\n',
    'stakeholders.yaml': 'stakeholders:\n  - id: evil\n    name: "<iframe src=https://example.com>"\n    sector: public\n    engagement: active-partner\n    representative:\n      name: Hidden Person\n',
  });
  write('open', {
    'partnership.yaml': 'name: Open Book Partnership\nphase: scoping\npublish:\n  representatives: true\n',
    'stakeholders.yaml': 'stakeholders:\n  - id: city\n    name: City Council\n    sector: public\n    engagement: active-partner\n    representative:\n      name: Visible Person\n',
  });
}

describe('partner portfolio (the built binary)', () => {
  let root: string;
  let site: string;
  let result: ReturnType<typeof runBinary>;
  beforeAll(() => {
    root = tempDir('partner-portfolio-');
    makeRepo(join(root, 'repo'));
    result = runBinary(['portfolio', 'repo', '--out', 'site', '--date', DATE, '--title', 'Test portfolio'], { cwd: root });
    site = join(root, 'site');
  });
  afterAll(() => removeDir(root));

  it('writes the site and says what it published', () => {
    expect(result.stderr).toContain('wrote the portfolio of 6 partnerships to site (1 partnership opts out with `publish: false`); 2 have errors in their records, listed with a note.');
    expect(result.code).toBe(0);
    expect(readdirSync(site).sort()).toEqual(['.partner-portfolio', 'assets', 'data', 'index.html', 'p', 'views.html']);
    expect(readdirSync(join(site, 'p')).sort()).toEqual(['broken.html', 'garbled.html', 'health-bangladesh.html', 'hostile.html', 'open.html', 'water-orangi.html']);
    expect(readdirSync(root).filter((f) => f.includes('partner-tmp') || f.includes('partner-old'))).toEqual([]);
  });

  it('lists every partnership on the index, the broken one with a note, and not the private one', () => {
    const index = readFileSync(join(site, 'index.html'), 'utf8');
    expect(index).toContain('Orangi low-cost sanitation partnership');
    expect(index).toContain('Broken Bridges Partnership</a><br><span class="note">The record has errors</span>');
    expect(index).not.toContain('Private Talks');
    expect(index).toContain('As of 1 January 2024');
    expect(readFileSync(join(site, 'p', 'broken.html'), 'utf8')).toMatch(/The record has (an error|\d+ errors), so this summary may be incomplete/);
    // A partnership.yaml that cannot be read at all is listed by its folder.
    expect(index).toContain('<a href="p/garbled.html">garbled</a><br><span class="note">The record has errors</span>');
  });

  it('escapes what the records say, and keeps representatives unless a partnership publishes them', () => {
    const page = readFileSync(join(site, 'p', 'hostile.html'), 'utf8');
    expect(page).not.toMatch(/<script>alert|<img src=x|<iframe/);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    const all = ['index.html', 'views.html', ...readdirSync(join(site, 'p')).map((f) => `p/${f}`)].map((f) => readFileSync(join(site, f), 'utf8')).join('\n') + readFileSync(join(site, 'data', 'index.js'), 'utf8');
    expect(all).not.toContain('Hidden Person');
    expect(all).not.toContain('Arif Hasan'); // Orangi's representative in the example
    expect(readFileSync(join(site, 'p', 'open.html'), 'utf8')).toContain('Visible Person');
    expect(all).not.toMatch(/undefined|NaN|\[object Object\]/);
    expect(all).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('shows the portfolio views', () => {
    const views = readFileSync(join(site, 'views.html'), 'utf8');
    expect(views).toContain('Partnerships by phase');
    expect(views).toMatch(/<title id="by-phase-title">Partnerships by phase<\/title><desc id="by-phase-desc">[^<]*scoping: 3/i);
    expect(views).toContain('PKR 185,100,000');
    expect(views).toContain('Lessons recorded in reviews');
    expect(views).toMatch(/<desc id="by-sdg-desc">SDG 3: Good health and well-being: 1; SDG 6: Clean water and sanitation: 1; SDG 11: [^;]*: 1; SDG 17: [^;]*: 2</);
    expect(readFileSync(join(site, 'p', 'water-orangi.html'), 'utf8')).toContain('<dt>Works on</dt><dd>Basic sanitation; Sanitation - large systems</dd>');
  });

  it('never replaces a folder it did not build, and replaces its own only with --force', () => {
    mkdirSync(join(root, 'mine'));
    writeFileSync(join(root, 'mine', 'notes.txt'), 'keep me');
    const refused = runBinary(['portfolio', 'repo', '--out', 'mine', '--force'], { cwd: root });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('mine exists and does not hold a portfolio built by partner; it is never replaced.');
    expect(readFileSync(join(root, 'mine', 'notes.txt'), 'utf8')).toBe('keep me');
    const again = runBinary(['portfolio', 'repo', '--out', 'site', '--date', DATE], { cwd: root });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('site already holds a portfolio; it is replaced only with --force.');
    const forced = runBinary(['portfolio', 'repo', '--out', 'site', '--date', '2024-02-01', '--force'], { cwd: root });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('As of 1 February 2024');
    expect(runBinary(['portfolio', 'repo'], { cwd: root }).code).toBe(2);
  });

  it('gives the same data as JSON (versioned) and CSV', () => {
    const json = runBinary(['portfolio', 'repo', '--format', 'json', '--date', DATE], { cwd: root });
    expect(json.code).toBe(0);
    const data = JSON.parse(json.stdout) as { format: string; version: number; build: { asOf: string }; partnerships: { name: string; problems: { errors: number } }[] };
    expect(data.format).toBe('partner-portfolio');
    expect(data.version).toBe(1);
    expect(data.build.asOf).toBe(DATE);
    expect(data.partnerships.map((p) => p.name)).not.toContain('Private Talks');
    expect(data.partnerships.find((p) => p.name === 'Broken Bridges Partnership')?.problems.errors).toBeGreaterThan(0);
    const csv = runBinary(['portfolio', 'repo', '--format', 'csv', '--date', DATE], { cwd: root });
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toBe('\uFEFFPartnership,Folder,Phase,Sectors,Works on,Places,Sustainable Development Goals,Partners,Goal types,Form,Last review,Next review,Review overdue,Commitments,Commitments delivered,Commitments overdue,Indicators,Indicators achieved or on track,Indicators at risk or off track,Open items,Errors in the record');
  });

  it('pages the index for readers without JavaScript', () => {
    const many = join(root, 'many');
    for (let i = 0; i < PAGE_SIZE + 5; i++) {
      mkdirSync(join(many, `p${i}`), { recursive: true });
      writeFileSync(join(many, `p${i}`, 'partnership.yaml'), `name: Partnership ${i}\nphase: scoping\n`);
    }
    const r = runBinary(['portfolio', 'many', '--out', 'many-site', '--date', DATE], { cwd: root });
    expect(r.code).toBe(0);
    const first = readFileSync(join(root, 'many-site', 'index.html'), 'utf8');
    expect(first).toContain('Page 1 of 2. <a href="index-2.html" rel="next">Next page</a>');
    expect(first.match(/<tr><th scope="row">/g)).toHaveLength(PAGE_SIZE);
    expect(readFileSync(join(root, 'many-site', 'index-2.html'), 'utf8').match(/<tr><th scope="row">/g)).toHaveLength(5);
    // Built on worker threads or on one thread, the site is the same, byte for byte.
    const threaded = runBinary(['portfolio', 'many', '--out', 'many-threads', '--date', DATE], { cwd: root, env: { PARTNER_WORKERS: '2' } });
    const single = runBinary(['portfolio', 'many', '--out', 'many-single', '--date', DATE], { cwd: root, env: { PARTNER_WORKERS: '0' } });
    expect([threaded.code, single.code]).toEqual([0, 0]);
    const files = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length)).sort();
    expect(files(join(root, 'many-threads'))).toEqual(files(join(root, 'many-single')));
    for (const f of files(join(root, 'many-single'))) expect(readFileSync(join(root, 'many-threads', f), 'utf8'), f).toBe(readFileSync(join(root, 'many-single', f), 'utf8'));
  });
});

const CHROMIUM = '/usr/bin/chromium';
const needBrowser = !existsSync(CHROMIUM) && !process.env.CI;

describe.skipIf(needBrowser)('the built site in a real browser (headless Chromium)', () => {
  let root: string;
  beforeAll(() => {
    root = tempDir('partner-portfolio-browser-');
    makeRepo(join(root, 'repo'));
    expect(runBinary(['portfolio', 'repo', '--out', 'site', '--date', DATE], { cwd: root }).code).toBe(0);
  });
  afterAll(() => removeDir(root));

  it('filters by phase and sector, searches, opens a page, asks no other host, and passes axe', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(pathToFileURL(join(root, 'site', 'index.html')).href);
      const names = () => page.locator('#partnerships tbody th a').allTextContents();
      expect(await page.locator('#filters').isVisible()).toBe(true);
      expect(await names()).toHaveLength(6);
      await page.selectOption('#phase', 'Reviewing');
      expect(await names()).toEqual(['Orangi low-cost sanitation partnership']);
      // The rows drawn by the script write dates as the page without it does.
      expect(await page.locator('#partnerships tbody time').first().textContent()).toBe('15 March 1995');
      await page.selectOption('#phase', '');
      // Donor is not a sector (issue 13): the donors of both examples are public now; both have civil-society parties.
      await page.selectOption('#sector', 'Civil society');
      expect((await names()).sort()).toEqual(['Orangi low-cost sanitation partnership', 'Vaccinate your Child! Ministry-NGO immunisation partnership, Bangladesh']);
      await page.selectOption('#sector', '');
      await page.selectOption('#sdg', 'SDG 6');
      expect(await names()).toEqual(['Orangi low-cost sanitation partnership']);
      await page.selectOption('#sdg', '');
      await page.fill('#q', 'open book');
      expect(await names()).toEqual(['Open Book Partnership']);
      expect(await page.locator('#count').textContent()).toBe('1 of 6 partnerships match.');
      await page.fill('#q', 'karachi');
      expect(await names()).toEqual(['Orangi low-cost sanitation partnership']);
      await page.keyboard.press('Tab');
      await page.click('text=Orangi low-cost sanitation partnership');
      await page.waitForURL(/water-orangi\.html$/);
      expect(await page.locator('h1').textContent()).toBe('Orangi low-cost sanitation partnership');
      expect(await page.locator('svg[role="img"]').count()).toBeGreaterThan(1);
      const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
      // axe is injected as a script the site's own Content-Security-Policy would refuse: a context that bypasses it.
      const audit = await (await browser.newContext({ bypassCSP: true })).newPage();
      audit.on('request', (r) => requests.push(r.url()));
      for (const file of ['index.html', 'views.html', 'p/water-orangi.html', 'p/hostile.html']) {
        const page = audit;
        await page.goto(pathToFileURL(join(root, 'site', file)).href);
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const r = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run();
          return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
        });
        expect(violations, file).toEqual([]);
      }
      // Every label of the views' bar charts is inside its picture (a long SDG name wraps, it is not cut at the left).
      await audit.goto(pathToFileURL(join(root, 'site', 'views.html')).href);
      const outside = await audit.evaluate(() => Array.from(document.querySelectorAll('figure svg text')).filter((t) => {
        const box = (t as SVGGraphicsElement).getBBox();
        return box.x < 0 || box.x + box.width > 640;
      }).map((t) => t.textContent));
      expect(outside).toEqual([]);
      expect(await audit.locator('figure svg text', { hasText: 'Sustainable cities' }).count()).toBe(1);
      expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
