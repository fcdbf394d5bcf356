/**
 * Numbers and dates as exchange formats want them: a plain decimal (xsd:decimal in IATI; what every spreadsheet
 * reads in CSV), never `1e+21` or `1,000`; dates as YYYY-MM-DD (xsd:date).
 */

/**
 * A finite number as a plain decimal with `.` and no exponent, thousands separator or needless zeros:
 * 80000000 → "80000000", 0.5 → "0.5", 1e21 → "1000000000000000000000", 1e-7 → "0.0000001", -0 → "0".
 * The digits are JavaScript's shortest round-trip ones, so what the YAML said is what is written.
 */
export function formatDecimal(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`Not a finite number: ${n}`);
  if (n === 0) return '0';
  const s = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, int, frac = '', exp] = m;
  const digits = `${int}${frac}`;
  const point = int!.length + Number(exp);
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = `${digits}${'0'.repeat(point - digits.length)}`;
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return `${sign}${out}`;
}

/** The day after a YYYY-MM-DD date, as YYYY-MM-DD (UTC calendar; no time zones involved). */
export function nextDay(date: string): string {
  const t = Date.parse(`${date}T00:00:00Z`) + 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
