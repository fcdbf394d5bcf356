/**
 * The stakeholder map as an SVG string: the influence x interest grid (three levels each, as stakeholders.yaml
 * records them) with every stakeholder placed in its cell and labelled, the colour of its mark showing its sector and
 * the shape its level of engagement, and a legend. Pure and deterministic.
 *
 * Labels never overlap: within a cell the stakeholders are listed one under another (most engaged first), long names
 * wrap (at most four lines, then an ellipsis: the page and the text alternative give every name in full), and a row
 * of the grid grows as tall as its fullest cell needs. Each label also says the sector and engagement in words, so the
 * map reads in black and white. `mapLayout` gives the label boxes, for tests.
 */
import { ENGAGEMENTS, LEVELS, type Level, type MapStakeholder, compareStakeholders } from '../../core/documents/map/model.js';
import { num, safeId, svgOpen, textLines, textWidth, wrapText, xmlText, type Box } from './xml.js';

export interface MapInput {
  id: string;
  title: string;
  desc: string;
  /** The heading drawn at the top (the partnership's name). */
  heading: string;
  subheading: string;
  stakeholders: readonly MapStakeholder[];
}

export const MAP_WIDTH = 960;
const LEFT = 104;
const RIGHT = 20;
const CELL_WIDTH = (MAP_WIDTH - LEFT - RIGHT) / 3;
const CELL_PAD = 10;
const MIN_ROW = 132;
const NAME_SIZE = 12.5;
const NAME_LINE = 15;
const SUB_SIZE = 10.5;
const SUB_LINE = 13;
const MARK_SPACE = 24;
const INK = '#1a1a1a';
const MUTED = '#4a4a4a';

/** Sector colours (Okabe-Ito and Tol's palettes, distinguishable with the common colour-vision deficiencies). */
export const SECTOR_COLOUR: Readonly<Record<string, string>> = {
  public: '#0072B2',
  private: '#E69F00',
  'civil-society': '#009E73',
  cooperative: '#56B4E9',
  'business-federation': '#F0E442',
  'semi-public': '#332288',
  'political-party': '#D55E00',
  'private-university': '#999999',
};
const SECTOR_ORDER = Object.keys(SECTOR_COLOUR);

/** Advice for the corner cells of the grid (the usual reading of an influence/interest grid). */
const CAPTION: Readonly<Partial<Record<`${Level}-${Level}`, string>>> = {
  'high-high': 'Key players: involve closely',
  'high-low': 'Keep satisfied',
  'low-high': 'Keep informed',
  'low-low': 'Watch',
};

export interface MapEntry {
  stakeholder: MapStakeholder;
  /** Where the mark sits. */
  mark: { x: number; y: number };
  nameLines: string[];
  subLines: string[];
  /** The label's box: the mark, the name and the sector/engagement line. */
  box: Box;
}

export interface MapLayout {
  width: number;
  height: number;
  headingLines: string[];
  subheadingLines: string[];
  grid: { x: number; y: number; width: number; height: number; rows: { influence: Level; y: number; height: number }[] };
  entries: MapEntry[];
  legendY: number;
  unplacedLines: string[];
  unplacedY: number;
}

const colourOf = (sector: string) => SECTOR_COLOUR[sector] ?? '#777777';

