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
import { clean } from '../text.js';
import * as L from '../labels.js';
import { reviewContext, type ReviewInput } from './context.js';
import { buildChanges, decisionsOf } from './sections/changes.js';
import { nextReview } from '../../check/next-review.js';
import { commitmentRows, commitmentSummary } from './sections/commitments.js';
import { buildFunctioning } from './sections/functioning.js';
import { indicatorRows, indicatorStatuses, indicatorSummary } from './sections/indicators.js';
import { aspectHealth, attentionList, impactCells } from './sections/summary.js';
import { buildValue } from './sections/value.js';
import type { ReviewView } from './view.js';
import { long } from './words.js';

export { AT_RISK_TOLERANCE, expectedAt, indicatorStatus, ON_TRACK_TOLERANCE, type IndicatorStatus } from './status.js';
export type * from './view.js';
export { FUNCTIONING_ASPECTS, overallRating, RATING_LABEL, withUnit } from './words.js';
export { selectReview } from './select.js';

/** What the review's pictures show: the summary (indicators, commitments, health by aspect) and the functioning. */
export type ReviewSummary = Pick<ReviewView, 'summary' | 'functioning'> & { review: Pick<ReviewView['review'], 'recorded' | 'asOf'> };

/** The parts of the view the summary is made of, built once: buildReview adds the rest to them. */
function summaryParts(c: ReturnType<typeof reviewContext>, options: { indicatorRows: boolean }) {
  const indicators = options.indicatorRows ? indicatorRows(c) : null;
  const commitments = commitmentRows(c);
  const functioning = buildFunctioning(c);
  const value = buildValue(c);
  const impacts = impactCells(c);
  const aspects = aspectHealth(impacts, functioning, value);
  const ind = indicatorSummary(indicators ?? indicatorStatuses(c));
  const cc = commitmentSummary(commitments);
  const figure = {
    id: 'summary',
    title: 'At a glance: indicators, commitments and the health of each aspect',
    desc: `Indicators: ${ind.text} Commitments: ${cc.text}${c.review ? ` Health: ${aspects.filter((a) => a.group !== 'Value of partnering').map((a) => `${a.title.toLowerCase()} ${a.rating ?? 'not rated'}`).join(', ')}.` : ''}`,
    src: null,
  };
  return { indicators, commitments, functioning, value, impacts, aspects, ind, cc, figure };
}

/**
 * Only what the review's pictures need (the portfolio's partnership pages): the same summary and functioning as
 * buildReview's, without the indicator rows' wording, the changes since the last review or the decisions.
 */
export function buildReviewSummary(model: ReviewInput, options: { date: string; review?: string }): ReviewSummary {
  const c = reviewContext(model, options);
  const { functioning, aspects, ind, cc, figure } = summaryParts(c, { indicatorRows: false });
  return {
    review: { recorded: Boolean(c.review), asOf: c.asOf },
    summary: { indicators: ind, commitments: cc, aspects, attention: [], figure },
    functioning,
  };
}

/** Builds the view model. `model` must be valid (see loadPartnershipModel); the result is deterministic. */
export function buildReview(model: ReviewInput, options: { date: string; review?: string; commit: string | null; uncommitted: boolean }): ReviewView {
  const c = reviewContext(model, options);
  const { date, review, asOf } = c;
  const p = model.partnership;
  const name = clean(p.name) ?? 'Untitled partnership';
  const parts = summaryParts(c, { indicatorRows: true });
  const indicators = parts.indicators!;
  const { commitments, functioning, value, impacts, aspects, ind, cc, figure } = parts;
  const phase = phaseAt(c);
  const broker = p.broker ? [clean(p.broker.name), clean(p.broker.organisation)].filter(Boolean).join(', ') || null : null;
  return {
    document: { title: date ? `Partnership review of ${long(date)}: ${name}` : `Preparing the first review: ${name}`, kind: 'review' },
    partnership: { name, phase, phaseLabel: L.label(L.PHASE, phase) ?? phase },
    meta: { date: options.date, commit: options.commit, uncommitted: options.uncommitted, preparedBy: broker },
    review: {
      date,
      recorded: Boolean(review),
      asOf,
      period: review?.period ? { from: review.period.from, to: review.period.to } : null,
      previous: c.previousDate,
      participants: (review?.participants ?? []).map(c.nameOf),
      // As it stood at this review: the reviews held up to it (check/next-review.ts).
      nextReview: nextReview({ ...model, reviews: Object.fromEntries(Object.entries(model.reviews ?? {}).filter(([d]) => d <= asOf)) }, options.date).date ?? null,
      absent: absentPartners(c),
    },
    summary: {
      indicators: ind,
      commitments: cc,
      aspects,
      attention: attentionList(indicators, commitments, functioning, value),
      figure,
    },
    impacts: { ...impacts, indicators },
    functioning,
    value: { rows: value.rows, text: value.text, compared: value.compared },
    commitments,
    decisions: decisionsOf(c, review),
    learning: clean(review?.learning),
    changes: buildChanges(c),
  };
}

/** The phase at the review: the last move in the phase history on or before it, else the current phase. */
function phaseAt(c: ReturnType<typeof reviewContext>): string {
  const p = c.model.partnership;
  const moves = (p.phase_history ?? []).filter((h) => h.date <= c.asOf).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return moves.length && c.date ? moves[moves.length - 1]!.phase : p.phase;
}

/** Active partners who did not take part (only when participants are recorded). */
function absentPartners(c: ReturnType<typeof reviewContext>): string[] {
  const participants = c.review?.participants;
  if (!participants) return [];
  return (c.model.stakeholders?.stakeholders ?? []).filter((s) => s.engagement === 'active-partner' && !participants.includes(s.id)).map((s) => c.nameOf(s.id));
}
