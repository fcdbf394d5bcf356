/**
 * An indicator's chart: its measurements over time against the planned path from baseline to target, as an SVG
 * string. Pure and deterministic: the same input gives the same bytes.
 *
 * Read in black and white as well as in colour: measurements are a solid line with round markers, the planned path
 * a dashed line, the target a dotted line, the review a dash-dot line, and each is named in a legend and labelled
 * with its value. The text alternative (`<title>`, `<desc>`, aria-label) is given by the caller.
 */
import { dayNumber } from '../../core/documents/review/status.js';
import { formatNumber } from '../../core/base/wording.js';
import { num, overlapArea, safeId, svgOpen, textWidth, xmlText, type Box } from './xml.js';

export interface ChartPoint {
  value: number;
  /** YYYY-MM-DD */
  date: string;
}

export interface ChartInput {
  id: string;
  /** Short text alternative. */
  title: string;
  /** Long text alternative. */
  desc: string;
  unit: string | null;
  baseline: ChartPoint | null;
  target: ChartPoint | null;
  better: 'higher' | 'lower';
  /** Said after the target's value: `or more`, `or less`, or nothing. */
  targetQualifier?: string;
  measurements: readonly ChartPoint[];
  /** The date the chart is as of (the review), marked with a vertical line. */
  asOf: string;
  /** What the vertical line is: "Review" or "Today". */
  asOfLabel: string;
  /** The indicator's status in words, shown at the top left. */
  statusLabel: string;
}

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 280;
const PLOT: Box = { x: 64, y: 56, width: CHART_WIDTH - 64 - 28, height: CHART_HEIGHT - 56 - 40 };

const INK = '#1a1a1a';
const MEASURED = '#1f4e8c';
const PLANNED = '#4d4d4d';
const TARGET = '#a14a00';
const REVIEW = '#6b6b6b';
const GRID = '#dddddd';
const DASH = { planned: '8 5', target: '2 4', review: '10 4 2 4' } as const;

export interface ChartGeometry {
  plot: Box;
  /** The x position of a date. */
  x(date: string): number;
  /** The y position of a value. */
  y(value: number): number;
  xDomain: [number, number];
  yDomain: [number, number];
  yTicks: number[];
  xTicks: { x: number; label: string }[];
  /** The y of the horizontal target line; null without a target. */
  targetY: number | null;
  /** The planned path from baseline to target; null without both. */
  planned: { x1: number; y1: number; x2: number; y2: number } | null;
  /** Each measurement's position, oldest first. */
  points: { x: number; y: number; value: number; date: string }[];
  asOfX: number;
}

