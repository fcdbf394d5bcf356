/**
 * One partner's answers to the review questionnaire (src/core/lifecycle/review-survey.ts), checked against its
 * choice lists and the stakeholders, as the entries `partner review import` merges into reviews/<date>.yaml.
 */
import { BENEFITS, CHOICES, FUNCTIONING, SURVEY_QUESTIONS } from '../../lifecycle/review-survey.js';
import type { ResponseRow } from './responses.js';

export interface PartnerAnswers {
  stakeholder: string;
  place: string;
  respondent: { stakeholder: string; by?: string; answered_on?: string; via: string };
  project: { stakeholder: string; delivery?: Rated; impact?: Rated };
  functioning: Record<string, unknown> & { stakeholder: string };
  value: Record<string, unknown> & { stakeholder: string };
}

type Rated = { rating: string; comment?: string };

/** A value from the responses as it may be echoed to a terminal: control characters (escapes) shown as \u{..}, at most 60 characters. */
function shown(value: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
  return safe.length > 60 ? `${safe.slice(0, 59)}…` : safe;
}

export interface AnswerProblem {
  place: string;
  message: string;
  hint: string;
}

/** The answers of each row, or the problems that keep a row out (unknown partner, a value outside its list). */
export function answersOf(rows: readonly ResponseRow[], partners: ReadonlyMap<string, string>, via: string): { answers: PartnerAnswers[]; problems: AnswerProblem[] } {
  const answers: PartnerAnswers[] = [];
  const problems: AnswerProblem[] = [];
  const seen = new Map<string, string>();
  for (const row of rows) {
    const v = row.values;
    const partner = v.get('partner');
    if (!partner) {
      problems.push({ place: row.place, message: 'says no partner (the question "Which partner do you answer for?")', hint: 'Fill in `partner` with the stakeholder id of the partner that answered.' });
      continue;
    }
    if (!partners.has(partner)) {
      problems.push({ place: row.place, message: `names the partner \`${shown(partner)}\`, which stakeholders.yaml does not list`, hint: `Use one of: ${[...partners.keys()].join(', ')}.` });
      continue;
    }
    const earlier = seen.get(partner);
    if (earlier) {
      problems.push({ place: row.place, message: `answers again for \`${partner}\`, already answered in ${earlier}`, hint: 'Keep one set of answers per partner in the file.' });
      continue;
    }
    seen.set(partner, row.place);
    const bad = SURVEY_QUESTIONS.filter((q) => q.list && v.has(q.name) && !CHOICES[q.list].some((c) => c.name === v.get(q.name)));
    if (bad.length) {
      for (const q of bad) problems.push({ place: row.place, message: `answers \`${q.name}\` with \`${shown(v.get(q.name)!)}\``, hint: `Use one of: ${CHOICES[q.list!].map((c) => c.name).join(', ')}.` });
      continue;
    }
    answers.push(answerOf(partner, row, via));
  }
  return { answers, problems };
}

function answerOf(stakeholder: string, row: ResponseRow, via: string): PartnerAnswers {
  const v = row.values;
  const text = (name: string) => v.get(name);
  const rated = (name: string): Rated | undefined => {
    const rating = text(`${name}_rating`);
    return rating ? { rating, ...(text(`${name}_comment`) ? { comment: text(`${name}_comment`)! } : {}) } : undefined;
  };
  const compact = <T extends Record<string, unknown>>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined && !(typeof x === 'object' && x !== null && Object.keys(x).length === 0))) as T;
  const levels = compact(Object.fromEntries(BENEFITS.map((b) => [b.key, text(`benefit_${b.key}`)])));
  return {
    stakeholder,
    place: row.place,
    respondent: compact({ stakeholder, by: text('respondent'), answered_on: dateOf(text('today') ?? text('_submission_time')), via }),
    project: compact({ stakeholder, delivery: rated('delivery'), impact: rated('impact') }),
    functioning: compact({ stakeholder, ...Object.fromEntries(FUNCTIONING.map((f) => [f.key, rated(f.key)])) }),
    value: compact({
      stakeholder,
      benefit_levels: levels,
      costs: text('costs'),
      costs_level: text('costs_level'),
      worth_it: text('worth_it'),
      society: compact({ level: text('society_level'), comment: text('society_comment') }),
      best_approach: compact({ for_goal: text('best_for_goal'), for_us: text('best_for_us') }),
      fair_sharing: compact({ rating: text('fair_sharing'), comment: text('fair_comment') }),
      learning: text('learning'),
    }),
  };
}

/** A date as YYYY-MM-DD: from ISO text (`2026-06-30`, `2026-06-30T10:00:00Z`) or a spreadsheet's day number. */
export function dateOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value)?.[1];
  if (iso) return iso;
  if (/^\d{5}(\.\d+)?$/.test(value)) return new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(value)) * 86400000).toISOString().slice(0, 10);
  return undefined;
}
