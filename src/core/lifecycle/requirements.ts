import { readFileSync } from 'node:fs';
import { PHASES, type Phase } from '../folder/layout.js';
import { checkPartnershipModel } from '../check/check.js';
import { SCHEMA_DIR, validatePhase } from '../check/schemas.js';
import { codeRequirementsUpTo } from '../check/gate-code.js';
import type { FolderModel } from '../../model/index.js';

/**
 * A phase's own requirements, read from schemas/phases/<phase>.schema.json: the entries of `$defs.requirements.allOf`
 * after the `$ref` to the phase before. Each is a subschema of the folder whose `description` is the broker-facing
 * wording, so the checklist `partner status` and `partner advance` show is never written twice.
 */
export interface Requirement {
  phase: Phase;
  /** Index in the phase schema's `$defs.requirements.allOf`. */
  index: number;
  description: string;
  schema: object;
}

export interface RequirementCheck {
  /** The phase whose schema holds the requirement: the target phase, or an earlier one still not met. */
  phase: Phase;
  description: string;
  done: boolean;
}

export interface Checklist {
  phase: Phase;
  /** The whole gate passes: what `partner check --phase <phase>` and `partner advance` hold the folder to. */
  ready: boolean;
  /** Requirements of earlier phases that are not met, then every requirement of `phase` itself. */
  requirements: RequirementCheck[];
}

interface RequirementsSchema {
  $defs?: { requirements?: { allOf?: ({ $ref?: string; description?: string } & object)[] } };
}

const cache = new Map<Phase, Requirement[]>();

export function requirementsOf(phase: Phase): Requirement[] {
  let list = cache.get(phase);
  if (list) return list;
  const schema = JSON.parse(readFileSync(`${SCHEMA_DIR}phases/${phase}.schema.json`, 'utf8')) as RequirementsSchema;
  const entries = schema.$defs?.requirements?.allOf ?? [];
  list = entries.flatMap((entry, index) => (entry.$ref ? [] : [{ phase, index, description: entry.description ?? `Requirement ${index} of the ${phase} phase.`, schema: entry }]));
  cache.set(phase, list);
  return list;
}

/**
 * The checklist for moving into `target`: each of its own requirements, done or missing, and before them any
 * requirement of an earlier phase that is still missing (all of them are part of the target's gate). One run of the
 * build-time gate validator tells which requirements fail: every part of a requirement carries its description
 * (test/schemas.test.ts holds the schemas to that), so a failing keyword names its requirement.
 */
export function checklist(target: Phase, model: FolderModel): Checklist {
  const errors = validatePhase(target, model);
  const failed = new Set(errors.map((e) => (e.parentSchema as { description?: string } | undefined)?.description));
  const requirements: RequirementCheck[] = [];
  for (const phase of PHASES.slice(0, PHASES.indexOf(target))) {
    for (const r of requirementsOf(phase)) if (failed.has(r.description)) requirements.push({ phase, description: r.description, done: false });
  }
  for (const r of requirementsOf(target)) requirements.push({ phase: target, description: r.description, done: !failed.has(r.description) });
  let ready = errors.length === 0;
  for (const r of codeRequirementsUpTo(target)) {
    const done = r.shortfalls(model).length === 0;
    ready &&= done;
    if (r.phase === target) requirements.push({ phase: target, description: r.description, done });
    else if (!done) requirements.splice(requirements.findIndex((x) => x.phase === target), 0, { phase: r.phase, description: r.description, done });
  }
  return { phase: target, ready, requirements };
}

/** A folder read for its gate: the model of its schema-valid files, and the files left out for their errors. */
export interface FolderState {
  model: FolderModel;
  /** Files (relative paths) that could not be read or do not match their schema, so are not in the model. */
  withErrors: string[];
}

/** Reads a folder the way `partner check` builds its model for the phase gate: only schema-valid files count. */
export function readFolderState(dir: string, today: string): FolderState {
  const { model, withErrors } = checkPartnershipModel(dir, { today });
  return { model, withErrors };
}
