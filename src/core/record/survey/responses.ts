/**
 * Reading the answers to the review questionnaire as ODK Central, ODK Collect, Enketo and KoboToolbox export them:
 * CSV (commas or semicolons), an .xlsx spreadsheet (the first sheet), or submission XML (one or several `<data>`
 * instances). Every row becomes a map from question name to text; names are matched on their last part, so group
 * paths (`about/partner`, `about-partner`) and plain names both work. Pure: bytes in, rows out.
 */
import { parseCsv } from '../../../util/csv.js';
import { readXlsx, unescapeXml } from '../../../util/xlsx.js';

export type ResponseFormat = 'csv' | 'xlsx' | 'xml';

export interface ResponseRow {
  /** Where the row is, for messages: `row 3` of a table, `submission 2` of XML. */
  place: string;
  values: Map<string, string>;
}

export interface Responses {
  format: ResponseFormat;
  /** How the answers were probably collected: kobo when KoboToolbox's own columns are there, odk for XML and Central. */
  via: 'odk' | 'kobo' | 'other';
  rows: ResponseRow[];
}

export class ResponsesError extends Error {}

export function formatOf(name: string, bytes: Buffer): ResponseFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'csv' || ext === 'xlsx' || ext === 'xml') return ext;
  if (bytes.subarray(0, 2).toString('latin1') === 'PK') return 'xlsx';
  const head = bytes.subarray(0, 200).toString('utf8').trimStart();
  return head.startsWith('<') ? 'xml' : head ? 'csv' : undefined;
}

export function readResponses(bytes: Buffer, format: ResponseFormat): Responses {
  if (format === 'xml') return { format, via: 'odk', rows: xmlRows(bytes.toString('utf8')) };
  let table: string[][];
  if (format === 'xlsx') {
    const sheets = readXlsx(bytes);
    table = [...sheets.values()][0] ?? [];
  } else table = parseCsv(bytes.toString('utf8'));
  const [header, ...body] = table;
  if (!header?.length) throw new ResponsesError('it holds no header row with the question names');
  const names = header.map(lastPart);
  const kobo = header.some((h) => h === '_uuid' || h === '_submission_time');
  const rows = body.map((cells, i) => ({ place: `row ${i + 2}`, values: new Map(names.map((n, j) => [n, (cells[j] ?? '').trim()] as [string, string]).filter(([n, v]) => n !== '' && v !== '')) }));
  return { format, via: kobo ? 'kobo' : format === 'csv' && header.some((h) => h === 'KEY' || /instanceID$/.test(h)) ? 'odk' : 'other', rows };
}

/** `about/partner`, `about-partner`, `about:partner` → `partner`; KoboToolbox's own `_uuid` columns are kept as they are. */
function lastPart(header: string): string {
  const h = header.trim();
  if (h.startsWith('_')) return h;
  return h.split(/[/:-]/).pop()!.trim();
}

/** Each submission (an element with an `id` attribute holding the answers) and its leaf elements by name. */
function xmlRows(text: string): ResponseRow[] {
  const body = text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, '');
  const starts = [...body.matchAll(/<([A-Za-z_][\w.-]*)\s[^>]*\bid="[^"]*"[^>]*>/g)];
  if (!starts.length) throw new ResponsesError('it holds no form submission (an element with the form\'s `id` attribute, such as `<data id="...">`)');
  return starts.map((m, i) => {
    const end = body.indexOf(`</${m[1]}>`, m.index!);
    const inner = body.slice(m.index! + m[0].length, end < 0 ? undefined : end);
    const values = new Map<string, string>();
    for (const leaf of inner.matchAll(/<([A-Za-z_][\w.-]*)(?:\s[^>]*)?>([^<]*)<\/\1>/g)) {
      const value = unescapeXml(leaf[2]!).trim();
      if (value !== '') values.set(leaf[1]!.split(':').pop()!, value);
    }
    return { place: `submission ${i + 1}`, values };
  });
}
