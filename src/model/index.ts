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
