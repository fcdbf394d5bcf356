import type { WritePlan } from '../core/record/edit/plan.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes a planned edit atomically, only if the file is still what was read (the loser of a race exits 2). */
export function writePlan(plan: WritePlan): void {
  if (plan.base === null) mkdirSync(dirname(plan.path), { recursive: true });
  writeFileAtomic(plan.path, plan.text, { overwrite: true, record: true, base: plan.base, ...(plan.mode !== undefined ? { mode: plan.mode } : {}) });
}

/** A value typed by the broker, made inert for the terminal: control characters shown as escapes (`\x1b`), never sent. */
export function shown(value: unknown): string {
  // eslint-disable-next-line no-control-regex
  return String(value).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => (c === '\n' ? '\\n' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}
