/**
 * What every SVG picture shares: escaping text for XML, numbers written the same way on every machine, an estimate
 * of how wide a line of text is (no browser is needed to lay out a picture), and wrapping text to a width.
 * Pure functions, no I/O.
 *
 * Text widths are estimated from the advance widths of Helvetica / Arial (and Liberation Sans, which has the same
 * metrics), the first fonts every picture asks for (FONT). A font the reader's machine substitutes may be a little
 * wider, so layouts leave a margin (WIDTH_SAFETY).
 */

/** The fonts pictures ask for, in order: Arial's metrics are what text widths are estimated from. */
export const FONT = "Arial, 'Liberation Sans', Helvetica, sans-serif";

/** Estimated widths are multiplied by this, so a slightly wider substitute font still fits. */
const WIDTH_SAFETY = 1.06;

// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// Whether a text may hold a character NOT_XML drops: most text has none, and this test is much quicker than NOT_XML.
// eslint-disable-next-line no-control-regex
const MAYBE_NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ud800-\udfff\ufffe\uffff]/;
const xmlChars = (value: string): string => (MAYBE_NOT_XML.test(value) ? value.replace(NOT_XML, '') : value);

/** Text for an XML text node or a double-quoted attribute: `& < > " '` escaped, characters XML forbids dropped. */
export function xmlText(value: string): string {
  return xmlChars(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** One line: control characters removed, runs of white space folded to one space, ends trimmed. */
export function oneLine(value: string): string {
  return xmlChars(value).replace(/\s+/g, ' ').trim();
}

/** A coordinate or length, to at most 1 decimal, without trailing zeros: `12`, `12.5`, `-3.1`. Never `-0`. */
export function num(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const r = Math.round(value * 10) / 10;
  return Object.is(r, -0) || r === 0 ? '0' : String(r);
}

/** An id usable in XML and in `url(#...)`: lower-case letters, digits and hyphens only. */
export function safeId(value: string): string {
  const id = value.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return /^[a-z]/.test(id) ? id : `x-${id}`;
}

// Advance widths of Helvetica (= Arial, Liberation Sans) for ASCII 32..126, in thousandths of the font size.
const ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space ! " # $ % & ' ( ) * + , - . /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0-9 : ; < = > ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ A-O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P-Z [ \ ] ^ _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` a-o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p-z { | } ~
];

/** The estimated advance width of one character, in thousandths of the font size. */
function charWidth(cp: number): number {
  if (cp >= 32 && cp <= 126) return ASCII[cp - 32]!;
  if ((cp >= 0x300 && cp <= 0x36f) || cp === 0x200b || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0; // combining marks, joiners
  if (isWide(cp)) return 1000;
  if (cp === 0x2014 || cp === 0x2026) return 1000; // em dash, ellipsis
  if (cp >= 0xc0 && cp <= 0x24f) return cp >= 0xdf && cp !== 0xd7 ? 556 : 700; // accented Latin: lower / upper case
  return 620;
}

/** East Asian wide and full-width characters, and emoji: about one em each. */
function isWide(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd);
}

/** The estimated width of `text` set in FONT at `size` px (bold text is about 7% wider). */
export function textWidth(text: string, size: number, bold = false): number {
  return unitsWidth(units(text), size, bold);
}

/** The advance width of `text` in thousandths of the font size. */
function units(text: string): number {
  let sum = 0;
  for (const ch of text) sum += charWidth(ch.codePointAt(0)!);
  return sum;
}

/** Thousandths of the font size as px: textWidth's formula, so both give the same number to the last bit. */
function unitsWidth(u: number, size: number, bold: boolean): number {
  return (u / 1000) * size * (bold ? 1.07 : 1) * WIDTH_SAFETY;
}

/** The width of the white space a text ends with, in thousandths of the font size. */
function trailingUnits(text: string): number {
  return units(text.slice(text.trimEnd().length));
}

/**
 * `text` broken into lines no wider than `width` px: at spaces and after hyphens and slashes; a word wider than a
 * line is broken between characters. At most `maxLines` lines: the last one then ends with an ellipsis.
 */
export function wrapText(text: string, width: number, size: number, options: { bold?: boolean; maxLines?: number } = {}): string[] {
  // The same labels come back in every picture (aspects, ratings, sectors, names): each is wrapped once. The memo
  // holds short texts only and is emptied when full, so a build of any size keeps it small.
  if (text.length > MEMO_TEXT) return wrapUncached(text, width, size, options);
  const key = `${width}|${size}|${options.bold ? 1 : 0}|${options.maxLines ?? ''}|${text}`;
  let lines = wrapped.get(key);
  if (lines === undefined) {
    if (wrapped.size >= MEMO_SIZE) wrapped.clear();
    lines = wrapUncached(text, width, size, options);
    wrapped.set(key, lines);
  }
  return [...lines];
}

const MEMO_TEXT = 200;
const MEMO_SIZE = 4096;
const wrapped = new Map<string, readonly string[]>();

function wrapUncached(text: string, width: number, size: number, options: { bold?: boolean; maxLines?: number }): string[] {
  const bold = options.bold ?? false;
  const fits = (s: string) => textWidth(s, size, bold) <= width;
  const words = oneLine(text).split(/(?<=[ \-/])/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  // The width of the line so far and of the white space it ends with, kept as words are added: measuring the whole
  // line again for every word would make a long text quadratic.
  let lineUnits = 0;
  let lineTrail = 0;
  for (const word of words) {
    const wordUnits = units(word);
    const wordTrail = word.trim() === '' ? lineTrail + wordUnits : trailingUnits(word);
    // The candidate line (line + word) without its trailing white space, as fits(candidate.trimEnd()) measured it.
    if (unitsWidth(lineUnits + wordUnits - wordTrail, size, bold) <= width) {
      line += word;
      lineUnits += wordUnits;
      lineTrail = wordTrail;
      continue;
    }
    if (line.trim() !== '') lines.push(line.trimEnd());
    line = '';
    // A word too long for a line of its own is cut between characters.
    let rest = word;
    if (!fits(rest.trimEnd())) {
      let piece = '';
      let w = 0;
      for (const ch of rest) {
        const cw = textWidth(ch, size, bold);
        if (piece !== '' && w + cw > width) {
          lines.push(piece);
          piece = '';
          w = 0;
        }
        piece += ch;
        w += cw;
      }
      rest = piece;
    }
    line = rest;
    lineUnits = units(rest);
    lineTrail = rest.trim() === '' ? lineUnits : trailingUnits(rest);
    if (options.maxLines !== undefined && lines.length > options.maxLines) break;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  const max = options.maxLines;
  if (max !== undefined && lines.length > max) {
    const kept = lines.slice(0, max);
    let last = kept[max - 1]!;
    while (last !== '' && !fits(`${last}…`)) last = Array.from(last).slice(0, -1).join('');
    kept[max - 1] = `${last.trimEnd()}…`;
    return kept;
  }
  return lines.length ? lines : [''];
}

/** `<text>` with one `<tspan>` per line, the first baseline at `y`. */
export function textLines(lines: readonly string[], x: number, y: number, size: number, lineHeight: number, attributes = ''): string {
  if (lines.length === 1) return `<text x="${num(x)}" y="${num(y)}" font-size="${num(size)}"${attributes ? ` ${attributes}` : ''}>${xmlText(lines[0]!)}</text>`;
  const spans = lines.map((l, i) => `<tspan x="${num(x)}" ${i === 0 ? `y="${num(y)}"` : `dy="${num(lineHeight)}"`}>${xmlText(l)}</tspan>`).join('');
  return `<text font-size="${num(size)}"${attributes ? ` ${attributes}` : ''}>${spans}</text>`;
}

/** The opening of a standalone or inline SVG picture with its text alternative (`<title>`, `<desc>`, aria-label). */
export function svgOpen(options: { id: string; width: number; height: number; title: string; desc: string }): string {
  const id = safeId(options.id);
  const title = oneLine(options.title);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${xmlText(title)}" aria-describedby="${id}-desc" width="${num(options.width)}" height="${num(options.height)}" viewBox="0 0 ${num(options.width)} ${num(options.height)}" font-family="${xmlText(FONT)}">`,
    `<title>${xmlText(title)}</title>`,
    `<desc id="${id}-desc">${xmlText(oneLine(options.desc))}</desc>`,
  ].join('\n');
}

/** An axis-aligned box, for laying out labels and testing that they do not overlap. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The area two boxes share (0 when they do not overlap). */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}
