import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../src/core/base/diagnostic.js';
import { checkPartnership } from '../src/core/check/check.js';
import { ENTRY_KINDS } from '../src/core/record/edit/entries.js';
import { planAdd } from '../src/core/record/edit/add.js';
import { planCommitmentStatus, planMeasurement } from '../src/core/record/edit/record.js';
import { parseTarget, planSet } from '../src/core/record/edit/set.js';
import type { WritePlan } from '../src/core/record/edit/plan.js';
import { writePlan } from '../src/commands/write-plan.js';
import { buildSkeleton } from '../src/core/record/init/skeleton.js';
import { emptyListHint } from '../src/core/yaml/edit.js';
import { EXAMPLES, removeDir, tempDir } from './helpers/cli.js';

/**
 * Any sequence of add / record / set commands on a valid partnership leaves it valid (`partner check` finds no error)
 * and keeps every comment line of every file, in order (but init's "Empty for now" line above a list that got its first
 * entry). Commands the writer refuses (a value the schema refuses, a gate the entry would break) change nothing. Runs on
 * the hand-written Orangi example and on a partnership as `partner init` writes it (every field explained), each with
 * a fixed seed (FC_SEED to override) and a random one.
 */

const FIXED_SEED = process.env.FC_SEED !== undefined && /^-?\d+$/.test(process.env.FC_SEED) ? Number(process.env.FC_SEED) : 20251129;
const RANDOM_SEED = (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0;
const TODAY = '1995-03-16';

// Text a broker might type: words, punctuation YAML cares about, accents, quotes.
const text = fc.oneof(
  fc.constantFrom('Clean lanes', 'Jobs: for women', '#1 priority', "Women's affairs", '"quoted"', 'yes', 'no', '1995-01-01', 'Café & co', '- dash', '[x]', '{y}', 'a  b', '? q', '@home', 'null', '100%', 'Ñandú'),
  // eslint-disable-next-line no-control-regex
  fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0 && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(s)),
);
const level = fc.constantFrom('low', 'medium', 'high', 'huge');

type Command = { kind: string; run: (dir: string) => WritePlan };
const commands: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ name: text, sector: fc.constantFrom('public', 'private', 'civil-society', 'private-university'), interest: text, motivation: text }).map((a) => ({
    kind: 'add stakeholder',
    run: (dir: string) => planAdd(dir, ENTRY_KINDS.stakeholder!, new Map<string, string | string[]>([['name', a.name], ['sector', a.sector], ['interest', [a.interest]], ['motivation', [a.motivation]]]), TODAY).plan,
  })),
  fc.record({ description: text, likelihood: level, impact: level }).map((a) => ({
    kind: 'add risk',
    run: (dir: string) => planAdd(dir, ENTRY_KINDS.risk!, new Map([['description', a.description], ['likelihood', a.likelihood], ['impact', a.impact], ['owner', 'opp'], ['status', 'open']]), TODAY).plan,
  })),
  text.map((t) => ({
    kind: 'add non-negotiable',
    run: (dir: string) => planAdd(dir, ENTRY_KINDS['non-negotiable']!, new Map([['stakeholder', 'opp'], ['text', t]]), TODAY).plan,
  })),
  fc.record({ description: text, kind: fc.constantFrom('human', 'financial', 'premises') }).map((a) => ({
    kind: 'add need',
    run: (dir: string) => planAdd(dir, ENTRY_KINDS.need!, new Map([['description', a.description], ['kind', a.kind]]), TODAY).plan,
  })),
  fc.record({ description: text, amount: fc.integer({ min: -5, max: 100000 }) }).map((a) => ({
    kind: 'add commitment',
    run: (dir: string) => planAdd(dir, ENTRY_KINDS.commitment!, new Map([['stakeholder', 'opp'], ['description', a.description], ['type', 'cash'], ['amount', String(a.amount)], ['currency', 'PKR'], ['status', 'agreed'], ['due', '1996-01-31']]), TODAY).plan,
  })),
  fc.record({ value: fc.oneof(fc.integer({ min: -10, max: 1000 }).map(String), fc.constant('many')), day: fc.integer({ min: 1, max: 31 }) }).map((a) => ({
    kind: 'record measurement',
    run: (dir: string) => planMeasurement(dir, firstIndicator(dir), { value: a.value, date: `1995-03-${String(a.day).padStart(2, '0')}` }, TODAY).plan,
  })),
  fc.constantFrom('agreed', 'in-progress', 'delivered', 'late', 'done').map((status) => ({
    kind: 'record commitment-status',
    run: (dir: string) => planCommitmentStatus(dir, firstCommitment(dir), status, TODAY, TODAY).plan,
  })),
  fc.record({ target: fc.constantFrom('partnership:vision', 'partnership:convener.name', 'stakeholders:stakeholders.opp.influence', 'stakeholders:stakeholders.opp.capacity', 'partnership:broker.name', 'risks:risks.1.mitigation'), value: fc.oneof(text, level) }).map((a) => ({
    kind: `set ${a.target}`,
    run: (dir: string) => planSet(dir, parseTarget(a.target), a.value, TODAY).plan,
  })),
);

