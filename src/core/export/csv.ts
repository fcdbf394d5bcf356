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

/** A cell: text (neutralised and quoted as needed), a number (a plain decimal), or nothing (an empty cell). */
export type CsvCell = string | number | undefined;

export interface CsvFile {
  /** File name, e.g. `stakeholders.csv`. */
  name: string;
  content: string;
  /** Data rows, not counting the header. */
  rows: number;
}

export const CSV_FILES = ['stakeholders.csv', 'commitments.csv', 'indicators.csv', 'risks.csv', 'classification.csv'] as const;

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

const list = (items: readonly string[] | undefined): string | undefined => (items?.length ? items.join('; ') : undefined);

/**
 * The tables of a partnership: stakeholders, commitments, indicators with their measurements, risks, and what it works
 * on and where (its sectors, countries, regions and Sustainable Development Goals, each with its name in words).
 */
export function exportCsv(model: FolderModel, options: { bom?: boolean } = {}): CsvFile[] {
  const stakeholders = model.stakeholders?.stakeholders ?? [];
  const names = new Map(stakeholders.map((s) => [s.id, s.name]));
  const file = (name: (typeof CSV_FILES)[number], header: string[], rows: CsvCell[][]): CsvFile => ({ name, content: csvTable(header, rows, options), rows: rows.length });

  const stakeholderRows = stakeholders.map((s): CsvCell[] => [
    s.id, s.name, s.sector, s.engagement, s.influence, s.interest_level,
    s.representative?.name, s.representative?.title, s.representative?.decision_authority,
    list(s.interests), list(s.motivations), s.capacity, list(s.alliances), s.connectivity, s.description,
  ]);

  const commitmentRows = (model.resources?.commitments ?? []).map((c): CsvCell[] => [
    c.id, c.stakeholder, names.get(c.stakeholder), c.type, c.kind, c.description, c.need, c.amount, c.currency, c.start, c.due, c.status, c.delivered_on, c.note,
  ]);

  // One row per measurement, the indicator's columns repeated; an indicator not yet measured has one row.
  const indicatorRows = (model.indicators?.indicators ?? []).flatMap((i): CsvCell[][] => {
    const about: CsvCell[] = [i.id, i.name, i.aspect, i.unit, i.baseline?.value, i.baseline?.date, i.target?.value, i.target?.date, i.method, i.owner, i.owner === undefined ? undefined : names.get(i.owner), i.frequency];
    const measurements = i.measurements ?? [];
    return measurements.length ? measurements.map((m) => [...about, m.date, m.value, m.note]) : [[...about, undefined, undefined, undefined]];
  });

  const riskRows = (model.risks?.risks ?? []).map((r): CsvCell[] => [
    r.id, r.description, r.likelihood, r.impact, r.mitigation, r.owner, r.owner === undefined ? undefined : names.get(r.owner), r.status,
  ]);

  return [
    file('stakeholders.csv', ['id', 'name', 'sector', 'engagement', 'influence', 'interest_level', 'representative', 'representative_title', 'decision_authority', 'interests', 'motivations', 'capacity', 'alliances', 'connectivity', 'description'], stakeholderRows),
    file('commitments.csv', ['id', 'stakeholder', 'stakeholder_name', 'type', 'kind', 'description', 'need', 'amount', 'currency', 'start', 'due', 'status', 'delivered_on', 'note'], commitmentRows),
    file('indicators.csv', ['indicator', 'name', 'aspect', 'unit', 'baseline_value', 'baseline_date', 'target_value', 'target_date', 'method', 'owner', 'owner_name', 'frequency', 'measurement_date', 'measurement_value', 'measurement_note'], indicatorRows),
    file('risks.csv', ['id', 'description', 'likelihood', 'impact', 'mitigation', 'owner', 'owner_name', 'status'], riskRows),
    file('classification.csv', ['kind', 'code', 'name', 'percentage'], classificationRows(model.partnership).map((r): CsvCell[] => [r.kind, r.code, r.name, r.percentage])),
  ];
}
