import { capPerFile, checkPartnershipModel, type PartnershipCheck } from './check.js';
import type { Diagnostic } from '../base/diagnostic.js';
import { partnershipDir } from '../folder/discover.js';
import { RULES } from './rules/index.js';
import type { FolderModel } from '../../model/index.js';

/**
 * Findings that leave the content to be judged, not the data broken: what the phase still needs (documents show
 * that as open items), good-practice rules a partnership raised to `error`, and a misspelt `checks:` entry.
 */
const CONTENT_RULES = new Set(['phase-gate', 'unknown-rule', ...RULES.map((r) => r.id)]);
/** Findings that mean the environment, not the files, is wrong (exit 2, as `partner check`). */
const ENVIRONMENT_RULES = new Set(['unreadable-file']);

export type ModelLoad =
  | { ok: true; dir: string; model: FolderModel & { partnership: NonNullable<FolderModel['partnership']> }; check: PartnershipCheck }
  | { ok: false; dir: string; check: PartnershipCheck; blocking: Diagnostic[]; environment: boolean };

/**
 * Loads one partnership folder as a valid FolderModel for documents (`partner render`). It runs the whole check, so
 * the data is exactly what `partner check` accepts. Syntax, schema and reference errors stop here (`blocking`);
 * what the current phase still lacks does not: documents show it as open items.
 * `path` is a partnership folder or its partnership.yaml; anything else is a UsageError.
 */
export function loadPartnershipModel(path: string, options: { today: string }): ModelLoad {
  const dir = partnershipDir(path);
  const { check, model, uncapped } = checkPartnershipModel(dir, { today: options.today });
  // Judged on every finding: the per-file cap of `check` must not turn many open items into a refusal.
  const blocking = capPerFile(uncapped.filter((d) => d.severity === 'error' && !CONTENT_RULES.has(d.rule)));
  if (blocking.length || !model.partnership) {
    return { ok: false, dir, check, blocking, environment: blocking.some((d) => ENVIRONMENT_RULES.has(d.rule)) };
  }
  return { ok: true, dir, model: model as FolderModel & { partnership: NonNullable<FolderModel['partnership']> }, check };
}
