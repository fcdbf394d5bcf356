/**
 * Tables in the Word document: bordered, the header row repeated on every page, no row split across pages, and kept
 * whole when short (a signature block, a party's contributions) or, when long, never leaving its last row alone on a
 * page. Column widths follow how much each column holds.
 */
import { AlignmentType, BorderStyle, type ParagraphChild, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { NARROW_SCALE } from './styles.js';

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
  // When the longest words of the columns do not fit side by side, the table's text is set smaller instead of
  // breaking words in the middle ("Reputati-on").
  const narrow = sum(leastWidths(rows, columns, width, 1, PAD)) > width;
  const widths = columnWidths(rows, columns, width, narrow ? NARROW_SCALE : 1, narrow ? NARROW_PAD : PAD);
  const [textStyle, headingStyle] = narrow ? ['TableTextNarrow', 'TableHeadingNarrow'] : ['TableText', 'TableHeading'];
  const last = rows.length - 1;
  const keep = (i: number) => (rows.length <= KEEP_WHOLE ? i < last : i === 0 || i === last - 1);
  return new Table({
    style: 'TableGrid',
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: { top: 30, bottom: 30, left: narrow ? 40 : 80, right: narrow ? 40 : 80 },
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
              children: [new Paragraph({ style: i === 0 ? headingStyle : textStyle, ...(cell?.align ? { alignment: ALIGN[cell.align] } : {}), children: cell?.runs ?? [] })],
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
/** The same with the narrower cell margins of a table set small. */
const NARROW_PAD = 140;

/** Chinese, Japanese and Korean characters are about twice as wide as Latin ones. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** M, W, m and w are about half as wide again as an average letter ("Medium" needs more room than "Costs"). */
const BROAD = /[MWmw]/;
const measure = (text: string, char: number) => Array.from(text).reduce((w, c) => w + (WIDE.test(c) ? 2 : BROAD.test(c) ? 1.5 : 1), 0) * char;

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const cellsOf = (rows: readonly (readonly Cell[])[], c: number, scale: number) => rows.map((r, i) => ({ text: r[c]?.text ?? '', char: (i === 0 ? HEADER_CHAR : CHAR) * scale }));

/** Each column's longest word (at least three characters), with the cell's margins `pad`; text set `scale` times its size. */
function leastWidths(rows: readonly (readonly Cell[])[], columns: number, width: number, scale: number, pad: number): number[] {
  return Array.from({ length: columns }, (_, c) => Math.min(width * 0.4, Math.max(3 * CHAR * scale, ...cellsOf(rows, c, scale).flatMap(({ text, char }) => text.split(/\s+/).map((w) => measure(w, char)))) + pad));
}

/**
 * Each column's width: at least its longest word (so no word is broken where it could fit), then the rest of `width`
 * shared by how much more each column holds (up to 60 characters' worth).
 */
function columnWidths(rows: readonly (readonly Cell[])[], columns: number, width: number, scale: number, pad: number): number[] {
  const least = leastWidths(rows, columns, width, scale, pad);
  const wanted = Array.from({ length: columns }, (_, c) => Math.max(least[c]!, Math.min(60 * CHAR * scale, Math.max(0, ...cellsOf(rows, c, scale).map(({ text, char }) => measure(text, char)))) + pad));
  const spare = width - sum(least);
  const more = wanted.map((w, c) => w - least[c]!);
  // Too narrow even so: every column's text is squeezed alike, its margins kept (a short column keeps room for its word).
  const squeeze = (width - columns * pad) / (sum(least) - columns * pad);
  const widths = spare <= 0 ? least.map((l) => Math.floor(squeeze > 0 ? pad + (l - pad) * squeeze : (l * width) / sum(least))) : least.map((l, c) => Math.floor(l + (sum(more) > 0 ? (spare * more[c]!) / sum(more) : spare / columns)));
  widths[widths.length - 1]! += width - sum(widths);
  return widths;
}
