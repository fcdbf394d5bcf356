/**
 * The review report as data: a complete view model of one review (reviews/<YYYY-MM-DD>.yaml) with the indicators,
 * commitments and the previous review it is read against, for templates to print. Pure (no I/O, no Handlebars, no
 * SVG). Every field is always present (null, false or [] when the files say nothing), so templates compiled in strict
 * mode never meet a missing field.
 *
 * It follows seed 002 Phase 3 and Fig. 1: project impacts (delivery and progress; impact and sustainability);
 * partnership relationships and functioning (decision-making and governance, roles and responsibilities,
 * communication systems, working relations and commitment, financial operations and resources), rated by each
 * partner; the value of partnering for each partner, benefits against costs; and the decisions taken (Revising).
 * Seed 001 asks for feedback mechanisms and participatory monitoring: every partner's own rating is shown, not only
 * the overall one.
 *
 * Everything is as of the review date: measurements after it are left out, and commitments are judged against it
 * (files keep no history of statuses, so a commitment recorded as delivered after the review date is shown as still
 * open at the review). When no review is recorded yet, the report prepares the first one, as of the date it carries.
 * Indicator status: see ./status.ts.
 *
 * Strings are passed as written (control characters removed, ends trimmed); escaping is the templates' business.
 */
import type { FolderModel, ReviewFile } from '../../model/index.js';
import { clean, listText } from '../agreement/model.js';
import * as L from '../agreement/labels.js';
import { daysBetween } from '../dates.js';
import { UsageError } from '../diagnostic.js';
import { formatDate, formatNumber } from '../../render/markdown.js';
import { indicatorStatus, latestOf, STATUS_LABEL, type IndicatorStatus, type Point } from './status.js';

export { AT_RISK_TOLERANCE, expectedAt, indicatorStatus, ON_TRACK_TOLERANCE, type IndicatorStatus } from './status.js';

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
  };
  commitments: CommitmentRow[];
  decisions: { kind: string; description: string; partner: string | null }[];
  learning: string | null;
  changes: {
    previous: string;
    ratings: { name: string; aspect: string; from: string; to: string; direction: 'better' | 'worse' }[];
    indicators: { name: string; before: string; now: string; statusNow: string }[];
    value: { name: string; from: string; to: string }[];
    delivered: { partner: string; description: string; on: string }[];
    decisions: { kind: string; description: string; partner: string | null }[];
  } | null;
}

/** Fig. 1's aspects of partnership relationships and functioning, in its order, with the review file's keys. */
export const FUNCTIONING_ASPECTS = [
  { key: 'decision_making', title: 'Decision-making and governance' },
  { key: 'roles', title: 'Roles and responsibilities' },
  { key: 'communication', title: 'Communication systems' },
  { key: 'working_relations', title: 'Working relations and commitment' },
  { key: 'resources', title: 'Financial operations and resources' },
] as const;
type AspectKey = (typeof FUNCTIONING_ASPECTS)[number]['key'];

export const RATING_LABEL: Readonly<Record<Rating, string>> = { green: 'Green', amber: 'Amber', red: 'Red' };
const RATING_MEANING: Readonly<Record<Rating, string>> = { green: 'working well', amber: 'needs attention', red: 'not working' };
const RATING_ORDER: Readonly<Record<Rating, number>> = { red: 0, amber: 1, green: 2 };
const RATINGS: readonly Rating[] = ['red', 'amber', 'green'];

const DECISION_KIND: Readonly<Record<string, string>> = {
  'revise-partnership': 'Revise the partnership',
  'revise-project': 'Revise the project',
  'partner-continues': 'A partner continues',
  'partner-leaves': 'A partner leaves',
  'partner-joins': 'A partner joins',
  'new-project': 'New project',
  other: 'Other',
};
const WORTH_IT: Readonly<Record<string, string>> = { yes: 'Yes', no: 'No', unsure: 'Unsure' };

/** The review to report on: `requested` (must exist), else the latest; undefined when none is recorded. */
export function selectReview(model: FolderModel, requested: string | undefined): string | undefined {
  const dates = Object.keys(model.reviews ?? {}).sort();
  if (requested === undefined) return dates[dates.length - 1];
  if (!dates.includes(requested)) {
    throw new UsageError(
      dates.length ? `No review of ${requested} is recorded.` : `No review of ${requested} is recorded: reviews/ holds none yet.`,
      dates.length ? `Reviews recorded: ${dates.join(', ')}.` : 'Record one in reviews/<YYYY-MM-DD>.yaml, or leave out --review to prepare the first review.',
    );
  }
  return requested;
}

