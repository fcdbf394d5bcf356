/** The fixed layout of a partnership folder: which file holds what, and which schema checks it. */
export type FileKey = 'partnership' | 'stakeholders' | 'decision-rules' | 'communication' | 'indicators' | 'resources' | 'risks';
export type FolderKey = 'assessments' | 'reviews' | 'meetings';

export const SINGLE_FILES: readonly FileKey[] = ['partnership', 'stakeholders', 'decision-rules', 'communication', 'indicators', 'resources', 'risks'];
export const FOLDERS: readonly FolderKey[] = ['assessments', 'reviews', 'meetings'];

/** Schema file (in schemas/) for each kind of file. */
export const SCHEMA_FILE: Record<FileKey | FolderKey, string> = {
  partnership: 'partnership.schema.json',
  stakeholders: 'stakeholders.schema.json',
  'decision-rules': 'decision-rules.schema.json',
  communication: 'communication.schema.json',
  indicators: 'indicators.schema.json',
  resources: 'resources.schema.json',
  risks: 'risks.schema.json',
  assessments: 'assessment.schema.json',
  reviews: 'review.schema.json',
  meetings: 'meeting.schema.json',
};

export const PHASES = ['scoping', 'building', 'planning', 'implementing', 'reviewing', 'sustaining'] as const;
export type Phase = (typeof PHASES)[number];

export function isPhase(value: unknown): value is Phase {
  return typeof value === 'string' && (PHASES as readonly string[]).includes(value);
}

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const DATE_FILE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** A meeting's file: its date, then words of its own if several meetings share a day (`2025-06-30-steering`). */
export const MEETING_FILE_PATTERN = /^\d{4}-\d{2}-\d{2}(-[a-z0-9]+)*$/;

/** Every name a partnership folder may hold, for "did you mean" on stray files. */
export const KNOWN_NAMES: readonly string[] = [...SINGLE_FILES.map((k) => `${k}.yaml`), ...FOLDERS];
