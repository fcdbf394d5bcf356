import { resolve } from 'node:path';
import type { Io } from '../cli/io.js';
import { wantsColor } from '../cli/io.js';
import { buildAgreement } from '../core/documents/agreement/model.js';
import { ExitCode, UsageError } from '../core/base/diagnostic.js';
import { buildMinutes } from '../core/documents/minutes/model.js';
import { loadPartnershipModel, type ModelLoad } from '../core/check/model-load.js';
import { formatters } from '../format/index.js';
import { assertCanWrite, pageOptions, renderDate, writeRendered, type RenderCliOptions } from '../render/output.js';
import { pageFrame } from '../render/page.js';
import { gitProvenance } from '../render/provenance.js';

/**
 * `partner render agreement [dir]`: the draft partnership agreement for a negotiation meeting (seed 002, "Planning"
 * and "Partnership agreements"): what is agreed, stated cleanly; what is not, as numbered open items, in place and
 * listed at the top. Exit 0 when rendered (open items are expected), 1 when the files have errors, 2 for usage.
 */
export async function runRenderAgreement(dir: string | undefined, options: RenderCliOptions, io: Io): Promise<number> {
  const date = renderDate(options.date, io.env);
  const pages = await pageOptions(options, io);
  assertCanWrite(options, io);
  const load = loadPartnershipModel(dir ?? '.', { today: date });
  if (!load.ok) return refuseRender(load, 'the agreement', io);
  const view = buildAgreement(load.model, { date, ...gitProvenance(load.dir) });
  const { renderBuiltin, renderFile } = await import('../render/handlebars.js');
  const markdown = options.template ? renderFile('agreement', resolve(io.cwd, options.template), options.template, view) : renderBuiltin('agreement', view);
  const written = await writeRendered(markdown, options, io, { title: view.document.title, mark: 'DRAFT', frame: pageFrame(view, pages.paper), date, reference: pages.reference, openItems: view.openItems });
  if (written) io.stderr.write(`partner: wrote ${options.out} (${view.openCount === 1 ? '1 open item' : `${view.openCount} open items`}).\n`);
  return ExitCode.Ok;
}

/**
 * `partner render minutes <meeting> [dir]`: the minutes of a meeting in meetings/, for distribution to partners
 * (seed 004 step 4). `meeting` is the file's name without .yaml (its date, and words when several share a day).
 */
export async function runRenderMinutes(meeting: string, dir: string | undefined, options: RenderCliOptions, io: Io): Promise<number> {
  const date = renderDate(options.date, io.env);
  const pages = await pageOptions(options, io);
  assertCanWrite(options, io);
  const load = loadPartnershipModel(dir ?? '.', { today: date });
  if (!load.ok) return refuseRender(load, 'the minutes', io, 'were');
  const entry = meetingEntry(Object.keys(load.model.meetings ?? {}), meeting.replace(/\.ya?ml$/, '').replace(/^meetings\//, ''));
  const view = buildMinutes(load.model, entry, { date, ...gitProvenance(load.dir) });
  const { renderBuiltin, renderFile } = await import('../render/handlebars.js');
  const markdown = options.template ? renderFile('minutes', resolve(io.cwd, options.template), options.template, view) : renderBuiltin('minutes', view);
  const written = await writeRendered(markdown, options, io, { title: view.document.title, frame: pageFrame(view, pages.paper), date, reference: pages.reference });
  if (written) io.stderr.write(`partner: wrote ${options.out}.\n`);
  return ExitCode.Ok;
}

/** The meeting file `given` names: its exact name, or the only meeting of that date. */
function meetingEntry(entries: readonly string[], given: string): string {
  if (entries.includes(given)) return given;
  const sameDay = entries.filter((e) => e.startsWith(`${given}-`));
  if (sameDay.length === 1) return sameDay[0]!;
  const sorted = [...entries].sort();
  if (sameDay.length > 1) throw new UsageError(`Several meetings were held on ${given}: ${sameDay.join(', ')}.`, `Name one, e.g. \`partner render minutes ${sameDay[0]}\`.`);
  throw new UsageError(`There is no meeting "${given}" in meetings/.`, sorted.length ? `Meetings recorded: ${sorted.slice(-10).join(', ')}.` : 'Record one first with `partner record meeting`.');
}

/** The findings that stop a document, on standard error; exit 1 (2 for an environment error such as permissions). */
export async function refuseRender(load: Extract<ModelLoad, { ok: false }>, what: string, io: Io, verb: 'was' | 'were' = 'was'): Promise<number> {
  const stylish = await formatters.stylish();
  io.stderr.write(await stylish({ diagnostics: load.blocking, partnerships: [load.check], texts: load.check.texts, color: wantsColor(io, undefined, 'stderr') }));
  io.stderr.write(`partner: ${what} ${verb} not rendered; fix these errors first (\`partner check\` shows every finding).\n`);
  return load.environment ? ExitCode.Usage : ExitCode.Findings;
}
