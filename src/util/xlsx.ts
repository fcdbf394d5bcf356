/**
 * Spreadsheets in the Office Open XML format (.xlsx, ECMA-376), only as far as forms and survey exports need: writing
 * sheets of text cells (inline strings), and reading the cells of the first sheet (shared or inline strings,
 * numbers) as rows of text. Dates come as the numbers a spreadsheet stores; the caller converts what it expects.
 */
import { unzip, zip } from './zip.js';

const esc = (t: string) =>
  // eslint-disable-next-line no-control-regex
  t.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

function column(n: number): string {
  let s = '';
  for (let i = n + 1; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

export function writeXlsx(sheets: readonly { name: string; rows: readonly (readonly string[])[] }[]): Buffer {
  const text = (s: string) => Buffer.from(s, 'utf8');
  const sheetXml = (rows: readonly (readonly string[])[]) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows
      .map((r, i) => `<row r="${i + 1}">${r.map((v, j) => (v === '' ? '' : `<c r="${column(j)}${i + 1}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`)).join('')}</row>`)
      .join('')}</sheetData></worksheet>`;
  const entries = [
    { name: '[Content_Types].xml', data: text(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`) },
    { name: '_rels/.rels', data: text(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`) },
    { name: 'xl/workbook.xml', data: text(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`) },
    { name: 'xl/_rels/workbook.xml.rels', data: text(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`) },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: text(sheetXml(s.rows)) })),
  ];
  return zip(entries);
}

export class XlsxError extends Error {}

/** XML character and entity references back to text. */
export const unescapeXml = (t: string): string => t.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#[0-9]+);/g, (_, e: string) => (e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))));
const texts = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => unescapeXml(m[1]!)).join('');

/** The sheets of a workbook by name, each as rows of text (empty cells are ''). */
export function readXlsx(file: Buffer): Map<string, string[][]> {
  const entries = unzip(file);
  const workbook = entries.get('xl/workbook.xml')?.toString('utf8');
  if (!workbook) throw new XlsxError('it has no workbook (xl/workbook.xml): it is not an .xlsx spreadsheet');
  const rels = entries.get('xl/_rels/workbook.xml.rels')?.toString('utf8') ?? '';
  const targets = new Map([...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [/Id="([^"]*)"/.exec(m[0])?.[1] ?? '', /Target="([^"]*)"/.exec(m[0])?.[1] ?? '']));
  const shared = [...(entries.get('xl/sharedStrings.xml')?.toString('utf8') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => texts(m[1]!));
  const out = new Map<string, string[][]>();
  for (const s of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = unescapeXml(/name="([^"]*)"/.exec(s[0])?.[1] ?? '');
    const target = targets.get(/r:id="([^"]*)"/.exec(s[0])?.[1] ?? '') ?? '';
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    const xml = entries.get(path)?.toString('utf8');
    if (xml !== undefined) out.set(name, sheetRows(xml, shared));
  }
  return out;
}

function sheetRows(xml: string, shared: readonly string[]): string[][] {
  const rows: string[][] = [];
  for (const r of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const index = Number(/\br="(\d+)"/.exec(r[1]!)?.[1] ?? rows.length + 1) - 1;
    const row: string[] = [];
    let next = 0;
    for (const c of (r[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = /\br="([A-Z]+)\d+"/.exec(c[1]!)?.[1];
      const col = ref ? [...ref].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 : next;
      next = col + 1;
      const type = /\bt="([^"]*)"/.exec(c[1]!)?.[1];
      const inner = c[2] ?? '';
      const v = /<v>([^<]*)<\/v>/.exec(inner)?.[1];
      const value = type === 's' ? (shared[Number(v)] ?? '') : type === 'inlineStr' ? texts(inner) : v === undefined ? '' : unescapeXml(v);
      while (row.length < col) row.push('');
      row[col] = value;
    }
    while (rows.length < index) rows.push([]);
    rows[index] = row;
  }
  return rows;
}