/** Places every label: pure geometry, no SVG. */
export function mapLayout(input: MapInput): MapLayout {
  const headingLines = wrapText(input.heading, MAP_WIDTH - 40, 18, { bold: true, maxLines: 3 });
  const subheadingLines = wrapText(input.subheading, MAP_WIDTH - 40, 12, { maxLines: 3 });
  const top = 20 + headingLines.length * 22 + subheadingLines.length * 15 + 14;
  const textWidthMax = CELL_WIDTH - CELL_PAD * 2 - MARK_SPACE;
  const placed = input.stakeholders.filter((s) => s.influence && s.interest);

  // Measure each cell's entries, then size the rows.
  type Measured = { s: MapStakeholder; nameLines: string[]; subLines: string[]; height: number };
  const cells = new Map<string, Measured[]>();
  for (const s of [...placed].sort(compareStakeholders)) {
    const nameLines = wrapText(s.name, textWidthMax, NAME_SIZE, { bold: s.engagement === 'active-partner', maxLines: 4 });
    const subLines = wrapText(`${s.sectorLabel} · ${s.engagementLabel.toLowerCase()}`, textWidthMax, SUB_SIZE, { maxLines: 2 });
    const key = `${s.influence}-${s.interest}`;
    const list = cells.get(key) ?? [];
    list.push({ s, nameLines, subLines, height: nameLines.length * NAME_LINE + subLines.length * SUB_LINE + 8 });
    cells.set(key, list);
  }
  const rows: MapLayout['grid']['rows'] = [];
  let y = top;
  for (const influence of [...LEVELS].reverse()) {
    let need = MIN_ROW;
    for (const interest of LEVELS) {
      const list = cells.get(`${influence}-${interest}`) ?? [];
      const caption = CAPTION[`${influence}-${interest}`] ? 18 : 0;
      need = Math.max(need, CELL_PAD * 2 + caption + list.reduce((sum, e) => sum + e.height, 0));
    }
    rows.push({ influence, y, height: need });
    y += need;
  }
  const grid = { x: LEFT, y: top, width: CELL_WIDTH * 3, height: y - top, rows };

  const entries: MapEntry[] = [];
  for (const row of rows) {
    LEVELS.forEach((interest, col) => {
      const cx = LEFT + col * CELL_WIDTH;
      let ey = row.y + CELL_PAD + (CAPTION[`${row.influence}-${interest}`] ? 18 : 0);
      for (const e of cells.get(`${row.influence}-${interest}`) ?? []) {
        const textX = cx + CELL_PAD + MARK_SPACE;
        const width = Math.max(...e.nameLines.map((l) => textWidth(l, NAME_SIZE, e.s.engagement === 'active-partner')), ...e.subLines.map((l) => textWidth(l, SUB_SIZE)));
        entries.push({
          stakeholder: e.s,
          mark: { x: cx + CELL_PAD + 9, y: ey + 9 },
          nameLines: e.nameLines,
          subLines: e.subLines,
          box: { x: cx + CELL_PAD, y: ey, width: textX - (cx + CELL_PAD) + width, height: e.height - 8 + 3 },
        });
        ey += e.height;
      }
    });
  }

  const axisBottom = grid.y + grid.height + 52;
  const legendY = axisBottom + 20;
  const unplaced = input.stakeholders.filter((s) => !s.influence || !s.interest).sort(compareStakeholders);
  const legendHeight = legendRows(input.stakeholders).reduce((h, r) => h + r.height, 0);
  const unplacedY = legendY + legendHeight + 16;
  const unplacedLines = unplaced.length ? wrapText(`Not on the grid (influence or interest not recorded): ${unplaced.map((s) => s.name).join('; ')}.`, MAP_WIDTH - 40, 12, { maxLines: 12 }) : [];
  const height = unplacedY + unplacedLines.length * 16 + 12;
  return { width: MAP_WIDTH, height, headingLines, subheadingLines, grid, entries, legendY, unplacedLines, unplacedY };
}

