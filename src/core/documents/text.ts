/** Text as the documents show it: cleaned of control characters, quoted, listed and totalled the same way everywhere. */
import { isBlank } from '../base/blank.js';
import type { MoneyTotal } from './agreement/view.js';

export { listText } from '../base/wording.js';

/** Text as written, without control characters (other than line breaks and tabs) and outer whitespace; null if nothing is left. */
export function clean(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // eslint-disable-next-line no-control-regex
  const text = value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
  return isBlank(text) ? null : text;
}

export const cleanList = (values: readonly unknown[] | undefined): string[] => (values ?? []).map(clean).filter((s): s is string => s !== null);

/** A short quotation of `text` for the list of open items (whole words, at most about 120 characters). */
export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const chars = Array.from(flat);
  if (chars.length <= 120) return `“${flat.replace(/(\w)\.$/u, '$1')}”`;
  const cut = chars.slice(0, 120).join('');
  const at = cut.lastIndexOf(' ');
  return `“${(at > 60 ? cut.slice(0, at) : cut).replace(/[\s,;:.]+$/, '')} …”`;
}

/** Totals per currency (sorted by code; amounts without a currency last), cash and valued in-kind apart. */
export function totalsOf(entries: readonly { amount: number | null; currency: string | null; cash: boolean }[]): MoneyTotal[] {
  const by = new Map<string, MoneyTotal>();
  for (const e of entries) {
    if (e.amount === null || !Number.isFinite(e.amount)) continue;
    const key = e.currency ?? '';
    const t = by.get(key) ?? { currency: e.currency, cash: 0, inKind: 0 };
    if (e.cash) t.cash += e.amount;
    else t.inKind += e.amount;
    by.set(key, t);
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  return [...by.entries()]
    .filter(([, t]) => t.cash !== 0 || t.inKind !== 0)
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([, t]) => ({ currency: t.currency, cash: round(t.cash), inKind: round(t.inKind) }));
}

export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const inA = new Set(a);
  return b.every((x) => inA.has(x));
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
