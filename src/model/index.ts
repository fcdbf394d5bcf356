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
type Rated = { rating: 'red' | 'amber' | 'green'; comment?: string };
const RATING_ORDER = { red: 0, amber: 1, green: 2 } as const;

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
    const given = (review.project_views ?? []).map((v) => v[k] as Rated | undefined).filter((r): r is Rated => r !== undefined);
    if (!given.length) continue;
    const lowest = given.reduce((a, b) => (RATING_ORDER[b.rating] < RATING_ORDER[a.rating] ? b : a));
    out[k] = { rating: lowest.rating, fromViews: given.length };
  }
  return out;
}
