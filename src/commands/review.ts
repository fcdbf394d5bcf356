import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import type { Io } from '../cli/io.js';
import { wantsColor } from '../cli/io.js';
import { ExitCode, UsageError } from '../core/base/diagnostic.js';
import { listText } from '../core/base/wording.js';
import { loadPartnershipModel, type ModelLoad } from '../core/check/model-load.js';
import { validateFile } from '../core/check/schemas.js';
import { surveyInput } from '../core/documents/survey/form.js';
import { surveyMarkdown } from '../core/documents/survey/printable.js';
import { surveyXForm } from '../core/documents/survey/xform.js';
import { surveyXlsForm } from '../core/documents/survey/xlsform.js';
import { answersOf } from '../core/record/survey/answers.js';
import { mergeAnswers } from '../core/record/survey/merge.js';
import { formatOf, readResponses, ResponsesError } from '../core/record/survey/responses.js';
import { formatters } from '../format/index.js';
import { escapeInline } from '../render/markdown.js';
import { pageFrame } from '../render/page.js';
import { choosePaper } from '../render/paper.js';
import { renderDate } from '../render/output.js';
import { describeErrno, writeFileAtomic } from '../util/atomic-write.js';
import { checkOutputPath, lstatOrUndefined } from '../util/output-path.js';
import { writeXlsx, XlsxError } from '../util/xlsx.js';
import { ZipError } from '../util/zip.js';

export const SURVEY_FORMATS = ['xform', 'xlsform', 'md', 'html', 'docx'] as const;
export type SurveyFormat = (typeof SURVEY_FORMATS)[number];

async function refuse(load: Extract<ModelLoad, { ok: false }>, what: string, io: Io): Promise<number> {
  const stylish = await formatters.stylish();
  io.stderr.write(await stylish({ diagnostics: load.blocking, partnerships: [load.check], texts: load.check.texts, color: wantsColor(io, undefined, 'stderr') }));
  io.stderr.write(`partner: ${what}; fix these errors first (\`partner check\` shows every finding).\n`);
  return load.environment ? ExitCode.Usage : ExitCode.Findings;
}

/**
 * `partner review survey [dir]`: the review questionnaire of seed 002 Fig. 1 for every partner, as an ODK XForm
 * (.xml), an XLSForm (.xlsx) and a printable form (.md, .html, .docx through the documents' Word path), written into
 * --out (default review-survey/).
 */
export async function runReviewSurvey(dir: string | undefined, options: { out?: string; format?: SurveyFormat[]; force?: boolean; date?: string; paper?: string }, io: Io): Promise<number> {
  const date = renderDate(options.date, io.env);
  const load = loadPartnershipModel(dir ?? '.', { today: date });
  if (!load.ok) return refuse(load, 'the survey was not written', io);
  const input = surveyInput(load.model, date);
  if (!input.partners.length) throw new UsageError('No stakeholder is an active partner or a pilot, so there is no one to ask; nothing was written.', 'Set `engagement: active-partner` for the partners in stakeholders.yaml.');
  const formats = options.format?.length ? options.format : SURVEY_FORMATS;
  const outShown = options.out ?? 'review-survey';
  const out = resolve(io.cwd, outShown);
  const stat = lstatOrUndefined(out);
  if (stat && !stat.isDirectory()) throw new UsageError(`${outShown} is not a folder; nothing was written.`, 'Give --out a folder to write the forms into.');
  const files: [string, string | Buffer][] = [];
  const markdown = surveyMarkdown(input, escapeInline);
  for (const f of formats) {
    if (f === 'xform') files.push([`${input.formId}.xml`, surveyXForm(input)]);
    if (f === 'xlsform') files.push([`${input.formId}.xlsx`, writeXlsx(surveyXlsForm(input))]);
    if (f === 'md') files.push([`${input.formId}.md`, markdown]);
    if (f === 'html') files.push([`${input.formId}.html`, (await import('../render/html.js')).htmlPage(markdown, { title: input.title })]);
    if (f === 'docx') files.push([`${input.formId}.docx`, Buffer.from(await surveyDocx(markdown, input.title, load.model.partnership?.name ?? input.title, date, options.paper, io))]);
  }
  if (!stat) mkdirSync(out, { recursive: true });
  const paths = files.map(([name]) => checkOutputPath(join(outShown, name), { cwd: io.cwd, force: Boolean(options.force) }));
  files.forEach(([, content], i) => writeFileAtomic(paths[i]!, content, { overwrite: Boolean(options.force) }));
  io.stdout.write(`Wrote the review questionnaire for ${input.partners.length} partner${input.partners.length === 1 ? '' : 's'} (${listText(input.partners.map((p) => p.name))}):\n${paths.map((p) => `  ${relative(io.cwd, p) || p}\n`).join('')}`);
  io.stdout.write(`Upload the .xml to ODK Central (or Enketo), or the .xlsx to KoboToolbox; print the .html or the .docx for partners who answer on paper.\nThen: partner review import <responses.csv|xlsx|xml>${dir ? ` ${dir}` : ''} --date <review date>\n`);
  return ExitCode.Ok;
}

