import { resolve } from 'node:path';
import type { Io } from '../cli/io.js';
import { isValidDate } from '../core/base/dates.js';
import { ExitCode, UsageError } from '../core/base/diagnostic.js';
import { buildMap } from '../core/documents/map/model.js';
import { loadPartnershipModel } from '../core/check/model-load.js';
import { buildReview } from '../core/documents/review/model.js';
import { refuseRender } from './render.js';
import { assertFiguresCanBeWritten, placeFigures, type FigureMode } from '../render/figures.js';
import { assertCanWrite, pageOptions, renderDate, writeRendered, type RenderCliOptions } from '../render/output.js';
import { pageFrame } from '../render/page.js';
import { drawMap, drawReviewFigures } from '../render/pictures.js';
import { gitProvenance } from '../render/provenance.js';
import { writeFileAtomic, writeFilesAtomic } from '../util/atomic-write.js';

/** Prints the findings that stop a document (exit 1, or 2 when the environment is at fault). */

/**
 * `partner render review [dir] [--review <date>]`: the review report along seed 002 Phase 3 and Fig. 1, with a chart
 * per indicator and a heat map of the partners' ratings. The latest review by default; without any review recorded,
 * a report that prepares the first one. Pictures: src/render/figures.ts. Exit 0 rendered, 1 the files have errors,
 * 2 usage.
 */
export async function runRenderReview(dir: string | undefined, options: RenderCliOptions & { review?: string }, io: Io): Promise<number> {
  const date = renderDate(options.date, io.env);
  if (options.review !== undefined && !isValidDate(options.review)) throw new UsageError(`--review ${options.review} is not a valid date.`, 'Give the date of a review as YYYY-MM-DD, the name of its file in reviews/.');
  const pages = await pageOptions(options, io);
  assertCanWrite(options, io);
  const load = loadPartnershipModel(dir ?? '.', { today: date });
  if (!load.ok) return refuseRender(load, 'the review report', io);
  const view = buildReview(load.model, { date, ...(options.review !== undefined ? { review: options.review } : {}), ...gitProvenance(load.dir) });
  const figures = drawReviewFigures(view);
  // HTML and Word take the pictures in place of a placeholder; Markdown links to them.
  const mode: FigureMode = options.format === 'html' || options.format === 'docx' ? { kind: 'html' } : options.out ? { kind: 'files', out: resolve(io.cwd, options.out) } : { kind: 'inline' };
  const placed = placeFigures(figures, mode);
  assertFiguresCanBeWritten(placed, { force: Boolean(options.force), cwd: io.cwd });
  const { renderBuiltin, renderFile } = await import('../render/handlebars.js');
  const markdown = options.template ? renderFile('review', resolve(io.cwd, options.template), options.template, view) : renderBuiltin('review', view);
  // The pictures first, so the Markdown never links to a file that is not there.
  writeFilesAtomic(placed.files, { overwrite: Boolean(options.force) });
  const written = await writeRendered(markdown, options, io, { title: view.document.title, figures: placed.inline, frame: pageFrame(view, pages.paper), date, reference: pages.reference });
  if (written) {
    const pictures = placed.files.length ? ` and ${placed.files.length === 1 ? '1 picture' : `${placed.files.length} pictures`} beside it` : '';
    io.stderr.write(`partner: wrote ${options.out}${pictures}${view.review.recorded ? '' : ' (no review recorded yet: a report to prepare the first one)'}.\n`);
  }
  return ExitCode.Ok;
}

export interface MapCliOptions {
  format?: 'svg' | 'html' | 'docx';
  out?: string;
  force?: boolean;
  template?: string;
  date?: string;
  paper?: string;
  referenceDoc?: string;
}

/**
 * `partner render map [dir]`: the stakeholder map, as an SVG picture (default) or an HTML page with the picture and
 * the map in words. Exit 0 rendered, 1 the files have errors, 2 usage.
 */
export async function runRenderMap(dir: string | undefined, options: MapCliOptions, io: Io): Promise<number> {
  const date = renderDate(options.date, io.env);
  const format = options.format ?? 'svg';
  if (options.template && format === 'svg') throw new UsageError('--template shapes the HTML page around the map; an SVG picture has no template.', 'Add --format html, or leave out --template.');
  const page: RenderCliOptions = { ...options, format: format === 'docx' ? 'docx' : 'html' };
  const pages = await pageOptions({ ...options, format: page.format }, io);
  assertCanWrite(page, io);
  const load = loadPartnershipModel(dir ?? '.', { today: date });
  if (!load.ok) return refuseRender(load, 'the stakeholder map', io);
  const view = buildMap(load.model, { date, ...gitProvenance(load.dir) });
  const drawn = drawMap(view);
  if (format === 'svg') {
    if (options.out) {
      writeFileAtomic(resolve(io.cwd, options.out), drawn.svg, { overwrite: Boolean(options.force) });
      io.stderr.write(`partner: wrote ${options.out}.\n`);
    } else io.stdout.write(drawn.svg);
    return ExitCode.Ok;
  }
  const placed = placeFigures([drawn], { kind: 'html' });
  const { renderBuiltin, renderFile } = await import('../render/handlebars.js');
  const markdown = options.template ? renderFile('map', resolve(io.cwd, options.template), options.template, view) : renderBuiltin('map', view);
  const written = await writeRendered(markdown, page, io, { title: view.document.title, figures: placed.inline, frame: pageFrame(view, pages.paper), date, reference: pages.reference });
  if (written) io.stderr.write(`partner: wrote ${options.out}.\n`);
  return ExitCode.Ok;
}
