/**
 * The partners x aspects grid of red/amber/green ratings (a heat map), as an SVG string. Pure and deterministic.
 *
 * Read in black and white as well as in colour: every cell carries its rating as a word, the three fills differ in
 * lightness (green lightest, red darkest), amber cells are hatched and red ones cross-hatched, and a legend says what
 * each means. The text alternative (`<title>`, `<desc>`, aria-label) is given by the caller.
 */
import { num, safeId, svgOpen, textLines, textWidth, wrapText, xmlText } from './xml.js';

export type HeatRating = 'green' | 'amber' | 'red';

export interface HeatmapInput {
  id: string;
  title: string;
  desc: string;
  columns: readonly string[];
  rows: readonly { name: string; cells: readonly (HeatRating | null)[] }[];
  /** An extra row below a rule, e.g. the overall rating of each aspect. */
  summary?: { name: string; cells: readonly (HeatRating | null)[] } | null;
}

export const HEATMAP_WIDTH = 720;
const LABEL_WIDTH = 200;
const PAD = 10;
const INK = '#1a1a1a';

export const RATING_STYLE: Readonly<Record<HeatRating, { fill: string; word: string; meaning: string }>> = {
  green: { fill: '#a1d99b', word: 'Green', meaning: 'working well' },
  amber: { fill: '#f39c12', word: 'Amber', meaning: 'needs attention' },
  red: { fill: '#b2182b', word: 'Red', meaning: 'not working' },
};

/**
 * Pattern definitions for the hatching of amber and red cells (the heat map and the summary tiles), with ids prefixed
 * so several pictures share a page.
 */
export function ratingPatterns(id: string): string {
  return [
    '<defs>',
    `<pattern id="${id}-amber" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="7" stroke="#000000" stroke-opacity="0.35" stroke-width="1.2"/></pattern>`,
    `<pattern id="${id}-red" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="7" stroke="#000000" stroke-opacity="0.45" stroke-width="1.2"/><line x1="0" y1="0" x2="7" y2="0" stroke="#000000" stroke-opacity="0.45" stroke-width="1.2"/></pattern>`,
    '</defs>',
  ].join('');
}

/** One rating as a cell: fill, hatching, and the word on a white label. */
function cell(id: string, rating: HeatRating | null, x: number, y: number, w: number, h: number): string {
  const parts: string[] = [];
  if (rating) {
    parts.push(`<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="${RATING_STYLE[rating].fill}" stroke="#ffffff" stroke-width="2"/>`);
    if (rating !== 'green') parts.push(`<rect x="${num(x + 1)}" y="${num(y + 1)}" width="${num(w - 2)}" height="${num(h - 2)}" fill="url(#${id}-${rating})"/>`);
  } else {
    parts.push(`<rect x="${num(x + 1)}" y="${num(y + 1)}" width="${num(w - 2)}" height="${num(h - 2)}" fill="#ffffff" stroke="#999999" stroke-width="1" stroke-dasharray="3 3"/>`);
  }
  const word = rating ? RATING_STYLE[rating].word : 'Not rated';
  const tw = textWidth(word, 12, Boolean(rating));
  const cx = x + w / 2;
  const cy = y + h / 2;
  if (rating) parts.push(`<rect x="${num(cx - tw / 2 - 6)}" y="${num(cy - 10)}" width="${num(tw + 12)}" height="20" rx="4" fill="#ffffff" stroke="${INK}" stroke-width="0.8"/>`);
  parts.push(`<text x="${num(cx)}" y="${num(cy + 4)}" font-size="12" text-anchor="middle"${rating ? ' font-weight="bold"' : ' font-style="italic"'} fill="${INK}">${xmlText(word)}</text>`);
  return parts.join('');
}

/** The heat map as an `<svg>` element. */
export function heatmap(input: HeatmapInput): string {
  const id = safeId(input.id);
  const COL_WIDTH = (HEATMAP_WIDTH - LABEL_WIDTH - PAD) / Math.max(1, input.columns.length);
  const columns = input.columns.map((c) => wrapText(c, COL_WIDTH - 10, 11.5, { bold: true, maxLines: 4 }));
  const headerHeight = columns.reduce((most, l) => Math.max(most, l.length), 1) * 14 + 14;
  const rowLayout = (name: string, bold: boolean) => {
    const lines = wrapText(name, LABEL_WIDTH - 14, 12, { bold, maxLines: 4 });
    return { lines, height: Math.max(40, lines.length * 15 + 14) };
  };
  const rows = input.rows.map((r) => ({ ...r, ...rowLayout(r.name, false) }));
  const summary = input.summary ? { ...input.summary, ...rowLayout(input.summary.name, true) } : null;
  const legendY = headerHeight + rows.reduce((s, r) => s + r.height, 0) + (summary ? summary.height + 8 : 0) + 18;
  const height = legendY + 34;

  const out: string[] = [svgOpen({ id, width: HEATMAP_WIDTH, height, title: input.title, desc: input.desc }), ratingPatterns(id)];
  out.push(`<rect x="0" y="0" width="${HEATMAP_WIDTH}" height="${num(height)}" fill="#ffffff"/>`);
  columns.forEach((lines, i) => {
    const x = LABEL_WIDTH + i * COL_WIDTH + COL_WIDTH / 2;
    const y = headerHeight - 8 - (lines.length - 1) * 14;
    out.push(textLines(lines, x, y, 11.5, 14, `text-anchor="middle" font-weight="bold" fill="${INK}"`));
  });
  let y = headerHeight;
  const drawRow = (row: { lines: string[]; height: number; cells: readonly (HeatRating | null)[] }, bold: boolean) => {
    const ty = y + row.height / 2 - ((row.lines.length - 1) * 15) / 2 + 4;
    out.push(textLines(row.lines, PAD, ty, 12, 15, `fill="${INK}"${bold ? ' font-weight="bold"' : ''}`));
    for (let i = 0; i < input.columns.length; i++) out.push(cell(id, row.cells[i] ?? null, LABEL_WIDTH + i * COL_WIDTH, y, COL_WIDTH, row.height));
    y += row.height;
  };
  for (const r of rows) {
    out.push(`<line x1="${PAD}" y1="${num(y)}" x2="${num(HEATMAP_WIDTH - PAD)}" y2="${num(y)}" stroke="#cccccc" stroke-width="1"/>`);
    drawRow(r, false);
  }
  if (summary) {
    y += 8;
    out.push(`<line x1="${PAD}" y1="${num(y - 4)}" x2="${num(HEATMAP_WIDTH - PAD)}" y2="${num(y - 4)}" stroke="${INK}" stroke-width="1.5"/>`);
    drawRow(summary, true);
  }

  // Legend: each rating's swatch (with its hatching), word and meaning.
  let lx = PAD;
  for (const r of ['green', 'amber', 'red'] as const) {
    const s = RATING_STYLE[r];
    out.push(`<rect x="${num(lx)}" y="${num(legendY)}" width="22" height="16" fill="${s.fill}" stroke="${INK}" stroke-width="0.8"/>`);
    if (r !== 'green') out.push(`<rect x="${num(lx)}" y="${num(legendY)}" width="22" height="16" fill="url(#${id}-${r})"/>`);
    const text = `${s.word}: ${s.meaning}`;
    out.push(`<text x="${num(lx + 28)}" y="${num(legendY + 12)}" font-size="12" fill="${INK}">${xmlText(text)}</text>`);
    lx += 28 + textWidth(text, 12) + 26;
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
