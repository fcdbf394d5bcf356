/** The words a document uses for the closed vocabularies of the schemas (schemas/*.schema.json). */
import { FORM_WORDS } from '../check/rules/typology.js';

export const SECTOR: Record<string, string> = {
  public: 'Public',
  private: 'Private',
  'civil-society': 'Civil society',
  cooperative: 'Cooperative',
  'business-federation': 'Business federation',
  'semi-public': 'Semi-public',
  'political-party': 'Political party',
  'private-university': 'Private university',
};

export const ENGAGEMENT: Record<string, string> = {
  'active-partner': 'active partner',
  pilot: 'pilot',
  'advisory-group': 'advisory group',
  informed: 'kept informed',
  'not-engaged': 'not engaged',
};

export const AUTHORITY: Record<string, string> = { full: 'Full', limited: 'Limited', 'refer-back': 'Refers back' };

/** What each level of authority means, when the representative's mandate is not described in words. */
export const AUTHORITY_MEANING: Record<string, string> = {
  full: 'Can commit the organisation.',
  limited: 'Can commit the organisation within a mandate.',
  'refer-back': 'Must consult the organisation before committing it.',
};

export const FREQUENCY: Record<string, string> = {
  weekly: 'weekly',
  fortnightly: 'fortnightly',
  monthly: 'monthly',
  quarterly: 'quarterly',
  'twice-yearly': 'twice a year',
  yearly: 'yearly',
  'as-needed': 'as needed',
  once: 'once',
};

export const BODY_KIND: Record<string, string> = {
  'steering-committee': 'steering committee',
  secretariat: 'secretariat',
  'task-force': 'task force',
  'focal-points': 'focal points',
  'working-group': 'working group',
  'advisory-group': 'advisory group',
  'general-assembly': 'general assembly',
};

export const METHOD: Record<string, string> = {
  consensus: 'Consensus',
  unanimity: 'Unanimity',
  majority: 'Majority',
  'qualified-majority': 'Qualified majority',
  delegated: 'Delegated',
  'lead-partner': 'Lead partner decides',
};

export const CHAIR: Record<string, string> = {
  neutral: 'a neutral chair',
  rotating: 'rotates between members',
  partner: 'a partner',
};

export const VENUE: Record<string, string> = {
  neutral: 'Neutral',
  rotating: 'Rotating between partners',
  'partner-premises': "At a partner's premises",
  online: 'Online',
};

export const FINANCE_MODEL: Record<string, string> = {
  pooled: 'Pooled fund',
  'no-co-mingling': 'No co-mingling: each partner manages its own money',
  mixed: 'Mixed: some money pooled, some managed by each partner',
};

export const MODE: Record<string, string> = {
  meeting: 'Meeting',
  letter: 'Letter',
  phone: 'Telephone',
  email: 'Email',
  'video-call': 'Video call',
  messaging: 'Messaging',
  newsletter: 'Newsletter',
  'site-visit': 'Site visit',
  radio: 'Radio',
  'notice-board': 'Notice board',
  'online-platform': 'Online platform',
};

export const COMMS_OBJECTIVE: Record<string, string> = {
  visibility: 'visibility',
  'awareness-raising': 'awareness raising',
  advocacy: 'advocacy',
  publicity: 'publicity',
  fundraising: 'fundraising',
  accountability: 'accountability',
};

export const RESOURCE_KIND: Record<string, string> = {
  human: 'people',
  financial: 'money',
  technical: 'technical',
  contacts: 'contacts',
  networks: 'networks',
  products: 'products',
  services: 'services',
  premises: 'premises',
  transport: 'transport',
  information: 'information',
  logistics: 'logistics',
  publicity: 'publicity',
  convening: 'convening',
};

/** A commitment's terms (seed 001: partners weigh a loan and a grant differently). */
export const TERMS: Record<string, string> = { grant: 'grant', loan: 'loan, to be paid back', 'in-kind-gift': 'gift in kind', other: 'other terms' };

export const COMMITMENT_STATUS: Record<string, string> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  'in-progress': 'In progress',
  delivered: 'Delivered',
  late: 'Late',
  withdrawn: 'Withdrawn',
};

export const ASPECT: Record<string, string> = {
  'project-delivery': 'Project delivery',
  impact: 'Impact',
  'partnership-functioning': 'Partnership functioning',
  'value-of-partnering': 'Value of partnering',
};

export const LEVEL: Record<string, string> = { low: 'Low', medium: 'Medium', high: 'High' };

export const RISK_STATUS: Record<string, string> = { open: 'still open', mitigated: 'mitigated', occurred: 'has occurred', closed: 'closed' };

export const SCOPE_LEVEL: Record<string, string> = {
  local: 'Local',
  'sub-national': 'Sub-national',
  national: 'National',
  regional: 'Regional',
  global: 'Global',
};

export const GOAL_TYPE: Record<string, string> = { task: 'task', policy: 'policy', innovation: 'innovation', accountability: 'accountability' };

export const FORM: Record<string, string> = FORM_WORDS;

export const WAY_FORWARD: Record<string, string> = {
  sustain: 'Sustain: continue, perhaps with a re-negotiated focus',
  'scale-up': 'Scale up',
  institutionalise: 'Institutionalise: build lasting structures',
  close: 'Close',
};

export const BROKER_ROLE: Record<string, string> = { partner: 'a partner', facilitator: 'a facilitator', both: 'both a partner and a facilitator' };

export const PHASE: Record<string, string> = {
  scoping: 'Scoping',
  building: 'Building',
  planning: 'Planning',
  implementing: 'Implementing',
  reviewing: 'Reviewing',
  sustaining: 'Sustaining',
};

/** The label for a vocabulary value; an unexpected value (the schemas forbid it) is shown as written. */
export function label(table: Record<string, string>, value: string | undefined | null): string | null {
  if (value === undefined || value === null) return null;
  return Object.prototype.hasOwnProperty.call(table, value) ? table[value]! : value;
}
