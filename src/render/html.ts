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
 * A whole page: `title` (plain text) in the head, `mark` (plain text, e.g. DRAFT) repeated on every printed page.
 * `figures` (placeholder -> SVG, see figures.ts) are spliced in after sanitising: a paragraph holding only a
 * placeholder becomes a `<figure>` with the SVG inline; a placeholder anywhere else becomes the picture's title.
 */
export function htmlPage(markdown: string, options: { title: string; mark?: string; figures?: ReadonlyMap<string, { svg: string; title: string }> }): string {
  const style = readFileSync(join(TEMPLATE_DIR, 'html', 'print.css'), 'utf8');
  let body = markdownToSafeHtml(markdown);
  for (const [token, { svg, title }] of options.figures ?? []) {
    body = body.split(`<p>${token}</p>`).join(`<figure class="picture">\n${svg.trim()}\n</figure>`).split(token).join(escapeHtml(title));
  }
  return pageTemplate()({ title: options.title, lang: 'en', style, body, mark: options.mark ?? '' });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