/** The lower median of the ratings (ties go to the worse one): the overall health of an aspect. */
export function overallRating(ratings: readonly Rating[]): Rating | null {
  if (!ratings.length) return null;
  const sorted = [...ratings].sort((a, b) => RATING_ORDER[a] - RATING_ORDER[b]);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

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

const long = (date: string): string => formatDate(date) ?? date;

function ratingCell(aspect: { rating: Rating; comment?: string } | undefined): RatingCell {
  if (!aspect) return { rating: null, label: null, comment: null };
  return { rating: aspect.rating, label: RATING_LABEL[aspect.rating], comment: clean(aspect.comment) };
}

function counts(ratings: readonly Rating[]): string {
  return RATINGS.slice()
    .reverse()
    .map((r) => [r, ratings.filter((x) => x === r).length] as const)
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `${n} ${r}`)
    .join(', ');
}

/** Rounds a value for display to the precision of the data it came from (at least 1 decimal, at most 2). */
function roundLike(value: number, data: readonly number[]): number {
  const decimals = Math.min(2, Math.max(1, ...data.map((v) => (String(v).split('.')[1] ?? '').length)));
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** Builds the view model. `model` must be valid (see loadPartnershipModel); the result is deterministic. */
export function buildReview(
  model: FolderModel & { partnership: NonNullable<FolderModel['partnership']> },
  options: { date: string; review?: string; commit: string | null; uncommitted: boolean },
): ReviewView {
  const p = model.partnership;
  const name = clean(p.name) ?? 'Untitled partnership';
  const stakeholders = model.stakeholders?.stakeholders ?? [];
  const byId = new Map(stakeholders.map((s) => [s.id, s]));
  const nameOf = (id: string): string => clean(byId.get(id)?.name) ?? id;
  const reviews = model.reviews ?? {};
  const dates = Object.keys(reviews).sort();
  const date = selectReview(model, options.review) ?? null;
  const review: ReviewFile | undefined = date ? reviews[date] : undefined;
  const asOf = date ?? options.date;
  const previousDate = [...dates].reverse().find((d) => d < asOf) ?? null;
  const previous = previousDate ? reviews[previousDate] : undefined;

  // The phase at the review: the last move in the phase history on or before it, else the current phase.
  const moves = (p.phase_history ?? []).filter((h) => h.date <= asOf).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const phase = moves.length && date ? moves[moves.length - 1]!.phase : p.phase;

  // Project impacts: every indicator against its plan (./status.ts).
  const indicatorRows = (model.indicators?.indicators ?? []).map((ind): IndicatorRow => {
    const n = clean(ind.name) ?? ind.id;
    const unit = clean(ind.unit);
    const all = (ind.measurements ?? []).map((m) => ({ date: m.date, value: m.value, note: clean(m.note) }));
    const measurements = all.filter((m) => m.date <= asOf).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const baseline = ind.baseline ? { value: ind.baseline.value, date: ind.baseline.date } : null;
    const target = ind.target ? { value: ind.target.value, date: ind.target.date } : null;
    const s = indicatorStatus({ baseline, target, better: ind.better ?? null, measurements }, asOf);
    const data = [...measurements.map((m) => m.value), baseline?.value ?? 0, target?.value ?? 0];
    const expected = s.expected === null ? null : roundLike(s.expected, data);
    return {
      id: ind.id,
      name: n,
      aspect: L.label(L.ASPECT, ind.aspect) ?? ind.aspect,
      unit,
      owner: ind.owner ? nameOf(ind.owner) : null,
      frequency: L.label(L.FREQUENCY, ind.frequency),
      baseline,
      target,
      better: s.better,
      targetQualifier: ind.better ? (ind.better === 'higher' ? 'or more' : 'or less') : '',
      measurements,
      later: all.length - measurements.length,
      latest: s.latest,
      expected,
      status: s.status,
      statusLabel: STATUS_LABEL[s.status],
      explanation: explain(s.reason, s.status, s.latest, expected, target, s.better, ind.better ?? null, unit),
      figure: { id: `indicator-${ind.id}`, title: `Chart: ${n}`, desc: describeIndicator(n, unit, baseline, target, measurements, ind.better ?? null, STATUS_LABEL[s.status], date ? `the review of ${long(date)}` : long(asOf)), src: null },
    };
  });
  const count = (st: IndicatorStatus) => indicatorRows.filter((r) => r.status === st).length;
  const ind = { total: indicatorRows.length, achieved: count('achieved'), onTrack: count('on-track'), atRisk: count('at-risk'), offTrack: count('off-track'), notMeasured: count('not-measured'), notAssessed: count('not-assessed') };
  const indText = indicatorRows.length
    ? `${ind.total === 1 ? '1 indicator' : `${ind.total} indicators`}: ${[[ind.achieved, 'achieved'], [ind.onTrack, 'on track'], [ind.atRisk, 'at risk'], [ind.offTrack, 'off track'], [ind.notMeasured, 'not measured yet'], [ind.notAssessed, 'not assessed (no target or baseline)']]
        .filter(([k]) => (k as number) > 0)
        .map(([k, t]) => `${k} ${t}`)
        .join(', ')}.`
    : 'none recorded.';

  // Commitments as of the review date (seed 002, "Track and follow-through on commitments made by each partner").
  const commitmentRows = (model.resources?.commitments ?? []).map((c): CommitmentRow => {
    const description = clean(c.description) ?? c.id;
    const due = c.due ?? null;
    const deliveredBy = c.status === 'delivered' && (!c.delivered_on || c.delivered_on <= asOf);
    let state: CommitmentRow['state'];
    let daysOverdue: number | null = null;
    const notes: string[] = [];
    if (c.status === 'withdrawn') state = 'withdrawn';
    else if (deliveredBy) {
      state = 'kept';
      if (c.delivered_on && due && c.delivered_on > due) notes.push(`Delivered on ${long(c.delivered_on)}, ${daysBetween(due, c.delivered_on)} days after it was due.`);
      else if (c.delivered_on) notes.push(`Delivered on ${long(c.delivered_on)}.`);
    } else {
      if (c.status === 'delivered' && c.delivered_on) notes.push(`Delivered after the review, on ${long(c.delivered_on)}.`);
      if (due && due < asOf) {
        state = 'late';
        daysOverdue = daysBetween(due, asOf);
      } else state = c.status === 'late' && !due ? 'late' : 'open';
    }
    const n = clean(c.note);
    if (n) notes.push(n);
    const stateLabel = state === 'kept' ? 'Kept' : state === 'withdrawn' ? 'Withdrawn' : state === 'open' ? 'Open' : daysOverdue !== null ? `Late: ${daysOverdue === 1 ? '1 day' : `${daysOverdue} days`} overdue` : 'Late';
    const shownStatus = c.status === 'delivered' && !deliveredBy ? 'In progress' : L.label(L.COMMITMENT_STATUS, c.status) ?? 'No status';
    return { partner: nameOf(c.stakeholder), description, type: c.type === 'cash' ? 'Cash' : 'In kind', due, status: shownStatus, state, stateLabel, daysOverdue, note: notes.length ? notes.join(' ') : null };
  });
  const ORDER = { late: 0, open: 1, kept: 2, withdrawn: 3 } as const;
  const commitments = commitmentRows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => ORDER[a.row.state] - ORDER[b.row.state] || (b.row.daysOverdue ?? 0) - (a.row.daysOverdue ?? 0) || (a.row.due ?? '9999') .localeCompare(b.row.due ?? '9999') || a.i - b.i)
    .map(({ row }) => row);
  const cc = { kept: commitments.filter((c) => c.state === 'kept').length, late: commitments.filter((c) => c.state === 'late').length, open: commitments.filter((c) => c.state === 'open').length, withdrawn: commitments.filter((c) => c.state === 'withdrawn').length };
  const ccText = commitments.length ? `${commitments.length === 1 ? '1 commitment' : `${commitments.length} commitments`}: ${[`${cc.kept} kept`, `${cc.late} late`, `${cc.open} open`, ...(cc.withdrawn ? [`${cc.withdrawn} withdrawn`] : [])].join(', ')}.` : 'none recorded.';

  // Partnership relationships and functioning: each partner's ratings (a partners x aspects grid).
  const functioningRows = (review?.functioning ?? []).map((f) => ({ name: nameOf(f.stakeholder), cells: FUNCTIONING_ASPECTS.map((a) => ratingCell(f[a.key as AspectKey])) }));
  const ratingsOf = (i: number) => functioningRows.map((r) => r.cells[i]!.rating).filter((r): r is Rating => r !== null);
  const overall = FUNCTIONING_ASPECTS.map((_a, i): RatingCell => {
    const o = overallRating(ratingsOf(i));
    return { rating: o, label: o ? RATING_LABEL[o] : null, comment: ratingsOf(i).length ? counts(ratingsOf(i)) : null };
  });
  const byAspect = FUNCTIONING_ASPECTS.map((a, i) => ({
    title: a.title,
    overall: overall[i]!.label ? `${overall[i]!.label} overall (${overall[i]!.comment})` : 'Not rated',
    comments: functioningRows.flatMap((r) => {
      const cell = r.cells[i]!;
      return cell.rating ? [{ name: r.name, rating: cell.rating, label: cell.label!, comment: cell.comment ?? '' }] : [];
    }),
  }));
  const functioningFigure: Figure | null = functioningRows.length
    ? {
        id: 'functioning',
        title: 'Heat map: how each partner rates the partnership’s functioning',
        desc: `Red, amber or green ratings by each partner (rows) for each aspect of partnership functioning (columns). ${functioningRows.map((r) => `${r.name}: ${r.cells.map((c, i) => `${FUNCTIONING_ASPECTS[i]!.title.toLowerCase()} ${c.rating ?? 'not rated'}`).join(', ')}.`).join(' ')} Overall (lower median): ${overall.map((o, i) => `${FUNCTIONING_ASPECTS[i]!.title.toLowerCase()} ${o.rating ?? 'not rated'}`).join(', ')}.`,
        src: null,
      }
    : null;

  // The value of partnering, benefits against costs (seed 002 Fig. 1, "Methodology").
  const valueRows = (review?.value_of_partnering ?? []).map((v) => {
    const benefits = (v.benefits ?? []).map(clean).filter((b): b is string => b !== null);
    return {
    name: nameOf(v.stakeholder),
    benefits,
    benefitsText: benefits.length ? benefits.join('; ') : null,
    costs: clean(v.costs),
    worthIt: v.worth_it ? WORTH_IT[v.worth_it] ?? v.worth_it : null,
    };
  });
  const worth = (k: string) => (review?.value_of_partnering ?? []).filter((v) => v.worth_it === k).length;
  const answered = worth('yes') + worth('no') + worth('unsure');
  const valueText = answered
    ? `${[`${worth('yes')} of ${valueRows.length} ${valueRows.length === 1 ? 'partner finds' : 'partners find'} the benefits outweigh the costs`, worth('unsure') ? `${worth('unsure')} unsure` : '', worth('no') ? `${worth('no')} ${worth('no') === 1 ? 'does' : 'do'} not` : ''].filter(Boolean).join('; ')}.`
    : null;

  // The summary: health per aspect of Fig. 1.
  const impactCell = (k: 'delivery' | 'impact') => (review?.project_impacts?.[k] ? ratingCell(review.project_impacts[k]) : null);
  const delivery = impactCell('delivery');
  const impact = impactCell('impact');
  const aspects: AspectHealth[] = [
    { group: 'Project impacts', title: 'Delivery and progress', rating: delivery?.rating ?? null, label: delivery?.label ?? 'Not rated', detail: delivery?.rating ? RATING_MEANING[delivery.rating] : null },
    { group: 'Project impacts', title: 'Impact and sustainability', rating: impact?.rating ?? null, label: impact?.label ?? 'Not rated', detail: impact?.rating ? RATING_MEANING[impact.rating] : null },
    ...FUNCTIONING_ASPECTS.map((a, i): AspectHealth => {
      const o = overall[i]!;
      const reds = functioningRows.filter((r) => r.cells[i]!.rating === 'red').map((r) => r.name);
      return { group: 'Partnership functioning', title: a.title, rating: o.rating, label: o.label ?? 'Not rated', detail: o.comment ? `${o.comment}${reds.length ? `; red from ${listText(reds)}` : ''}` : null };
    }),
    { group: 'Value of partnering', title: 'Benefits against costs', rating: null, label: valueText ? `${worth('yes')} of ${valueRows.length} yes` : 'Not asked', detail: valueText },
  ];

  const attention = [
    ...indicatorRows.filter((r) => r.status === 'off-track').map((r) => `Off track: ${r.name}.`),
    ...indicatorRows.filter((r) => r.status === 'at-risk').map((r) => `At risk: ${r.name}.`),
    ...commitments.filter((c) => c.state === 'late').map((c) => `Late: ${c.partner}, ${lowerFirst(c.description)}${c.daysOverdue !== null ? ` (${c.daysOverdue === 1 ? '1 day' : `${c.daysOverdue} days`} overdue)` : ''}.`),
    ...FUNCTIONING_ASPECTS.flatMap((a, i) => {
      const reds = functioningRows.filter((r) => r.cells[i]!.rating === 'red').map((r) => r.name);
      return reds.length ? [`Rated red by ${listText(reds)}: ${a.title.toLowerCase()}.`] : [];
    }),
    ...valueRows.filter((v) => v.worthIt === 'No' || v.worthIt === 'Unsure').map((v) => (v.worthIt === 'No' ? `${v.name} finds the partnership not worth its costs.` : `${v.name} is unsure the partnership is worth its costs.`)),
  ];

  const decisions = (review?.decisions ?? []).map((d) => ({ kind: DECISION_KIND[d.kind] ?? d.kind, description: clean(d.description) ?? '', partner: d.stakeholder ? nameOf(d.stakeholder) : null }));

  // Changes since the previous review, when there is one.
  let changes: ReviewView['changes'] = null;
  if (review && previous && previousDate) {
    const ratingChanges: NonNullable<ReviewView['changes']>['ratings'] = [];
    const before = new Map((previous.functioning ?? []).map((f) => [f.stakeholder, f]));
    for (const f of review.functioning ?? []) {
      const old = before.get(f.stakeholder);
      if (!old) continue;
      for (const a of FUNCTIONING_ASPECTS) {
        const from = old[a.key as AspectKey]?.rating;
        const to = f[a.key as AspectKey]?.rating;
        if (from && to && from !== to) ratingChanges.push({ name: nameOf(f.stakeholder), aspect: a.title, from: RATING_LABEL[from], to: RATING_LABEL[to], direction: RATING_ORDER[to] > RATING_ORDER[from] ? 'better' : 'worse' });
      }
    }
    for (const k of ['delivery', 'impact'] as const) {
      const from = previous.project_impacts?.[k]?.rating;
      const to = review.project_impacts?.[k]?.rating;
      if (from && to && from !== to) ratingChanges.unshift({ name: 'The review', aspect: k === 'delivery' ? 'Delivery and progress' : 'Impact and sustainability', from: RATING_LABEL[from], to: RATING_LABEL[to], direction: RATING_ORDER[to] > RATING_ORDER[from] ? 'better' : 'worse' });
    }
    const indicatorChanges = (model.indicators?.indicators ?? []).flatMap((i) => {
      const points = (i.measurements ?? []).map((m) => ({ date: m.date, value: m.value }));
      const then = latestOf(points.filter((m) => m.date <= previousDate));
      const now = latestOf(points.filter((m) => m.date <= asOf));
      if (!now || (then && then.date === now.date)) return [];
      const input = { baseline: i.baseline ?? null, target: i.target ?? null, better: i.better ?? null, measurements: points };
      const unit = clean(i.unit);
      return [{
        name: clean(i.name) ?? i.id,
        before: then ? `${withUnit(then.value, unit)} (${long(then.date)}): ${STATUS_LABEL[indicatorStatus(input, previousDate).status]}` : 'Not measured yet',
        now: `${withUnit(now.value, unit)} (${long(now.date)})`,
        statusNow: STATUS_LABEL[indicatorStatus(input, asOf).status],
      }];
    });
    const oldValue = new Map((previous.value_of_partnering ?? []).map((v) => [v.stakeholder, v.worth_it]));
    const valueChanges = (review.value_of_partnering ?? []).flatMap((v) => {
      const from = oldValue.get(v.stakeholder);
      return from && v.worth_it && from !== v.worth_it ? [{ name: nameOf(v.stakeholder), from: WORTH_IT[from] ?? from, to: WORTH_IT[v.worth_it] ?? v.worth_it }] : [];
    });
    const delivered = (model.resources?.commitments ?? [])
      .filter((c) => c.status === 'delivered' && c.delivered_on && c.delivered_on > previousDate && c.delivered_on <= asOf)
      .map((c) => ({ partner: nameOf(c.stakeholder), description: clean(c.description) ?? c.id, on: c.delivered_on! }));
    changes = {
      previous: previousDate,
      ratings: ratingChanges,
      indicators: indicatorChanges,
      value: valueChanges,
      delivered,
      decisions: (previous.decisions ?? []).map((d) => ({ kind: DECISION_KIND[d.kind] ?? d.kind, description: clean(d.description) ?? '', partner: d.stakeholder ? nameOf(d.stakeholder) : null })),
    };
  }

  const broker = p.broker ? [clean(p.broker.name), clean(p.broker.organisation)].filter(Boolean).join(', ') || null : null;
  const participants = (review?.participants ?? []).map(nameOf);
  const active = stakeholders.filter((s) => s.engagement === 'active-partner').map((s) => s.id);
  const absent = review?.participants ? active.filter((id) => !review.participants!.includes(id)).map(nameOf) : [];
  return {
    document: { title: date ? `Partnership review of ${long(date)}: ${name}` : `Preparing the first review: ${name}`, kind: 'review' },
    partnership: { name, phase, phaseLabel: L.label(L.PHASE, phase) ?? phase },
    meta: { date: options.date, commit: options.commit, uncommitted: options.uncommitted, preparedBy: broker },
    review: {
      date,
      recorded: Boolean(review),
      asOf,
      period: review?.period ? { from: review.period.from, to: review.period.to } : null,
      previous: previousDate,
      participants,
      nextReview: review?.next_review ?? model.indicators?.review_cadence?.next_review ?? null,
      absent,
    },
    summary: {
      indicators: { ...ind, text: indText },
      commitments: { ...cc, text: ccText },
      aspects,
      attention,
      figure: {
        id: 'summary',
        title: 'At a glance: indicators, commitments and the health of each aspect',
        desc: `Indicators: ${indText} Commitments: ${ccText}${review ? ` Health: ${aspects.filter((a) => a.group !== 'Value of partnering').map((a) => `${a.title.toLowerCase()} ${a.rating ?? 'not rated'}`).join(', ')}.` : ''}`,
        src: null,
      },
    },
    impacts: { delivery, impact, indicators: indicatorRows },
    functioning: { aspects: FUNCTIONING_ASPECTS.map((a) => ({ key: a.key, title: a.title })), rows: functioningRows, overall, byAspect, figure: functioningFigure },
    value: { rows: valueRows, text: valueText },
    commitments,
    decisions,
    learning: clean(review?.learning),
    changes,
  };
}

