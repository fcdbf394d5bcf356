import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError, type Diagnostic } from '../../base/diagnostic.js';
import { checkPartnership } from '../../check/check.js';
import { readText } from '../../folder/load.js';
import { CannotEdit, editYaml, type YamlEdit } from '../../yaml/edit.js';
import { parseYaml } from '../../yaml/source.js';

/** A file to write: its new text, and what was read (null: it did not exist) for the lost-update guard. */
export interface WritePlan {
  /** The file, as the user would name it (the folder joined with `rel`). */
  path: string;
  /** Its path inside the partnership folder, e.g. `resources.yaml`. */
  rel: string;
  text: string;
  base: string | null;
  /** Permission bits of the existing file, kept. */
  mode?: number;
}

/** Refused: the change would leave the file with these errors (places in the text it would have). */
export class WouldBreak extends UsageError {
  constructor(readonly rel: string, readonly diagnostics: Diagnostic[]) {
    super(`Nothing was written: ${rel} would not pass \`partner check\`:\n${diagnostics.map((d) => `  line ${d.line}: ${d.message}${d.hint ? ` ${d.hint}` : ''}`).join('\n')}`);
  }
}

/** The current text of `rel` in the partnership folder `dir` (null when missing), refusing links and broken files. */
export function readForEdit(dir: string, rel: string): { path: string; raw: string | null; mode?: number } {
  const path = join(dir, rel);
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (!stat) return { path, raw: null };
  if (stat.isSymbolicLink()) throw new UsageError(`${path} is a symbolic link; partner edits partnership files in place and never writes through a link, so nothing was written.`, 'Replace the link with the file itself.');
  if (!stat.isFile()) throw new UsageError(`${path} is not a regular file; nothing was written.`, `${rel} must be a plain YAML file.`);
  const read = readText(path);
  if ('error' in read) throw new UsageError(`${path}:${read.error.line}:${read.error.column}: ${read.error.message} Nothing was written.`, read.error.hint);
  const raw = readFileSync(path, 'utf8');
  const { diagnostics } = parseYaml(path, raw);
  const error = diagnostics.find((d) => d.severity === 'error');
  if (error) throw new UsageError(`${path}:${error.line}:${error.column}: ${error.message} partner only edits a file it can read, so nothing was written.`, `${error.hint ? `${error.hint} ` : ''}Fix the file first (\`partner check\` shows every place).`);
  return { path, raw, mode: stat.mode & 0o7777 };
}

/**
 * Plans an edit of one file of the partnership in `dir`: the file is read (refused with the place if it cannot be
 * parsed), edited in place (src/core/yaml/edit.ts), and the folder is checked as the edit would leave it. Nothing
 * comes back unless the file still passes its schema and gains no broken reference. Never writes.
 */
export function planEdit(dir: string, rel: string, edits: readonly YamlEdit[], today: string, fresh?: () => string): WritePlan {
  const { path, raw, mode } = readForEdit(dir, rel);
  let text: string;
  try {
    text = raw === null ? (fresh ? editYaml(fresh(), edits) : editYaml('', edits)) : editYaml(raw, edits);
  } catch (error) {
    if (!(error instanceof CannotEdit)) throw error;
    throw new UsageError(`partner cannot edit ${path} in place: ${error.message}; nothing was written.`, 'Make this change by hand in the file, then run `partner check`.');
  }
  assertStillValid(dir, rel, text, today);
  return { path, rel, text, base: raw, ...(mode !== undefined ? { mode } : {}) };
}

/**
 * Throws WouldBreak unless `rel` with `text` passes its schema and adds no error to it: no broken reference, nothing
 * the current phase requires left out (`partner check` must pass after the edit as it did before).
 */
export function assertStillValid(dir: string, rel: string, text: string, today: string): void {
  const file = join(dir, rel);
  const key = (d: Diagnostic) => `${d.rule}\u0000${d.message}`;
  const mine = (ds: readonly Diagnostic[]) => ds.filter((d) => d.file === file && d.severity === 'error');
  const after = mine(checkPartnership(dir, { today, overrides: new Map([[rel, text]]) }).diagnostics);
  if (!after.length) return;
  // Errors already there (a broken reference elsewhere in the file, a gate not yet met) may stay; none may be added.
  const before = new Map<string, number>();
  for (const d of mine(checkPartnership(dir, { today }).diagnostics)) before.set(key(d), (before.get(key(d)) ?? 0) + 1);
  const blocking = after.filter((d) => {
    if (isSchemaRule(d.rule)) return true;
    const left = before.get(key(d)) ?? 0;
    before.set(key(d), left - 1);
    return left <= 0;
  });
  if (blocking.length) throw new WouldBreak(rel, blocking);
}

/** Schema and syntax findings (not good-practice rules, whose severity a partnership may raise to error). */
function isSchemaRule(rule: string): boolean {
  return /^(yaml-|unknown-field|missing-field|wrong-type|invalid-|empty-value|duplicate-value|schema|encoding|file-)/.test(rule);
}
