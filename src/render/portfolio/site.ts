/**
 * Builds the portfolio: every partnership below the given paths checked once, summarised, and (for the site) its
 * page written straight away, so that only the compact summaries stay in memory. The site is written into a
 * temporary folder beside --out and moved into place at the end: an interrupted or failed build leaves the old site
 * as it was, and a folder is replaced only when it holds a site partner built (`.partner-portfolio`) and --force is
 * given.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { folderName } from '../../util/folder-name.js';
import { UsageError } from '../../core/base/diagnostic.js';
import { loadPartnershipModel } from '../../core/check/model-load.js';
import { portfolioEntry, type PortfolioEntry } from '../../core/portfolio/entry.js';
import type { PortfolioBuild } from '../../core/portfolio/format.js';
import { portfolioViews, type PortfolioViews } from '../../core/portfolio/views.js';
import { describeErrno } from '../../util/atomic-write.js';
import { removeQuietly, trackTemp } from '../../util/interrupt.js';
import { PACKAGE_ROOT } from '../../util/package-paths.js';
import { chunksOf, runChunks, threadsFor } from '../../core/workers/pool.js';
import { TEMPLATE_DIR } from '../templates.js';
import { indexData, indexPages, type IndexRow } from './index-page.js';
import { CHUNK, THREAD_THRESHOLD, writePages, type PageItem, type PagesJob, type PagesResult } from './pages.js';
import { viewsPage } from './views-page.js';

export const SITE_MARKER = '.partner-portfolio';

export interface PortfolioOptions {
  root: string;
  dirs: readonly string[];
  build: PortfolioBuild;
  siteTitle: string;
  /** Called after each partnership, for progress on long builds. */
  progress?: (done: number, total: number) => void;
}

/** A stable, unique, URL-safe id for each folder, from its path below the root. */
export function idsFor(root: string, dirs: readonly string[]): Map<string, { id: string; path: string }> {
  const used = new Set<string>();
  const out = new Map<string, { id: string; path: string }>();
  for (const dir of dirs) {
    const rel = relative(root, dir).split(sep).join('/');
    const path = rel === '' ? folderName(dir) : rel;
    const base = (rel === '' ? basename(resolve(dir)) : rel).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'partnership';
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    out.set(dir, { id, path });
  }
  return out;
}

/** Summaries of every partnership (no site), for --format json and csv. */
export function collectEntries(options: PortfolioOptions): PortfolioEntry[] {
  const ids = idsFor(options.root, options.dirs);
  const entries: PortfolioEntry[] = [];
  options.dirs.forEach((dir, i) => {
    const entry = portfolioEntry(loadPartnershipModel(dir, { today: options.build.asOf }), { ...ids.get(dir)!, today: options.build.asOf });
    // Copied whole, so that no text in it keeps its file's whole text in memory (see pages.ts).
    if (entry) entries.push(structuredClone(entry));
    options.progress?.(i + 1, options.dirs.length);
  });
  return entries;
}

/** Refuses, before any work, an --out that may not be replaced. Returns its absolute path. */
export function assertSiteTarget(out: string, options: { cwd: string; force: boolean }): string {
  const abs = resolve(options.cwd, out);
  const parent = dirname(abs);
  if (!existsSync(parent)) throw new UsageError(`The folder ${dirname(out) || '.'} does not exist, so ${out} cannot be created.`, 'Create it first, or choose another --out.');
  let stat;
  try {
    stat = lstatSync(abs);
  } catch {
    return abs;
  }
  if (!stat.isDirectory()) throw new UsageError(`${out} exists and is not a folder; the site is never written over it.`, 'Choose another --out folder.');
  if (!existsSync(join(abs, SITE_MARKER))) throw new UsageError(`${out} exists and does not hold a portfolio built by partner; it is never replaced.`, 'Choose a new folder for --out, or empty this one yourself.');
  if (!options.force) throw new UsageError(`${out} already holds a portfolio; it is replaced only with --force.`, `Run again with --force to rebuild it.`);
  return abs;
}

/** Builds the whole site into `out` (see assertSiteTarget). Returns the entries and views it published. */
export async function buildSite(out: string, options: PortfolioOptions): Promise<{ entries: number; listed: number; views: PortfolioViews }> {
  const tmp = join(dirname(out), `.${basename(out)}.partner-tmp-${process.pid}-${Date.now().toString(36)}`);
  const done = trackTemp(tmp);
  try {
    mkdirSync(join(tmp, 'p'), { recursive: true });
    mkdirSync(join(tmp, 'data'));
    mkdirSync(join(tmp, 'assets'));
    const { rows, views } = await writePartnershipPages(tmp, options);
    for (const p of indexPages(rows, views, options.build, options.siteTitle)) writeFileSync(join(tmp, p.name), p.html);
    writeFileSync(join(tmp, 'views.html'), viewsPage(views, options.build, options.siteTitle));
    writeFileSync(join(tmp, 'data', 'index.js'), indexData(rows));
    for (const asset of ['portfolio.css', 'portfolio.js']) writeFileSync(join(tmp, 'assets', asset), readFileSync(join(TEMPLATE_DIR, 'portfolio', asset)));
    writeFileSync(join(tmp, SITE_MARKER), `Built by partner portfolio as of ${options.build.asOf}. partner replaces this folder only with --force.\n`);
    swapInto(tmp, out);
    return { entries: options.dirs.length, listed: rows.length, views };
  } catch (error) {
    removeQuietly(tmp);
    const code = (error as NodeJS.ErrnoException).code;
    if (code && !(error instanceof UsageError)) throw new UsageError(`The portfolio could not be written to ${out}: ${describeErrno(code)}. Nothing was changed.`, 'Free some space or choose another --out, then run it again.');
    throw error;
  } finally {
    done();
  }
}

/** The partnerships' pages, on worker threads when there are many and cores to spare (core/workers' rule). */
async function writePartnershipPages(tmp: string, options: PortfolioOptions): Promise<{ rows: IndexRow[]; views: PortfolioViews }> {
  const ids = idsFor(options.root, options.dirs);
  const job: PagesJob = { tmp, build: options.build, siteTitle: options.siteTitle };
  const items: PageItem[] = options.dirs.map((dir) => ({ dir, ...ids.get(dir)! }));
  const script = join(PACKAGE_ROOT, 'dist', 'render', 'portfolio', 'worker.js');
  const threads = existsSync(script) ? threadsFor(items.length, { threshold: THREAD_THRESHOLD, chunk: CHUNK }) : 0;
  const chunks = chunksOf(items, CHUNK);
  const done: PagesResult[] = new Array(chunks.length);
  let finished = 0;
  const record = (id: number, result: PagesResult) => {
    done[id] = result;
    finished += chunks[id]!.length;
    options.progress?.(finished, items.length);
  };
  const local = (chunk: readonly PageItem[]) => writePages(chunk, job);
  if (threads === 0) chunks.forEach((chunk, id) => record(id, local(chunk)));
  else await runChunks({ script, workerData: job, threads, chunks, local, record });
  return { rows: done.flatMap((d) => d.rows), views: portfolioViews(done.flatMap((d) => d.summaries)) };
}

/** Moves the new site into place; an old one is moved aside first and removed only once the new one is there. */
function swapInto(tmp: string, out: string): void {
  if (!existsSync(out)) {
    renameSync(tmp, out);
    return;
  }
  const old = join(dirname(out), `.${basename(out)}.partner-old-${process.pid}-${Date.now().toString(36)}`);
  renameSync(out, old);
  try {
    renameSync(tmp, out);
  } catch (error) {
    renameSync(old, out);
    throw error;
  }
  removeQuietly(old);
}
