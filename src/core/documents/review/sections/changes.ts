/** Changes since the previous review, when there is one (seed 002 Phase 3: reviewing against what was agreed before). */
import { projectImpactsOf, type ReviewFile } from '../../../../model/index.js';
import { clean } from '../../text.js';
import type { ReviewContext } from '../context.js';
import { indicatorStatus, latestOf, STATUS_LABEL } from '../status.js';
import type { ReviewView } from '../view.js';
import { DECISION_KIND, FUNCTIONING_ASPECTS, long, RATING_LABEL, RATING_ORDER, withUnit, WORTH_IT, type AspectKey } from '../words.js';

type Changes = NonNullable<ReviewView['changes']>;

export function decisionsOf(c: ReviewContext, review: ReviewFile | undefined): ReviewView['decisions'] {
  return (review?.decisions ?? []).map((d) => ({ kind: DECISION_KIND[d.kind] ?? d.kind, description: clean(d.description) ?? '', partner: d.stakeholder ? c.nameOf(d.stakeholder) : null, owner: d.owner ? c.nameOf(d.owner) : null, due: d.due ?? null }));
}

export function buildChanges(c: ReviewContext): ReviewView['changes'] {
  const { review, previous, previousDate, asOf } = c;
  if (!review || !previous || !previousDate) return null;
  const delivered = (c.model.resources?.commitments ?? [])
    .filter((x) => x.status === 'delivered' && x.delivered_on && x.delivered_on > previousDate && x.delivered_on <= asOf)
    .map((x) => ({ partner: c.nameOf(x.stakeholder), description: clean(x.description) ?? x.id, on: x.delivered_on! }));
  return {
    previous: previousDate,
    ratings: ratingChanges(c, review, previous),
    indicators: indicatorChanges(c, previousDate),
    value: valueChanges(c, review, previous),
    delivered,
    decisions: decisionsOf(c, previous),
  };
}

function ratingChanges(c: ReviewContext, review: ReviewFile, previous: ReviewFile): Changes['ratings'] {
  const changes: Changes['ratings'] = [];
  const before = new Map((previous.functioning ?? []).map((f) => [f.stakeholder, f]));
  for (const f of review.functioning ?? []) {
    const old = before.get(f.stakeholder);
    if (!old) continue;
    for (const a of FUNCTIONING_ASPECTS) {
      const from = old[a.key as AspectKey]?.rating;
      const to = f[a.key as AspectKey]?.rating;
      if (from && to && from !== to) changes.push({ name: c.nameOf(f.stakeholder), aspect: a.title, from: RATING_LABEL[from], to: RATING_LABEL[to], direction: RATING_ORDER[to] > RATING_ORDER[from] ? 'better' : 'worse' });
    }
  }
  for (const k of ['delivery', 'impact'] as const) {
    const from = projectImpactsOf(previous)[k]?.rating;
    const to = projectImpactsOf(review)[k]?.rating;
    if (from && to && from !== to) changes.unshift({ name: 'The review', aspect: k === 'delivery' ? 'Delivery and progress' : 'Impact and sustainability', from: RATING_LABEL[from], to: RATING_LABEL[to], direction: RATING_ORDER[to] > RATING_ORDER[from] ? 'better' : 'worse' });
  }
  return changes;
}

function indicatorChanges(c: ReviewContext, previousDate: string): Changes['indicators'] {
  return (c.model.indicators?.indicators ?? []).flatMap((i) => {
    const points = (i.measurements ?? []).map((m) => ({ date: m.date, value: m.value }));
    const then = latestOf(points.filter((m) => m.date <= previousDate));
    const now = latestOf(points.filter((m) => m.date <= c.asOf));
    if (!now || (then && then.date === now.date)) return [];
    const input = { baseline: i.baseline ?? null, target: i.target ?? null, better: i.better ?? null, measurements: points };
    const unit = clean(i.unit);
    return [{
      name: clean(i.name) ?? i.id,
      before: then ? `${withUnit(then.value, unit)} (${long(then.date)}): ${STATUS_LABEL[indicatorStatus(input, previousDate).status]}` : 'Not measured yet',
      now: `${withUnit(now.value, unit)} (${long(now.date)})`,
      statusNow: STATUS_LABEL[indicatorStatus(input, c.asOf).status],
    }];
  });
}

function valueChanges(c: ReviewContext, review: ReviewFile, previous: ReviewFile): Changes['value'] {
  const oldValue = new Map((previous.value_of_partnering ?? []).map((v) => [v.stakeholder, v.worth_it]));
  return (review.value_of_partnering ?? []).flatMap((v) => {
    const from = oldValue.get(v.stakeholder);
    return from && v.worth_it && from !== v.worth_it ? [{ name: c.nameOf(v.stakeholder), from: WORTH_IT[from] ?? from, to: WORTH_IT[v.worth_it] ?? v.worth_it }] : [];
  });
}
