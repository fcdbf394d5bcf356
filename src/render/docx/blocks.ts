/**
 * Block Markdown (marked's tokens) as Word paragraphs and tables, in Word's own styles: `#` the Title, `##` Heading 1
 * (numbered by Word when the template numbers its sections 1, 2, 3 ...), `###` Heading 2, deeper Heading 3; lists
 * as Word lists; quotes in the Quote style; tables bordered (./tables.ts); a picture's placeholder paragraph as the
 * picture. The list of open items at the top of the agreement becomes a table linking to each item in place.
 */
import { BorderStyle, HeadingLevel, ImageRun, InternalHyperlink, Paragraph, type ParagraphChild, type Table } from 'docx';
import type { Token, Tokens } from 'marked';
import { decodeEntities, type InlineContext, inlineRuns, openItemBookmark, plainText, run } from './inline.js';
import { NUMBERING } from './styles.js';
import { borderedTable, type Cell } from './tables.js';

export type Block = Paragraph | Table;

/** A picture ready for Word: the SVG, the PNG drawn from it, its size in pixels and its text alternatives. */
export interface DocxFigure {
  id: string;
  svg: string;
  png: Uint8Array;
  width: number;
  height: number;
  title: string;
  desc: string;
}

/** An open item as the agreement's view model lists it (src/core/documents/agreement/view.ts). */
export interface OpenItemRow {
  number: number;
  summary: string;
  section: string;
  sectionNumber: number;
}

export interface BlockContext extends InlineContext {
  /** Placeholder (src/render/figures.ts) -> picture. */
  figures: ReadonlyMap<string, DocxFigure>;
  /** The agreement's open items, for the table at the top; null for other documents. */
  openItems: readonly OpenItemRow[] | null;
  /** Open items marked in place in the text (their bookmarks exist). */
  marked: ReadonlySet<number>;
  /** Whether `##` headings are numbered by Word (they are numbered 1, 2, 3 ... in the Markdown). */
  numberedSections: boolean;
  /** Width of the text column, in twentieths of a point; the tallest picture, in pixels. */
  textWidth: number;
  maxPictureHeight: number;
  lists: number;
  /** Labels of the open items table's header row. */
  words: { number: string; item: string; section: string };
}

const HEADING = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
const SECTION_NUMBER = /^(\d+)\.\s+/;
/** Pixels (at 96 per inch) in twentieths of a point. */
export const TWIPS_PER_PIXEL = 15;

/**
 * Block tokens as paragraphs and tables; `quote` when inside a blockquote. A paragraph that introduces a list, a
 * table, a quote or a picture, or is a label in bold, stays on the page of what follows; a table is followed by a
 * little space (Word would join two tables that touch).
 */
export function blocks(tokens: readonly Token[], ctx: BlockContext, quote = false): Block[] {
  const out: Block[] = [];
  const content = tokens.filter((t) => t.type !== 'space');
  content.forEach((token, i) => {
    const next = content[i + 1];
    const introduces = next !== undefined && (next.type === 'list' || next.type === 'table' || next.type === 'blockquote' || isFigure(next, ctx) || isLabel(token));
    out.push(...block(token, ctx, quote, introduces));
    if (token.type === 'table') out.push(new Paragraph({ spacing: { before: 0, after: 0, line: 240 }, children: [] }));
  });
  return out;
}

/** A paragraph that is one run of bold text: a label for what follows. */
const isLabel = (t: Token) => t.type === 'paragraph' && (t as Tokens.Paragraph).tokens.length === 1 && (t as Tokens.Paragraph).tokens[0]!.type === 'strong';
const isFigure = (t: Token, ctx: BlockContext) => t.type === 'paragraph' && ctx.figures.has(plainText((t as Tokens.Paragraph).tokens).trim());

function block(token: Token, ctx: BlockContext, quote: boolean, keepNext = false): Block[] {
  switch (token.type) {
    case 'heading':
      return [heading(token as Tokens.Heading, ctx)];
    case 'paragraph':
    case 'text': {
      const t = token as Tokens.Paragraph | Tokens.Text;
      const figure = ctx.figures.get(plainText(t.tokens ?? []).trim());
      if (figure) return [picture(figure, ctx)];
      return [new Paragraph({ ...(quote ? { style: 'Quote' } : {}), ...(keepNext ? { keepNext: true } : {}), children: t.tokens ? inlineRuns(t.tokens, ctx) : [run(decodeEntities(t.text))] })];
    }
    case 'list':
      return list(token as Tokens.List, ctx, 0, quote);
    case 'blockquote':
      return blocks((token as Tokens.Blockquote).tokens, ctx, true);
    case 'table':
      return [table(token as Tokens.Table, ctx)];
    case 'code':
      return (token as Tokens.Code).text.split('\n').map((line) => new Paragraph({ style: 'Code', children: [run(line)] }));
    case 'hr':
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '888888', space: 1 } }, children: [] })];
    default:
      // space, def, and raw HTML (the HTML page drops it too).
      return [];
  }
}

