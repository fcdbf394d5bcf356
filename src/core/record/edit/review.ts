import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isValidDate } from '../../base/dates.js';
import { UsageError } from '../../base/diagnostic.js';
import type { ReviewFile } from '../../../model/index.js';
import { didYouMean } from '../../../util/did-you-mean.js';
import { fieldsOf } from './fields.js';
import { findEntry, readData, stakeholdersOf } from './folder-data.js';
import { assertStillValid, type WritePlan } from './plan.js';
import { newFileText } from './new-file.js';

/** The five aspects of partnership functioning each partner rates (seed 002, Fig. 1), in the schema's order. */
export const ASPECTS = ['decision_making', 'roles', 'communication', 'working_relations', 'resources'] as const;
export type Aspect = (typeof ASPECTS)[number];

export interface RatedAnswer {
  rating: string;
  comment?: string;
}

/** What `partner record review` takes, from flags or the prompts (seed 002, Phase 3 and Fig. 1). */
export interface ReviewAnswers {
  date: string;
  from?: string;
  to?: string;
  participants?: string[];
  delivery?: RatedAnswer;
  impact?: RatedAnswer;
  /** By stakeholder (id or name): the aspects it rated. */
  functioning?: { stakeholder: string; ratings: Partial<Record<Aspect, RatedAnswer>> }[];
  value?: { stakeholder: string; benefits?: string[]; costs?: string; worthIt?: string }[];
  learning?: string;
  /** "<kind> | <description>" or "<kind> | <description> | <stakeholder>". */
  decisions?: string[];
  nextReview?: string;
}

/** The review file's vocabularies and the words of each aspect, from its schema. */
export function reviewChoices(): { ratings: string[]; worthIt: string[]; decisionKinds: string[]; aspects: { id: Aspect; title: string; description: string }[]; words: { rating: Record<string, string>; worthIt: Record<string, string>; decision: Record<string, string> } } {
  const functioning = fieldsOf('reviews', ['functioning', '[]']);
  const aspects = ASPECTS.map((id) => {
    const f = functioning.find((x) => x.path[0] === id && x.path[1] === 'rating');
    return { id, title: titleOfAspect(id), description: f?.description ?? '' };
  });
  const value = fieldsOf('reviews', ['value_of_partnering', '[]']);
  const decisions = fieldsOf('reviews', ['decisions', '[]']);
  const rating = functioning.find((x) => x.path[1] === 'rating');
  const worthIt = value.find((x) => x.path[0] === 'worth_it');
  const kind = decisions.find((x) => x.path[0] === 'kind');
  return {
    ratings: rating?.enum ?? ['green', 'amber', 'red'],
    worthIt: worthIt?.enum ?? [],
    decisionKinds: kind?.enum ?? [],
    aspects,
    words: { rating: rating?.enumWords ?? {}, worthIt: worthIt?.enumWords ?? {}, decision: kind?.enumWords ?? {} },
  };
}

function titleOfAspect(id: Aspect): string {
  return { decision_making: 'Decision-making', roles: 'Roles and responsibilities', communication: 'Communication', working_relations: 'Working relations', resources: 'Resources' }[id];
}

/** The partners a review asks by default: the active partners, then pilots (seed 002: partners review together). */
export function defaultParticipants(dir: string): string[] {
  const list = readData(dir, 'stakeholders.yaml')?.stakeholders;
  if (!Array.isArray(list)) return [];
  const items = list as { id?: unknown; engagement?: unknown }[];
  return items.filter((s) => s.engagement === 'active-partner' || s.engagement === 'pilot').map((s) => s.id).filter((id): id is string => typeof id === 'string');
}

/** The date of the latest review before `date`, where the new review's period starts. */
export function previousReview(dir: string, date: string): string | undefined {
  try {
    return readdirSync(join(dir, 'reviews')).map((n) => n.replace(/\.yaml$/, '')).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && d < date).sort().pop();
  } catch {
    return undefined;
  }
}

/** `opp:decision_making=green` (or `opp:decision-making=amber: slow replies`) → the stakeholder, aspect and rating. */
export function parseRating(raw: string): { stakeholder: string; aspect: Aspect; rated: RatedAnswer } {
  const m = /^(.+?):\s*([a-z_-]+)\s*=\s*([a-z]+)(?:\s*:\s*(.*))?$/i.exec(raw.trim());
  const usage = 'Write it as "<stakeholder>:<aspect>=<rating>", e.g. "opp:communication=amber", with an optional ": <comment>" after it.';
  if (!m) throw new UsageError(`--rating "${raw}" is not "<stakeholder>:<aspect>=<rating>".`, usage);
  const aspect = m[2]!.toLowerCase().replace(/-/g, '_');
  if (!(ASPECTS as readonly string[]).includes(aspect)) {
    const guess = didYouMean(aspect, ASPECTS);
    throw new UsageError(`--rating "${raw}": "${m[2]}" is not an aspect${guess ? `; did you mean ${guess}?` : '.'}`, `The aspects: ${ASPECTS.join(', ')}.`);
  }
  return { stakeholder: m[1]!.trim(), aspect: aspect as Aspect, rated: { rating: m[3]!.toLowerCase(), ...(m[4]?.trim() ? { comment: m[4].trim() } : {}) } };
}

