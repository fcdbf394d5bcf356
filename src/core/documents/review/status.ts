/**
 * How far an indicator has come: the rule `partner render review` uses to call an indicator achieved, on track, at
 * risk or off track. Pure functions, no I/O.
 *
 * Seed 002 asks partners to "track and follow-through on commitments made by each partner" (Setting indicators)
 * and to "review efficacy of timetable and deliverables and adjust where necessary" (Phase 2, Managing). The plan an
 * indicator records is a straight line: from its baseline (value and date) to its target (value and due date). The
 * rule compares the latest measurement with that line:
 *
 * 1. No target: **not assessed** (there is nothing to compare with). No measurement up to the date of the report:
 *    **not measured**.
 * 2. The latest measurement meets the target (at or above it when higher is better, at or below it when lower is
 *    better): **achieved**.
 * 3. The target date has come (it is the date of the report or earlier) and the target is not met: **off track**.
 * 4. No baseline: **not assessed** (there is no planned path to be on).
 * 5. Otherwise the expected value at the date of the latest measurement is read off the line (linear interpolation
 *    from baseline to target; before the baseline date it is the baseline, after the target date the target). The
 *    shortfall is how far the latest value lies behind the expected one, in the direction that is better, as a share
 *    of the whole distance from baseline to target. Up to 10% (ON_TRACK_TOLERANCE): **on track** (ahead of the line
 *    is on track too); up to 25% (AT_RISK_TOLERANCE): **at risk**; beyond: **off track**.
 *
 * Which way is better is the indicator's `better:` (higher or lower); without it, the direction from baseline to
 * target (a target below the baseline means lower is better; equal means higher is better, i.e. stay at or above).
 */

/** A shortfall up to this share of the baseline-to-target distance is still on track. */
export const ON_TRACK_TOLERANCE = 0.1;
/** A shortfall up to this share is at risk; beyond it, off track. */
export const AT_RISK_TOLERANCE = 0.25;

export type IndicatorStatus = 'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'not-measured' | 'not-assessed';

export const STATUS_LABEL: Readonly<Record<IndicatorStatus, string>> = {
  achieved: 'Achieved',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  'not-measured': 'Not measured',
  'not-assessed': 'Not assessed',
};

export interface Point {
  value: number;
  /** YYYY-MM-DD */
  date: string;
}

export interface StatusInput {
  baseline: Point | null;
  target: Point | null;
  better?: 'higher' | 'lower' | null;
  /** Measurements up to the date of the report, in any order. */
  measurements: readonly Point[];
}

export interface StatusResult {
  status: IndicatorStatus;
  better: 'higher' | 'lower';
  latest: Point | null;
  /** The value the planned line gives at the latest measurement's date; null without baseline, target or measurement. */
  expected: number | null;
  /** Shortfall behind the line as a share of the baseline-to-target distance (negative: ahead); null when not computed. */
  shortfall: number | null;
  /** Why: `met`, `missed` (target date passed), `line` (compared with the line), `no-target`, `no-baseline`, `no-data`. */
  reason: 'met' | 'missed' | 'line' | 'no-target' | 'no-baseline' | 'no-data';
}

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/** Which way is better: as given, else from the baseline towards the target. */
export function betterOf(input: Pick<StatusInput, 'baseline' | 'target' | 'better'>): 'higher' | 'lower' {
  if (input.better === 'higher' || input.better === 'lower') return input.better;
  if (input.baseline && input.target && input.target.value < input.baseline.value) return 'lower';
  return 'higher';
}

/** The value on the planned line (baseline to target) at `date`; flat before the baseline and after the target. */
export function expectedAt(baseline: Point, target: Point, date: string): number {
  const from = dayNumber(baseline.date);
  const to = dayNumber(target.date);
  const at = dayNumber(date);
  if (to <= from) return at < from ? baseline.value : target.value;
  const f = Math.min(1, Math.max(0, (at - from) / (to - from)));
  return baseline.value + (target.value - baseline.value) * f;
}

/** The latest of the measurements (by date; the last listed wins a tie). */
export function latestOf(measurements: readonly Point[]): Point | null {
  let latest: Point | null = null;
  for (const m of measurements) if (!latest || m.date >= latest.date) latest = m;
  return latest;
}

/** The status of an indicator as of `asOf` (YYYY-MM-DD), by the rule above. */
export function indicatorStatus(input: StatusInput, asOf: string): StatusResult {
  const better = betterOf(input);
  const latest = latestOf(input.measurements.filter((m) => m.date <= asOf));
  const { baseline, target } = input;
  if (!target) return { status: 'not-assessed', better, latest, expected: null, shortfall: null, reason: 'no-target' };
  if (!latest) return { status: 'not-measured', better, latest, expected: null, shortfall: null, reason: 'no-data' };
  const expected = baseline ? expectedAt(baseline, target, latest.date) : null;
  const met = better === 'higher' ? latest.value >= target.value : latest.value <= target.value;
  if (met) return { status: 'achieved', better, latest, expected, shortfall: null, reason: 'met' };
  if (asOf >= target.date) return { status: 'off-track', better, latest, expected, shortfall: null, reason: 'missed' };
  if (!baseline || expected === null) return { status: 'not-assessed', better, latest, expected: null, shortfall: null, reason: 'no-baseline' };
  const distance = Math.abs(target.value - baseline.value) || Math.abs(target.value) || 1;
  const behind = better === 'higher' ? expected - latest.value : latest.value - expected;
  const shortfall = behind / distance;
  const status = shortfall <= ON_TRACK_TOLERANCE + 1e-9 ? 'on-track' : shortfall <= AT_RISK_TOLERANCE + 1e-9 ? 'at-risk' : 'off-track';
  return { status, better, latest, expected, shortfall, reason: 'line' };
}
