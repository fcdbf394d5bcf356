/** People and bodies by name in every finding and in status: the name as written, the id only when there is none. */
import { isFilled } from '../base/blank.js';
import type { FolderModel } from '../../model/index.js';

/** A stakeholder's or a body's name, or its id when it has none. */
export const nameOf = (s: { id: string; name?: string | null }): string => (isFilled(s.name) ? s.name!.trim() : s.id);

/** The name of the stakeholder with this id; the id itself when no stakeholder has it (a broken reference). */
export function stakeholderName(model: FolderModel, id: string): string {
  const s = model.stakeholders?.stakeholders.find((x) => x.id === id);
  return s ? nameOf(s) : id;
}

/** The name of the decision-making body with this id; the id itself when there is none. */
export function bodyName(model: FolderModel, id: string): string {
  const b = model['decision-rules']?.bodies?.find((x) => x.id === id);
  return b ? nameOf(b) : id;
}

const ENGAGEMENT: Readonly<Record<string, string>> = {
  'active-partner': 'an active partner',
  pilot: 'a pilot',
  'advisory-group': 'in the advisory group',
  informed: 'kept informed',
  'not-engaged': 'not engaged',
};

/** "an active partner", "kept informed", ... */
export const engagementWords = (level: string): string => ENGAGEMENT[level] ?? level;
