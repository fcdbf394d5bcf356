/** Which review a report is about. */
import type { FolderModel } from '../../../model/index.js';
import { UsageError } from '../../base/diagnostic.js';

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

