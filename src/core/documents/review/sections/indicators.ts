/** Project impacts: every indicator against its plan (../status.ts; seed 002 Fig. 1, delivery and progress). */
import * as L from '../../labels.js';
import { clean } from '../../text.js';
import type { ReviewContext } from '../context.js';
import { indicatorStatus, STATUS_LABEL, type IndicatorStatus } from '../status.js';
import type { IndicatorRow, ReviewView } from '../view.js';
import { roundLike } from '../../../base/wording.js';
import { describeIndicator, explain, long } from '../words.js';

type Indicator = NonNullable<NonNullable<ReviewContext['model']['indicators']>['indicators']>[number];

export function indicatorRows(c: ReviewContext): IndicatorRow[] {
  return (c.model.indicators?.indicators ?? []).map((ind) => indicatorRow(c, ind));
}

/** The status of every indicator as of the review, without the rows' wording: what the summary counts. */
export function indicatorStatuses(c: ReviewContext): { status: IndicatorStatus }[] {
  return (c.model.indicators?.indicators ?? []).map((ind) => ({ status: indicatorState(c, ind, false).s.status }));
}

/** An indicator as of the review: its measurements up to then, in date order, and its status (../status.ts). */
function indicatorState(c: ReviewContext, ind: Indicator, notes: boolean) {
  const all = (ind.measurements ?? []).map((m) => ({ date: m.date, value: m.value, note: notes ? clean(m.note) : null }));
  const measurements = all.filter((m) => m.date <= c.asOf).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const baseline = ind.baseline ? { value: ind.baseline.value, date: ind.baseline.date } : null;
  const target = ind.target ? { value: ind.target.value, date: ind.target.date } : null;
  return { all, measurements, baseline, target, s: indicatorStatus({ baseline, target, better: ind.better ?? null, measurements }, c.asOf) };
}

function indicatorRow(c: ReviewContext, ind: Indicator): IndicatorRow {
  const { asOf, date } = c;
  const n = clean(ind.name) ?? ind.id;
  const unit = clean(ind.unit);
  const { all, measurements, baseline, target, s } = indicatorState(c, ind, true);
  const data = [...measurements.map((m) => m.value), baseline?.value ?? 0, target?.value ?? 0];
  const expected = s.expected === null ? null : roundLike(s.expected, data);
  return {
    id: ind.id,
    name: n,
    aspect: L.label(L.ASPECT, ind.aspect) ?? ind.aspect,
    unit,
    owner: ind.owner ? c.nameOf(ind.owner) : null,
    frequency: L.label(L.FREQUENCY, ind.frequency),
    baseline,
    target,
    better: s.better,
    targetQualifier: ind.better ? (ind.better === 'higher' ? 'or more' : 'or less') : '',
    measurements,
    observations: (ind.observations ?? [])
      .filter((o) => o.date <= asOf && clean(o.text) !== null)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((o) => ({ date: o.date, text: clean(o.text)!, by: o.by ? c.nameOf(o.by) : null })),
    later: all.length - measurements.length,
    latest: s.latest,
    expected,
    status: s.status,
    statusLabel: STATUS_LABEL[s.status],
    explanation: explain(s.reason, s.status, s.latest, expected, target, s.better, ind.better ?? null, unit),
    figure: { id: `indicator-${ind.id}`, title: `Chart: ${n}`, desc: describeIndicator(n, unit, baseline, target, measurements, ind.better ?? null, STATUS_LABEL[s.status], date ? `the review of ${long(date)}` : long(asOf)), src: null },
  };
}

/** Counts by status, and one sentence of them. */
export function indicatorSummary(rows: readonly { status: IndicatorStatus }[]): ReviewView['summary']['indicators'] {
  const count = (st: IndicatorStatus) => rows.filter((r) => r.status === st).length;
  const ind = { total: rows.length, achieved: count('achieved'), onTrack: count('on-track'), atRisk: count('at-risk'), offTrack: count('off-track'), notMeasured: count('not-measured'), notAssessed: count('not-assessed') };
  const text = rows.length
    ? `${ind.total === 1 ? '1 indicator' : `${ind.total} indicators`}: ${[[ind.achieved, 'achieved'], [ind.onTrack, 'on track'], [ind.atRisk, 'at risk'], [ind.offTrack, 'off track'], [ind.notMeasured, 'not measured yet'], [ind.notAssessed, 'not assessed (no target or baseline)']]
        .filter(([k]) => (k as number) > 0)
        .map(([k, t]) => `${k} ${t}`)
        .join(', ')}.`
    : 'none recorded.';
  return { ...ind, text };
}
