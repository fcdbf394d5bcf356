/**
 * The line as it should read, for a value the schema refuses but whose meaning is plain: a number written with
 * separators or a currency, a date written day/month/year, yes/no for true/false, a list written as a sentence or
 * pasted with bullets, text holding a colon or starting with `#`, a field name misspelt. Each hint ends with the
 * rewritten line(s), as the syntax hints do (src/core/yaml/syntax.ts).
 */
import { quoteText, rewriteHint } from '../yaml/syntax.js';
import { locate, type PathSegment, type YamlSource } from '../yaml/source.js';
import { didYouMean } from '../../util/did-you-mean.js';

export interface Rewrite {
  line: number;
  column: number;
  hint: string;
}

function lines(source: YamlSource): string[] {
  return source.text.split(/\r?\n/);
}

/** A value up to a comment (` # ...`). */
function comment(rest: string): { text: string; comment: string } {
  const m = / +#(?: |$)/.exec(rest);
  return m ? { text: rest.slice(0, m.index).trimEnd(), comment: rest.slice(m.index) } : { text: rest.trimEnd(), comment: '' };
}

/** The line holding the value at `path`, with the value replaced. */
function replaceValue(source: YamlSource, path: readonly PathSegment[], lead: string, value: (raw: string) => string | undefined): Rewrite | undefined {
  const pos = locate(source, path);
  const line = lines(source)[pos.line - 1];
  if (line === undefined) return undefined;
  const before = line.slice(0, pos.column - 1);
  if (!/(:|-)\s+$/.test(before)) return undefined;
  const rest = comment(line.slice(pos.column - 1));
  const next = value(rest.text);
  if (next === undefined) return undefined;
  return { ...pos, hint: rewriteHint(lead, pos.line, [`${before}${next}${rest.comment}`]) };
}