/** The mark for an engagement level: its shape; the fill is the sector's colour. */
function mark(engagement: string | null, x: number, y: number, colour: string): string {
  const stroke = `stroke="${INK}" stroke-width="1.2"`;
  switch (engagement) {
    case 'active-partner':
      return `<circle cx="${num(x)}" cy="${num(y)}" r="7.5" fill="${colour}" ${stroke}/>`;
    case 'pilot':
      return `<rect x="${num(x - 6.5)}" y="${num(y - 6.5)}" width="13" height="13" fill="${colour}" ${stroke}/>`;
    case 'advisory-group':
      return `<path d="M${num(x)} ${num(y - 8)}L${num(x + 8)} ${num(y + 6)}L${num(x - 8)} ${num(y + 6)}Z" fill="${colour}" ${stroke}/>`;
    case 'informed':
      return `<path d="M${num(x)} ${num(y - 8)}L${num(x + 8)} ${num(y)}L${num(x)} ${num(y + 8)}L${num(x - 8)} ${num(y)}Z" fill="${colour}" ${stroke}/>`;
    case 'not-engaged':
      return `<circle cx="${num(x)}" cy="${num(y)}" r="6.5" fill="#ffffff" stroke="${colour}" stroke-width="3"/>`;
    default:
      return `<circle cx="${num(x)}" cy="${num(y)}" r="6.5" fill="#ffffff" stroke="${INK}" stroke-width="1.2" stroke-dasharray="2 2"/>`;
  }
}

const ENGAGEMENT_WORDS: Readonly<Record<string, string>> = { 'active-partner': 'Active partner', pilot: 'Pilot', 'advisory-group': 'Advisory group', informed: 'Kept informed', 'not-engaged': 'Not engaged' };

/** The legend's rows: sectors present (colour), then engagement levels present (shape). */
function legendRows(stakeholders: readonly MapStakeholder[]): { title: string; items: { text: string; draw: (x: number, y: number) => string }[]; height: number }[] {
  const sectors = [...new Set(stakeholders.map((s) => s.sector))].sort((a, b) => (SECTOR_ORDER.indexOf(a) + 1 || 99) - (SECTOR_ORDER.indexOf(b) + 1 || 99) || (a < b ? -1 : 1));
  const engagements = [...new Set(stakeholders.map((s) => s.engagement))].sort((a, b) => (a === null ? 99 : (ENGAGEMENTS as readonly string[]).indexOf(a)) - (b === null ? 99 : (ENGAGEMENTS as readonly string[]).indexOf(b)));
  const label = (sector: string) => stakeholders.find((s) => s.sector === sector)?.sectorLabel ?? sector;
  const rows = [
    { title: 'Sector (colour of the mark):', items: sectors.map((s) => ({ text: label(s), draw: (x: number, y: number) => `<rect x="${num(x - 7)}" y="${num(y - 7)}" width="14" height="14" fill="${colourOf(s)}" stroke="${INK}" stroke-width="1"/>` })) },
    { title: 'Engagement (shape of the mark):', items: engagements.map((e) => ({ text: e === null ? 'Not recorded' : ENGAGEMENT_WORDS[e] ?? e, draw: (x: number, y: number) => mark(e, x, y, '#bbbbbb') })) },
  ];
  return rows.map((r) => ({ ...r, height: flow(r.items.map((i) => i.text), textWidth(r.title, 12, true)).lines * 22 + 4 }));
}

/** How legend items flow into lines after a title: returns the number of lines and each item's position. */
function flow(texts: readonly string[], titleWidth: number): { lines: number; at: { x: number; line: number }[] } {
  const start = 20 + titleWidth + 14;
  let x = start;
  let line = 0;
  const at: { x: number; line: number }[] = [];
  for (const t of texts) {
    const w = 22 + textWidth(t, 12) + 18;
    if (x + w > MAP_WIDTH - 20 && x > start) {
      line++;
      x = start;
    }
    at.push({ x, line });
    x += w;
  }
  return { lines: line + 1, at };
}

