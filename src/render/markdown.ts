/**
 * Escaping data for Markdown, so that what a partner typed is shown as typed: in a Markdown viewer, and after
 * marked turns the Markdown into HTML. A name such as `<b>*Acme*</b> {{x}}` must never become bold text, a tag or
 * a link. Pure functions; the template helpers (handlebars.ts) use them.
 *
 * Inline text is one line: runs of spaces, tabs and line breaks become one space (Markdown would fold them, and a
 * line break in data must not start a list item, a heading or a table row). Every character that can start
 * Markdown or HTML markup is backslash-escaped (CommonMark lets any ASCII punctuation be escaped); `.` and `)`
 * only after leading digits (an ordered list), `+ - =` only at the start (a list item or a heading underline),
 * `&` only where it would start an entity. Parentheses, full stops and quotes stay as they are, so the Markdown
 * stays readable.
 */

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** One line of text, escaped. */
export function escapeInline(text: string): string {
  const flat = text.replace(CONTROLS, '').replace(/[ \t\r\n]+/g, ' ').trim();
  return flat
    .replace(/[\\`*_[\]<>#|~]/g, '\\$&')
    .replace(/&(?=#?[0-9A-Za-z]+;)/g, '\\&')
    .replace(/^([+\-=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Text that may hold paragraphs (separated by a blank line): each paragraph escaped, one blank line between. */
export function escapeParagraphs(text: string): string {
  return text
    .replace(CONTROLS, '')
    .split(/\r?\n[ \t]*\r?\n/)
    .map(escapeInline)
    .filter((p) => p !== '')
    .join('\n\n');
}

/** A table cell: inline text (so `|` is escaped and there is no line break), or a dash when empty. */
export function escapeCell(text: string): string {
  return escapeInline(text) || '—';
}
