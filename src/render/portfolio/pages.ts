/**
 * Writes the pages of a chunk of partnerships and returns what the index and the views need of each: the work of
 * one thread, the same on the main thread and on a worker (./worker.ts), so a build's output never depends on how
 * many threads made it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPartnershipModel } from '../../core/check/model-load.js';
import { buildMap } from '../../core/documents/map/model.js';
import { buildReviewSummary } from '../../core/documents/review/model.js';
import { portfolioEntry } from '../../core/portfolio/entry.js';
import type { PortfolioBuild } from '../../core/portfolio/format.js';
import { viewInput, type ViewInput } from '../../core/portfolio/views.js';
import type { DrawnFigure } from '../figures.js';
import { drawMap, drawReviewFigures } from '../pictures.js';
import { indexRow, type IndexRow } from './index-page.js';
import { partnershipPage } from './partnership-page.js';

/** Partnerships per message to a worker. */
export const CHUNK = 16;
/** Fewer partnerships than this are built on this thread alone. */
export const THREAD_THRESHOLD = 64;

export interface PageItem {
  dir: string;
  id: string;
  path: string;
}

export interface PagesJob {
  tmp: string;
  build: PortfolioBuild;
  siteTitle: string;
}

export interface PagesResult {
  rows: IndexRow[];
  summaries: ViewInput[];
}

export function writePages(items: readonly PageItem[], job: PagesJob): PagesResult {
  const rows: IndexRow[] = [];
  const summaries: ViewInput[] = [];
  const { asOf } = job.build;
  for (const { dir, id, path } of items) {
    const load = loadPartnershipModel(dir, { today: asOf });
    const entry = portfolioEntry(load, { id, path, today: asOf });
    if (!entry) continue;
    const figures = load.ok ? { map: load.model.stakeholders?.stakeholders.length ? drawMap(buildMap(load.model, { date: asOf, commit: null, uncommitted: false })) : null, review: entry.lastReview ? reviewPictures(load.model, asOf, entry.lastReview.date) : [] } : { map: null, review: [] };
    writeFileSync(join(job.tmp, 'p', `${entry.id}.html`), partnershipPage(entry, figures, job.build, job.siteTitle));
    // Copied whole: a text taken from a file (a name, a place) can be a slice of the file's whole text, which would
    // otherwise stay in memory for the rest of the build, for every partnership (about 20 KB each).
    rows.push(structuredClone(indexRow(entry)));
    summaries.push(structuredClone(viewInput(entry)));
  }
  return { rows, summaries };
}

/** The review's summary picture and heat map; the indicators are a table on the page, not a chart each. */
function reviewPictures(model: Parameters<typeof buildReviewSummary>[0], date: string, review: string): DrawnFigure[] {
  return drawReviewFigures({ ...buildReviewSummary(model, { date, review }), impacts: { indicators: [] } });
}
