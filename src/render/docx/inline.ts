/**
 * Inline Markdown (marked's tokens) as Word runs: bold, italic, struck-through and code text, links, line breaks. An
 * open item in place (`**Open item 3:** the question`, src/render/template-helpers.ts `open`) is highlighted to the end
 * of its paragraph or cell, and its label is a bookmark (`open_item_3`) that the table of open items links to, so a
 * negotiator finds each one and resolves it with tracked changes.
 */
import { Bookmark, ExternalHyperlink, HighlightColor, type ParagraphChild, TextRun } from 'docx';
import type { Token, Tokens } from 'marked';

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
  highlight?: boolean;
  link?: boolean;
}

export interface InlineContext {
  /** Open items already bookmarked: a number is bookmarked once, where it first appears. */
  bookmarked: Set<number>;
}

export const MONO = { ascii: 'Courier New', hAnsi: 'Courier New' } as const;
const OPEN_ITEM = /^Open item (\d+):?$/;

/** The bookmark of open item `n`. */
export const openItemBookmark = (n: number): string => `open_item_${n}`;

/** Inline tokens as runs; an open item's label and what follows it in the same paragraph are highlighted. */
export function inlineRuns(tokens: readonly Token[] | undefined, ctx: InlineContext, style: RunStyle = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let current = style;
  for (const token of tokens ?? []) {
    const open = token.type === 'strong' ? OPEN_ITEM.exec(plainText([token]).trim()) : null;
    if (open) {
      current = { ...current, highlight: true };
      const n = Number(open[1]);
      const runs = runsOf(token, ctx, current);
      if (ctx.bookmarked.has(n)) out.push(...runs);
      else {
        ctx.bookmarked.add(n);
        out.push(new Bookmark({ id: openItemBookmark(n), children: runs }));
      }
      continue;
    }
    out.push(...runsOf(token, ctx, current));
  }
  return out;
}

function runsOf(token: Token, ctx: InlineContext, style: RunStyle): ParagraphChild[] {
  switch (token.type) {
    case 'strong':
      return inlineRuns((token as Tokens.Strong).tokens, ctx, { ...style, bold: true });
    case 'em':
      return inlineRuns((token as Tokens.Em).tokens, ctx, { ...style, italics: true });
    case 'del':
      return inlineRuns((token as Tokens.Del).tokens, ctx, { ...style, strike: true });
    case 'codespan':
      return [run(decodeEntities((token as Tokens.Codespan).text), { ...style, code: true })];
    case 'br':
      return [new TextRun({ break: 1 })];
    case 'link':
      return link(token as Tokens.Link, ctx, style);
    case 'image':
      // A picture a template links to by address: Word would fetch it; its text alternative stands in its place.
      return (token as Tokens.Image).text ? [run(`[${decodeEntities((token as Tokens.Image).text)}]`, { ...style, italics: true })] : [];
    case 'html':
      // Raw HTML in a template of one's own: the HTML page drops it (sanitised); so does Word.
      return [];
    case 'text': {
      const t = token as Tokens.Text;
      return t.tokens?.length ? inlineRuns(t.tokens, ctx, style) : [run(decodeEntities(t.text), style)];
    }
    case 'escape':
      return [run((token as Tokens.Escape).text, style)];
    default:
      return 'text' in token && typeof token.text === 'string' ? [run(decodeEntities(token.text), style)] : [];
  }
}

/** A link to the web or an e-mail address stays a link; any other address (a file, a script) is shown as text only. */
function link(token: Tokens.Link, ctx: InlineContext, style: RunStyle): ParagraphChild[] {
  if (!/^(https?:|mailto:)/i.test(token.href)) return inlineRuns(token.tokens, ctx, style);
  return [new ExternalHyperlink({ link: token.href, children: inlineRuns(token.tokens, ctx, { ...style, link: true }) })];
}

/** One run of text in a style; a run that is a link's text carries Word's Hyperlink character style. */
export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(style.strike ? { strike: true } : {}),
    ...(style.code ? { font: MONO } : {}),
    ...(style.highlight ? { highlight: HighlightColor.YELLOW } : {}),
    ...(style.link ? { style: 'Hyperlink' } : {}),
  });
}

/** The text of inline tokens, without markup (for matching and measuring). */
export function plainText(tokens: readonly Token[] | undefined): string {
  let out = '';
  for (const t of tokens ?? []) {
    if ('tokens' in t && Array.isArray(t.tokens) && t.tokens.length) out += plainText(t.tokens as Token[]);
    else if (t.type === 'br') out += ' ';
    else if (t.type !== 'html' && 'text' in t && typeof t.text === 'string') out += t.type === 'escape' ? t.text : decodeEntities(t.text);
  }
  return out;
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The character references a Markdown text may hold (a browser decodes them in the HTML page; Word would not). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}