/** The map as an `<svg>` element (a complete SVG document when written to a file). */
export function stakeholderMap(input: MapInput): string {
  const layout = mapLayout(input);
  const id = safeId(input.id);
  const { grid } = layout;
  const out: string[] = [svgOpen({ id, width: layout.width, height: layout.height, title: input.title, desc: input.desc })];
  out.push(`<rect x="0" y="0" width="${num(layout.width)}" height="${num(layout.height)}" fill="#ffffff"/>`);
  out.push(textLines(layout.headingLines, 20, 34, 18, 22, `font-weight="bold" fill="${INK}"`));
  out.push(textLines(layout.subheadingLines, 20, 34 + layout.headingLines.length * 22, 12, 15, `fill="${MUTED}"`));

  // The grid: cells, captions, level labels and axis titles.
  for (const row of grid.rows) {
    LEVELS.forEach((interest, col) => {
      const x = grid.x + col * CELL_WIDTH;
      const key = `${row.influence}-${interest}` as const;
      out.push(`<rect x="${num(x)}" y="${num(row.y)}" width="${num(CELL_WIDTH)}" height="${num(row.height)}" fill="${key === 'high-high' ? '#f2f2f2' : '#ffffff'}" stroke="#8c8c8c" stroke-width="1"/>`);
      const caption = CAPTION[key];
      if (caption) out.push(`<text x="${num(x + CELL_WIDTH - CELL_PAD)}" y="${num(row.y + CELL_PAD + 9)}" font-size="10.5" font-style="italic" text-anchor="end" fill="${MUTED}">${xmlText(caption)}</text>`);
    });
    const level = row.influence.charAt(0).toUpperCase() + row.influence.slice(1);
    out.push(`<text x="${num(grid.x - 10)}" y="${num(row.y + row.height / 2 + 4)}" font-size="12" text-anchor="end" fill="${INK}">${level}</text>`);
  }
  const midY = grid.y + grid.height / 2;
  out.push(`<text x="${num(26)}" y="${num(midY)}" font-size="13" font-weight="bold" text-anchor="middle" fill="${INK}" transform="rotate(-90 26 ${num(midY)})">Influence over the outcome →</text>`);
  LEVELS.forEach((interest, col) => {
    out.push(`<text x="${num(grid.x + col * CELL_WIDTH + CELL_WIDTH / 2)}" y="${num(grid.y + grid.height + 18)}" font-size="12" text-anchor="middle" fill="${INK}">${interest.charAt(0).toUpperCase() + interest.slice(1)}</text>`);
  });
  out.push(`<text x="${num(grid.x + grid.width / 2)}" y="${num(grid.y + grid.height + 40)}" font-size="13" font-weight="bold" text-anchor="middle" fill="${INK}">Interest in the issue →</text>`);

  // The stakeholders.
  for (const e of layout.entries) {
    const s = e.stakeholder;
    out.push(`<g>`);
    out.push(mark(s.engagement, e.mark.x, e.mark.y, colourOf(s.sector)));
    const tx = e.box.x + MARK_SPACE;
    out.push(textLines(e.nameLines, tx, e.box.y + 13, NAME_SIZE, NAME_LINE, `fill="${INK}"${s.engagement === 'active-partner' ? ' font-weight="bold"' : ''}`));
    out.push(textLines(e.subLines, tx, e.box.y + e.nameLines.length * NAME_LINE + 11, SUB_SIZE, SUB_LINE, `fill="${MUTED}"`));
    out.push(`</g>`);
  }

  // Legend.
  let ly = layout.legendY;
  for (const row of legendRows(input.stakeholders)) {
    out.push(`<text x="20" y="${num(ly + 4)}" font-size="12" font-weight="bold" fill="${INK}">${xmlText(row.title)}</text>`);
    const f = flow(row.items.map((i) => i.text), textWidth(row.title, 12, true));
    row.items.forEach((item, i) => {
      const at = f.at[i]!;
      const iy = ly + at.line * 22;
      out.push(item.draw(at.x + 8, iy));
      out.push(`<text x="${num(at.x + 22)}" y="${num(iy + 4)}" font-size="12" fill="${INK}">${xmlText(item.text)}</text>`);
    });
    ly += row.height;
  }
  if (layout.unplacedLines.length) out.push(textLines(layout.unplacedLines, 20, layout.unplacedY + 4, 12, 16, `fill="${INK}"`));
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
