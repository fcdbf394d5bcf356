import type { Io } from '../cli/io.js';
import { today } from '../core/base/dates.js';
import { ExitCode } from '../core/base/diagnostic.js';
import { partnershipDir } from '../core/folder/discover.js';
import { planCommitmentStatus, planMeasurement } from '../core/record/edit/record.js';
import { parseTarget, planSet } from '../core/record/edit/set.js';
import { writePlan } from './write-plan.js';

export interface RecordCliOptions {
  dir?: string;
  value?: string;
  date?: string;
  note?: string;
}

/** `partner record measurement <indicator> --value <n> [--date <d>] [--note <text>]`. */
export function runRecordMeasurement(indicator: string, options: RecordCliOptions, io: Io): number {
  const dir = partnershipDir(options.dir ?? '.');
  const now = today();
  const { plan, id, measurement } = planMeasurement(dir, indicator, { value: options.value, date: options.date ?? now, note: options.note }, now);
  writePlan(plan);
  io.stdout.write(`Recorded ${measurement.value} for \`${id}\` on ${measurement.date} in ${plan.path}.\n`);
  return ExitCode.Ok;
}

/** `partner record commitment-status <commitment> <status> [--date <d>]`. */
export function runRecordCommitmentStatus(commitment: string, status: string, options: RecordCliOptions, io: Io): number {
  const dir = partnershipDir(options.dir ?? '.');
  const now = today();
  const { plan, id, from } = planCommitmentStatus(dir, commitment, status, options.date ?? now, now);
  writePlan(plan);
  io.stdout.write(`Commitment \`${id}\` is now ${status.trim().toLowerCase()}${from ? ` (was ${from})` : ''}, in ${plan.path}.\n`);
  return ExitCode.Ok;
}

/** `partner set <file>:<path> <value>`. */
export function runSet(target: string, value: string, options: { dir?: string }, io: Io): number {
  const dir = partnershipDir(options.dir ?? '.');
  const { plan, value: typed, linked } = planSet(dir, parseTarget(target), value, today());
  writePlan(plan);
  io.stdout.write(`Set ${target} to ${JSON.stringify(typed)} in ${plan.path}.${linked ? ` It names the stakeholder \`${linked}\`, so it is linked to it.` : ''}\n`);
  return ExitCode.Ok;
}
