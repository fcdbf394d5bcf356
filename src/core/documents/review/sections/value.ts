/** The value of partnering, benefits against costs (seed 002 Fig. 1, "Methodology"). */
import { clean } from '../../text.js';
import type { ReviewContext } from '../context.js';
import type { ReviewView } from '../view.js';
import { WORTH_IT } from '../words.js';

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
  return { rows, text, yes: worth('yes') };
}
