/**
 * Phase requirements that JSON Schema cannot state because they compare files: each has its broker-facing words,
 * like the requirements in schemas/phases/, and says where the folder falls short. `partner check`, `status` and
 * `advance` treat them as part of the phase gate.
 */
import { PHASES, type Phase } from '../folder/layout.js';
import type { PathSegment } from '../yaml/source.js';
import type { FolderModel } from '../../model/index.js';

export interface GateShortfall {
  key: string;
  entry?: string;
  path: PathSegment[];
  hint: string;
}

export interface CodeRequirement {
  phase: Phase;
  description: string;
  /** Where the folder falls short; [] when it meets the requirement. Only called when the files it reads are valid. */
  shortfalls(model: FolderModel): GateShortfall[];
}

/** Who answered a review: its respondents, and (for reviews kept before the questionnaire) its per-partner entries. */
export function answeredIn(review: NonNullable<FolderModel['reviews']>[string]): Set<string> {
  return new Set([...(review.respondents ?? []), ...(review.functioning ?? []), ...(review.value_of_partnering ?? [])].map((x) => x.stakeholder));
}

export const CODE_REQUIREMENTS: readonly CodeRequirement[] = [
  {
    phase: 'sustaining',
    description: 'Before sustaining, hold a review answered by every active partner (seed 002 Phase 3: review "must be participatory (reflecting the experience and view of all partners)").',
    shortfalls(model) {
      const reviews = Object.keys(model.reviews ?? {}).sort();
      const active = (model.stakeholders?.stakeholders ?? []).filter((s) => s.engagement === 'active-partner').map((s) => s.id);
      if (!reviews.length || !active.length) return [];
      if (reviews.some((date) => active.every((id) => answeredIn(model.reviews![date]!).has(id)))) return [];
      const latest = reviews[reviews.length - 1]!;
      const missing = active.filter((id) => !answeredIn(model.reviews![latest]!).has(id));
      return [{ key: 'reviews', entry: latest, path: [], hint: `Still to answer in reviews/${latest}.yaml: ${missing.join(', ')}. \`partner review survey\` writes the questionnaire; \`partner review import\` brings the answers in.` }];
    },
  },
];

/** The code requirements of `target` and of every phase before it. */
export function codeRequirementsUpTo(target: Phase): CodeRequirement[] {
  return CODE_REQUIREMENTS.filter((r) => PHASES.indexOf(r.phase) <= PHASES.indexOf(target));
}
