/**
 * The review at a glance, as an SVG string: how many indicators are achieved, on track, at risk or off track; how
 * many commitments are kept, late or open; and the red/amber/green health of each aspect of seed 002 Fig. 1. Pure and
 * deterministic. Every tile says what it shows in words; colours come with hatching (amber) and cross-hatching (red)
 * and differ in lightness, so the picture reads in black and white.
 */
import { RATING_STYLE, ratingPatterns, type HeatRating } from './heatmap.js';
import { num, safeId, svgOpen, textLines, textWidth, wrapText, xmlText } from './xml.js';

export type TileStyle = HeatRating | 'grey' | 'none';

export interface SummaryInput {
  id: string;
  title: string;
  desc: string;
  /** Rows of counts, e.g. Indicators: 2 on track, 1 off track ... */
  counts: { label: string; tiles: { count: number; word: string; style: TileStyle }[] }[];
  /** The health of each aspect; omitted when nothing was rated. */
  health: { label: string; tiles: { title: string; rating: HeatRating | null }[] } | null;
}

export const SUMMARY_WIDTH = 720;
const LABEL = 132;
const INK = '#1a1a1a';
const FILL: Readonly<Record<TileStyle, string>> = { green: RATING_STYLE.green.fill, amber: RATING_STYLE.amber.fill, red: RATING_STYLE.red.fill, grey: '#bdbdbd', none: '#ffffff' };

/** A filled swatch with its hatching (amber, red) or a dashed outline (none). */
function swatch(id: string, style: TileStyle, x: number, y: number, w: number, h: number): string {
  if (style === 'none') return `<rect x="${num(x + 0.5)}" y="${num(y + 0.5)}" width="${num(w - 1)}" height="${num(h - 1)}" fill="#ffffff" stroke="#8c8c8c" stroke-width="1" stroke-dasharray="3 3"/>`;
  const base = `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="${FILL[style]}" stroke="${INK}" stroke-width="0.8"/>`;
  return style === 'amber' || style === 'red' ? `${base}<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="url(#${id}-${style})"/>` : base;
}

/** The picture as an `<svg>` element. */
export function summaryPicture(input: SummaryInput): string {
  const id = safeId(input.id);
  const out: string[] = [];
  let y = 12;
  const body: string[] = [];

  // Count tiles: a coloured band on the left, the number and the word on white.
  const tileH = 46;
  for (const row of input.counts) {
    const tileW = Math.min(104, (SUMMARY_WIDTH - 8 - LABEL - 8 * (row.tiles.length - 1)) / Math.max(1, row.tiles.length));
    body.push(textLines(wrapText(row.label, LABEL - 20, 13, { bold: true, maxLines: 2 }), 8, y + 20, 13, 15, `font-weight="bold" fill="${INK}"`));
    row.tiles.forEach((t, i) => {
      const x = LABEL + i * (tileW + 8);
      body.push(`<rect x="${num(x)}" y="${num(y)}" width="${num(tileW)}" height="${tileH}" fill="#ffffff" stroke="#8c8c8c" stroke-width="1"/>`);
      body.push(swatch(id, t.style, x, y, 14, tileH));
      body.push(`<text x="${num(x + 22)}" y="${num(y + 22)}" font-size="20" font-weight="bold" fill="${INK}">${xmlText(String(t.count))}</text>`);
      const word = wrapText(t.word, tileW - 26, 11, { maxLines: 1 });
      body.push(`<text x="${num(x + 22)}" y="${num(y + 38)}" font-size="11" fill="${INK}">${xmlText(word[0]!)}</text>`);
    });
    y += tileH + 14;
  }

  // Health tiles: the rating's colour and hatching, the word on a white label, the aspect's name beneath.
  if (input.health) {
    const tiles = input.health.tiles;
    const gap = 6;
    const w = Math.min(104, (SUMMARY_WIDTH - 8 - LABEL - gap * (tiles.length - 1)) / Math.max(1, tiles.length));
    const names = tiles.map((t) => wrapText(t.title, w - 2, 10, { maxLines: 4 }));
    const namesH = Math.max(1, ...names.map((n) => n.length)) * 13;
    body.push(textLines(wrapText(input.health.label, LABEL - 20, 13, { bold: true, maxLines: 2 }), 8, y + 20, 13, 15, `font-weight="bold" fill="${INK}"`));
    tiles.forEach((t, i) => {
      const x = LABEL + i * (w + gap);
      body.push(swatch(id, t.rating ?? 'none', x, y, w, 34));
      const word = t.rating ? RATING_STYLE[t.rating].word : 'Not rated';
      const tw = textWidth(word, 12, Boolean(t.rating));
      if (t.rating) body.push(`<rect x="${num(x + w / 2 - tw / 2 - 5)}" y="${num(y + 7)}" width="${num(tw + 10)}" height="20" rx="4" fill="#ffffff" stroke="${INK}" stroke-width="0.8"/>`);
      body.push(`<text x="${num(x + w / 2)}" y="${num(y + 21)}" font-size="12" text-anchor="middle"${t.rating ? ' font-weight="bold"' : ' font-style="italic"'} fill="${INK}">${xmlText(word)}</text>`);
      body.push(textLines(names[i]!, x + w / 2, y + 48, 10, 13, `text-anchor="middle" fill="${INK}"`));
    });
    y += 34 + 10 + namesH + 6;
  }

  const height = y + 4;
  out.push(svgOpen({ id, width: SUMMARY_WIDTH, height, title: input.title, desc: input.desc }), ratingPatterns(id));
  out.push(`<rect x="0" y="0" width="${SUMMARY_WIDTH}" height="${num(height)}" fill="#ffffff"/>`);
  out.push(...body, '</svg>');
  return `${out.join('\n')}\n`;
}
