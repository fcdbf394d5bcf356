/**
 * Markdown to a self-contained HTML page: marked (GitHub-flavoured Markdown), then sanitize-html with an
 * allow-list (no script, no style or event-handler attributes, links only to http, https and mailto), then the
 * page template templates/html/page.html.hbs with the print styles of templates/html/print.css embedded, so
 * "print to PDF" from a browser gives a clean document and nothing is fetched from anywhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { UsageError } from '../core/base/diagnostic.js';
import { pageTemplate } from './handlebars.js';
import { PAGE_WORDS, type PageFrame } from './page.js';
import { paperSize } from './paper.js';
import { TEMPLATE_DIR } from './templates.js';

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'blockquote', 'strong', 'em', 'del', 'code', 'pre', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a'],
  allowedAttributes: { a: ['href', 'title'], th: ['align'], td: ['align'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};

/** The Markdown as sanitised HTML (the body of the page only). */
export function markdownToSafeHtml(markdown: string): string {
  let html: string;
  try {
    html = new Marked({ gfm: true, breaks: false, async: false }).parse(markdown) as string;
  } catch (error) {
    // marked recurses once per level of nesting: thousands of nested quotes or lists overflow the stack.
    if (error instanceof RangeError || /call stack/i.test(String((error as Error)?.message))) throw new UsageError('The document nests quotes, lists or emphasis too deeply to turn into HTML; nothing was written.', 'Look for quotes (>) or lists nested many levels deep in the template, or render it with --format md.');
    throw error;
  }
  return sanitizeHtml(html, SANITIZE);
}

/**
 * A whole page: `title` (plain text) in the head. Printed, every page carries the running header of `frame` (e.g.
 * "Draft for negotiation — <partnership> — <date>") in its top margin and "Page N of M" in its bottom margin (CSS
 * `@page` margin boxes, outside the text, so they never cover it), on `frame.paper`; on screen the header (or `mark`)
 * stands above the text. `figures` (placeholder -> SVG, see figures.ts) are spliced in after sanitising: a paragraph
 * holding only a placeholder becomes a `<figure>` with the SVG inline; a placeholder anywhere else becomes the
 * picture's title.
 */
export function htmlPage(markdown: string, options: { title: string; mark?: string; frame?: PageFrame; figures?: ReadonlyMap<string, { svg: string; title: string }> }): string {
  const style = `${readFileSync(join(TEMPLATE_DIR, 'html', 'print.css'), 'utf8').trimEnd()}\n\n${pageRule(options.frame)}`;
  let body = markdownToSafeHtml(markdown);
  for (const [token, { svg, title }] of options.figures ?? []) {
    body = body.split(`<p>${token}</p>`).join(`<figure class="picture">\n${svg.trim()}\n</figure>`).split(token).join(escapeHtml(title));
  }
  return pageTemplate()({ title: options.title, lang: 'en', style, body, mark: options.frame?.header ?? options.mark ?? '', draft: options.frame ? options.frame.draft : Boolean(options.mark) });
}

/** The printed page: its size and margins, the running header in the top margin and the page numbers in the bottom one. */
export function pageRule(frame: PageFrame | undefined): string {
  const paper = paperSize(frame?.paper ?? 'a4');
  const m = paper.marginMm;
  const box = (colour: string) => `font: 8pt "Helvetica Neue", Arial, "Liberation Sans", sans-serif; color: ${colour};`;
  return [
    '@page {',
    `  size: ${paper.css};`,
    `  margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;`,
    ...(frame ? [`  @top-center { content: ${cssString(frame.header)}; ${box(frame.draft ? '#b91c1c' : '#444')}${frame.draft ? ' font-weight: bold;' : ''} vertical-align: bottom; padding-bottom: 4mm; }`] : []),
    `  @bottom-center { content: ${cssString(PAGE_WORDS.before)} counter(page) ${cssString(PAGE_WORDS.between)} counter(pages); ${box('#444')} vertical-align: top; padding-top: 4mm; }`,
    '}',
  ].join('\n');
}

/**
 * Text as a CSS string: everything but letters, digits, spaces and plain punctuation as a hexadecimal escape, so no
 * text can end the string or the style element. Each escape ends with the one space CSS takes as its end (a space
 * after it in the text stays).
 */
export function cssString(text: string): string {
  return `"${Array.from(text, (c) => (/^[A-Za-z0-9 .,:;()-]$/.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join('')}"`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
