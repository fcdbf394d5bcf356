/**
 * What a partnership lets a portfolio publish (`publish:` in partnership.yaml), and its record with everything else
 * taken out. Seed 000 asks for "greater access to information on the multitude of partnership initiatives"; seed
 * 002 keeps each partner's internal assessment its own ("before entering the negotiations"), so by default no
 * internal assessment, no non-negotiable and no representative's name leaves the repository.
 */
import type { FolderModel } from '../../model/index.js';

export interface Publication {
  published: boolean;
  representatives: boolean;
  nonNegotiables: boolean;
  assessments: boolean;
}

export function publicationOf(model: FolderModel): Publication {
  const publish = model.partnership?.publish;
  if (publish === false) return { published: false, representatives: false, nonNegotiables: false, assessments: false };
  const given = typeof publish === 'object' ? publish : {};
  return { published: true, representatives: given.representatives === true, nonNegotiables: given.non_negotiables === true, assessments: given.assessments === true };
}

/**
 * The record with representatives' names and titles replaced, unless the partnership allows them. Internal
 * assessments and non-negotiables stay in (what is still open depends on them), but entry.ts shows their content
 * only when allowed: nothing built from this record quotes them.
 */
export function publishable<M extends FolderModel>(model: M, publication: Publication): M {
  if (publication.representatives || !model.stakeholders) return model;
  const stakeholders = model.stakeholders.stakeholders.map((s) => (s.representative ? { ...s, representative: { name: 'the representative', ...(s.representative.decision_authority ? { decision_authority: s.representative.decision_authority } : {}) } } : s));
  return { ...model, stakeholders: { ...model.stakeholders, stakeholders } };
}
