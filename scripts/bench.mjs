#!/usr/bin/env node
// Benchmark of `partner` against Node's own start-up (`node -e 0`) and against ajv-cli, the peer a user would
// otherwise script. Every command runs in one loop, interleaved, so machine noise hits them alike; the figures are
// medians of wall-clock time. Repositories of 1, 100 and 1,000 partnerships come from a fixed-seed generator
// (scripts/bench-generate.mjs). Peak memory is measured in separate runs (maxRSS of the whole process, workers
// included), so the timing runs carry no instrumentation.
//
//   npm run bench                         # build, then the whole benchmark (a few minutes)
//   node scripts/bench.mjs --runs 15 --runs-large 3 --sizes 1,100,1000 --portfolio-large 10000 --out bench/out/results.json
//
// The machine is often shared, so each run also records the CPU time (user + system) of the command, and the load
// average is printed at the start and end: wall time under load says little, CPU time says what the work costs.
// The portfolio of 10,000 partnerships (issue 22: under five minutes, peak memory under 500 MB) is built once, with
// its wall time, CPU time and peak memory measured in that one run (--portfolio-large 0 leaves it out).
//
// Prints a table and writes the figures to bench/out/results.json. Speed is judged here, never in the test suite.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRepo, SEED } from './bench-generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
process.chdir(ROOT);
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
const RUNS = Number(opt('runs', '15'));
const RUNS_LARGE = Number(opt('runs-large', '3'));
const SIZES = opt('sizes', '1,100,1000').split(',').map(Number);
const OUT_FILE = opt('out', 'bench/out/results.json');
const LABEL = opt('label', '');
const PORTFOLIO_LARGE = Number(opt('portfolio-large', '10000'));
const OUT = 'bench/out';
const EXAMPLE = 'examples/orangi-sanitation';
const BIN = 'bin/partner.js';
const NODE = process.execPath;
const DATE = '2025-06-30';
const AJV_CLI = 'node_modules/ajv-cli/dist/index.js';

mkdirSync(OUT, { recursive: true });
const loadAtStart = loadavg().map((l) => Number(l.toFixed(2)));
process.stderr.write(`load average at start: ${loadAtStart.join(', ')} (${cpus().length} CPUs)\n`);

/** CPU time (user + system, ms) of the children this process has waited for: Linux's /proc/self/stat, else null. */
function childrenCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of proc(5), cutime and cstime, in clock ticks (100 a second on Linux).
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

/** The generated repository of `n` partnerships, regenerated only when the generator or the example changed. */
function repo(n) {
  const dir = join(OUT, `repo-${n}`);
  const hash = createHash('sha256');
  hash.update(readFileSync('scripts/bench-generate.mjs'));
  for (const f of listYaml(EXAMPLE)) hash.update(f).update(readFileSync(f));
  const stamp = `${SEED}:${n}:${hash.digest('hex')}`;
  const stampFile = join(dir, '.generated');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return dir;
  process.stderr.write(`generating ${n} partnerships in ${dir} ...\n`);
  generateRepo(n, dir);
  writeFileSync(stampFile, stamp);
  return dir;
}

function listYaml(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listYaml(p));
    else if (e.name.endsWith('.yaml')) out.push(p);
  }
  return out;
}

// ajv-cli takes one schema per run, so checking a repository against the per-file schemas is one run per schema,
// each over every file of that kind (a glob). It reads YAML with js-yaml 3 (YAML 1.1), compiles the schemas at every
// start, and needs a `date` format: given here as the same no-op partner's compiled validators use.
const AJV_FORMATS = join(OUT, 'ajv-formats.cjs');
writeFileSync(AJV_FORMATS, "module.exports = (ajv) => ajv.addFormat('date', { type: 'string', validate: () => true });\n");
const SCHEMA_OF = [
  ['partnership.yaml', 'partnership'], ['stakeholders.yaml', 'stakeholders'], ['decision-rules.yaml', 'decision-rules'],
  ['communication.yaml', 'communication'], ['indicators.yaml', 'indicators'], ['resources.yaml', 'resources'],
  ['risks.yaml', 'risks'], ['assessments/*.yaml', 'assessment'], ['reviews/*.yaml', 'review'],
];
function ajvCliRuns(glob) {
  return SCHEMA_OF.map(([file, schema]) => [NODE, AJV_CLI, 'validate', '--spec=draft2020', '--all-errors', '--strict=false', '--errors=no',
    '-s', `schemas/${schema}.schema.json`, '-r', 'schemas/defs.schema.json', '-c', `./${AJV_FORMATS}`, '-d', `${glob}${file}`]);
}
const hasAjvCli = existsSync(AJV_CLI);

