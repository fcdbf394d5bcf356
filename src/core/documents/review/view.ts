/** The shape of the review report's view model: every field always present, for templates in strict mode. */
import type { IndicatorStatus, Point } from './status.js';

export type Rating = 'green' | 'amber' | 'red';

/** A picture in the report: `title` is its short text alternative, `desc` the long one. `src` is set by the renderer. */
export interface Figure {
  id: string;
  title: string;
  desc: string;
  src: string | null;
}

export interface RatingCell {
  rating: Rating | null;
  label: string | null;
  comment: string | null;
}

export interface IndicatorRow {
  id: string;
  name: string;
  aspect: string;
  unit: string | null;
  owner: string | null;
  frequency: string | null;
  baseline: Point | null;
  target: Point | null;
  better: 'higher' | 'lower';
  /** `or more` / `or less` after the target value when `better:` is given (the baseline may already meet it), else empty. */
  targetQualifier: string;
  /** Measurements up to the review date, oldest first. */
  measurements: { date: string; value: number; note: string | null }[];
  /** Qualitative measurements (seed 002 Fig. 1) up to the review date, oldest first: what was seen, when, by whom. */
  observations: { date: string; text: string; by: string | null }[];
  /** Measurements recorded after the review date (left out). */
  later: number;
  latest: Point | null;
  /** The expected value on the planned line at the latest measurement's date, rounded for display. */
  expected: number | null;
  status: IndicatorStatus;
  statusLabel: string;
  /** One sentence: where the indicator stands against its plan. */
  explanation: string;
  figure: Figure;
}

export interface CommitmentRow {
  partner: string;
  description: string;
  type: string;
  due: string | null;
  status: string;
  state: 'late' | 'open' | 'kept' | 'withdrawn';
  stateLabel: string;
  daysOverdue: number | null;
  note: string | null;
}

export interface AspectHealth {
  group: string;
  title: string;
  rating: Rating | null;
  label: string;
  detail: string | null;
}

export interface ReviewView {
  document: { title: string; kind: 'review' };
  partnership: { name: string; phase: string; phaseLabel: string };
  meta: { date: string; commit: string | null; uncommitted: boolean; preparedBy: string | null };
  review: {
    /** The review's date; null when none is recorded and the report prepares the first one. */
    date: string | null;
    recorded: boolean;
    /** The date everything is judged as of: the review date, or the report's date. */
    asOf: string;
    period: { from: string; to: string } | null;
    previous: string | null;
    participants: string[];
    nextReview: string | null;
    /** Active partners who did not take part (only when participants are recorded). */
    absent: string[];
  };
  summary: {
    indicators: { total: number; achieved: number; onTrack: number; atRisk: number; offTrack: number; notMeasured: number; notAssessed: number; text: string };
    commitments: { kept: number; late: number; open: number; withdrawn: number; text: string };
    aspects: AspectHealth[];
    /** What the meeting should look at first: indicators off track or at risk, late commitments, red ratings, partners who doubt the value. */
    attention: string[];
    /** The picture of the summary: counts of indicators and commitments, and the health of each aspect. */
    figure: Figure;
  };
  impacts: {
    delivery: RatingCell | null;
    impact: RatingCell | null;
    indicators: IndicatorRow[];
  };
  functioning: {
    aspects: { key: string; title: string }[];
    rows: { name: string; cells: RatingCell[] }[];
    overall: RatingCell[];
    byAspect: { title: string; overall: string; comments: { name: string; rating: Rating; label: string; comment: string }[] }[];
    figure: Figure | null;
  };
  value: {
    rows: { name: string; benefits: string[]; benefitsText: string | null; costs: string | null; worthIt: string | null }[];
    text: string | null;
    /** The questionnaire's answers, side by side so partners compare (seed 002 Fig. 1; seed 001): [] when none. */
    compared: { name: string; levels: string[]; costsLevel: string; society: string; bestForGoal: string; bestForUs: string; fair: string; fairComment: string | null }[];
  };
  commitments: CommitmentRow[];
  decisions: Decision[];
  learning: string | null;
  changes: {
    previous: string;
    ratings: { name: string; aspect: string; from: string; to: string; direction: 'better' | 'worse' }[];
    indicators: { name: string; before: string; now: string; statusNow: string }[];
    value: { name: string; from: string; to: string }[];
    delivered: { partner: string; description: string; on: string }[];
    decisions: Decision[];
  } | null;
}

/** A decision of a review: what, of which kind, which partner it concerns, who carries it out and by when. */
export interface Decision {
  kind: string;
  description: string;
  partner: string | null;
  owner: string | null;
  due: string | null;
}