/** A "nice" step (1, 2, 2.5 or 5 times a power of ten) at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * power;
}

const round = (n: number) => Math.round(n * 1e9) / 1e9;
const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function dateOfDay(day: number): { y: number; m: number } {
  const d = new Date(day * 86_400_000);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() };
}
// Math.min(...list) passes every item as an argument: a long list overflows the stack.
const least = (list: readonly number[]) => list.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
const greatest = (list: readonly number[]) => list.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
const dayOf = (y: number, m: number) => Math.round(Date.UTC(y, m, 1) / 86_400_000);

/** Scales, ticks and positions: everything the picture draws, for the chart and for its tests. */
export function chartGeometry(input: ChartInput): ChartGeometry {
  const sorted = [...input.measurements].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const days = [...sorted.map((m) => dayNumber(m.date)), dayNumber(input.asOf)];
  if (input.baseline) days.push(dayNumber(input.baseline.date));
  if (input.target) days.push(dayNumber(input.target.date));
  let d0 = least(days);
  let d1 = greatest(days);
  if (d1 - d0 < 60) {
    d0 -= 30;
    d1 += 30;
  }
  const padDays = (d1 - d0) * 0.03;
  const xDomain: [number, number] = [d0 - padDays, d1 + padDays];

  const values = sorted.map((m) => m.value);
  if (input.baseline) values.push(input.baseline.value);
  if (input.target) values.push(input.target.value);
  if (!values.length) values.push(0, 1);
  let lo = least(values);
  let hi = greatest(values);
  if (lo >= 0 && lo <= hi * 0.5) lo = 0;
  // A range too small to draw apart from the values' size is drawn as one value.
  if (hi - lo <= Math.max(Math.abs(hi), Math.abs(lo)) * 1e-9) hi = lo;
  // One value: a positive one is drawn from zero up to it (an axis above it would offer "7 partners (of 6)").
  if (hi === lo && lo > 0) lo = 0;
  if (hi === lo) {
    const spread = Math.abs(hi) * 0.1 || 1;
    lo -= spread;
    hi += spread;
    if (least(values) >= 0 && lo < 0) lo = 0;
  }
  // Whole numbers (counts) get whole-number ticks.
  let step = niceStep((hi - lo) / 4);
  if (values.every(Number.isInteger) && !Number.isInteger(step)) step = step < 1 ? 1 : Math.floor(step);
  const yDomain: [number, number] = [round(Math.floor(lo / step) * step), round(Math.ceil(hi / step) * step)];
  const count = Math.min(20, Math.round((yDomain[1] - yDomain[0]) / step));
  const yTicks = Array.from({ length: count + 1 }, (_v, i) => round(yDomain[0] + i * step));

  const x = (date: string) => PLOT.x + ((dayNumber(date) - xDomain[0]) / (xDomain[1] - xDomain[0])) * PLOT.width;
  const xDay = (day: number) => PLOT.x + ((day - xDomain[0]) / (xDomain[1] - xDomain[0])) * PLOT.width;
  const y = (value: number) => PLOT.y + PLOT.height - ((value - yDomain[0]) / (yDomain[1] - yDomain[0])) * PLOT.height;

  // Time ticks: years (every 1, 2, 5, 10 ... years), or months for spans under two years.
  const xTicks: { day: number; label: string }[] = [];
  const spanYears = (xDomain[1] - xDomain[0]) / 365.25;
  const start = dateOfDay(Math.ceil(xDomain[0]));
  if (spanYears >= 2) {
    const every = [1, 2, 5, 10, 20, 50, 100].find((s) => spanYears / s <= 8) ?? 100;
    for (let yr = Math.ceil((start.m === 0 && dayOf(start.y, 0) >= xDomain[0] ? start.y : start.y + 1) / every) * every; dayOf(yr, 0) <= xDomain[1]; yr += every) xTicks.push({ day: dayOf(yr, 0), label: String(yr) });
  } else {
    const every = [1, 2, 3, 6].find((s) => (spanYears * 12) / s <= 7) ?? 6;
    const yr = start.y;
    let m = start.m;
    if (dayOf(yr, m) < xDomain[0]) m += 1;
    m = Math.ceil(m / every) * every;
    for (; dayOf(yr, m) <= xDomain[1]; m += every) {
      const d = dayOf(yr, m);
      const { y: ty, m: tm } = dateOfDay(d);
      xTicks.push({ day: d, label: `${MONTH_ABBR[tm]} ${ty}` });
    }
  }

  return {
    plot: PLOT,
    x,
    y,
    xDomain,
    yDomain,
    yTicks,
    xTicks: xTicks.map((t) => ({ x: xDay(t.day), label: t.label })),
    targetY: input.target ? y(input.target.value) : null,
    planned: input.baseline && input.target ? { x1: x(input.baseline.date), y1: y(input.baseline.value), x2: x(input.target.date), y2: y(input.target.value) } : null,
    points: sorted.map((m) => ({ x: x(m.date), y: y(m.value), value: m.value, date: m.date })),
    asOfX: x(input.asOf),
  };
}