/** Whether `partner <parent>` lists `<sub>` among its commands (commander shows the parent's help for unknown ones). */
const hasCommand = (parent, sub) => new RegExp(`^\\s+${sub}\\b`, 'm').test(spawnSync(NODE, [BIN, parent, '--help'], { encoding: 'utf8' }).stdout ?? '');

/** name → list of commands run one after the other (their times summed), and whether it is a large case. */
const cases = [];
const add = (name, runs, { large = false, group, before } = {}) => cases.push({ name, runs, large, group, before });
add('node -e 0', [[NODE, '-e', '0']]);
add('check one example', [[NODE, BIN, 'check', EXAMPLE, '--date', DATE]], { group: 1 });
for (const n of SIZES) {
  const dir = repo(n);
  add(`check ${n} partnership${n === 1 ? '' : 's'}`, [[NODE, BIN, 'check', dir, '--date', DATE]], { large: n >= 1000, group: n });
}
if (hasAjvCli) {
  add('ajv-cli one example', ajvCliRuns(`${EXAMPLE}/`), { group: 1 });
  for (const n of SIZES) add(`ajv-cli ${n} partnership${n === 1 ? '' : 's'}`, ajvCliRuns(`${repo(n)}/partnerships/*/`), { large: n >= 1000, group: n });
}
add('render agreement (example)', [[NODE, BIN, 'render', 'agreement', EXAMPLE, '--date', DATE]]);
const reviewFile = readdirSync(join(EXAMPLE, 'reviews')).sort().pop()?.replace(/\.yaml$/, '');
const hasRenderReview = hasCommand('render', 'review');
if (hasRenderReview) add('render review (example)', [[NODE, BIN, 'render', 'review', EXAMPLE, ...(reviewFile ? ['--review', reviewFile] : []), '--date', DATE]]);

// The portfolio site, into a folder that does not exist yet, as CI builds it from a fresh checkout: the last run's
// site is removed before the clock starts (replacing a site with --force also removes the old one, which costs a
// second or two for 1,000 pages on a busy disk: that is measured by none of these cases).
const hasPortfolio = /Build a portfolio/.test(spawnSync(NODE, [BIN, 'portfolio', '--help'], { encoding: 'utf8' }).stdout ?? '');
const siteOf = (n) => join(OUT, `site-${n}`);
if (hasPortfolio) for (const n of SIZES.filter((n) => n >= 100)) add(`portfolio ${n} partnerships`, [[NODE, BIN, 'portfolio', repo(n), '--out', siteOf(n), '--date', DATE]], { large: n >= 1000, group: n, before: () => rmSync(siteOf(n), { recursive: true, force: true }) });

