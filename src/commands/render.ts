import { resolve } from 'node:path';
import type { Io } from '../cli/io.js';
import { wantsColor } from '../cli/io.js';
import { buildAgreement } from '../core/documents/agreement/model.js';
import { ExitCode } from '../core/base/diagnostic.js';
import { loadPartnershipModel } from '../core/check/model-load.js';
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
  if (!load.ok) {
    const stylish = await formatters.stylish();
    io.stderr.write(await stylish({ diagnostics: load.blocking, partnerships: [load.check], texts: load.check.texts, color: wantsColor(io, undefined, 'stderr') }));
    io.stderr.write('partner: the agreement was not rendered; fix these errors first (`partner check` shows every finding).\n');
    return load.environment ? ExitCode.Usage : ExitCode.Findings;
  }
  const view = buildAgreement(load.model, { date, ...gitProvenance(load.dir) });
  const { renderBuiltin, renderFile } = await import('../render/handlebars.js');
  const markdown = options.template ? renderFile('agreement', resolve(io.cwd, options.template), options.template, view) : renderBuiltin('agreement', view);
  const written = await writeRendered(markdown, options, io, { title: view.document.title, mark: 'DRAFT', frame: pageFrame(view, pages.paper), date, reference: pages.reference, openItems: view.openItems });
  if (written) io.stderr.write(`partner: wrote ${options.out} (${view.openCount === 1 ? '1 open item' : `${view.openCount} open items`}).\n`);
  return ExitCode.Ok;
}