/** `Treatment capacity` as `treatment capacity`, leaving acronyms (`KWSB ...`) alone. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** One sentence on where an indicator stands against its plan. `given` is the indicator's own `better:`, if any. */
function explain(reason: string, status: IndicatorStatus, latest: Point | null, expected: number | null, target: Point | null, better: 'higher' | 'lower', given: 'higher' | 'lower' | null, unit: string | null): string {
  const goal = target ? `${withUnit(target.value, unit)}${given === 'higher' ? ' or more' : given === 'lower' ? ' or less' : ''} by ${long(target.date)}` : null;
  if (reason === 'no-target') return latest ? `${withUnit(latest.value, unit)} on ${long(latest.date)}. No target is set, so progress cannot be judged.` : 'No target is set and nothing is measured yet.';
  if (reason === 'no-data') return `Not measured yet; the target is ${goal}.`;
  const now = `${withUnit(latest!.value, unit)} on ${long(latest!.date)}`;
  if (reason === 'met') return `${now}: the target of ${goal} is met.`;
  if (reason === 'missed') return `${now}: the target of ${goal} is not met, and its date has come.`;
  if (reason === 'no-baseline') return `${now}, against a target of ${goal}. No baseline is recorded, so there is no planned path to compare with.`;
  const diff = better === 'higher' ? latest!.value - expected! : expected! - latest!.value;
  const where = diff > 0 ? 'ahead of' : diff === 0 ? 'exactly on' : status === 'on-track' ? 'just behind' : status === 'at-risk' ? 'behind' : 'well behind';
  return `${now}, ${where} the ${withUnit(expected!, unit)} expected by then on the way to the target of ${goal}.`;
}

/** The long text alternative of an indicator's chart. */
function describeIndicator(name: string, unit: string | null, baseline: Point | null, target: Point | null, measurements: readonly Point[], given: 'higher' | 'lower' | null, status: string, asOf: string): string {
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
