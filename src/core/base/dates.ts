/** Dates in partnership files are plain YYYY-MM-DD strings (YAML 1.2 core keeps them as text). */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

/** Today's date as YYYY-MM-DD in UTC. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (both YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

const MONTHS: Readonly<Record<string, number>> = { monthly: 1, quarterly: 3, 'twice-yearly': 6, yearly: 12 };
const DAYS: Readonly<Record<string, number>> = { weekly: 7, fortnightly: 14 };

/** `date` plus one period of `frequency` (YYYY-MM-DD), or undefined for as-needed and once. */
export function addPeriod(date: string, frequency: string): string | undefined {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (DAYS[frequency] !== undefined) return new Date(Date.UTC(y, m - 1, d + DAYS[frequency]!)).toISOString().slice(0, 10);
  const months = MONTHS[frequency];
  if (months === undefined) return undefined;
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/** The `date` format for the compiled schema validators (scripts/compile-validators.mjs). */
export const dateFormats = { date: { type: 'string', validate: isValidDate } };
