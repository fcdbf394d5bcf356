/** The summary: the health of each aspect of Fig. 1 (seed 002), and what the meeting should look at first. */
import { overdueText } from '../../../base/wording.js';
import { listText } from '../../text.js';
import { projectImpactsOf } from '../../../../model/index.js';
import type { ReviewContext } from '../context.js';
import type { AspectHealth, CommitmentRow, IndicatorRow, RatingCell, ReviewView } from '../view.js';
import { FUNCTIONING_ASPECTS, lowerFirst, RATING_MEANING, ratingCell } from '../words.js';

export function impactCells(c: ReviewContext): { delivery: RatingCell | null; impact: RatingCell | null } {
  // The shared rating, else the lowest of the partners' own (a survey's answers): one notion, model/index.ts.
  const impacts = c.review ? projectImpactsOf(c.review) : {};
  const cell = (k: 'delivery' | 'impact') => {
    const r = impacts[k];
    if (!r) return null;
    return ratingCell(r.fromViews ? { rating: r.rating, comment: `the lowest of ${r.fromViews === 1 ? 'the one partner\'s rating' : `${r.fromViews} partners' ratings`}` } : r);
  };
  return { delivery: cell('delivery'), impact: cell('impact') };
}

const redsOf = (functioning: ReviewView['functioning'], i: number) => functioning.rows.filter((r) => r.cells[i]!.rating === 'red').map((r) => r.name);

export function aspectHealth(impacts: ReturnType<typeof impactCells>, functioning: ReviewView['functioning'], value: ReviewView['value'] & { yes: number }): AspectHealth[] {
  const { delivery, impact } = impacts;
  return [
    { group: 'Project impacts', title: 'Delivery and progress', rating: delivery?.rating ?? null, label: delivery?.label ?? 'Not rated', detail: delivery?.rating ? RATING_MEANING[delivery.rating] : null },
    { group: 'Project impacts', title: 'Impact and sustainability', rating: impact?.rating ?? null, label: impact?.label ?? 'Not rated', detail: impact?.rating ? RATING_MEANING[impact.rating] : null },
    ...FUNCTIONING_ASPECTS.map((a, i): AspectHealth => {
      const o = functioning.overall[i]!;
      const reds = redsOf(functioning, i);
      return { group: 'Partnership functioning', title: a.title, rating: o.rating, label: o.label ?? 'Not rated', detail: o.comment ? `${o.comment}${reds.length ? `; red from ${listText(reds)}` : ''}` : null };
    }),
    { group: 'Value of partnering', title: 'Benefits against costs', rating: null, label: value.text ? `${value.yes} of ${value.rows.length} yes` : 'Not asked', detail: value.text },
  ];
}

export function attentionList(indicators: readonly IndicatorRow[], commitments: readonly CommitmentRow[], functioning: ReviewView['functioning'], value: ReviewView['value']): string[] {
  return [
    ...indicators.filter((r) => r.status === 'off-track').map((r) => `Off track: ${r.name}.`),
    ...indicators.filter((r) => r.status === 'at-risk').map((r) => `At risk: ${r.name}.`),
    ...commitments.filter((x) => x.state === 'late').map((x) => `Late: ${x.partner}, ${lowerFirst(x.description)}${x.daysOverdue !== null ? ` (${overdueText(x.daysOverdue)})` : ''}.`),
    ...FUNCTIONING_ASPECTS.flatMap((a, i) => {
      const reds = redsOf(functioning, i);
      return reds.length ? [`Rated red by ${listText(reds)}: ${a.title.toLowerCase()}.`] : [];
    }),
    ...worthItDoubts(value.rows),
  ];
}

/**
 * Who doubts the partnership is worth its costs, worded so that any name reads right ("Community organizers", "The
 * Ministry", several partners): the stance first, the names after it, as the other lines of the list do.
 */
export function worthItDoubts(rows: readonly { name: string; worthIt: string | null }[]): string[] {
  const who = (answer: string) => rows.filter((v) => v.worthIt === answer).map((v) => v.name);
  const no = who('No');
  const unsure = who('Unsure');
  return [
    ...(no.length ? [`Not worth its costs, in the view of ${listText(no)}.`] : []),
    ...(unsure.length ? [`Not sure the partnership is worth its costs: ${listText(unsure)}.`] : []),
  ];
}
