/**
 * Tables in the Word document: bordered, the header row repeated on every page, no row split across pages, and kept
 * whole when short (a signature block, a party's contributions) or, when long, never leaving its last row alone on a
 * page. Column widths follow how much each column holds.
 */
import { AlignmentType, BorderStyle, type ParagraphChild, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';

export interface Cell {
  runs: ParagraphChild[];
  /** Its text, to size the column. */
  text: string;
  align?: 'left' | 'center' | 'right' | null;
}

/** A table of at most this many rows (header included) is kept on one page. */
export const KEEP_WHOLE = 8;

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '999999' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** `rows[0]` is the header row. `width` is the width of the text column, in twentieths of a point. */
export function borderedTable(rows: readonly (readonly Cell[])[], width: number): Table {
  const columns = Math.max(1, ...rows.map((r) => r.length));
  const widths = columnWidths(rows, columns, width);
  const last = rows.length - 1;
  const keep = (i: number) => (rows.length <= KEEP_WHOLE ? i < last : i === 0 || i === last - 1);
  return new Table({
    style: 'TableGrid',
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: { top: 30, bottom: 30, left: 80, right: 80 },
    rows: rows.map(
      (row, i) =>
        new TableRow({
          tableHeader: i === 0,
          cantSplit: true,
          keepNext: keep(i),
          children: Array.from({ length: columns }, (_, c) => {
            const cell = row[c];
            return new TableCell({
              width: { size: widths[c]!, type: WidthType.DXA },
              ...(i === 0 ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEEEEE' } } : {}),
              children: [new Paragraph({ style: i === 0 ? 'TableHeading' : 'TableText', ...(cell?.align ? { alignment: ALIGN[cell.align] } : {}), children: cell?.runs ?? [] })],
            });
          }),
        }),
    ),
  });
}

/** Twentieths of a point per character of table text (9.5 pt, on average; a header's bold sans-serif is wider), and for a cell's margins and border. */
const CHAR = 100;
const HEADER_CHAR = 130;
const PAD = 220;

/** Chinese, Japanese and Korean characters are about twice as wide as Latin ones. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const measure = (text: string, char: number) => Array.from(text).reduce((w, c) => w + (WIDE.test(c) ? 2 : 1), 0) * char;

/**
 * Each column's width: at least its longest word (so no word is broken where it could fit), then the rest of `width`
 * shared by how much more each column holds (up to 60 characters' worth).
 */
function columnWidths(rows: readonly (readonly Cell[])[], columns: number, width: number): number[] {
  const cells = (c: number) => rows.map((r, i) => ({ text: r[c]?.text ?? '', char: i === 0 ? HEADER_CHAR : CHAR }));
  const least = Array.from({ length: columns }, (_, c) => Math.min(width * 0.4, Math.max(3 * CHAR, ...cells(c).flatMap(({ text, char }) => text.split(/\s+/).map((w) => measure(w, char)))) + PAD));
  const wanted = Array.from({ length: columns }, (_, c) => Math.max(least[c]!, Math.min(60 * CHAR, Math.max(0, ...cells(c).map(({ text, char }) => measure(text, char)))) + PAD));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const spare = width - sum(least);
  const more = wanted.map((w, c) => w - least[c]!);
  const widths = spare <= 0 ? least.map((l) => Math.floor((l * width) / sum(least))) : least.map((l, c) => Math.floor(l + (sum(more) > 0 ? (spare * more[c]!) / sum(more) : spare / columns)));
  widths[widths.length - 1]! += width - sum(widths);
  return widths;
}
