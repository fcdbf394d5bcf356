/**
 * `partner export csv`: the partnership's tables as CSV files for partners' spreadsheets. Pure: a folder model in,
 * file names and contents out; the command (src/commands/export.ts) writes them.
 *
 * Each file is RFC 4180 (comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote, a line
 * break, or a semicolon, for spreadsheets whose locale separates with semicolons; quotes doubled), UTF-8 with a
 * header row, and starts with a byte-order mark unless `bom: false`, so that spreadsheet programs read the accents
 * right. Text that a spreadsheet would run as a formula (a cell starting with =, +, -, @, a tab or a line break,
 * after any spaces) gets an apostrophe in front (OWASP, "CSV injection"); numbers are written as plain decimals and
 * dates as YYYY-MM-DD, never neutralised, so they stay numbers and dates.
 */
import type { FolderModel } from '../../model/index.js';
import { classificationRows } from '../documents/classification.js';
import { formatDecimal } from './numbers.js';
import * as L from '../documents/labels.js';
import { DECISION_KIND, FUNCTIONING_ASPECTS, RATING_LABEL, WORTH_IT } from '../documents/review/words.js';

/** A cell: text (neutralised and quoted as needed), a number (a plain decimal), or nothing (an empty cell). */
export type CsvCell = string | number | undefined;

export interface CsvFile {
  /** File name, e.g. `stakeholders.csv`. */
  name: string;
  content: string;
  /** Data rows, not counting the header. */
  rows: number;
}

export const CSV_FILES = [
  'stakeholders.csv', 'commitments.csv', 'needs.csv', 'indicators.csv', 'risks.csv', 'non-negotiables.csv',
  'reviews.csv', 'ratings.csv', 'value-of-partnering.csv', 'decisions.csv', 'classification.csv',
] as const;