/** `25,000`, `$25,000`, `25 000`, `25.000,50`, `25000 USD`, `"25000"` → 25000. */
export function plainNumber(text: string): string | undefined {
  let t = text.replace(/^["']|["']$/g, '').trim();
  t = t.replace(/^(?:[$\u20ac\u00a3\u00a5\u20b9\u20a8]|[A-Z]{3}\b)\s*/, '').replace(/\s*(?:[$\u20ac\u00a3\u00a5\u20b9\u20a8]|\b[A-Z]{3})$/, '').trim();
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  else if (/^\d{1,3}([ \u00a0\u202f']\d{3})+([.,]\d+)?$/.test(t)) t = t.replace(/[ \u00a0\u202f']/g, '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(t) ? t : undefined;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `30/06/2026`, `06/30/2026`, `31.03.2026`, `2026/6/30` → YYYY-MM-DD; a day past the month's end → its last day. */
export function isoDate(text: string): { date: string; note?: string } | undefined {
  const t = text.replace(/^["']|["']$/g, '').trim();
  const pad = (n: number) => String(n).padStart(2, '0');
  const make = (y: number, m: number, d: number, note?: string) => (m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) ? { date: `${y}-${pad(m)}-${pad(d)}`, ...(note ? { note } : {}) } : undefined);
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]);
    if (a > 12) return make(y, b, a);
    if (b > 12) return make(y, a, b);
    return make(y, b, a, `read as ${a} ${MONTHS[b - 1]}: swap day and month if ${b} ${MONTHS[a - 1]} was meant`);
  }
  m = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(t);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (mo >= 1 && mo <= 12 && d > daysIn(y, mo) && d <= 31) return { date: `${y}-${pad(mo)}-${pad(daysIn(y, mo))}`, note: `${MONTHS[mo - 1]} ${y} has ${daysIn(y, mo)} days` };
    return make(y, mo, d);
  }
  return undefined;
}

const YES = /^(yes|y|true|oui|ja|si|s\u00ed|sim)$/i;
const NO = /^(no|n|false|non|nein|n\u00e3o|nao)$/i;

/** A number given as text: the plain number. */
export function numberFix(source: YamlSource, path: readonly PathSegment[]): Rewrite | undefined {
  return replaceValue(source, path, 'Write the number alone, without separators, currency or quotes (the currency has its own field)', plainNumber);
}

export function dateFix(source: YamlSource, path: readonly PathSegment[]): (Rewrite & { note?: string }) | undefined {
  let note: string | undefined;
  const r = replaceValue(source, path, 'Write the date as year-month-day', (raw) => {
    const d = isoDate(raw);
    note = d?.note;
    return d?.date;
  });
  if (!r) return undefined;
  return { ...r, ...(note ? { note } : {}) };
}

export function booleanFix(source: YamlSource, path: readonly PathSegment[]): Rewrite | undefined {
  return replaceValue(source, path, 'Write true or false, without quotes', (raw) => {
    const t = raw.replace(/^["']|["']$/g, '').trim();
    return YES.test(t) ? 'true' : NO.test(t) ? 'false' : undefined;
  });
}

/** A number or true/false where text is meant: the same, in quotes. */
export function textFix(source: YamlSource, path: readonly PathSegment[]): Rewrite | undefined {
  return replaceValue(source, path, 'Put it in quotes to keep it as text', (raw) => (raw === '' ? undefined : quoteText(raw)));
}

/** `- Fair tariffs: under 5%`, read as a field: the whole item in quotes, reported at the colon. */
export function colonTextFix(source: YamlSource, path: readonly PathSegment[], data: unknown): Rewrite | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const keys = Object.keys(data);
  if (keys.length !== 1 || typeof (data as Record<string, unknown>)[keys[0]!] === 'object') return undefined;
  const pos = locate(source, path);
  const line = lines(source)[pos.line - 1];
  if (line === undefined || !line.slice(pos.column - 1).startsWith(`${keys[0]}:`)) return undefined;
  const rest = comment(line.slice(pos.column - 1));
  return { line: pos.line, column: pos.column + keys[0]!.length, hint: rewriteHint('Put the text in quotes', pos.line, [`${line.slice(0, pos.column - 1)}${quoteText(rest.text)}${rest.comment}`]) };
}

/** `- #2 fair tariffs`: everything after ` #` is a comment, so the item is empty. */
export function hashTextFix(source: YamlSource, path: readonly PathSegment[]): Rewrite | undefined {
  const pos = locate(source, path);
  for (let n = pos.line; n <= pos.line + 1; n++) {
    const line = lines(source)[n - 1];
    const m = line === undefined ? null : /^(\s*(?:- |[\w-]+:\s+))#/.exec(line);
    if (m && line) return { line: n, column: m[1]!.length + 1, hint: rewriteHint('Put the text in quotes', n, [`${m[1]}${quoteText(line.slice(m[1]!.length).trimEnd())}`]) };
  }
  return undefined;
}

const BULLET = /^[\u2022\u00b7\u25aa\u2023\u25e6\u25cf\u25cb\u25a0\u25a1\u27a2\u25ba\u2013\u2014*]\s*/;

/** A list written as a sentence (`water, sanitation and health`) or pasted with bullets: one item per line. */
export function listFix(source: YamlSource, path: readonly PathSegment[], text: string): (Rewrite & { bullets: boolean }) | undefined {
  const pos = locate(source, path);
  const all = lines(source);
  const line = all[pos.line - 1];
  if (line === undefined) return undefined;
  const first = line.slice(pos.column - 1);
  if (BULLET.test(first.trim()) && /^\s*$/.test(line.slice(0, pos.column - 1))) {
    const indent = line.slice(0, pos.column - 1);
    const items: string[] = [];
    let last = pos.line;
    for (let n = pos.line; n <= all.length && BULLET.test(all[n - 1]!.trim()); n++) {
      items.push(`${indent}- ${all[n - 1]!.trim().replace(BULLET, '')}`);
      last = n;
    }
    return { line: pos.line, column: pos.column, bullets: true, hint: rewriteHint('Start each item with a dash and a space instead', pos.line, items, last) };
  }
  const key = /^(\s*(?:- )?)([\w-]+):\s+$/.exec(line.slice(0, pos.column - 1));
  if (!key || text.includes('\n')) return undefined;
  const items = comment(first).text.split(/\s*[,;]\s*|\s+and\s+/).filter((s) => s !== '');
  const pad = ' '.repeat(key[1]!.length + 2);
  return { line: pos.line, column: pos.column, bullets: false, hint: rewriteHint('Write one item per line, each after a dash', pos.line, [`${key[1]}${key[2]}:`, ...items.map((i) => `${pad}- ${/^["'[{&*!|>%@`#]|: |:$/.test(i) ? quoteText(i) : i}`)]) };
}

const norm = (s: string) => s.trim().toLowerCase().replace(/[\s_-]+/g, '-');

/** The allowed value a broker most likely meant: the same words in other case or spacing, else a near spelling. */
export function likelyValue(value: string, allowed: readonly string[]): string | undefined {
  return allowed.find((a) => norm(a) === norm(value)) ?? didYouMean(value, [...allowed]);
}

export function valueFix(source: YamlSource, path: readonly PathSegment[], guess: string): Rewrite | undefined {
  return replaceValue(source, path, `Write \`${guess}\``, () => guess);
}

/** A field name misspelt, written with spaces, or behind non-breaking spaces: the line with the right name. */
export function fieldFix(source: YamlSource, path: readonly PathSegment[], field: string, guess: string): Rewrite | undefined {
  const pos = locate(source, [...path, field], { key: true });
  const line = lines(source)[pos.line - 1];
  if (line === undefined || !line.slice(pos.column - 1).startsWith(field)) return undefined;
  const lead = field.replace(/^[\u00a0\u2007\u202f]+/, (s) => ' '.repeat(s.length));
  const fixed = lead.slice(0, lead.length - lead.trimStart().length) + guess;
  const lineFixed = `${line.slice(0, pos.column - 1)}${fixed}${line.slice(pos.column - 1 + field.length)}`;
  return { ...pos, hint: rewriteHint(lead === field ? `Write \`${guess}\`` : 'Indent it with ordinary spaces', pos.line, [lineFixed]) };
}

/** Whether a field name starts with non-breaking spaces (pasted from a word processor). */
export function startsWithNbsp(field: string): boolean {
  return /^[\u00a0\u2007\u202f]/.test(field);
}

/** The field the schema most likely meant: the same words with underscores, else a near spelling. */
export function likelyField(field: string, allowed: readonly string[]): string | undefined {
  const plain = field.replace(/^[\u00a0\u2007\u202f]+/, '').trim();
  const n = plain.toLowerCase().replace(/[\s-]+/g, '_');
  return allowed.find((a) => a === n) ?? didYouMean(plain, [...allowed]);
}

