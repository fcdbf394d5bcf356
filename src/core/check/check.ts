import { join } from 'node:path';
import { compareDiagnostics, type Diagnostic } from '../base/diagnostic.js';
import { MAX_FINDINGS_PER_FILE } from '../base/limits.js';
import { CONTENT_RULES } from './content-rules.js';
import { formatNumber } from '../base/wording.js';
import { modelineFindings } from '../folder/editor-schemas.js';
import type { CheckOptions, Checked, PartnershipCheck } from './types.js';
import { FOLDERS, isPhase, type Phase } from '../folder/layout.js';
import { loadFolder, type LoadedFile, type LoadedFolder } from '../folder/load.js';
import { schemaFindings, pointerToPath } from './schema-findings.js';
import { validateFile, validatePhase, type SchemaError } from './schemas.js';
import { locate, type PathSegment, type YamlSource } from '../yaml/source.js';
import { referenceFindings } from './references.js';
import { classificationFindings } from './classifications.js';
import { runRules } from './rules/index.js';
import { codeRequirementsUpTo } from './gate-code.js';
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
export function checkPartnershipModel(dir: string, options: CheckOptions): { check: PartnershipCheck; model: FolderModel; withErrors: string[] } {
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
  append(diagnostics, runRules(checked, { today: options.today, phase: isPhase(declared) ? declared : undefined }));
  append(diagnostics, modelineFindings(loaded.files.map((f) => ({ key: f.key, rel: f.rel, file: f.source.file, text: f.source.text }))));

  const texts = new Map<string, string>();
  for (const f of loaded.files) texts.set(f.source.file, f.source.text);
  const check: PartnershipCheck = {
    dir,
    ...(typeof model.partnership?.name === 'string' ? { name: model.partnership.name } : {}),
    ...(phase ? { phase } : {}),
    ...(typeof declaredName === 'string' ? { declaredName } : {}),
    diagnostics: capPerFile(dedupe(diagnostics).sort(compareDiagnostics)),
    texts,
    filesRead: loaded.filesRead,
  };
  return { check, model, withErrors: [...schemaBroken].sort() };
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
 * Findings from the phase schema: what the phase needs that the folder lacks. Each requirement's description (in
 * the schema) is the message. Files with their own schema errors are left out: fix those first.
 */
function gateFindings(phase: Phase, loaded: LoadedFolder, model: FolderModel, broken: Set<string>, asked: boolean): Diagnostic[] {
  // `contains` also reports why each item failed; the requirement itself is the finding.
  const errors = validatePhase(phase, model).filter((e) => e.keyword !== 'if' && e.keyword !== 'allOf' && !e.schemaPath.includes('/contains/'));
  const partnership = loaded.files.find((f) => f.key === 'partnership')!;
  const out: Diagnostic[] = [];
  for (const e of errors) {
    const message = describeGate(e);
    const path = pointerToPath(e.instancePath);
    const [key, second, ...rest] = path;
    if (key === undefined) {
      // A whole file is missing: the phase in partnership.yaml claims what is not there.
      const missing = (e.params as { missingProperty?: string }).missingProperty ?? '';
      const name = (FOLDERS as readonly string[]).includes(missing) ? `${missing}/` : `${missing}.yaml`;
      if (loaded.files.some((f) => f.key === missing) && [...broken].some((b) => b.startsWith(missing))) continue;
      out.push({ file: partnership.source.file, ...locate(partnership.source, ['phase']), severity: 'error', rule: 'phase-gate', message, hint: `Create ${name}${asked ? '' : ` or set \`phase:\` back`} (\`partner init\` writes a skeleton of every file).` });
      continue;
    }
    const entry = (FOLDERS as readonly string[]).includes(String(key)) ? (second === undefined ? undefined : String(second)) : undefined;
    const inner = (FOLDERS as readonly string[]).includes(String(key)) ? rest : [second, ...rest].filter((s) => s !== undefined);
    const file = loaded.files.find((f) => f.key === key && f.entry === entry);
    if (!file) {
      const dirFile = (FOLDERS as readonly string[]).includes(String(key));
      out.push({ file: partnership.source.file, ...locate(partnership.source, ['phase']), severity: 'error', rule: 'phase-gate', message, hint: dirFile ? `Add a file to ${String(key)}/.` : `Create ${String(key)}.yaml.` });
      continue;
    }
    if (broken.has(file.rel)) continue;
    out.push({ file: file.source.file, ...locate(file.source, inner as PathSegment[], { key: e.keyword === 'contains' }), severity: 'error', rule: 'phase-gate', message, hint: gateHint(e, file.source, inner as PathSegment[]) });
  }
  // Requirements that compare files; skipped while a file they read has errors of its own.
  if ([...broken].some((b) => b.startsWith('reviews/') || b === 'stakeholders.yaml')) return out;
  for (const r of codeRequirementsUpTo(phase)) {
    for (const s of r.shortfalls(model)) {
      const file = loaded.files.find((f) => f.key === s.key && f.entry === s.entry);
      if (file) out.push({ file: file.source.file, ...locate(file.source, s.path), severity: 'error', rule: 'phase-gate', message: r.description, hint: s.hint });
    }
  }
  return out;
}

function describeGate(e: SchemaError): string {
  const d = (e.parentSchema as { description?: string } | undefined)?.description;
  return d ?? `The phase requires ${e.message ?? 'more'}.`;
}

function gateHint(e: SchemaError, _source: YamlSource, path: readonly PathSegment[]): string {
  if (e.keyword === 'required') return `Add \`${(e.params as { missingProperty: string }).missingProperty}:\` here.`;
  if (e.keyword === 'minItems' || e.keyword === 'minLength' || e.keyword === 'minProperties') return `Fill in \`${String(path[path.length - 1] ?? 'this')}\`.`;
  if (e.keyword === 'contains') return 'None of the entries here meets it yet.';
  if (e.keyword === 'not' && path[path.length - 1] === 'status') return 'Resolve it and set `status: agreed`, or `status: parked` if work can start without it.';
  if (e.keyword === 'not' && path[path.length - 1] === 'ratification') return 'Once the organisation has ratified the agreement, set `ratification: done` and `ratified_on:`.';
  return 'See `partner status` for what this phase needs.';
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
      let broken = false;
      for (let k = keep; k < end; k++) {
        if (sorted[k]!.severity !== 'error') continue;
        errors = true;
        if (!CONTENT_RULES.has(sorted[k]!.rule)) broken = true;
      }
      // Hidden errors that only say what is still missing keep documents possible (model-load.ts), as they would shown.
      out.push({
        file, line: first.line, column: first.column, severity: errors ? 'error' : 'warning', rule: errors && !broken ? 'too-many-gaps' : 'too-many-findings',
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