const BOM = '\uFEFF';
/** Control characters a spreadsheet cannot show (tab, line feed and carriage return are kept). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** What makes a spreadsheet read a cell as a formula (or split it into one), once leading spaces are skipped. */
const FORMULA_START = /^[ ]*[=+\-@\t\r\n]/;
const NEEDS_QUOTES = /[",;\r\n]/;

/** Text with a formula's first character neutralised by a leading apostrophe. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field of a CSV row. */
export function csvField(cell: CsvCell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return formatDecimal(cell);
  const text = neutraliseFormula(cell.replace(CONTROL, ''));
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: the header row, then the rows, each line ending in CRLF. */
export function csvTable(header: readonly string[], rows: readonly (readonly CsvCell[])[], options: { bom?: boolean } = {}): string {
  const lines = [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`);
  return `${options.bom === false ? '' : BOM}${lines.join('')}`;
}

/** A list in one cell, one item per line (a spreadsheet shows them as lines within the cell). */
const list = (items: readonly string[] | undefined): string | undefined => (items?.length ? items.join('\n') : undefined);
const capital = (text: string | null | undefined): string | undefined => (text ? text.charAt(0).toUpperCase() + text.slice(1) : undefined);
/** The label of a vocabulary value, with a capital (a cell starts a sentence). */
const word = (table: Record<string, string>, value: string | undefined): string | undefined => capital(L.label(table, value));

const CONNECTIVITY: Record<string, string> = { full: 'Full internet access', limited: 'Limited internet access', none: 'No internet access' };
const COMMITMENT_TYPE: Record<string, string> = { cash: 'Cash', 'in-kind': 'In kind' };
const REVIEW_ASPECTS = FUNCTIONING_ASPECTS;

/**
 * The partnership's tables, for partners' spreadsheets: headers in words, values as the documents word them, a
 * list one item per line within its cell, and every stakeholder, owner and partner by name; and what the partnership
 * works on and where (its sectors, countries, regions and Sustainable Development Goals, each named in words).
 */
export function exportCsv(model: FolderModel, options: { bom?: boolean } = {}): CsvFile[] {
  const stakeholders = model.stakeholders?.stakeholders ?? [];
  const names = new Map(stakeholders.map((s) => [s.id, s.name]));
  const nameOf = (id: string | undefined): string | undefined => (id === undefined ? undefined : names.get(id) ?? id);
  const file = (name: (typeof CSV_FILES)[number], header: string[], rows: CsvCell[][]): CsvFile => ({ name, content: csvTable(header, rows, options), rows: rows.length });
  const needs = model.resources?.needs ?? [];
  const needName = new Map(needs.map((n) => [n.id, n.description]));

  const stakeholderRows = stakeholders.map((s): CsvCell[] => [
    s.name, word(L.SECTOR, s.sector), word(L.ENGAGEMENT, s.engagement), word(L.LEVEL, s.influence), word(L.LEVEL, s.interest_level),
    s.representative?.name, s.representative?.title, word(L.AUTHORITY, s.representative?.decision_authority), s.representative?.authority_note,
    list(s.interests), list(s.motivations), s.capacity, list(s.alliances), word(CONNECTIVITY, s.connectivity), s.description,
  ]);

  const commitments = model.resources?.commitments ?? [];
  const commitmentRows = commitments.map((c): CsvCell[] => [
    nameOf(c.stakeholder), c.description, word(COMMITMENT_TYPE, c.type), word(L.RESOURCE_KIND, c.kind), c.need === undefined ? undefined : needName.get(c.need) ?? c.need,
    c.amount, c.currency, c.start, c.due, word(L.COMMITMENT_STATUS, c.status ?? 'proposed'), c.delivered_on, c.note,
  ]);

  const needRows = needs.map((n): CsvCell[] => {
    const meeting = commitments.filter((c) => c.need === n.id && c.status !== 'withdrawn');
    return [n.description, word(L.RESOURCE_KIND, n.kind), list(meeting.map((c) => `${nameOf(c.stakeholder)}: ${c.description}`))];
  });

  // One row per measurement, the indicator's columns repeated; an indicator not yet measured has one row.
  const indicatorRows = (model.indicators?.indicators ?? []).flatMap((i): CsvCell[][] => {
    const about: CsvCell[] = [i.name, word(L.ASPECT, i.aspect), i.unit, i.baseline?.value, i.baseline?.date, i.target?.value, i.target?.date, i.method, nameOf(i.owner), word(L.FREQUENCY, i.frequency)];
    const measurements = i.measurements ?? [];
    return measurements.length ? measurements.map((m) => [...about, m.date, m.value, m.note]) : [[...about, undefined, undefined, undefined]];
  });

  const riskRows = (model.risks?.risks ?? []).map((r): CsvCell[] => [
    r.description, word(L.LEVEL, r.likelihood), word(L.LEVEL, r.impact), r.mitigation, nameOf(r.owner), word(L.RISK_STATUS, r.status),
  ]);

  // Non-negotiables: those in risks.yaml, then each partner's own from its internal assessment.
  const nonNegotiables: CsvCell[][] = (model.risks?.non_negotiables ?? []).map((n) => [nameOf(n.stakeholder), n.text]);

  const reviews = Object.entries(model.reviews ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const reviewRows = reviews.map(([date, r]): CsvCell[] => [
    r.date ?? date, r.period?.from, r.period?.to, list((r.participants ?? []).map((p) => nameOf(p) ?? p)),
    word(RATING_LABEL, r.project_impacts?.delivery?.rating), r.project_impacts?.delivery?.comment,
    word(RATING_LABEL, r.project_impacts?.impact?.rating), r.project_impacts?.impact?.comment,
    r.learning, r.next_review,
  ]);
  const ratingRows = reviews.flatMap(([date, r]) => (r.functioning ?? []).flatMap((f) => REVIEW_ASPECTS.flatMap(({ key, title }): CsvCell[][] => {
    const rating = (f as unknown as Record<string, { rating?: string; comment?: string } | undefined>)[key];
    return rating ? [[r.date ?? date, nameOf(f.stakeholder), title, word(RATING_LABEL, rating.rating), rating.comment]] : [];
  })));
  const valueRows = reviews.flatMap(([date, r]) => (r.value_of_partnering ?? []).map((v): CsvCell[] => [r.date ?? date, nameOf(v.stakeholder), list(v.benefits), v.costs, word(WORTH_IT, v.worth_it)]));
  const decisionRows = reviews.flatMap(([date, r]) => (r.decisions ?? []).map((d): CsvCell[] => [r.date ?? date, word(DECISION_KIND, d.kind), d.description, nameOf(d.stakeholder)]));

  return [
    file('stakeholders.csv', ['Stakeholder', 'Sector', 'Engagement', 'Influence', 'Interest in the issue', 'Representative', "Representative's title", 'Decision-making authority', 'What the representative may decide', 'Interests', 'Motivations', 'Capacity', 'Alliances', 'Internet access', 'Description'], stakeholderRows),
    file('commitments.csv', ['Partner', 'Commitment', 'Cash or in kind', 'Kind of resource', 'For the need', 'Amount', 'Currency', 'Start', 'Due', 'Status', 'Delivered on', 'Note'], commitmentRows),
    file('needs.csv', ['Need', 'Kind of resource', 'Met by'], needRows),
    file('indicators.csv', ['Indicator', 'Aspect', 'Unit', 'Baseline', 'Baseline date', 'Target', 'Target date', 'How it is measured', 'Responsible', 'How often', 'Measured on', 'Value measured', 'Note on the measurement'], indicatorRows),
    file('risks.csv', ['Risk', 'Likelihood', 'Impact', 'Mitigation', 'Responsible', 'Status'], riskRows),
    file('non-negotiables.csv', ['Partner', 'Non-negotiable'], nonNegotiables),
    file('reviews.csv', ['Review', 'Period from', 'Period to', 'Taking part', 'Project delivery', 'Why (delivery)', 'Impact and sustainability', 'Why (impact)', 'Learning', 'Next review'], reviewRows),
    file('ratings.csv', ['Review', 'Partner', 'Aspect of the partnership', 'Rating', 'Comment'], ratingRows),
    file('value-of-partnering.csv', ['Review', 'Partner', 'Benefits', 'Costs', 'Worth it'], valueRows),
    file('decisions.csv', ['Review', 'Kind of decision', 'Decision', 'Partner concerned'], decisionRows),
    file('classification.csv', ['What it is', 'Code', 'Name', 'Share in percent'], classificationRows(model.partnership).map((r): CsvCell[] => [r.kind, r.code, r.name, r.percentage])),
  ];
}