function heading(t: Tokens.Heading, ctx: BlockContext): Paragraph {
  const level = HEADING[Math.min(t.depth, HEADING.length) - 1]!;
  let tokens: Token[] = t.tokens;
  const numbered = t.depth === 2 && ctx.numberedSections && SECTION_NUMBER.test(plainText(tokens));
  if (numbered) tokens = stripNumber(tokens);
  return new Paragraph({ heading: level, keepNext: true, keepLines: true, ...(numbered ? { numbering: { reference: NUMBERING.sections, level: 0 } } : {}), children: inlineRuns(tokens, ctx) });
}

/** The heading without its leading "3. ": Word writes the number. */
function stripNumber(tokens: Token[]): Token[] {
  const [first, ...rest] = tokens;
  if (first?.type !== 'text') return tokens;
  const text = (first as Tokens.Text).text.replace(SECTION_NUMBER, '');
  return [{ ...first, text, raw: text, tokens: undefined } as Tokens.Text, ...rest];
}

/**
 * Whether the `##` headings are numbered 1, 2, 3 ... (any start) in order, so Word may number them: the number is
 * then Word's, and a section a negotiator inserts renumbers the rest. Otherwise the numbers stay as written.
 */
export function sectionsNumbered(tokens: readonly Token[]): { numbered: boolean; start: number } {
  const numbers = tokens.filter((t): t is Tokens.Heading => t.type === 'heading' && t.depth === 2).map((t) => SECTION_NUMBER.exec(plainText(t.tokens))?.[1]);
  const given = numbers.filter((n): n is string => n !== undefined).map(Number);
  const start = given[0] ?? 1;
  return { numbered: given.length > 0 && given.every((n, i) => n === start + i), start };
}

function list(t: Tokens.List, ctx: BlockContext, level: number, quote: boolean): Block[] {
  if (level === 0 && t.ordered && isOpenItemsList(t, ctx)) return [openItemsTable(ctx)];
  const instance = ++ctx.lists;
  const start = typeof t.start === 'number' ? t.start : 1;
  const out: Block[] = [];
  t.items.forEach((item, i) => {
    let first = true;
    for (const sub of item.tokens) {
      if (sub.type === 'list') {
        out.push(...list(sub as Tokens.List, ctx, Math.min(level + 1, 8), quote));
        continue;
      }
      if (sub.type !== 'text' && sub.type !== 'paragraph') {
        out.push(...block(sub, ctx, quote));
        continue;
      }
      const runs = inlineRuns((sub as Tokens.Text).tokens ?? [sub], ctx);
      if (first && item.task) runs.unshift(run(item.checked ? '☒ ' : '☐ '));
      // A list that does not start at 1 keeps its numbers as written.
      if (first && t.ordered && start !== 1) runs.unshift(run(`${start + i}. `));
      const numbering = t.ordered && start === 1 ? { reference: NUMBERING.numbers, level, instance } : t.ordered ? null : { reference: NUMBERING.bullets, level };
      out.push(new Paragraph({ style: 'ListParagraph', ...(first && numbering ? { numbering } : { indent: { left: 360 * (level + 1) } }), children: runs }));
      first = false;
    }
  });
  return out;
}

/** The list of open items at the top of the agreement: one entry per open item, each naming its summary. */
function isOpenItemsList(t: Tokens.List, ctx: BlockContext): boolean {
  const items = ctx.openItems;
  if (!items?.length || t.items.length !== items.length) return false;
  return t.items.every((item, i) => plainText(item.tokens).includes(items[i]!.summary));
}

function openItemsTable(ctx: BlockContext): Table {
  const head: Cell[] = [ctx.words.number, ctx.words.item, ctx.words.section].map((w) => ({ runs: [run(w)], text: w }));
  const rows = ctx.openItems!.map((o): Cell[] => {
    const n = String(o.number);
    const number: ParagraphChild = ctx.marked.has(o.number) ? new InternalHyperlink({ anchor: openItemBookmark(o.number), children: [run(n, { link: true })] }) : run(n);
    const section = `${o.sectionNumber}. ${o.section}`;
    return [
      { runs: [number], text: n },
      { runs: [run(o.summary)], text: o.summary },
      { runs: [run(section)], text: section },
    ];
  });
  return borderedTable([head, ...rows], ctx.textWidth);
}

function table(t: Tokens.Table, ctx: BlockContext): Table {
  const cell = (c: Tokens.TableCell): Cell => ({ runs: inlineRuns(c.tokens, ctx), text: plainText(c.tokens), align: c.align });
  return borderedTable([t.header.map(cell), ...t.rows.map((r) => r.map(cell))], ctx.textWidth);
}

/** A picture, as wide as the text at most and never taller than `maxPictureHeight`: SVG, with the PNG for readers without SVG. */
function picture(f: DocxFigure, ctx: BlockContext): Paragraph {
  const scale = Math.min(1, ctx.textWidth / TWIPS_PER_PIXEL / f.width, ctx.maxPictureHeight / f.height);
  return new Paragraph({
    style: 'Figure',
    keepLines: true,
    children: [
      new ImageRun({
        type: 'svg',
        data: Buffer.from(f.svg, 'utf8'),
        fallback: { type: 'png', data: f.png },
        transformation: { width: Math.floor(f.width * scale), height: Math.floor(f.height * scale) },
        altText: { name: f.id, title: f.title, description: f.desc },
      }),
    ],
  });
}
