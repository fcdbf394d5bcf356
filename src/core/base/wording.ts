/** How dates and numbers read in every document and message: one module below the view models and the templates. */
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

/**
 * "a", "a and b", "a, b and c"; "a; b, c and d" when an item holds a comma (names such as "Ministry, Government of
 * X"). When one of the last two items holds the joining word itself ("Bangladesh Betar and Bangladesh Television"),
 * a comma (or semicolon) comes before the last joiner too, so that no reader takes one item for two: "a, b and c, and d".
 */
export function listText(items: readonly string[], joiner: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  const sep = items.some((i) => i.includes(',')) ? '; ' : ', ';
  const word = new RegExp(`\\s${joiner}\\s`, 'i');
  const serial = items.slice(-2).some((i) => word.test(i));
  return `${items.slice(0, -1).join(sep)}${serial ? sep.trimEnd() : ''} ${joiner} ${items[items.length - 1]}`;
}

/** A number of days as a person says it: "1 day", "12 days", "3 weeks", "5 months", "about 42 years". */
export function spanOfDays(days: number): string {
  const n = Math.abs(Math.round(days));
  const unit = (k: number, word: string, about = false) => `${about ? 'about ' : ''}${k} ${word}${k === 1 ? '' : 's'}`;
  if (n < 14) return unit(n, 'day');
  if (n < 63) return unit(Math.round(n / 7), 'week');
  if (n < 730) return unit(Math.round(n / 30.44), 'month');
  return unit(Math.round(n / 365.25), 'year', n % 365 !== 0);
}

/** `-3074` or `3074` days as "about 8 years overdue"; "due today" for 0. How status, check and the documents say lateness. */
export function overdueText(days: number): string {
  return days === 0 ? 'due today' : `${spanOfDays(days)} overdue`;
}

/**
 * Whether a unit counts things (`groups`, `number of households`, `field channels`) rather than measuring a share
 * (`%`, `percent`) or a rate (`meetings a year`, `litres per day`, `km/h`), where a fraction reads right. No unit: a count.
 */
export function countsThings(unit: string | null | undefined): boolean {
  if (typeof unit !== 'string') return true;
  return !/%|\bper ?cent\b|\bper\b|\/|\b(a|an|each|every) (day|week|fortnight|month|quarter|year)\b|\bratio\b|\brate\b|\baverage\b|\bmean\b/i.test(unit);
}

/**
 * A computed value (a point on a planned line, a mean) rounded to the precision of the recorded values it came from:
 * at least 1 decimal, at most 2 ("93.6% of area", "3.5 meetings a year"). A count is then said in whole ones by the
 * sentence that uses it (review/words.ts explain, with countsThings), rounded away from the measurement.
 */
export function roundLike(value: number, data: readonly number[]): number {
  const decimals = Math.min(2, Math.max(1, ...data.map((v) => (String(v).split('.')[1] ?? '').length)));
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** A date `days` from today (negative: in the past) as a person says it: "in 3 weeks", "today", "about 8 years ago"; "overdue by 5 months" when it should have happened. */
export function fromToday(days: number, overdue = false): string {
  if (overdue) return `overdue by ${spanOfDays(days)}`;
  return days === 0 ? 'today' : days > 0 ? `in ${spanOfDays(days)}` : `${spanOfDays(days)} ago`;
}