// Make sure every command works before timing it (exit 0, or 1 for findings).
for (const c of cases) {
  c.before?.();
  for (const [cmd, ...rest] of c.runs) {
    const r = spawnSync(cmd, rest, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (r.status !== 0 && r.status !== 1) {
      if (c.name.startsWith('render review') && r.status === 2) {
        // The option set of `render review` may differ: try without --review.
        c.runs = [[NODE, BIN, 'render', 'review', EXAMPLE, '--date', DATE]];
        const again = spawnSync(NODE, c.runs[0].slice(1), { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
        if (again.status === 0 || again.status === 1) continue;
      }
      throw new Error(`${c.name}: \`${[cmd, ...rest].join(' ')}\` exited ${r.status}: ${r.stderr}`);
    }
  }
}

const times = new Map(cases.map((c) => [c.name, []]));
const cpuTimes = new Map(cases.map((c) => [c.name, []]));
const rounds = Math.max(RUNS, RUNS_LARGE);
const started = Date.now();
for (let round = 0; round < rounds; round++) {
  for (const c of cases) {
    if (round >= (c.large ? RUNS_LARGE : RUNS)) continue;
    let ms = 0;
    c.before?.();
    const cpu0 = childrenCpuMs();
    for (const [cmd, ...rest] of c.runs) {
      const t0 = process.hrtime.bigint();
      const res = spawnSync(cmd, rest, { stdio: ['ignore', 'ignore', 'ignore'] });
      ms += Number(process.hrtime.bigint() - t0) / 1e6;
      if (res.status !== 0 && res.status !== 1) throw new Error(`${c.name} exited ${res.status}`);
    }
    times.get(c.name).push(ms);
    if (cpu0 !== null) cpuTimes.get(c.name).push(childrenCpuMs() - cpu0);
  }
  process.stderr.write(`round ${round + 1}/${rounds} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
}

// Peak memory: maxRSS of the process (threads included), reported by the process itself at exit.
const MEM_HOOK = join(OUT, 'maxrss.mjs');
writeFileSync(MEM_HOOK, "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`\\nmaxRSS=${u.maxRSS} cpuUs=${u.userCPUTime + u.systemCPUTime}\\n`); });\n");
function peakMb(command) {
  const [cmd, ...rest] = command;
  const r = spawnSync(cmd, ['--import', `./${MEM_HOOK}`, ...rest], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 });
  const kb = Number(/maxRSS=(\d+)/.exec(r.stderr)?.[1]);
  return Number((kb / 1024).toFixed(1));
}
const memory = {};
for (const c of cases.filter((c) => c.name.startsWith('check ') || c.name.startsWith('portfolio ') || c.name === 'node -e 0')) {
  if (c.runs.length !== 1) continue;
  memory[c.name] = Math.max(...Array.from({ length: c.large ? 2 : 3 }, () => {
    c.before?.();
    return peakMb(c.runs[0]);
  }));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const base = median(times.get('node -e 0'));
const baseCpu = cpuTimes.get('node -e 0').length ? median(cpuTimes.get('node -e 0')) : null;
const rows = cases.map((c) => {
  const xs = times.get(c.name);
  const med = median(xs);
  const cpu = cpuTimes.get(c.name).length ? median(cpuTimes.get(c.name)) : null;
  return {
    name: c.name,
    runs: xs.length,
    commands: c.runs.length,
    medianMs: Number(med.toFixed(1)),
    minMs: Number(Math.min(...xs).toFixed(1)),
    maxMs: Number(Math.max(...xs).toFixed(1)),
    ratioToNode: Number((med / base).toFixed(2)),
    ...(cpu !== null ? { medianCpuMs: cpu, cpuRatioToNode: baseCpu ? Number((cpu / baseCpu).toFixed(2)) : null } : {}),
    ...(memory[c.name] !== undefined ? { peakMemoryMb: memory[c.name] } : {}),
  };
});
const byName = new Map(rows.map((r) => [r.name, r]));
const ratio = (a, b) => (byName.get(a) && byName.get(b) ? Number((byName.get(a).medianMs / byName.get(b).medianMs).toFixed(2)) : null);
const bigN = Math.max(...SIZES);
const big = `check ${bigN} partnership${bigN === 1 ? '' : 's'}`;
const derived = {
  'check 1000 / check 100': ratio('check 1000 partnerships', 'check 100 partnerships'),
  'ajv-cli 1000 / check 1000': ratio('ajv-cli 1000 partnerships', 'check 1000 partnerships'),
  'ajv-cli 100 / check 100': ratio('ajv-cli 100 partnerships', 'check 100 partnerships'),
  'ajv-cli one example / check one example': ratio('ajv-cli one example', 'check one example'),
};
// The portfolio of 10,000 partnerships, built once: wall time, and CPU time and peak memory as the process reports them.
let portfolioLarge;
if (hasPortfolio && PORTFOLIO_LARGE > 0) {
  const dir = repo(PORTFOLIO_LARGE);
  rmSync(siteOf(PORTFOLIO_LARGE), { recursive: true, force: true });
  const load = loadavg()[0];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(NODE, ['--import', `./${MEM_HOOK}`, BIN, 'portfolio', dir, '--out', siteOf(PORTFOLIO_LARGE), '--date', DATE], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`portfolio ${PORTFOLIO_LARGE} exited ${r.status}: ${r.stderr}`);
  const m = /maxRSS=(\d+) cpuUs=(\d+)/.exec(r.stderr);
  portfolioLarge = { count: PORTFOLIO_LARGE, wallMs: Math.round(wallMs), cpuMs: Math.round(Number(m?.[2]) / 1000), peakMemoryMb: Number((Number(m?.[1]) / 1024).toFixed(1)), loadAverageBefore: Number(load.toFixed(2)) };
  process.stderr.write(`portfolio of ${PORTFOLIO_LARGE}: ${(wallMs / 1000).toFixed(1)} s wall, ${(portfolioLarge.cpuMs / 1000).toFixed(1)} s CPU, ${portfolioLarge.peakMemoryMb} MB peak\n`);
}

// The portfolio index of 10,000 partnerships in a real browser (skipped without Chromium).
const browserRun = hasPortfolio ? spawnSync(NODE, ['scripts/bench-portfolio-browser.mjs', '--runs', '5'], { encoding: 'utf8' }) : undefined;
const portfolioBrowser = browserRun?.status === 0 ? JSON.parse(browserRun.stdout.trim().split('\n').pop()) : undefined;
if (portfolioBrowser?.medianMs) process.stderr.write(`portfolio index of ${portfolioBrowser.count} in Chromium: load ${portfolioBrowser.medianMs.load} ms, filter ${portfolioBrowser.medianMs.filter} ms, search ${portfolioBrowser.medianMs.search} ms\n`);
const targets = [
  ['check one example ≤ 1.5× node -e 0', byName.get('check one example')?.ratioToNode, (v) => v <= 1.5],
  ['check 1 partnership ≤ 1.5× node -e 0', byName.get('check 1 partnership')?.ratioToNode, (v) => v <= 1.5],
  ['check 1000 ≤ 30× node -e 0', byName.get('check 1000 partnerships')?.ratioToNode, (v) => v <= 30],
  ['check 1000 faster than ajv-cli 1000', derived['ajv-cli 1000 / check 1000'], (v) => v > 1],
  ['check 1000 ≤ 11× check 100', derived['check 1000 / check 100'], (v) => v <= 11],
  ['peak memory, check 1000 < 300 MB', memory['check 1000 partnerships'], (v) => v < 300],
  ['portfolio 1000 ≤ 40× node -e 0', byName.get('portfolio 1000 partnerships')?.ratioToNode, (v) => v <= 40],
  ['portfolio 1000 ≤ 40× node -e 0 in CPU time', byName.get('portfolio 1000 partnerships')?.cpuRatioToNode, (v) => v <= 40],
  ['peak memory, portfolio 1000 < 500 MB', memory['portfolio 1000 partnerships'], (v) => v < 500],
  [`portfolio ${PORTFOLIO_LARGE} < 5 min (s)`, portfolioLarge ? Number((portfolioLarge.wallMs / 1000).toFixed(1)) : undefined, (v) => v < 300],
  [`peak memory, portfolio ${PORTFOLIO_LARGE} < 500 MB`, portfolioLarge?.peakMemoryMb, (v) => v < 500],
  ['portfolio index of 10,000 loads and filters in a browser < 1 s', portfolioBrowser?.medianMs ? portfolioBrowser.medianMs.load + portfolioBrowser.medianMs.filter : undefined, (v) => v < 1000],
  ['render agreement ≤ 2.5× node -e 0', byName.get('render agreement (example)')?.ratioToNode, (v) => v <= 2.5],
].filter(([, v]) => v !== undefined && v !== null).map(([target, value, ok]) => ({ target, value, met: ok(value) }));

const result = {
  label: LABEL || undefined,
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  memoryGb: Number((totalmem() / 2 ** 30).toFixed(1)),
  seed: SEED,
  runs: RUNS,
  runsLarge: RUNS_LARGE,
  renderReview: hasRenderReview ? 'measured' : 'not measured: `partner render review` does not exist in this build',
  loadAverage: { start: loadAtStart, end: loadavg().map((l) => Number(l.toFixed(2))) },
  rows,
  portfolioLarge,
  portfolioBrowser,
  derived,
  targets,
};
mkdirSync(dirname(OUT_FILE), { recursive: true });
writeFileSync(OUT_FILE, `${JSON.stringify(result, null, 2)}\n`);

const pad = (s, n, left = false) => (left ? String(s).padEnd(n) : String(s).padStart(n));
console.log(`${pad('case', 30, true)} ${pad('runs', 5)} ${pad('median ms', 10)} ${pad('× node -e 0', 12)} ${pad('CPU ms', 8)} ${pad('CPU ×', 7)} ${pad('peak MB', 8)}`);
for (const r of rows) console.log(`${pad(r.name, 30, true)} ${pad(r.runs, 5)} ${pad(r.medianMs, 10)} ${pad(r.ratioToNode, 12)} ${pad(r.medianCpuMs ?? '', 8)} ${pad(r.cpuRatioToNode ?? '', 7)} ${pad(r.peakMemoryMb ?? '', 8)}`);
if (portfolioLarge) console.log(`${pad(`portfolio ${PORTFOLIO_LARGE} partnerships`, 30, true)} ${pad(1, 5)} ${pad(portfolioLarge.wallMs, 10)} ${pad('', 12)} ${pad(portfolioLarge.cpuMs, 8)} ${pad('', 7)} ${pad(portfolioLarge.peakMemoryMb, 8)}`);
console.log('');
for (const [k, v] of Object.entries(derived)) if (v !== null) console.log(`${pad(k, 42, true)} ${v}`);
console.log('');
for (const t of targets) console.log(`${t.met ? 'met    ' : 'NOT met'} ${pad(t.target, 40, true)} ${t.value}`);
if (!hasRenderReview) console.log('\n`partner render review` is not in this build: not measured.');
console.log(`\nNode ${process.version}, ${cpus().length} CPUs; ${RUNS} runs each (${RUNS_LARGE} for ${big} and its ajv-cli peer), interleaved; ajv-cli = ${SCHEMA_OF.length} runs, one per schema.`);
console.log(`Load average (1, 5, 15 min) at start ${result.loadAverage.start.join(', ')}, at end ${result.loadAverage.end.join(', ')}; CPU = user + system time of the command, threads included.`);
console.log(`Figures written to ${relative(ROOT, OUT_FILE)}.`);
