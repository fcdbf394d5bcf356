/** What every form of the review questionnaire is built from: the partners who answer and the form's identity. */
import type { FolderModel } from '../../../model/index.js';
import { clean } from '../text.js';

export interface SurveyInput {
  /** The partnership's name, for the form title. */
  title: string;
  /** The form id: letters, digits, underscores; the same for every partner, so answers collect in one place. */
  formId: string;
  /** The form version: the day the form was written (YYYY-MM-DD with hyphens removed). */
  version: string;
  /** The partners who answer (seed 002 Phase 3: all partners): active partners and pilots, by id and name. */
  partners: { id: string; name: string }[];
}

/** The survey input of a partnership: its active partners and pilots, in the order of stakeholders.yaml. */
export function surveyInput(model: FolderModel, date: string): SurveyInput {
  const name = clean(model.partnership?.name) ?? 'Partnership';
  const partners = (model.stakeholders?.stakeholders ?? [])
    .filter((s) => s.engagement === 'active-partner' || s.engagement === 'pilot')
    .map((s) => ({ id: s.id, name: clean(s.name) ?? s.id }));
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40) || 'partnership';
  return { title: `${name}: partnership review`, formId: `partner_review_${slug}`, version: date.replaceAll('-', ''), partners };
}
