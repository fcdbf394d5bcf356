/**
 * Issue 15, held as properties:
 *
 * - Growth. Large generated inputs (lists, mappings of unknown keys, duplicate keys and ids, aliases, long strings,
 *   many files) at two sizes, n and 10n, checked, formatted, rendered and exported in this one run. The CPU time of
 *   the larger must stay well under 100 times the smaller's (what quadratic work would take): at most GROWTH times,
 *   where n·log n gives about 13. Compared in one run, never against a wall-clock threshold: the same machine and
 *   load run both sizes, and the best of a few runs is taken. Sizes stay under the limits of src/core/base/limits.ts
 *   (the work is done, not refused); beyond them, test/hostile.test.ts shows the input stopped at its place.
 * - Inert output. Text with control characters (escape sequences, C1, bidirectional overrides, carriage returns)
 *   put anywhere in a partnership (values, keys, file names) never reaches the output of check (three formats, with
 *   and without colour), status (three formats), advance or render as a raw control character.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPartnership } from '../src/core/check/check.js';
import { loadPartnershipModel } from '../src/core/check/model-load.js';
import { exportCsv } from '../src/core/export/csv.js';
import { formatters } from '../src/format/index.js';
import { removeDir, runInProcess, tempDir } from './helpers/cli.js';

/** The largest ratio of CPU time, 10n over n, allowed: n·log n is about 13, quadratic 100. */
const GROWTH = 35;
const FIXED_SEED = process.env.FC_SEED !== undefined && /^-?\d+$/.test(process.env.FC_SEED) ? Number(process.env.FC_SEED) : 20251129;

let root: string;
beforeAll(() => {
  root = tempDir('partner-growth-');
});
afterAll(() => removeDir(root));

const P = 'name: T\nphase: scoping\n';
const S = 'stakeholders:\n  - {id: a, name: A, sector: public, interests: [x], motivations: [y]}\n  - {id: b, name: B, sector: private, interests: [x], motivations: [y]}\n';

/** Inputs of size n: the files of one partnership. */
const INPUTS: { name: string; n: number; files: (n: number) => Record<string, string> }[] = [
  { name: 'a list of n wrong items', n: 450, files: (n) => ({ 'risks.yaml': `risks:\n${'  - x\n'.repeat(n)}` }) },
  { name: 'n valid risks (rendered and exported too)', n: 200, files: (n) => ({ 'risks.yaml': `risks:\n${Array.from({ length: n }, (_, i) => `  - {id: r${i}, description: Risk ${i}}\n`).join('')}` }) },
  { name: 'n stakeholders sharing one id', n: 180, files: (n) => ({ 'stakeholders.yaml': `stakeholders:\n${'  - {id: a, name: A, sector: public}\n'.repeat(n)}` }) },
  { name: 'a flow mapping of n unknown keys', n: 900, files: (n) => ({ 'risks.yaml': `{${Array.from({ length: n }, (_, i) => `k${i}: 1`).join(', ')}}\n` }) },
  { name: 'n unknown block keys', n: 900, files: (n) => ({ 'partnership.yaml': `${P}${Array.from({ length: n }, (_, i) => `k${i}: 1`).join('\n')}\n` }) },
  { name: 'n duplicate keys', n: 900, files: (n) => ({ 'risks.yaml': `risks: []\n${'a: 1\n'.repeat(n)}` }) },
  { name: 'an anchor of 100 items aliased n times', n: 15, files: (n) => ({ 'risks.yaml': `a: &a [${'x,'.repeat(99)}x]\nrisks: [${Array.from({ length: n }, () => '*a').join(', ')}]\n` }) },
  { name: 'a text of n characters', n: 100_000, files: (n) => ({ 'partnership.yaml': `${P}vision: ${'word '.repeat(n / 5)}\nvisoin: x\n` }) },
  { name: 'n assessment files', n: 8, files: (n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`assessments/s${i}.yaml`, 'stakeholder: a\n'])) },
];

let made = 0;
function partnership(files: Record<string, string>): string {
  const dir = join(root, `p${made++}`);
  const all = { 'partnership.yaml': P, 'stakeholders.yaml': S, ...files };
  for (const [rel, text] of Object.entries(all)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

/** Everything a run does with a partnership: check and its three formats, the model, the agreement's CSV export. */
async function work(dir: string): Promise<void> {
  const check = checkPartnership(dir, { today: '2025-01-01' });
  for (const format of ['stylish', 'json', 'github'] as const) await (await formatters[format]())({ diagnostics: check.diagnostics, partnerships: [check], texts: check.texts, color: false });
  const load = loadPartnershipModel(dir, { today: '2025-01-01' });
  if (load.ok) exportCsv(load.model, { bom: true });
}

/** The least CPU time (user + system, microseconds) of `runs` runs of `work` on `dir`. */
async function cpu(dir: string, runs: number): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    await work(dir);
    const used = process.cpuUsage(start);
    best = Math.min(best, used.user + used.system);
  }
  return best;
}

