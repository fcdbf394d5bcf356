import { addPeriod } from '../base/dates.js';
import type { PathSegment } from '../yaml/source.js';
import type { FolderModel } from '../../model/index.js';

/**
 * When the next review is due: one computation for `partner check` (review-overdue), `partner status`, the agreement
 * and the review report (seed 002, Setting indicators: "decide how often to review"). The date in force is the
 * latest review's own `next_review:`; else one period of the agreed frequency after the latest review; else the
 * `next_review:` set in indicators.yaml. A review held on or after that setting answers it.
 */
export interface NextReview {
  /** YYYY-MM-DD, or undefined when nothing says when. */
  date?: string;
  /** Where the date comes from, so a finding points at the line that holds it. */
  source?: { key: 'reviews' | 'indicators'; entry?: string; path: PathSegment[] };
  /** The date has passed (as of `today`). */
  overdue: boolean;
  /** The latest review held, if any. */
  last?: string;
}

export function nextReview(model: FolderModel, today: string): NextReview {
  const reviews = model.reviews ?? {};
  const last = Object.keys(reviews).sort().pop();
  const cadence = model.indicators?.review_cadence;
  const at = (date: string | undefined, source: NextReview['source']): NextReview => ({ ...(date ? { date, source } : {}), overdue: date !== undefined && date < today, ...(last ? { last } : {}) });
  if (last) {
    const own = reviews[last]!.next_review;
    if (own) return at(own, { key: 'reviews', entry: last, path: ['next_review'] });
    const fromCadence = cadence?.frequency ? addPeriod(last, cadence.frequency) : undefined;
    if (fromCadence) return at(fromCadence, { key: 'indicators', path: ['review_cadence', 'frequency'] });
    // A review held on or after the set date answers it; nothing says when the next one is.
    if (cadence?.next_review && cadence.next_review <= last) return at(undefined, undefined);
  }
  return at(cadence?.next_review, { key: 'indicators', path: ['review_cadence', 'next_review'] });
}
