/** The data of a partnership folder, typed from the schemas (see types.generated.ts). */
import type { AssessmentFile, CommunicationFile, DecisionRulesFile, IndicatorsFile, MeetingFile, PartnershipFile, ResourcesFile, ReviewFile, RisksFile, StakeholdersFile } from './types.generated.js';

export type * from './types.generated.js';
export type Stakeholder = StakeholdersFile['stakeholders'][number];

/** The folder as one object, keyed like folder.schema.json: what the phase requirements (src/core/check/requirements.ts) read. */
export interface FolderModel {
  partnership?: PartnershipFile;
  stakeholders?: StakeholdersFile;
  assessments?: Record<string, AssessmentFile>;
  'decision-rules'?: DecisionRulesFile;
  communication?: CommunicationFile;
  indicators?: IndicatorsFile;
  resources?: ResourcesFile;
  risks?: RisksFile;
  reviews?: Record<string, ReviewFile>;
  meetings?: Record<string, MeetingFile>;
}

/** `way_forward` as a list: one choice or several (seed 002 Phase 4: sustain, scale up, and replicate together). */
export function wayForwardList(value: string | readonly string[] | undefined): string[] {
  return value === undefined ? [] : typeof value === 'string' ? [value] : [...value];
}

type ProjectAspect = 'delivery' | 'impact';
type Rating = 'red' | 'amber' | 'green';
type Rated = { rating: Rating; comment?: string };
/** Red below amber below green (seed 002 Fig. 1's traffic lights). */
export const RATING_ORDER: Readonly<Record<Rating, number>> = { red: 0, amber: 1, green: 2 };

/**
 * The worst rating any partner gave: an aspect's health as the summary shows it. A majority must not hide dissent:
 * one partner's red is the partnership's concern (seed 001: participatory monitoring, feedback mechanisms).
 */
export function overallRating(ratings: readonly Rating[]): Rating | null {
  let worst: Rating | null = null;
  for (const r of ratings) if (worst === null || RATING_ORDER[r] < RATING_ORDER[worst]) worst = r;
  return worst;
}

/**
 * A review's ratings of the project (seed 002 Fig. 1, Project impacts): the shared rating where the review records
 * one; else, from each partner's own view (the survey's answers), the lowest rating given, so that one partner's red
 * is never hidden (seed 002 Phase 3: participatory, "reflecting the experience and view of all partners").
 */
export function projectImpactsOf(review: ReviewFile): Partial<Record<ProjectAspect, Rated & { fromViews?: number }>> {
  const out: Partial<Record<ProjectAspect, Rated & { fromViews?: number }>> = {};
  for (const k of ['delivery', 'impact'] as const) {
    const shared = review.project_impacts?.[k] as Rated | undefined;
    if (shared) {
      out[k] = shared;
      continue;
    }
    const given = (review.project_views ?? []).flatMap((v) => (v[k] ? [(v[k] as Rated).rating] : []));
    const lowest = overallRating(given);
    if (lowest) out[k] = { rating: lowest, fromViews: given.length };
  }
  return out;
}
