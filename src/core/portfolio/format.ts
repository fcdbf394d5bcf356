/**
 * The portfolio as data for other tools: JSON (documented in the README, versioned like `check --format json`) and
 * CSV for spreadsheets (headers in words, lists one per line within a cell).
 */
import { csvTable } from '../export/csv.js';
import type { PortfolioEntry } from './entry.js';
import type { PortfolioViews } from './views.js';

/** Bumped when a field is removed or changes meaning; new fields may appear within a version. */
export const PORTFOLIO_JSON_VERSION = 1;

export interface PortfolioBuild {
  /** The date the portfolio is as of (YYYY-MM-DD). */
  asOf: string;
  /** Short commit of the repository, when it is one. */
  commit: string | null;
  uncommitted: boolean;
}

export function portfolioJson(entries: readonly PortfolioEntry[], views: PortfolioViews, build: PortfolioBuild): string {
  return `${JSON.stringify({ format: 'partner-portfolio', version: PORTFOLIO_JSON_VERSION, build, views, partnerships: entries }, null, 2)}\n`;
}

const COLUMNS: readonly [string, (e: PortfolioEntry) => string | number][] = [
  ['Partnership', (e) => e.name],
  ['Folder', (e) => e.path],
  ['Phase', (e) => e.phaseLabel ?? ''],
  ['Sectors', (e) => e.sectors.join('\n')],
  ['Works on', (e) => e.workOn.join('\n')],
  ['Places', (e) => e.places.join('\n')],
  ['Sustainable Development Goals', (e) => e.sdgs.join('\n')],
  ['Partners', (e) => e.partners.map((p) => p.name).join('\n')],
  ['Goal types', (e) => e.goalTypes.join('\n')],
  ['Form', (e) => e.typology ?? ''],
  ['Last review', (e) => e.lastReview?.date ?? ''],
  ['Next review', (e) => e.nextReview ?? ''],
  ['Review overdue', (e) => (e.reviewOverdue ? 'Yes' : 'No')],
  ['Commitments', (e) => e.commitments.total],
  ['Commitments delivered', (e) => e.commitments.delivered],
  ['Commitments overdue', (e) => e.commitments.overdue.length],
  ['Indicators', (e) => e.indicators.total],
  ['Indicators achieved or on track', (e) => e.indicators.counts.achieved + e.indicators.counts['on-track']],
  ['Indicators at risk or off track', (e) => e.indicators.counts['at-risk'] + e.indicators.counts['off-track']],
  ['Open items', (e) => e.openItems.count],
  ['Errors in the record', (e) => e.problems.errors],
];

/** One row per partnership, in the same CSV dialect as `partner export csv` (UTF-8 with BOM, CRLF, formulas neutralised). */
export function portfolioCsv(entries: readonly PortfolioEntry[]): string {
  return csvTable(COLUMNS.map(([h]) => h), entries.map((e) => COLUMNS.map(([, get]) => get(e))));
}
