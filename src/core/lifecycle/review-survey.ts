/**
 * The participatory review questionnaire: seed 002 Phase 3 ("Review and evaluation of partnerships must be
 * participatory (reflecting the experience and view of all partners)") and its Fig. 1 "Evaluating partnerships":
 * project impacts, partnership relationships and functioning, and the value of partnering against its costs, with
 * its benefit categories, the benefit for society and whether partnership was the best approach; seed 001 adds the
 * "transparent and just distribution of the cooperation rent". Every partner answers the same questions, so their
 * answers can be compared. `partner review survey` writes it as an ODK XForm, an XLSForm and a printable form;
 * `partner review import` reads the answers back by the question names below.
 */
export type ChoiceList = 'rating' | 'level' | 'benefit' | 'yes_no' | 'fairness';

export interface SurveyQuestion {
  /** The field name in the forms and in exported responses: lower case, digits and underscores. */
  name: string;
  kind: 'select' | 'text';
  list?: ChoiceList;
  label: string;
  hint?: string;
  required?: boolean;
}

export interface SurveyGroup {
  name: string;
  label: string;
  questions: SurveyQuestion[];
}

export const CHOICES: Record<ChoiceList, { name: string; label: string }[]> = {
  rating: [
    { name: 'green', label: 'Green: working well' },
    { name: 'amber', label: 'Amber: needs attention' },
    { name: 'red', label: 'Red: not working' },
  ],
  level: [
    { name: 'low', label: 'Low' },
    { name: 'medium', label: 'Medium' },
    { name: 'high', label: 'High' },
  ],
  benefit: [
    { name: 'none', label: 'None' },
    { name: 'low', label: 'Low' },
    { name: 'medium', label: 'Medium' },
    { name: 'high', label: 'High' },
  ],
  yes_no: [
    { name: 'yes', label: 'Yes' },
    { name: 'no', label: 'No' },
    { name: 'unsure', label: 'Not sure' },
  ],
  fairness: [
    { name: 'fair', label: 'Fairly' },
    { name: 'partly', label: 'Partly fairly' },
    { name: 'unfair', label: 'Unfairly' },
  ],
};

const rated = (name: string, label: string): SurveyQuestion[] => [
  { name: `${name}_rating`, kind: 'select', list: 'rating', label, required: true },
  { name: `${name}_comment`, kind: 'text', label: 'What lies behind your rating?' },
];

/** Seed 002 Fig. 1 "Assess the value of being in partnership (for partners), such as: ...". */
export const BENEFITS = [
  { key: 'reputation', label: 'Reputation, positioning and credibility' },
  { key: 'networks', label: 'Networks and contacts' },
  { key: 'capacity', label: 'Capacity-building, institution building and knowledge transfer' },
  { key: 'advocacy', label: 'Advocacy' },
  { key: 'money', label: 'Money and other resources' },
  { key: 'core_delivery', label: 'Core activity delivery' },
] as const;

/** Seed 002 Fig. 1 "Review relationships and operations": the five aspects, as review.yaml `functioning:` names them. */
export const FUNCTIONING = [
  { key: 'decision_making', label: 'Decision-making process and governance' },
  { key: 'roles', label: 'Roles and responsibilities' },
  { key: 'communication', label: 'Communications systems' },
  { key: 'working_relations', label: 'Working relations and commitment' },
  { key: 'resources', label: 'Financial operations and resources' },
] as const;

export const SURVEY: readonly SurveyGroup[] = [
  {
    name: 'about',
    label: 'About you',
    questions: [
      { name: 'partner', kind: 'select', label: 'Which partner do you answer for?', required: true },
      { name: 'respondent', kind: 'text', label: 'Your name and position', required: true },
    ],
  },
  {
    name: 'project',
    label: 'The project',
    questions: [...rated('delivery', 'Delivery and progress towards objectives'), ...rated('impact', 'Impact and sustainability of the solution, outcomes and outputs')],
  },
  {
    name: 'functioning',
    label: 'How the partnership works',
    questions: FUNCTIONING.flatMap((f) => rated(f.key, f.label)),
  },
  {
    name: 'value',
    label: 'The value of partnering for your organisation',
    questions: [
      ...BENEFITS.map((b): SurveyQuestion => ({ name: `benefit_${b.key}`, kind: 'select', list: 'benefit', label: `What has your organisation gained: ${b.label.toLowerCase()}?`, required: true })),
      { name: 'costs_level', kind: 'select', list: 'level', label: 'How large are the resources and transaction costs of partnering for your organisation?', required: true },
      { name: 'costs', kind: 'text', label: 'What have those costs been?' },
      { name: 'worth_it', kind: 'select', list: 'yes_no', label: 'Do the benefits outweigh the costs for your organisation?', required: true },
      { name: 'society_level', kind: 'select', list: 'benefit', label: 'What is the benefit (added value) of the partnership for society?', required: true },
      { name: 'society_comment', kind: 'text', label: 'What is that benefit?' },
      { name: 'best_for_goal', kind: 'select', list: 'yes_no', label: 'Was partnership the best approach for the development goal?', required: true },
      { name: 'best_for_us', kind: 'select', list: 'yes_no', label: 'Was partnership the best approach for your organisation?', required: true },
      { name: 'fair_sharing', kind: 'select', list: 'fairness', label: 'How fairly are the costs and benefits shared among the partners?', required: true },
      { name: 'fair_comment', kind: 'text', label: 'What would make the sharing fairer?' },
      { name: 'learning', kind: 'text', label: 'What have you learnt, and what do you recommend?' },
    ],
  },
];

export const SURVEY_QUESTIONS: readonly SurveyQuestion[] = SURVEY.flatMap((g) => g.questions);
