#!/usr/bin/env node
// Benchmark: wall-clock medians of `partner check` against Node's own start-up (`node -e 0`), commands
// interleaved so machine noise hits them alike. Usage: npm run bench [-- --runs 15 --sizes 1,100,1000]
// Prints a table and writes bench/out/results.json. Speed is judged here, never in the test suite.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
const RUNS = Number(opt('runs', '11'));
const SIZES = opt('sizes', '1,100').split(',').map(Number);
const OUT = 'bench/out';
const EXAMPLE = 'examples/orangi-sanitation';
const BIN = 'bin/partner.js';

/** A repository of `n` partnerships: copies of the Orangi example, each renamed (deterministic). */
function generate(n) {
  const dir = join(OUT, `repo-${n}`);
  if (existsSync(join(dir, '.complete'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < n; i++) {
    const target = join(dir, `partnership-${String(i).padStart(4, '0')}`);
    cpSync(EXAMPLE, target, { recursive: true });
    const p = join(target, 'partnership.yaml');
    writeFileSync(p, readFileSync(p, 'utf8').replace(/^name: .*$/m, `name: Partnership ${i}`));
  }
  writeFileSync(join(dir, '.complete'), '');
  return dir;
}

const cases = [['node -e 0', [process.execPath, '-e', '0']], ['check one example', [process.execPath, BIN, 'check', EXAMPLE, '--quiet']]];
for (const n of SIZES.filter((s) => s > 1)) cases.push([`check ${n} partnerships`, [process.execPath, BIN, 'check', generate(n), '--quiet']]);

const times = new Map(cases.map(([name]) => [name, []]));
for (let r = 0; r < RUNS; r++) {
  for (const [name, [cmd, ...rest]] of cases) {
    const t0 = process.hrtime.bigint();
    const res = spawnSync(cmd, rest, { stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (res.status !== 0 && res.status !== 1) throw new Error(`${name} exited ${res.status}: ${res.stderr}`);
    times.get(name).push(ms);
  }
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const base = median(times.get('node -e 0'));
const rows = cases.map(([name]) => ({ name, medianMs: Number(median(times.get(name)).toFixed(1)), ratioToNode: Number((median(times.get(name)) / base).toFixed(2)) }));
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'results.json'), `${JSON.stringify({ runs: RUNS, node: process.version, rows }, null, 2)}\n`);
console.log(`${'case'.padEnd(28)} ${'median ms'.padStart(10)} ${'× node -e 0'.padStart(12)}`);
for (const r of rows) console.log(`${r.name.padEnd(28)} ${String(r.medianMs).padStart(10)} ${String(r.ratioToNode).padStart(12)}`);
console.log(`\n${RUNS} runs each, interleaved; figures written to ${join(OUT, 'results.json')}`);
