/**
 * What counts as "not filled in", one definition for every check: the phase gates, the good-practice rules, the
 * agreement's open items and `partner status`. A value is blank when it is missing, empty text or only spaces,
 * placeholder text such as `TODO` or `...` (what a person types, or leaves from a commented-out example, before
 * they know the answer), an empty list, a list whose every item is blank, or a set of fields that are all blank.
 */

/** Placeholder texts, compared without case and outer spaces. "none" is an answer, not a placeholder. */
const PLACEHOLDERS: ReadonlySet<string> = new Set(['todo', 'to do', 'tbd', 'tbc', 'to be decided', 'to be confirmed', 'fill in', 'fill me in', 'xxx', '...', '…', '?', '-', '—']);
/** Longer text is never a placeholder: it is not lower-cased to be looked up (every text of every file is tested). */
const LONGEST_PLACEHOLDER = Math.max(...[...PLACEHOLDERS].map((p) => p.length));

export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') {
    const t = value.trim();
    return t === '' || (t.length <= LONGEST_PLACEHOLDER && PLACEHOLDERS.has(t.toLowerCase()));
  }
  if (Array.isArray(value)) return value.every(isBlank);
  if (typeof value === 'object') return Object.values(value).every(isBlank);
  return false;
}

export const isFilled = (value: unknown): boolean => !isBlank(value);

/** The items of a list that are filled in. */
export function filledItems<T>(list: readonly T[] | undefined): T[] {
  return (list ?? []).filter(isFilled);
}

/** An agreement status: missing means proposed (the schemas' default). */
export const isAgreed = (status: string | undefined): boolean => status === 'agreed';

/** Text that answers "none": a partner who states it has no non-negotiables has answered. */
export function meansNone(text: unknown): boolean {
  return typeof text === 'string' && /^(none|nothing|no non-negotiables?|none recorded)\.?$/i.test(text.trim());
}
