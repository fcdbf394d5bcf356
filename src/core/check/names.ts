/** How the rules name what they find: a stakeholder by its name (its id when it has none), an engagement in words. */
import { isFilled } from '../base/blank.js';

export const nameOf = (s: { id: string; name?: string | undefined }): string => (isFilled(s.name) ? s.name!.trim() : s.id);

const ENGAGEMENT: Readonly<Record<string, string>> = {
  'active-partner': 'an active partner',
  pilot: 'a pilot',
  'advisory-group': 'in the advisory group',
  informed: 'kept informed',
  'not-engaged': 'not engaged',
};

/** "an active partner", "kept informed", ... */
export const engagementWords = (level: string): string => ENGAGEMENT[level] ?? level;
