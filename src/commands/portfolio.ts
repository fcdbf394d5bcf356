import { resolve } from 'node:path';
import type { Io } from '../cli/io.js';
import { ExitCode, UsageError } from '../core/base/diagnostic.js';
import { findPartnerships } from '../core/folder/discover.js';
import { portfolioCsv, portfolioJson, type PortfolioBuild } from '../core/portfolio/format.js';
import { portfolioViews, viewInput } from '../core/portfolio/views.js';
import { renderDate, writeRendered } from '../render/output.js';
import { gitProvenance } from '../render/provenance.js';

export const PORTFOLIO_FORMATS = ['html', 'json', 'csv'] as const;

export interface PortfolioCliOptions {
  out?: string;
  force?: boolean;
  format?: (typeof PORTFOLIO_FORMATS)[number];
  date?: string;
  title?: string;
}

/**
 * `partner portfolio [repo]`: every partnership below a folder as a registry (seed 000): a static site (--out), or
 * the same data as JSON or CSV. Partnerships with errors are listed with a note; `publish: false` leaves one out.
 * Exit 0 built, 2 usage or environment (nothing changed).
 */
export async function runPortfolio(repo: string | undefined, options: PortfolioCliOptions, io: Io): Promise<number> {
  const format = options.format ?? 'html';
  const asOf = renderDate(options.date, io.env);
  const rootArg = repo ?? '.';
  const root = resolve(io.cwd, rootArg);
  const { assertSiteTarget, buildSite, collectEntries } = await import('../render/portfolio/site.js');
  if (format === 'html' && options.out === undefined) throw new UsageError('The site needs a folder to be written to.', 'Add --out <folder>, e.g. `partner portfolio --out site`, or choose --format json or csv.');
  const out = format === 'html' ? assertSiteTarget(options.out!, { cwd: io.cwd, force: Boolean(options.force) }) : undefined;
  const dirs = findPartnerships([root]);
  const build: PortfolioBuild = { asOf, ...gitProvenance(root) };
  const siteTitle = options.title?.trim() || 'Partnership portfolio';
  const progress = progressReporter(io, dirs.length);
  if (out) {
    const result = await buildSite(out, { root, dirs, build, siteTitle, progress });
    const left = result.entries - result.listed;
    io.stderr.write(`partner: wrote the portfolio of ${result.listed === 1 ? '1 partnership' : `${result.listed.toLocaleString('en')} partnerships`} to ${options.out}${left ? ` (${left === 1 ? '1 partnership opts' : `${left} partnerships opt`} out with \`publish: false\`)` : ''}${result.views.withErrors ? `; ${result.views.withErrors === 1 ? '1 has errors in its record' : `${result.views.withErrors} have errors in their records`}, listed with a note` : ''}. Open ${options.out}/index.html in a browser.\n`);
    return ExitCode.Ok;
  }
  const entries = collectEntries({ root, dirs, build, siteTitle, progress });
  const text = format === 'json' ? portfolioJson(entries, portfolioViews(entries.map(viewInput)), build) : portfolioCsv(entries);
  const written = await writeRendered(text, { ...(options.out !== undefined ? { out: options.out } : {}), force: Boolean(options.force) }, io, { title: siteTitle });
  if (written) io.stderr.write(`partner: wrote ${options.out} (${entries.length === 1 ? '1 partnership' : `${entries.length.toLocaleString('en')} partnerships`}).\n`);
  return ExitCode.Ok;
}

/** A progress line on a terminal for builds of many partnerships; nothing when stderr is a pipe or a log. */
function progressReporter(io: Io, total: number): ((done: number, total: number) => void) | undefined {
  if (!io.stderr.isTTY || total < 50) return undefined;
  let last = 0;
  return (done) => {
    const now = Date.now();
    if (done < total && now - last < 200) return;
    last = now;
    io.stderr.write(`\rpartner: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} partnerships${done === total ? '\n' : ''}`);
  };
}
