/**
 * Markdown to a self-contained HTML page: marked (GitHub-flavoured Markdown), then sanitize-html with an
 * allow-list (no script, no style or event-handler attributes, links only to http, https and mailto), then the
 * page template templates/html/page.html.hbs with the print styles of templates/html/print.css embedded, so
 * "print to PDF" from a browser gives a clean document and nothing is fetched from anywhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { TEMPLATE_DIR } from './templates.js';

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'blockquote', 'strong', 'em', 'del', 'code', 'pre', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a'],
  allowedAttributes: { a: ['href', 'title'], th: ['align'], td: ['align'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};

let page: HandlebarsTemplateDelegate<{ title: string; lang: string; style: string; body: string; mark: string }> | undefined;

function pageTemplate() {
  if (!page) {
    const hb = Handlebars.create();
    page = hb.compile(readFileSync(join(TEMPLATE_DIR, 'html', 'page.html.hbs'), 'utf8'), { strict: true, knownHelpersOnly: true, knownHelpers: { log: false } });
  }
  return page;
}

/** The Markdown as sanitised HTML (the body of the page only). */
export function markdownToSafeHtml(markdown: string): string {
  const html = new Marked({ gfm: true, breaks: false, async: false }).parse(markdown) as string;
  return sanitizeHtml(html, SANITIZE);
}

/** A whole page: `title` (plain text) in the head, `mark` (plain text, e.g. DRAFT) repeated on every printed page. */
export function htmlPage(markdown: string, options: { title: string; mark?: string }): string {
  const style = readFileSync(join(TEMPLATE_DIR, 'html', 'print.css'), 'utf8');
  return pageTemplate()({ title: options.title, lang: 'en', style, body: markdownToSafeHtml(markdown), mark: options.mark ?? '' });
}