function firstIndicator(dir: string): string {
  return /- id: ([\w-]+)/.exec(readFileSync(join(dir, 'indicators.yaml'), 'utf8').split('\nindicators:')[1]!)![1]!;
}
function firstCommitment(dir: string): string {
  return /- id: ([\w-]+)/.exec(readFileSync(join(dir, 'resources.yaml'), 'utf8').split('\ncommitments:')[1]!)![1]!;
}

function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true }) as string[]) if (name.endsWith('.yaml')) out.set(name, readFileSync(join(dir, name), 'utf8'));
  return out;
}

function commentLines(t: string): string[] {
  return t.split('\n').filter((l) => /^\s*#/.test(l)).map((l) => l.trim());
}

/** `sub` appears in `all` in order (comments of new entries may be added, none lost). */
function isSubsequence(sub: readonly string[], all: readonly string[]): boolean {
  let i = 0;
  for (const line of all) if (i < sub.length && line === sub[i]) i++;
  return i === sub.length;
}

/** A partnership as `partner init` writes it, with OPP as its first stakeholder, an indicator and a commitment. */
function initialised(dir: string): void {
  const files = buildSkeleton({ name: 'Lanes', stakeholders: [{ name: 'OPP', sector: 'civil-society', engagement: 'active-partner', interests: ['lanes'] }, { name: 'KMC', sector: 'public', interests: [] }] }, { schemaDir: '.partner/schemas/0.1.0' });
  for (const [rel, t] of files) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), t);
  }
  writePlan(planAdd(dir, ENTRY_KINDS.indicator!, new Map([['name', 'Lanes sewered'], ['aspect', 'project-delivery'], ['owner', 'opp']]), TODAY).plan);
  writePlan(planAdd(dir, ENTRY_KINDS.commitment!, new Map([['stakeholder', 'opp'], ['description', 'Designs'], ['type', 'in-kind'], ['status', 'proposed']]), TODAY).plan);
}

/** The comment lines of `t`, but init's "Empty for now" line once its list has an entry. */
function keptComments(t: string, now: string): string[] {
  return commentLines(t).filter((l) => {
    const key = /^# Empty for now: to fill it in, replace the line "(\w+): \[\]"/.exec(l)?.[1];
    return !key || l !== emptyListHint(key) || now.includes(`\n${key}: []\n`);
  });
}

let root: string;
let n = 0;
beforeAll(() => {
  root = tempDir('partner-edit-props-');
});
afterAll(() => removeDir(root));

describe.each(['orangi', 'init'])('add / record / set keep a partnership valid (%s)', (base) => {
  const property = fc.property(fc.array(commands, { minLength: 1, maxLength: 5 }), (sequence) => {
    const dir = join(root, `p${n++}`);
    if (base === 'init') initialised(dir);
    else cpSync(join(EXAMPLES, 'orangi-sanitation'), dir, { recursive: true });
    const original = snapshot(dir);
    for (const command of sequence) {
      const before = snapshot(dir);
      let plan: WritePlan | undefined;
      try {
        plan = command.run(dir);
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
      }
      if (plan) writePlan(plan);
      else expect(snapshot(dir), `${command.kind} was refused but changed a file`).toEqual(before);
      const errors = checkPartnership(dir, { today: TODAY }).diagnostics.filter((d) => d.severity === 'error');
      expect(errors, `after ${command.kind}`).toEqual([]);
    }
    const now = snapshot(dir);
    for (const [file, t] of original) expect(isSubsequence(keptComments(t, now.get(file)!), commentLines(now.get(file)!)), `${file} lost a comment`).toBe(true);
  });

  it('with a fixed seed', () => {
    fc.assert(property, { seed: FIXED_SEED, numRuns: 12, endOnFailure: true });
  }, 120_000);
  it(`with a random seed (${RANDOM_SEED})`, () => {
    fc.assert(property, { seed: RANDOM_SEED, numRuns: 6, endOnFailure: true });
  }, 120_000);
});
