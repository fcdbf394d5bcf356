import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../../base/diagnostic.js';
import { assertStillValid, planEdit, type WritePlan } from './plan.js';
import { buildEntry, ENTRY_KINDS, problemsAsUsage, relOf, type EntryKind, type Problem, type RawValues } from './entries.js';
import { findEntry, readData, stakeholdersOf } from './folder-data.js';
import { readText } from '../../folder/load.js';
import { assessmentHasContent } from '../../check/requirements.js';
import { fileNotes } from '../notes.js';
import { newFileText } from './new-file.js';

export interface AddResult {
  plan: WritePlan;
  entry: Record<string, unknown>;
  kind: EntryKind;
  /** Who or what the entry is about, in words (an assessment: the stakeholder's name). */
  subject?: string;
}

/** The kind `partner add` was given, or a UsageError listing the kinds. */
export function entryKind(name: string): EntryKind {
  const kind = ENTRY_KINDS[name];
  if (!kind) throw new UsageError(`partner add cannot add "${name}".`, `It adds: ${Object.keys(ENTRY_KINDS).join(', ')}.`);
  return kind;
}

/** Where an assessment goes: the stakeholder's id, from its id or name. */
export function assessmentTarget(dir: string, stakeholder: string | undefined): { id: string; name: string; rel: string; skeleton: string | null } {
  if (!stakeholder?.trim()) throw new UsageError('partner add assessment needs the stakeholder it is for.', 'For example: partner add assessment city-council');
  const found = findEntry(stakeholdersOf(dir), stakeholder.trim(), 'stakeholder', 'stakeholders.yaml');
  const rel = `assessments/${found.id}.yaml`;
  if (!existsSync(join(dir, rel))) return { id: found.id, name: found.name ?? found.id, rel, skeleton: null };
  // The skeleton `partner init` writes has no answers: filling it in is what the broker asks for, not a replacement.
  const read = readText(join(dir, rel));
  if (!('error' in read) && !assessmentHasContent(readData(dir, rel))) return { id: found.id, name: found.name ?? found.id, rel, skeleton: read.text };
  throw new UsageError(`${join(dir, rel)} already has answers; nothing was written.`, `Change a field of it with \`partner set ${rel.replace(/\.yaml$/, '')}:<field> <value>\`, or edit it.`);
}

/** The problems of an entry made from `raw` (for the prompts, which ask again), without planning a write. */
export function entryProblems(dir: string, kind: EntryKind, raw: RawValues): Problem[] {
  return buildEntry(kind, raw, dir, kind.list ? readData(dir, relOf(kind)) : undefined).problems;
}

/**
 * Plans `partner add <kind>`: the entry from the typed values, validated against the schema, appended to its list
 * like its neighbours (or, for an assessment, a new file). Throws a UsageError naming each bad value. Never writes.
 */
export function planAdd(dir: string, kind: EntryKind, raw: RawValues, today: string): AddResult {
  if (kind.file === 'assessments') {
    const target = assessmentTarget(dir, [raw.get('stakeholder')].flat()[0]);
    const { entry, problems } = buildEntry(kind, new Map([...raw, ['stakeholder', target.id]]), dir, undefined);
    if (problems.length) throw problemsAsUsage(problems, `add ${kind.kind}`);
    const text = newFileText(dir, 'assessments', target.rel, entry, `The internal assessment of ${oneLine(target.name)}, before negotiations (seed 002, Identifying partners): objectives, benefits, costs, resources, assumptions, opportunities and risks. Its non-negotiables go in risks.yaml (\`partner add non-negotiable\`).`);
    assertStillValid(dir, target.rel, text, today);
    return { plan: { path: join(dir, target.rel), rel: target.rel, text, base: target.skeleton }, entry, kind, subject: target.name };
  }
  const rel = relOf(kind);
  const { entry, problems } = buildEntry(kind, raw, dir, readData(dir, rel));
  if (problems.length) throw problemsAsUsage(problems, `add ${kind.kind}`);
  const plan = planEdit(dir, rel, [{ op: 'append', path: [kind.list!], value: entry, notes: fileNotes(kind.file) }], today);
  return { plan, entry, kind };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
