/** What every section of the review report is built from: the review, the one before it, and the date it is judged as of. */
import type { FolderModel, ReviewFile } from '../../../model/index.js';
import { clean } from '../text.js';
import { selectReview } from './select.js';

export type ReviewInput = FolderModel & { partnership: NonNullable<FolderModel['partnership']> };

export interface ReviewContext {
  model: ReviewInput;
  nameOf(id: string): string;
  /** The review's date; null when none is recorded and the report prepares the first one. */
  date: string | null;
  review: ReviewFile | undefined;
  /** The review date, or the report's date when no review is recorded. */
  asOf: string;
  previousDate: string | null;
  previous: ReviewFile | undefined;
}

export function reviewContext(model: ReviewInput, options: { date: string; review?: string }): ReviewContext {
  const byId = new Map((model.stakeholders?.stakeholders ?? []).map((s) => [s.id, s]));
  // Each name cleaned once: the sections ask for them per row.
  const names = new Map<string, string>();
  for (const [id, s] of byId) {
    const name = clean(s.name);
    if (name !== null) names.set(id, name);
  }
  const reviews = model.reviews ?? {};
  const dates = Object.keys(reviews).sort();
  const date = selectReview(model, options.review) ?? null;
  const asOf = date ?? options.date;
  const previousDate = [...dates].reverse().find((d) => d < asOf) ?? null;
  return {
    model,
    nameOf: (id) => names.get(id) ?? id,
    date,
    review: date ? reviews[date] : undefined,
    asOf,
    previousDate,
    previous: previousDate ? reviews[previousDate] : undefined,
  };
}
