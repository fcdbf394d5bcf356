#!/usr/bin/env node
// How fast the portfolio index loads and filters in a real browser, for 10,000 partnerships: an index built by the
// real page and data code (dist/render/portfolio/) from synthetic rows, opened from file:// in headless Chromium,
// then filtered by phase and searched. Prints milliseconds; run by scripts/bench.mjs when Chromium is installed.
//
//   node scripts/bench-portfolio-browser.mjs [--count 10000] [--runs 5]
/* global document */ // document: in the browser, inside page.waitForFunction
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? Number(args[i + 1]) : dflt; };
const COUNT = opt('count', 10000);
const RUNS = opt('runs', 5);
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  process.stdout.write(JSON.stringify({ skipped: `no browser at ${CHROMIUM}` }) + '\n');
  process.exit(0);
}
const { indexData, indexPages } = await import(pathToFileURL(join(ROOT, 'dist/render/portfolio/index-page.js')).href);
const { portfolioViews } = await import(pathToFileURL(join(ROOT, 'dist/core/portfolio/views.js')).href);
const { prng } = await import(pathToFileURL(join(ROOT, 'scripts/prng.mjs')).href);

const random = prng(20261129);
const pick = (xs) => xs[Math.floor(random() * xs.length)];
const PHASES = ['Scoping', 'Building', 'Planning', 'Implementing', 'Reviewing', 'Sustaining'];
const SECTORS = ['Public', 'Private', 'Civil society', 'Donor', 'Cooperative', 'Academic'];
const rows = Array.from({ length: COUNT }, (_, i) => ({
  id: `p${i}`, name: `Partnership ${i} for ${pick(['water', 'schools', 'health', 'roads', 'forests'])}`, phase: pick(PHASES),
  sectors: [pick(SECTORS), pick(SECTORS)].filter((s, j, a) => a.indexOf(s) === j), places: [`District ${i % 300}`], sdgs: [`SDG ${1 + (i % 17)}`],
  partners: [`Ministry ${i % 50}`, `NGO ${i % 700}`, `Company ${i % 90}`], lastReview: i % 3 ? '2025-03-01' : '', health: i % 3 ? 'gagrgga' : '',
  attention: i % 7 ? [] : ['1 commitment overdue'], openItems: i % 13, note: '',
}));
const out = join(ROOT, 'bench', 'out', 'portfolio-browser');
mkdirSync(join(out, 'data'), { recursive: true });
mkdirSync(join(out, 'assets'), { recursive: true });
const views = portfolioViews([]);
writeFileSync(join(out, 'index.html'), indexPages(rows.slice(0, 100), { ...views, total: COUNT }, { asOf: '2025-06-30', commit: null, uncommitted: false }, 'Benchmark')[0].html);
writeFileSync(join(out, 'data', 'index.js'), indexData(rows));
for (const a of ['portfolio.css', 'portfolio.js']) writeFileSync(join(out, 'assets', a), readFileSync(join(ROOT, 'templates', 'portfolio', a)));

const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
const times = { load: [], filter: [], search: [] };
try {
  for (let r = 0; r < RUNS; r++) {
    const page = await browser.newPage();
    let t = performance.now();
    await page.goto(pathToFileURL(join(out, 'index.html')).href);
    await page.waitForFunction(() => !document.getElementById('filters').hidden);
    times.load.push(performance.now() - t);
    t = performance.now();
    await page.selectOption('#phase', 'Reviewing');
    await page.waitForFunction(() => /match/.test(document.getElementById('count').textContent));
    times.filter.push(performance.now() - t);
    t = performance.now();
    await page.fill('#q', 'district 42');
    await page.waitForFunction(() => /^\d+ of/.test(document.getElementById('count').textContent) && document.querySelectorAll('#partnerships tbody tr').length < 100);
    times.search.push(performance.now() - t);
    await page.close();
  }
} finally {
  await browser.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
process.stdout.write(JSON.stringify({ count: COUNT, runs: RUNS, dataKb: Math.round(readFileSync(join(out, 'data', 'index.js')).length / 1024), medianMs: { load: Math.round(median(times.load)), filter: Math.round(median(times.filter)), search: Math.round(median(times.search)) } }) + '\n');