/** The review file from the answers; stakeholders given by id or name are linked by id. */
export function buildReview(dir: string, a: ReviewAnswers): ReviewFile {
  const stakeholders = stakeholdersOf(dir);
  const sh = (given: string) => findEntry(stakeholders, given.trim(), 'stakeholder', 'stakeholders.yaml').id;
  const c = reviewChoices();
  const rated = (r: RatedAnswer | undefined, what: string) => {
    if (!r) return undefined;
    if (!c.ratings.includes(r.rating)) throw new UsageError(`${what}: "${r.rating}" is not a rating.`, `Use ${c.ratings.join(', ')} (green: working well, amber: needs attention, red: not working).`);
    return { rating: r.rating, ...(r.comment?.trim() ? { comment: r.comment.trim() } : {}) };
  };
  const period = a.from || a.to ? { from: a.from ?? a.to!, to: a.to ?? a.date } : undefined;
  const impacts = { ...(a.delivery ? { delivery: rated(a.delivery, 'project delivery') } : {}), ...(a.impact ? { impact: rated(a.impact, 'impact') } : {}) };
  const functioning = (a.functioning ?? []).map((f) => {
    const id = sh(f.stakeholder);
    const entry: Record<string, unknown> = { stakeholder: id };
    for (const aspect of ASPECTS) if (f.ratings[aspect]) entry[aspect] = rated(f.ratings[aspect], `${id}, ${aspect}`);
    return entry;
  });
  const value = (a.value ?? []).map((v) => {
    if (v.worthIt && !c.worthIt.includes(v.worthIt)) throw new UsageError(`"${v.worthIt}" is not an answer to "worth it?".`, `Use ${c.worthIt.join(', ')}.`);
    return { stakeholder: sh(v.stakeholder), ...(v.benefits?.length ? { benefits: v.benefits } : {}), ...(v.costs?.trim() ? { costs: v.costs.trim() } : {}), ...(v.worthIt ? { worth_it: v.worthIt } : {}) };
  });
  const decisions = (a.decisions ?? []).map((raw) => {
    const [kind = '', description = '', who] = raw.split('|').map((s) => s.trim());
    const normal = kind.toLowerCase().replace(/\s+/g, '-');
    if (!c.decisionKinds.includes(normal)) {
      const guess = didYouMean(normal, c.decisionKinds);
      throw new UsageError(`--decision "${raw}": "${kind}" is not a kind of review decision${guess ? `; did you mean ${guess}?` : '.'}`, `Write it as "<kind> | <what was decided>", the kind one of: ${c.decisionKinds.join(', ')}.`);
    }
    if (!description) throw new UsageError(`--decision "${raw}" says no more than its kind.`, 'Write it as "<kind> | <what was decided>".');
    return { kind: normal, description, ...(who ? { stakeholder: sh(who) } : {}) };
  });
  return {
    date: a.date,
    ...(period ? { period } : {}),
    ...(a.participants?.length ? { participants: a.participants.map(sh) } : {}),
    ...(Object.keys(impacts).length ? { project_impacts: impacts } : {}),
    ...(functioning.length ? { functioning } : {}),
    ...(value.length ? { value_of_partnering: value } : {}),
    ...(a.learning?.trim() ? { learning: a.learning.trim() } : {}),
    ...(decisions.length ? { decisions } : {}),
    ...(a.nextReview ? { next_review: a.nextReview } : {}),
  } as ReviewFile;
}

/** Plans reviews/<date>.yaml: a new file, checked as `partner check` would. Never writes. */
export function planReview(dir: string, a: ReviewAnswers, today: string): { plan: WritePlan; review: ReviewFile } {
  if (!isValidDate(a.date)) throw new UsageError(`"${a.date}" is not a valid date for the review.`, 'Write it as YYYY-MM-DD.');
  const rel = `reviews/${a.date}.yaml`;
  if (existsSync(join(dir, rel))) throw new UsageError(`${join(dir, rel)} already exists; nothing was written.`, `Change it with \`partner set reviews/${a.date}:<field> <value>\`, or edit it.`);
  const review = buildReview(dir, a);
  const text = newFileText(dir, 'reviews', rel, review as unknown as Record<string, unknown>, `The review of ${a.date} (seed 002, Phase 3 and Fig. 1): project impacts, how the partnership works for each partner (red/amber/green), the value of partnering, learning and decisions. \`partner render review\` reports it.`);
  assertStillValid(dir, rel, text, today);
  return { plan: { path: join(dir, rel), rel, text, base: null }, review };
}
