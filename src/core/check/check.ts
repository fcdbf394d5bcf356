import { join } from 'node:path';
import { compareDiagnostics, type Diagnostic } from '../base/diagnostic.js';
import { MAX_FINDINGS_PER_FILE } from '../base/limits.js';
import { formatNumber } from '../base/wording.js';
import { modelineFindings } from '../folder/editor-schemas.js';
import type { CheckOptions, Checked, PartnershipCheck } from './types.js';
import { isPhase, type Phase } from '../folder/layout.js';
import { loadFolder, type LoadedFile, type LoadedFolder } from '../folder/load.js';
import { schemaFindings } from './schema-findings.js';
import { validateFile } from './schemas.js';
import { gateGaps, gateOf } from './requirements.js';
import { locate } from '../yaml/source.js';
import { referenceFindings } from './references.js';
import { classificationFindings } from './classifications.js';
import { runRules } from './rules/index.js';
import type { FolderModel } from '../../model/index.js';

export type { CheckOptions, PartnershipCheck, Checked } from './types.js';

/** Checks one partnership folder: syntax, schemas, the phase gate, references and good practice. Never prints. */
export function checkPartnership(dir: string, options: CheckOptions): PartnershipCheck {
  return checkPartnershipModel(dir, options).check;
}

/**
 * As checkPartnership, and also the folder's schema-valid files as one model; `withErrors` lists the files (paths
 * inside the folder) left out of it because they could not be read or do not match their schema.
 */
export function checkPartnershipModel(dir: string, options: CheckOptions): { check: PartnershipCheck; model: FolderModel; withErrors: string[]; uncapped: Diagnostic[] } {
  const loaded = loadFolder(dir, options.overrides);
  const diagnostics = [...loaded.diagnostics];
  const model: FolderModel = {};
  const schemaBroken = new Set<string>(loaded.broken);

  for (const f of loaded.files) {
    if (loaded.broken.has(f.rel)) continue;
    const errors = validateFile(f.key, f.source.data);
    if (errors.length) {
      append(diagnostics, schemaFindings(f.source, errors, f.rel));
      schemaBroken.add(f.rel);
      continue;
    }
    putInModel(model, f);
  }

  const partnership = loaded.files.find((f) => f.key === 'partnership');
  const declared = (partnership?.source.data as { phase?: unknown } | undefined)?.phase;
  const declaredName = (partnership?.source.data as { name?: unknown } | undefined)?.name;
  const phase = options.phase ?? (isPhase(declared) ? declared : undefined);
  const checked = makeChecked(loaded, model);

  if (phase && model.partnership) append(diagnostics, gateFindings(phase, loaded, model, schemaBroken, options.phase !== undefined));
  append(diagnostics, referenceFindings(checked));
  append(diagnostics, classificationFindings(checked));
  const gated = new Set(phase && model.partnership ? gateOf(phase).map((r) => r.id) : []);
  append(diagnostics, runRules(checked, { today: options.today, phase: isPhase(declared) ? declared : undefined, gated: (id) => gated.has(id) }));
  append(diagnostics, modelineFindings(loaded.files.map((f) => ({ key: f.key, rel: f.rel, file: f.source.file, text: f.source.text }))));

  const texts = new Map<string, string>();
  for (const f of loaded.files) texts.set(f.source.file, f.source.text);
  const uncapped = dedupe(diagnostics).sort(compareDiagnostics);
  const check: PartnershipCheck = {
    dir,
    ...(typeof model.partnership?.name === 'string' ? { name: model.partnership.name } : {}),
    ...(phase ? { phase } : {}),
    ...(typeof declaredName === 'string' ? { declaredName } : {}),
    diagnostics: capPerFile(uncapped),
    texts,
    filesRead: loaded.filesRead,
  };
  return { check, model, withErrors: [...schemaBroken].sort(), uncapped };
}

function putInModel(model: FolderModel, f: LoadedFile): void {
  const m = model as Record<string, unknown>;
  if (f.entry !== undefined) {
    const bucket = (m[f.key] ??= {}) as Record<string, unknown>;
    bucket[f.entry] = f.source.data;
  } else m[f.key] = f.source.data;
}

function makeChecked(loaded: LoadedFolder, model: FolderModel): Checked {
  const fileFor = (key: string, entry?: string) => loaded.files.find((f) => f.key === key && f.entry === entry);
  return {
    model,
    fileFor,
    at(key, entry, path, options) {
      const f = fileFor(key, entry);
      if (!f) return { file: join(loaded.dir, entry === undefined ? `${key}.yaml` : `${key}/${entry}.yaml`), line: 1, column: 1 };
      return { file: f.source.file, ...locate(f.source, path, options) };
    },
  };
}

/**
 * Findings of the phase gate: each gap of each requirement the phase needs (requirements.ts), where it is, with the
 * requirement's words. A gap in a file that has its own errors is left out: fix those first.
 */
function gateFindings(phase: Phase, loaded: LoadedFolder, model: FolderModel, broken: Set<string>, asked: boolean): Diagnostic[] {
  const partnership = loaded.files.find((f) => f.key === 'partnership')!;
  const fileOf = (key: string, entry: string | undefined) => loaded.files.find((f) => f.key === key && f.entry === entry);
  const out: Diagnostic[] = [];
  for (const { requirement, gaps } of gateGaps(phase, model)) {
    for (const g of gaps) {
      if (g.echoes) continue; // reported once, by the requirement it echoes
      const about = g.about ? fileOf(g.about.key, g.about.entry) : undefined;
      const file = fileOf(g.key, g.entry);
      if ((about && broken.has(about.rel)) || (file && broken.has(file.rel))) continue;
      const message = g.message ?? requirement.description;
      if (!file) {
        // The file is missing: the phase in partnership.yaml claims what is not there.
        out.push({ file: partnership.source.file, ...locate(partnership.source, ['phase']), severity: 'error', rule: 'phase-gate', message, hint: asked ? g.hint : `${g.hint} Or set \`phase:\` back.` });
        continue;
      }
      out.push({ file: file.source.file, ...locate(file.source, g.path, { key: g.atKey ?? false }), severity: 'error', rule: 'phase-gate', message, hint: g.hint });
    }
  }
  return out;
}

/**
 * At most MAX_FINDINGS_PER_FILE findings per file (in order of place), then one that counts the rest: a file of
 * thousands of mistakes says where the first ones are, and the output stays readable (and small).
 */
export function capPerFile(sorted: readonly Diagnostic[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  let i = 0;
  while (i < sorted.length) {
    const file = sorted[i]!.file;
    let end = i;
    while (end < sorted.length && sorted[end]!.file === file) end++;
    const keep = Math.min(end, i + MAX_FINDINGS_PER_FILE);
    for (let k = i; k < keep; k++) out.push(sorted[k]!);
    if (keep < end) {
      const first = sorted[keep]!;
      let errors = false;
      for (let k = keep; k < end; k++) if (sorted[k]!.severity === 'error') errors = true;
      out.push({
        file, line: first.line, column: first.column, severity: errors ? 'error' : 'warning', rule: 'too-many-findings',
        message: `${formatNumber(end - keep)} more finding${end - keep === 1 ? '' : 's'} in this file from here on are not shown (at most ${MAX_FINDINGS_PER_FILE} per file).`,
        hint: 'Fix the ones above, then run `partner check` again.',
      });
    }
    i = end;
  }
  return out;
}

/** Appends one list to another; never push(...list), whose arguments overflow the stack for a long list. */
function append<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const k = `${d.file}:${d.line}:${d.column}:${d.rule}:${d.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
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