/** The printable form as a Word document, by the same writer as the documents (src/render/docx). */
async function surveyDocx(markdown: string, title: string, partnership: string, date: string, paper: string | undefined, io: Io): Promise<Uint8Array> {
  const frame = pageFrame({ document: { kind: 'survey' }, partnership: { name: partnership }, meta: { date } }, choosePaper(paper, io.env));
  return (await import('../render/docx/document.js')).renderDocx(markdown, { title, frame, date });
}

/**
 * `partner review import <responses> [dir]`: merges the answers exported from ODK Central, Enketo or KoboToolbox
 * (CSV, .xlsx or submission XML) into reviews/<date>.yaml. Nothing is written when a row has a problem (exit 1), or
 * when a partner's answers are already in the review and --force is not given (exit 2).
 */
export async function runReviewImport(file: string, dir: string | undefined, options: { date?: string; force?: boolean; via?: string }, io: Io): Promise<number> {
  const date = renderDate(options.date, io.env);
  const bytes = readResponsesFile(file, io);
  const format = formatOf(file, bytes);
  if (!format) throw new UsageError(`${file} is empty; nothing was imported.`, 'Export the responses from ODK Central or KoboToolbox as CSV, XLSX or XML.');
  let responses;
  try {
    responses = readResponses(bytes, format);
  } catch (e) {
    if (e instanceof ResponsesError || e instanceof XlsxError || e instanceof ZipError) throw new UsageError(`${file} cannot be read: ${e.message}; nothing was imported.`, 'Export the responses from ODK Central or KoboToolbox as CSV, XLSX or XML.');
    throw e;
  }
  const load = loadPartnershipModel(dir ?? '.', { today: date });
  if (!load.ok) return refuse(load, 'nothing was imported', io);
  const partners = new Map((load.model.stakeholders?.stakeholders ?? []).map((s) => [s.id, s.name]));
  const named = (ids: readonly string[]) => listText(ids.map((id) => partners.get(id)?.trim() || id));
  const { answers, problems } = answersOf(responses.rows, partners, options.via ?? responses.via);
  if (problems.length) {
    for (const p of problems) io.stderr.write(`${file}, ${p.place}: ${p.message}.\n  hint: ${p.hint}\n`);
    io.stderr.write(`partner: nothing was imported; correct ${problems.length === 1 ? 'this answer' : `these ${problems.length} answers`} first.\n`);
    return ExitCode.Findings;
  }
  if (!answers.length) throw new UsageError(`${file} holds no answers; nothing was imported.`, 'Check that it is the export of the review questionnaire written by `partner review survey`.');
  const reviewPath = join(load.dir, 'reviews', `${date}.yaml`);
  const existing = lstatOrUndefined(reviewPath) ? readFileSync(reviewPath, 'utf8') : undefined;
  const merged = mergeAnswers(existing, date, answers, Boolean(options.force));
  if (merged.conflicts.length) throw new UsageError(`reviews/${date}.yaml already holds the answers of ${named(merged.conflicts)}; nothing was imported.`, 'Add --force to replace their answers with these, or give another --date.');
  const errors = validateFile('reviews', parse(merged.text));
  if (errors.length) throw new UsageError(`The merged review would not match its schema (${errors[0]!.instancePath} ${errors[0]!.message}); nothing was imported.`, 'Run `partner check` on the partnership, then try again.');
  mkdirSync(join(load.dir, 'reviews'), { recursive: true });
  writeFileAtomic(reviewPath, merged.text, { overwrite: existing !== undefined, record: true });
  const active = (load.model.stakeholders?.stakeholders ?? []).filter((s) => s.engagement === 'active-partner').map((s) => s.id);
  const answered = new Set([...answeredIn(existing), ...answers.map((a) => a.stakeholder)]);
  const missing = active.filter((id) => !answered.has(id));
  const shown = relative(io.cwd, reviewPath) || reviewPath;
  io.stdout.write(`Imported the answers of ${named([...merged.added, ...merged.replaced])} into ${shown}${merged.replaced.length ? ` (replacing those of ${named(merged.replaced)})` : ''}.\n`);
  io.stdout.write(missing.length ? `Still to answer: ${named(missing)} (every active partner's view is needed, seed 002 Phase 3).\n` : 'Every active partner has answered.\n');
  return ExitCode.Ok;
}

function answeredIn(text: string | undefined): string[] {
  if (text === undefined) return [];
  const data = parse(text) as { respondents?: { stakeholder?: string }[] } | null;
  return (data?.respondents ?? []).map((r) => r.stakeholder ?? '').filter(Boolean);
}

function readResponsesFile(file: string, io: Io): Buffer {
  const path = resolve(io.cwd, file);
  const stat = lstatOrUndefined(path);
  if (!stat) throw new UsageError(`${file} does not exist; nothing was imported.`, 'Give the file exported from ODK Central or KoboToolbox.');
  if (!stat.isFile()) throw new UsageError(`${file} is not a file; nothing was imported.`, 'Give the file exported from ODK Central or KoboToolbox.');
  if (stat.size > 64 * 1024 * 1024) throw new UsageError(`${file} is larger than partner reads (64 MB); nothing was imported.`, 'Export only the review questionnaire\'s responses.');
  try {
    return readFileSync(path);
  } catch (e) {
    throw new UsageError(`${file} cannot be read: ${describeErrno((e as NodeJS.ErrnoException).code)}; nothing was imported.`, 'Check the file\'s permissions.');
  }
}