describe('work grows no faster than n·log n (1× and 10× compared in one run)', () => {
  for (const input of INPUTS) {
    it(input.name, async () => {
      const small = partnership(input.files(input.n));
      const large = partnership(input.files(input.n * 10));
      await work(small); // warm up: compile, load validators
      await work(large);
      const ratio = (await cpu(large, 2)) / (await cpu(small, 3));
      expect(ratio, `CPU time of 10n over n: ${ratio.toFixed(1)}`).toBeLessThan(GROWTH);
    });
  }

  it('render agreement and status on n valid risks: the same bound, through the CLI in-process', async () => {
    const input = INPUTS[1]!;
    const small = partnership(input.files(input.n));
    const large = partnership(input.files(input.n * 10));
    const run = async (dir: string) => {
      const start = process.cpuUsage();
      for (const args of [['render', 'agreement', dir, '--date', '2025-01-01'], ['status', dir, '--date', '2025-01-01'], ['render', 'review', dir, '--date', '2025-01-01']]) {
        const r = await runInProcess(args, { cwd: root });
        expect(r.code, r.stderr).toBeLessThan(2);
      }
      const used = process.cpuUsage(start);
      return used.user + used.system;
    };
    await run(small);
    await run(large);
    const ratio = Math.min(await run(large), await run(large)) / Math.min(await run(small), await run(small), await run(small));
    expect(ratio, `CPU time of 10n over n: ${ratio.toFixed(1)}`).toBeLessThan(GROWTH);
  });
});

// Control characters a terminal acts on (all but line feed and tab), and bidirectional overrides and isolates.
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex
const OWN_COLOUR = /\u001b\[[0-9;]*m/g;

const CONTROLS = ['\u001b', '\u0007', '\u0008', '\r', '\u000b', '\u000c', '\u0000', '\u007f', '\u0085', '\u009b', '\u009d', '\u202e', '\u2066', '\u2028'];
/** Text with control characters and escape sequences among ordinary letters. */
const evil = fc.array(fc.oneof(fc.constantFrom(...CONTROLS), fc.constantFrom('\u001b]52;c;aGk=\u0007', '\u001b[2J', '\u001b]0;t\u0007', 'a', 'b', ' ', 'é', '"', ':'), fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));

/** A double-quoted YAML scalar that holds `text` exactly (JSON strings are YAML). */
const quoted = (text: string) => JSON.stringify(text);

describe('no output holds a raw control character (property)', () => {
  it('check, status, advance and render, whatever text a partnership holds', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(evil, evil, evil, evil, async (name, value, key, fileName) => {
        const dir = partnership({
          'partnership.yaml': `name: ${quoted(name)}\nphase: scoping\nissue: ${quoted(value)}\nvisoin: ${quoted(value)}\n${quoted(key)}: 1\n`,
          'stakeholders.yaml': `stakeholders:\n  - {id: a, name: ${quoted(name)}, sector: public, interests: [${quoted(value)}], motivations: [y]}\n`,
          [`assessments/${fileName.replace(/[/\0]/g, '_') || 'x'}.yaml`]: `stakeholder: ${quoted(value)}\n`,
          'resources.yaml': `commitments:\n  - {id: c, stakeholder: a, description: ${quoted(value)}, type: cash, amount: 5, due: 2020-01-01}\n`,
        });
        runs++;
        const commands = [
          ['check', dir, '--date', '2025-01-01'],
          ['check', dir, '--format', 'json', '--date', '2025-01-01'],
          ['check', dir, '--format', 'github', '--date', '2025-01-01'],
          ['status', dir, '--date', '2025-01-01'],
          ['status', dir, '--format', 'md', '--date', '2025-01-01'],
          ['status', dir, '--format', 'json', '--date', '2025-01-01'],
          ['advance', dir, '--date', '2025-01-01'],
          ['render', 'agreement', dir, '--date', '2025-01-01'],
        ];
        for (const args of commands) {
          const r = await runInProcess(args, { cwd: root });
          expect(`${r.stdout}${r.stderr}`, args.join(' ')).not.toMatch(RAW_CONTROL);
        }
        // With colour, partner's own colours are the only escapes.
        const coloured = await runInProcess(['check', dir, '--color', '--date', '2025-01-01'], { cwd: root, env: { FORCE_COLOR: '1' } });
        expect(coloured.stdout).toMatch(OWN_COLOUR);
        expect(coloured.stdout.replace(OWN_COLOUR, '')).not.toMatch(RAW_CONTROL);
      }),
      { seed: FIXED_SEED, numRuns: 12 },
    );
    expect(runs).toBeGreaterThanOrEqual(12);
  });
});
