import type { WritePlan } from '../core/record/edit/plan.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes a planned edit atomically, only if the file is still what was read (the loser of a race exits 2). */
export function writePlan(plan: WritePlan): void {
  if (plan.base === null) mkdirSync(dirname(plan.path), { recursive: true });
  writeFileAtomic(plan.path, plan.text, { overwrite: true, record: true, base: plan.base, ...(plan.mode !== undefined ? { mode: plan.mode } : {}) });
}
