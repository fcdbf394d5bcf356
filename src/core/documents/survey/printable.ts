/** The review questionnaire on paper: Markdown with a box to tick for each choice and room to write (seed 002 Fig. 1). */
import { CHOICES, SURVEY } from '../../lifecycle/review-survey.js';
import type { SurveyInput } from './form.js';

/** `esc` escapes text from the record for Markdown (src/render/markdown.ts); the core does not know Markdown rules. */
export function surveyMarkdown(input: SurveyInput, esc: (text: string) => string): string {
  const out = [`# ${esc(input.title)}`, '', 'Each partner answers these questions for its own organisation, so that the review reflects the experience and view of every partner. Tick one box where boxes are given; write on the lines. Return the form to the partnership broker.', ''];
  out.push('- **Date:** ____________________', '');
  let n = 0;
  for (const g of SURVEY) {
    out.push(`## ${esc(g.label)}`, '');
    for (const q of g.questions) {
      n++;
      out.push(`**${n}. ${esc(q.label)}**`, '');
      if (q.kind === 'text') out.push('_______________________________________________________________', '', '_______________________________________________________________', '');
      else {
        const items = q.list ? CHOICES[q.list].map((c) => c.label) : input.partners.map((p) => p.name);
        out.push(...items.map((label) => `- ☐ ${esc(label)}`), '');
      }
    }
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
