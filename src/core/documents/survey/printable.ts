/** The review questionnaire on paper: Markdown with a box to tick for each choice and room to write (seed 002 Fig. 1). */
import { CHOICES, SURVEY } from '../../lifecycle/review-survey.js';
import type { SurveyInput } from './form.js';

/** A line to write on: underscores as text (a Markdown rule would be drawn as a border, which Word merges away). */
const WRITE_ON = '\\_'.repeat(80);

/**
 * `esc` escapes text from the record for Markdown (src/render/markdown.ts); the core does not know Markdown rules.
 * The choices of a question are one paragraph, a box to tick on each line (a hard break), with no bullet beside it.
 */
export function surveyMarkdown(input: SurveyInput, esc: (text: string) => string): string {
  const out = [`# ${esc(input.title)}`, '', 'Each partner answers these questions for its own organisation, so that the review reflects the experience and view of every partner. Tick one box where boxes are given; write on the lines. Return the form to the partnership broker.', ''];
  out.push(`**Date:** ${WRITE_ON.slice(0, 40)}`, '');
  let n = 0;
  for (const g of SURVEY) {
    out.push(`## ${esc(g.label)}`, '');
    for (const q of g.questions) {
      n++;
      out.push(`**${n}. ${esc(q.label)}**`, '');
      if (q.kind === 'text') out.push(WRITE_ON, '', WRITE_ON, '');
      else {
        const items = q.list ? CHOICES[q.list].map((c) => c.label) : input.partners.map((p) => p.name);
        out.push(items.map((label) => `☐ ${esc(label)}`).join('\\\n'), '');
      }
    }
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
