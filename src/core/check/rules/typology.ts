import type { Rule } from './rule.js';

/**
 * Seed 003 Table 1 ("Dimensions of Partnering", 003_a48d4831f2f75d10.txt lines 47-52): partner diversity × task
 * specificity → the organisational forms that fit. Low task specificity: loose coordination (associations,
 * ideological or geographically-based networks, broad social movements); high: coordinated task and resource
 * allocation (issue-based networks, alliances, joint ventures among similar organisations; coalitions and partnerships
 * among diverse ones). A new organisation ("an intermediary or joint partnership", lines 59-61) needs specific tasks.
 * `medium` on an axis admits the forms of both of its columns or rows.
 */
type Level = 'low' | 'medium' | 'high';
export type Form = 'association' | 'social-movement' | 'network' | 'alliance' | 'joint-venture' | 'coalition' | 'partnership' | 'new-organisation';

const TABLE_1: Record<'low' | 'high', Record<'low' | 'high', readonly Form[]>> = {
  // task specificity → partner diversity → forms
  low: { low: ['association', 'network'], high: ['social-movement', 'network'] },
  high: { low: ['network', 'alliance', 'joint-venture', 'new-organisation'], high: ['coalition', 'partnership', 'new-organisation'] },
};

const sides = (l: Level): ('low' | 'high')[] => (l === 'medium' ? ['low', 'high'] : [l]);

/** The forms seed 003 Table 1 gives for the two recorded values. */
export function formsFor(diversity: Level, specificity: Level): Form[] {
  const out = new Set<Form>();
  for (const t of sides(specificity)) for (const d of sides(diversity)) for (const f of TABLE_1[t][d]) out.add(f);
  return [...out];
}

/** A loose form: loose coordination with minimal formal structure (seed 003 Table 1; seed 000: "a loose affiliation"). */
export function isLoose(form: string | undefined, specificity: string | undefined): boolean {
  return (form === 'association' || form === 'social-movement' || form === 'network') && specificity !== 'high';
}

/** Each form in words, with its article: the one wording of seed 003 Table 1's forms (documents use it too). */
export const FORM_WORDS: Record<Form, string> = {
  association: 'an association',
  'social-movement': 'a social movement',
  network: 'a network',
  alliance: 'an alliance',
  'joint-venture': 'a joint venture',
  coalition: 'a coalition',
  partnership: 'a partnership',
  'new-organisation': 'a new organisation',
};
const orList = (forms: readonly Form[]) => forms.map((f) => FORM_WORDS[f]).join(forms.length > 2 ? ', ' : ' or ').replace(/, ([^,]*)$/, ' or $1');

export const TYPOLOGY_RULES: Rule[] = [
  {
    id: 'typology-form',
    defaultSetting: 'warn',
    lessons: [2],
    summary: 'The organisational form does not fit the partner diversity and task specificity.',
    explanation: 'Seed 003 Table 1 ("Dimensions of Partnering"): "When tasks are very general and require only information sharing ... the partnership can be loosely organized. When the tasks are specific, complex, and require substantial resource exchange and commitment, then more tightly-organized partnerships are required." Low task specificity: associations or ideological networks (similar partners), broad social movements and geographically-based networks (diverse partners). High task specificity: issue-based networks, alliances or joint ventures (similar partners), coalitions and partnerships (diverse partners). A form that contradicts the two recorded values asks for too much structure, or too little.',
    check(c) {
      const t = c.model.partnership?.typology;
      if (!t?.form || !t.partner_diversity || !t.task_specificity) return [];
      const fits = formsFor(t.partner_diversity, t.task_specificity);
      if (fits.includes(t.form)) return [];
      return [{ key: 'partnership', path: ['typology', 'form'], message: `${capitalise(FORM_WORDS[t.form])} does not fit ${t.partner_diversity} partner diversity and ${t.task_specificity} task specificity; seed 003 Table 1 gives ${orList(fits)}.`, hint: `Set \`form:\` to ${fits.join(', ')}, or correct \`partner_diversity:\` or \`task_specificity:\`.` }];
    },
  },
];

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
