/** The value of partnering, benefits against costs (seed 002 Fig. 1, "Methodology"). */
import { clean } from '../../text.js';
import type { ReviewContext } from '../context.js';
import type { ReviewView } from '../view.js';
import { WORTH_IT } from '../words.js';
import { BENEFITS } from '../../../lifecycle/review-survey.js';

const LEVEL: Readonly<Record<string, string>> = { none: 'None', low: 'Low', medium: 'Medium', high: 'High' };
const FAIR: Readonly<Record<string, string>> = { fair: 'Fairly', partly: 'Partly fairly', unfair: 'Unfairly' };
const words = (table: Readonly<Record<string, string>>, v: string | undefined) => (v === undefined ? '—' : table[v] ?? v);

export function buildValue(c: ReviewContext): ReviewView['value'] & { yes: number } {
  const given = c.review?.value_of_partnering ?? [];
  const rows = given.map((v) => {
    const benefits = (v.benefits ?? []).map(clean).filter((b): b is string => b !== null);
    return { name: c.nameOf(v.stakeholder), benefits, benefitsText: benefits.length ? benefits.join('; ') : null, costs: clean(v.costs), worthIt: v.worth_it ? WORTH_IT[v.worth_it] ?? v.worth_it : null };
  });
  const worth = (k: string) => given.filter((v) => v.worth_it === k).length;
  const answered = worth('yes') + worth('no') + worth('unsure');
  const text = answered
    ? `${[`${worth('yes')} of ${rows.length} ${rows.length === 1 ? 'partner finds' : 'partners find'} the benefits outweigh the costs`, worth('unsure') ? `${worth('unsure')} unsure` : '', worth('no') ? `${worth('no')} ${worth('no') === 1 ? 'does' : 'do'} not` : ''].filter(Boolean).join('; ')}.`
    : null;
  // The answers to the review questionnaire (partner review import), one row per partner that gave them.
  const compared = given
    .filter((v) => v.benefit_levels || v.costs_level || v.society || v.best_approach || v.fair_sharing)
    .map((v) => ({
      name: c.nameOf(v.stakeholder),
      levels: BENEFITS.map((b) => words(LEVEL, v.benefit_levels?.[b.key])),
      costsLevel: words(LEVEL, v.costs_level),
      society: words(LEVEL, v.society?.level),
      bestForGoal: words(WORTH_IT, v.best_approach?.for_goal),
      bestForUs: words(WORTH_IT, v.best_approach?.for_us),
      fair: words(FAIR, v.fair_sharing?.rating),
      fairComment: clean(v.fair_sharing?.comment),
    }));
  return { rows, text, compared, yes: worth('yes') };
}
