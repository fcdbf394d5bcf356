/**
 * The helpers documents' templates may call (built-in and a broker's own alike), and the Markup they return. Pure
 * functions of their arguments: every piece of data is escaped for Markdown (src/render/markdown.ts) unless a helper
 * made it. The rules templates must keep are in src/render/template-syntax.ts.
 */
import { listText } from '../core/documents/agreement/model.js';
import { escapeCell, escapeInline, escapeParagraphs } from './markdown.js';
import { formatDate, formatMoney, formatNumber } from '../core/base/wording.js';
import { withUnit } from '../core/documents/review/model.js';

/** Markdown that a helper produced (data inside already escaped): `md` passes it through unchanged. */
export class Markup {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
  toHTML(): string {
    return this.text;
  }
}

/** Names a template may never read: they lead out of the data into JavaScript objects. */
export const DENIED = new Set(['constructor', '__proto__', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toString', 'toLocaleString', 'valueOf']);

export const own = (o: unknown, key: PropertyKey): boolean => typeof o === 'object' && o !== null && Object.prototype.hasOwnProperty.call(o, key);

/** Any value as escaped Markdown text. */
function text(value: unknown): string {
  if (value instanceof Markup) return value.text;
  if (typeof value === 'string') return escapeInline(value);
  if (typeof value === 'number') return Number.isFinite(value) ? escapeInline(String(value)) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return listText(value.map(text).filter((s) => s !== ''));
  return '';
}

const HELPERS = {
  /** `{{md x}}`: x escaped for Markdown, on one line. Every `{{...}}` is wrapped in it. */
  md: (value: unknown) => new Markup(text(value)),
  /** `{{paragraphs x}}`: longer text, keeping its paragraphs. */
  paragraphs: (value: unknown) => new Markup(typeof value === 'string' ? escapeParagraphs(value) : text(value)),
  /** `{{cell x}}`: a table cell: one line, `|` escaped, a dash when empty. */
  cell: (value: unknown) => new Markup(value instanceof Markup ? value.text.replace(/\s*\n\s*/g, ' ') || '—' : typeof value === 'string' ? escapeCell(value) : text(value) || '—'),
  /** `{{date d}}`: 1995-03-15 as 15 March 1995. */
  date: (value: unknown) => new Markup(typeof value === 'string' ? escapeInline(formatDate(value) ?? value) : ''),
  /** `{{money amount currency}}`: PKR 80,000,000. */
  money: (amount: unknown, currency: unknown) => new Markup(typeof amount === 'number' ? escapeInline(formatMoney(amount, typeof currency === 'string' ? currency : null)) : ''),
  /** `{{number n}}`: 1,000 or 97.5; `{{number n decimals=2}}`: 2,234.50 (cents only when there are any). */
  number: (value: unknown, options?: { hash?: { decimals?: unknown } }) => new Markup(typeof value === 'number' ? escapeInline(formatNumber(value, options?.hash?.decimals === 2 ? 2 : undefined)) : ''),
  /** `{{quantity n unit}}`: a number with its unit, as the review report writes it: 97% of area, 40 groups, 3 meetings a year. */
  quantity: (value: unknown, unit: unknown) => new Markup(typeof value === 'number' ? escapeInline(withUnit(value, typeof unit === 'string' && unit !== '' ? unit : null)) : ''),
  /** `{{list items}}`: "a, b and c". */
  list: (value: unknown) => new Markup(text(value)),
  /** `{{open item}}`: an open item in place: **Open item 3:** the question. */
  open: (item: unknown) => {
    if (!own(item, 'number') || !own(item, 'question')) return new Markup('');
    const { number, question } = item as { number: unknown; question: unknown };
    if (typeof number !== 'number' || typeof question !== 'string') return new Markup('');
    return new Markup(`**Open item ${number}:** ${escapeInline(question)}`);
  },
  /** `{{#if (eq a b)}}`. */
  eq: (a: unknown, b: unknown) => a === b,
  /** `{{lookup obj key}}`, own properties only. */
  lookup: (obj: unknown, key: unknown) => ((typeof key === 'string' || typeof key === 'number') && !DENIED.has(String(key)) && own(obj, key) ? (obj as Record<string, unknown>)[key] : undefined),
};

/**
 * `{{figure f}}`: a picture of the document (a chart or a map) in place, from a figure of the data (`title`, and
 * `src` set by the renderer: a file beside the Markdown, an inline data: URI, or a placeholder that the HTML page
 * replaces with the SVG itself). Only those three forms of `src` are written; anything else gives nothing.
 */
function figureHelper(value: unknown): Markup {
  if (!own(value, 'src') || !own(value, 'title')) return new Markup('');
  const { src, title } = value as { src: unknown; title: unknown };
  if (typeof src !== 'string' || typeof title !== 'string') return new Markup('');
  if (FIGURE_PLACEHOLDER.test(src)) return new Markup(src);
  if (/^data:image\/svg\+xml;base64,[A-Za-z0-9+/]+={0,2}$/.test(src) || /^[A-Za-z0-9%._~-]+\.svg$/.test(src)) return new Markup(`![${escapeInline(title)}](${src})`);
  return new Markup('');
}

/** The placeholder a figure leaves in Markdown meant for an HTML page (see src/render/figures.ts). */
export const FIGURE_PLACEHOLDER = /^PARTNERFIGURE[0-9a-f]{32}X\d+$/;

/** Helpers only some documents have. */
const DOCUMENT_HELPERS: Readonly<Record<string, Record<string, (...args: never[]) => unknown>>> = {
  review: { figure: figureHelper },
  map: { figure: figureHelper },
};

/** Handlebars's own block helpers that templates may use. */
export const BUILTIN_HELPERS: readonly string[] = ['if', 'unless', 'each', 'with'];
export const HELPER_NAMES: readonly string[] = [...Object.keys(HELPERS), ...BUILTIN_HELPERS].sort();

/** The helpers of `document`'s templates (a broker's own template for it gets the same). */
export function helpersFor(document: string): Record<string, (...args: never[]) => unknown> {
  return { ...HELPERS, ...DOCUMENT_HELPERS[document] };
}

/** Their names with the block helpers, sorted, for messages. */
export function helperNamesFor(document: string): readonly string[] {
  return [...Object.keys(helpersFor(document)), ...BUILTIN_HELPERS].sort();
}
