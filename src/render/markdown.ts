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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `1995-03-15` as `15 March 1995`: the same in every locale and time zone. Anything else: undefined. */
export function formatDate(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const month = MONTHS[Number(m[2]) - 1];
  const day = Number(m[3]);
  if (!month || day < 1 || day > 31) return undefined;
  return `${day} ${month} ${m[1]}`;
}

/** A number with thousands separated by commas: `80,000,000`, `97.5`. Locale-independent. */
export function formatNumber(value: number, decimals?: 2): string {
  if (!Number.isFinite(value)) return '';
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  if (decimals === 2 && !Number.isInteger(abs)) {
    const cents = Math.round(abs * 100);
    if (Number.isSafeInteger(cents)) return `${sign}${group(String(Math.floor(cents / 100)))}.${String(cents % 100).padStart(2, '0')}`;
  }
  if (Number.isInteger(abs)) return `${sign}${group(BigInt(abs).toString())}`;
  const text = String(abs);
  const m = /^(\d+)(\.\d+)$/.exec(text);
  return m ? `${sign}${group(m[1]!)}${m[2]}` : `${sign}${text}`;
}

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** An amount of money: `PKR 80,000,000`; cents only when there are any. */
export function formatMoney(amount: number, currency: string | null | undefined): string {
  const n = formatNumber(amount, 2);
  if (n === '') return '';
  return currency ? `${currency} ${n}` : `${n} (currency not stated)`;
}
