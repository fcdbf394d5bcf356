/** The words and numbers of the review report: ratings, units, and the sentences that explain an indicator. */
import { clean } from '../text.js';
import { overallRating, RATING_ORDER } from '../../../model/index.js';

export { overallRating, RATING_ORDER };
import { countsThings, formatDate, formatNumber } from '../../base/wording.js';
import type { IndicatorStatus, Point } from './status.js';
import type { Rating, RatingCell } from './view.js';

/** Fig. 1's aspects of partnership relationships and functioning, in its order, with the review file's keys. */
export const FUNCTIONING_ASPECTS = [
  { key: 'decision_making', title: 'Decision-making and governance' },
  { key: 'roles', title: 'Roles and responsibilities' },
  { key: 'communication', title: 'Communication systems' },
  { key: 'working_relations', title: 'Working relations and commitment' },
  { key: 'resources', title: 'Financial operations and resources' },
] as const;
export type AspectKey = (typeof FUNCTIONING_ASPECTS)[number]['key'];

export const RATING_LABEL: Readonly<Record<Rating, string>> = { green: 'Green', amber: 'Amber', red: 'Red' };
export const RATING_MEANING: Readonly<Record<Rating, string>> = { green: 'working well', amber: 'needs attention', red: 'not working' };
export const RATINGS: readonly Rating[] = ['red', 'amber', 'green'];

export const DECISION_KIND: Readonly<Record<string, string>> = {
  // Seed 003 question 5.1: terminate, continue or expand; replicate is expanding by copying it elsewhere.
  continue: 'Continue the partnership',
  terminate: 'End the partnership',
  expand: 'Expand the partnership',
  replicate: 'Replicate it elsewhere',
  'revise-partnership': 'Revise the partnership',
  'revise-project': 'Revise the project',
  'partner-continues': 'A partner continues',
  'partner-leaves': 'A partner leaves',
  'partner-joins': 'A partner joins',
  'new-project': 'New project',
  other: 'Other',
};
export const WORTH_IT: Readonly<Record<string, string>> = { yes: 'Yes', no: 'No', unsure: 'Unsure' };


/**
 * `97% of area` (a unit starting with % follows the number directly), `3 meetings a year`, `40 groups` (for the unit
 * `number of groups`), `40`.
 */
export function withUnit(value: number, unit: string | null): string {
  const n = formatNumber(value);
  if (!unit) return n;
  if (unit.startsWith('%')) return `${n}${unit}`;
  const counted = /^number of (.+)$/i.exec(unit);
  return `${n} ${counted ? counted[1] : unit}`;
}

export const long = (date: string): string => formatDate(date) ?? date;

export function ratingCell(aspect: { rating: Rating; comment?: string } | undefined): RatingCell {
  if (!aspect) return { rating: null, label: null, comment: null };
  return { rating: aspect.rating, label: RATING_LABEL[aspect.rating], comment: clean(aspect.comment) };
}

export function counts(ratings: readonly Rating[]): string {
  return RATINGS.slice()
    .reverse()
    .map((r) => [r, ratings.filter((x) => x === r).length] as const)
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `${n} ${r}`)
    .join(', ');
}

/** `Treatment capacity` as `treatment capacity`, leaving acronyms (`KWSB ...`) alone. */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** One sentence on where an indicator stands against its plan. `given` is the indicator's own `better:`, if any. */
export function explain(reason: string, status: IndicatorStatus, latest: Point | null, expected: number | null, target: Point | null, better: 'higher' | 'lower', given: 'higher' | 'lower' | null, unit: string | null): string {
  const goal = target ? `${withUnit(target.value, unit)}${given === 'higher' ? ' or more' : given === 'lower' ? ' or less' : ''} by ${long(target.date)}` : null;
  if (reason === 'no-target') return latest ? `${withUnit(latest.value, unit)} on ${long(latest.date)}. No target is set, so progress cannot be judged.` : 'No target is set and nothing is measured yet.';
  if (reason === 'no-data') return `Not measured yet; the target is ${goal}.`;
  const now = `${withUnit(latest!.value, unit)} on ${long(latest!.date)}`;
  if (reason === 'met') return `${now}: the target of ${goal} is met.`;
  if (reason === 'missed') return `${now}: the target of ${goal} is not met, and its date has come.`;
  if (reason === 'no-baseline') return `${now}, against a target of ${goal}. No baseline is recorded, so there is no planned path to compare with.`;
  const diff = better === 'higher' ? latest!.value - expected! : expected! - latest!.value;
  const where = diff > 0 ? 'ahead of' : diff === 0 ? 'exactly on' : status === 'on-track' ? 'just behind' : status === 'at-risk' ? 'behind' : 'well behind';
  // A count (`number of groups`, `field channels`: whole values of things counted) is expected in whole ones, rounded
  // away from the measurement so "behind" stays true (base/wording.ts countsThings).
  const whole = countsThings(unit) && Number.isInteger(latest!.value) && Number.isInteger(target!.value) && diff !== 0;
  const shown = whole ? ((diff > 0) === (better === 'higher') ? Math.floor(expected!) : Math.ceil(expected!)) : expected!;
  return `${now}, ${where} the ${withUnit(shown, unit)} expected by then on the way to the target of ${goal}.`;
}

/** The long text alternative of an indicator's chart. */
export function describeIndicator(name: string, unit: string | null, baseline: Point | null, target: Point | null, measurements: readonly Point[], given: 'higher' | 'lower' | null, status: string, asOf: string): string {
  const parts = [`${name}${unit ? ` (${unit})` : ''}.`];
  if (baseline) parts.push(`Baseline ${formatNumber(baseline.value)} on ${long(baseline.date)}.`);
  if (target) parts.push(`Target ${formatNumber(target.value)}${given === 'higher' ? ' or more' : given === 'lower' ? ' or less' : ''} by ${long(target.date)}.`);
  if (baseline && target) parts.push('The dashed line is the planned path from baseline to target; the dotted line is the target.');
  if (measurements.length === 0) parts.push('No measurements yet.');
  else if (measurements.length <= 8) parts.push(`Measured: ${measurements.map((m) => `${formatNumber(m.value)} on ${long(m.date)}`).join('; ')}.`);
  else parts.push(`${measurements.length} measurements from ${long(measurements[0]!.date)} to ${long(measurements[measurements.length - 1]!.date)}; the latest ${formatNumber(measurements[measurements.length - 1]!.value)}.`);
  parts.push(`Status as of ${asOf}: ${status}.`);
  return parts.join(' ');
}