/** The chart as a standalone SVG document fragment (an `<svg>` element with its namespace). */
export function indicatorChart(input: ChartInput): string {
  const g = chartGeometry(input);
  const id = safeId(input.id);
  const { plot } = g;
  const right = plot.x + plot.width;
  const bottom = plot.y + plot.height;
  const out: string[] = [svgOpen({ id, width: CHART_WIDTH, height: CHART_HEIGHT, title: input.title, desc: input.desc })];
  out.push(`<rect x="0" y="0" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" fill="#ffffff"/>`);
  const taken: Box[] = [];
  const label = (text: string, x: number, y: number, anchor: 'start' | 'middle' | 'end', attrs: string, size = 11, bold = false): boolean => {
    const w = textWidth(text, size, bold);
    const bx = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    const box = { x: bx - 1, y: y - size * 0.8, width: w + 2, height: size * 0.8 + size * 0.25 };
    if (box.x < 0 || box.x + box.width > CHART_WIDTH || taken.some((t) => overlapArea(t, box) > 0)) return false;
    taken.push(box);
    out.push(`<text x="${num(x)}" y="${num(y)}" font-size="${size}" text-anchor="${anchor}"${bold ? ' font-weight="bold"' : ''} ${attrs}>${xmlText(text)}</text>`);
    return true;
  };

  // Header: the status in words, and a legend of the line styles.
  label(input.statusLabel, 8, 20, 'start', `fill="${INK}"`, 14, true);
  const legend: [string, string, string, number][] = [
    ...(g.points.length ? [['Measured', MEASURED, '', 2.5] as [string, string, string, number]] : []),
    ...(g.planned ? [['Planned path', PLANNED, DASH.planned, 1.5] as [string, string, string, number]] : []),
    ...(g.targetY !== null ? [['Target', TARGET, DASH.target, 2] as [string, string, string, number]] : []),
    [input.asOfLabel, REVIEW, DASH.review, 1.2],
  ];
  let lx = CHART_WIDTH - 8;
  for (const [text, colour, dash, width] of [...legend].reverse()) {
    const w = textWidth(text, 11);
    lx -= w;
    label(text, lx, 20, 'start', `fill="${INK}"`);
    lx -= 30;
    out.push(`<line x1="${num(lx)}" y1="16" x2="${num(lx + 24)}" y2="16" stroke="${colour}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`);
    if (text === 'Measured') out.push(`<circle cx="${num(lx + 12)}" cy="16" r="3.5" fill="${MEASURED}" stroke="#ffffff" stroke-width="1"/>`);
    lx -= 14;
  }
  if (input.unit) label(input.unit, plot.x - 8, plot.y - 14, 'start', `fill="${INK}"`, 11);

  // Grid and axes.
  for (const t of g.yTicks) {
    const ty = g.y(t);
    out.push(`<line x1="${num(plot.x)}" y1="${num(ty)}" x2="${num(right)}" y2="${num(ty)}" stroke="${GRID}" stroke-width="1"/>`);
    out.push(`<text x="${num(plot.x - 6)}" y="${num(ty + 4)}" font-size="11" text-anchor="end" fill="${INK}">${xmlText(formatNumber(t))}</text>`);
  }
  out.push(`<line x1="${num(plot.x)}" y1="${num(bottom)}" x2="${num(right)}" y2="${num(bottom)}" stroke="${INK}" stroke-width="1"/>`);
  out.push(`<line x1="${num(plot.x)}" y1="${num(plot.y)}" x2="${num(plot.x)}" y2="${num(bottom)}" stroke="${INK}" stroke-width="1"/>`);
  for (const t of g.xTicks) {
    const tx = t.x;
    out.push(`<line x1="${num(tx)}" y1="${num(bottom)}" x2="${num(tx)}" y2="${num(bottom + 5)}" stroke="${INK}" stroke-width="1"/>`);
    out.push(`<text x="${num(tx)}" y="${num(bottom + 18)}" font-size="11" text-anchor="middle" fill="${INK}">${xmlText(t.label)}</text>`);
  }
  for (const t of g.yTicks) taken.push({ x: 0, y: g.y(t) - 8, width: plot.x - 4, height: 12 });
  taken.push({ x: 0, y: bottom, width: CHART_WIDTH, height: CHART_HEIGHT - bottom });
  if (g.targetY !== null) taken.push({ x: plot.x, y: g.targetY - 1.5, width: plot.width, height: 3 });
  if (input.target && g.targetY !== null) taken.push({ x: g.x(input.target.date) - 7, y: g.targetY - 7, width: 14, height: 14 });
  if (input.baseline) taken.push({ x: g.x(input.baseline.date) - 5, y: g.y(input.baseline.value) - 5, width: 10, height: 10 });

  // The review (or today), as a vertical line.
  out.push(`<line x1="${num(g.asOfX)}" y1="${num(plot.y)}" x2="${num(g.asOfX)}" y2="${num(bottom)}" stroke="${REVIEW}" stroke-width="1.2" stroke-dasharray="${DASH.review}"/>`);

  // Target line, planned path, baseline.
  if (g.targetY !== null && input.target) {
    out.push(`<line x1="${num(plot.x)}" y1="${num(g.targetY)}" x2="${num(right)}" y2="${num(g.targetY)}" stroke="${TARGET}" stroke-width="2" stroke-dasharray="${DASH.target}" stroke-linecap="round"/>`);
  }
  if (g.planned) {
    const pl = g.planned;
    out.push(`<line x1="${num(pl.x1)}" y1="${num(pl.y1)}" x2="${num(pl.x2)}" y2="${num(pl.y2)}" stroke="${PLANNED}" stroke-width="1.5" stroke-dasharray="${DASH.planned}"/>`);
  }
  if (input.baseline) {
    const bx = g.x(input.baseline.date);
    const by = g.y(input.baseline.value);
    out.push(`<rect x="${num(bx - 4)}" y="${num(by - 4)}" width="8" height="8" fill="#ffffff" stroke="${PLANNED}" stroke-width="1.5"/>`);
  }
  if (input.target) {
    const tx = g.x(input.target.date);
    const ty = g.targetY!;
    out.push(`<path d="M${num(tx)} ${num(ty - 6)}L${num(tx + 6)} ${num(ty)}L${num(tx)} ${num(ty + 6)}L${num(tx - 6)} ${num(ty)}Z" fill="#ffffff" stroke="${TARGET}" stroke-width="1.5"/>`);
  }

  // Measurements: a solid line and round markers.
  if (g.points.length > 1) out.push(`<polyline points="${g.points.map((pt) => `${num(pt.x)},${num(pt.y)}`).join(' ')}" fill="none" stroke="${MEASURED}" stroke-width="2.5" stroke-linejoin="round"/>`);
  for (const pt of g.points) out.push(`<circle cx="${num(pt.x)}" cy="${num(pt.y)}" r="4.5" fill="${MEASURED}" stroke="#ffffff" stroke-width="1.5"/>`);
  for (const pt of g.points) taken.push({ x: pt.x - 5, y: pt.y - 5, width: 10, height: 10 });
  if (!g.points.length) {
    // On a white ground, where no line runs: the middle of the plot, else a quarter above or below it.
    const text = 'No measurements yet';
    const w = textWidth(text, 13);
    const cx = plot.x + plot.width / 2;
    for (const cy of [plot.y + plot.height / 2, plot.y + plot.height / 4, plot.y + (plot.height * 3) / 4]) {
      const box = { x: cx - w / 2 - 6, y: cy - 14, width: w + 12, height: 20 };
      if (g.targetY !== null && g.targetY > box.y - 2 && g.targetY < box.y + box.height + 2) continue;
      out.push(`<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" rx="3" fill="#ffffff" stroke="${GRID}" stroke-width="1"/>`);
      label(text, cx, cy, 'middle', `fill="${INK}" font-style="italic"`, 13);
      break;
    }
  }

  // Labels: the latest measurement first, then the target and baseline, then the other measurements where they fit.
  const latest = g.points[g.points.length - 1];
  const valueLabel = (pt: { x: number; y: number; value: number }, bold: boolean) => {
    const text = formatNumber(pt.value);
    const above = pt.y - 9;
    return label(text, pt.x, above, 'middle', `fill="${MEASURED}"`, 11, bold) || label(text, pt.x, pt.y + 19, 'middle', `fill="${MEASURED}"`, 11, bold) || label(text, pt.x - 8, pt.y + 4, 'end', `fill="${MEASURED}"`, 11, bold) || label(text, pt.x + 8, pt.y + 4, 'start', `fill="${MEASURED}"`, 11, bold);
  };
  // The latest value matters most: it is placed before the other labels, and may cross the review line.
  if (latest) valueLabel(latest, true);
  taken.push({ x: g.asOfX - 1.5, y: plot.y, width: 3, height: plot.height });
  if (input.target && g.targetY !== null) {
    const text = `Target ${formatNumber(input.target.value)}${input.targetQualifier ? ` ${input.targetQualifier}` : ''}`;
    const ty = g.targetY;
    const tx = g.x(input.target.date);
    const fitsRight = tx + 10 + textWidth(text, 11) <= CHART_WIDTH - 4;
    const candidates: [number, number, 'start' | 'middle' | 'end'][] = [
      ...(fitsRight ? ([[tx + 10, ty - 6, 'start'], [tx + 10, ty + 15, 'start']] as [number, number, 'start'][]) : []),
      [tx - 10, ty - 6, 'end'],
      [tx - 10, ty + 15, 'end'],
      [plot.x + 6, ty - 6, 'start'],
      [plot.x + 6, ty + 15, 'start'],
      [plot.x + plot.width / 2, ty - 6, 'middle'],
    ];
    for (const [x, y, anchor] of candidates) if (label(text, x, y, anchor, `fill="${TARGET}"`)) break;
  }
  if (input.baseline) {
    const text = `Baseline ${formatNumber(input.baseline.value)}`;
    const bx = g.x(input.baseline.date);
    const by = g.y(input.baseline.value);
    if (!label(text, bx + 8, by - 8, 'start', `fill="${PLANNED}"`)) label(text, bx + 8, by + 16, 'start', `fill="${PLANNED}"`);
  }
  for (const [x, y, anchor] of [[g.asOfX - 4, plot.y + 11, 'end'], [g.asOfX + 4, plot.y + 11, 'start'], [g.asOfX - 4, bottom - 6, 'end'], [g.asOfX + 4, bottom - 6, 'start']] as [number, number, 'start' | 'end'][]) {
    if (label(input.asOfLabel, x, y, anchor, `fill="${REVIEW}"`)) break;
  }
  for (const pt of [...g.points].reverse().slice(1)) valueLabel(pt, false);

  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
