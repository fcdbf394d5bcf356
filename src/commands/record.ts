import type { Io } from '../cli/io.js';
import { today } from '../core/base/dates.js';
import { ExitCode, UsageError } from '../core/base/diagnostic.js';
import { meetingRel, planMeeting, seededAgenda, type MeetingAnswers } from '../core/record/edit/meeting.js';
import { partnershipDir } from '../core/folder/discover.js';
import { planCommitmentStatus, planMeasurement } from '../core/record/edit/record.js';
import { planObservation } from '../core/record/edit/agreeing.js';
import { formatDate } from '../core/base/wording.js';
import { parseTarget, planSet } from '../core/record/edit/set.js';
import { defaultParticipants, parseRating, planReview, previousReview, type Aspect, type RatedAnswer, type ReviewAnswers } from '../core/record/edit/review.js';
import { writePlan } from './write-plan.js';
import { inertLine } from '../format/inert.js';

export interface RecordCliOptions {
  dir?: string;
  value?: string;
  date?: string;
  note?: string;
  text?: string;
  by?: string;
}

/**
 * `partner record measurement <indicator> --value <n> [--date <d>] [--note <text>]`, or with --text a qualitative
 * measurement (an observation in words, seed 002 Fig. 1).
 */
export function runRecordMeasurement(indicator: string, options: RecordCliOptions, io: Io): number {
  const dir = partnershipDir(options.dir ?? '.');
  const now = today();
  if (options.text !== undefined) {
    if (options.value !== undefined) throw new UsageError('Give either --value (a number) or --text (an observation in words), not both.', 'Record the number and the observation with two commands.');
    const { plan, label } = planObservation(dir, indicator, { text: options.text, date: options.date ?? now, by: options.by }, now);
    writePlan(plan);
    io.stdout.write(`Recorded an observation for ${inertLine(label)} on ${formatDate(options.date ?? now) ?? options.date ?? now} in ${inertLine(plan.path)}.\n`);
    return ExitCode.Ok;
  }
  const { plan, name, measurement } = planMeasurement(dir, indicator, { value: options.value, date: options.date ?? now, note: options.note }, now);
  writePlan(plan);
  io.stdout.write(`Recorded ${measurement.value} for the indicator “${inertLine(name)}” on ${measurement.date} in ${inertLine(plan.path)}.\n`);
  return ExitCode.Ok;
}

/** `partner record commitment-status <commitment> <status> [--date <d>]`. */
export function runRecordCommitmentStatus(commitment: string, status: string, options: RecordCliOptions, io: Io): number {
  const dir = partnershipDir(options.dir ?? '.');
  const now = today();
  const { plan, name, from } = planCommitmentStatus(dir, commitment, status, options.date ?? now, now);
  writePlan(plan);
  io.stdout.write(`The commitment “${inertLine(name)}” is now ${status.trim().toLowerCase().replace(/[-\s]+/g, ' ')}${from ? ` (was ${from.replace(/-/g, ' ')})` : ''}, in ${inertLine(plan.path)}.\n`);
  return ExitCode.Ok;
}

/** `partner set <file>:<path> <value>`. */
export function runSet(target: string, values: string[], options: { dir?: string; add?: boolean }, io: Io): number {
  const dir = partnershipDir(options.dir ?? '.');
  const { plan, value: typed, linked, added } = planSet(dir, parseTarget(target), values, today(), { add: options.add === true });
  writePlan(plan);
  const what = Array.isArray(typed) ? typed.map((v) => JSON.stringify(v)).join(', ') : typed && typeof typed === 'object' ? Object.entries(typed).map(([k, v]) => `${k} ${JSON.stringify(v)}`).join(', ') : JSON.stringify(typed);
  io.stdout.write(`${added ? `Added ${inertLine(what)} to ${inertLine(target)}` : `Set ${inertLine(target)} to ${inertLine(what)}`} in ${inertLine(plan.path)}.${linked ? ` It names the stakeholder \`${linked}\`, so it is linked to it.` : ''}\n`);
  return ExitCode.Ok;
}

/** The flags of `partner record meeting`: the answers, with the repeatable ones named in the singular. */
export type MeetingCliOptions = Partial<Omit<MeetingAnswers, 'viewpoints' | 'decisions' | 'actions'>> & {
  dir?: string;
  yes?: boolean;
  viewpoint?: string[];
  decision?: string[];
  action?: string[];
};

/** `partner record meeting`: a new file in meetings/, from flags (--yes) or by asking. */
export async function runRecordMeeting(options: MeetingCliOptions, io: Io): Promise<number> {
  const dir = partnershipDir(options.dir ?? '.');
  const now = today();
  let answers: MeetingAnswers = {
    date: options.date ?? now,
    ...(options.slug ? { slug: options.slug } : {}),
    ...(options.title ? { title: options.title } : {}),
    ...(options.kind ? { kind: options.kind } : {}),
    ...(options.body ? { body: options.body } : {}),
    ...(options.venueKind ? { venueKind: options.venueKind } : {}),
    ...(options.venue ? { venue: options.venue } : {}),
    ...(options.convener ? { convener: options.convener } : {}),
    ...(options.moderator ? { moderator: options.moderator } : {}),
    ...(options.present ? { present: options.present } : {}),
    ...(options.apologies ? { apologies: options.apologies } : {}),
    ...(options.absent ? { absent: options.absent } : {}),
    ...(options.agenda ? { agenda: options.agenda } : {}),
    ...(options.viewpoint ? { viewpoints: options.viewpoint } : {}),
    ...(options.decision ? { decisions: options.decision } : {}),
    ...(options.action ? { actions: options.action } : {}),
    ...(options.notes ? { notes: options.notes } : {}),
  };
  meetingRel(dir, answers.date, answers.slug); // refuse a taken file before asking anything
  if (!options.yes) {
    if (!io.stdinIsTTY) throw new UsageError('no terminal to ask questions in; pass --yes with the meeting as flags.', 'For example: partner record meeting --yes --date 2025-06-30 --kind steering --present opp --decision "Start the pilot" --action "Send the minutes | opp | 2025-07-07". See `partner record meeting --help`.');
    const { askMeeting, inquirerPrompter } = await import('./edit-prompts.js');
    answers = await askMeeting(answers, dir, seededAgenda(dir, now), await inquirerPrompter());
  }
  const { plan, meeting } = planMeeting(dir, answers, now);
  writePlan(plan);
  const open = meeting.actions?.length ?? 0;
  io.stdout.write(`Recorded the meeting of ${meeting.date} in ${plan.path}${open ? ` (${open === 1 ? '1 action item' : `${open} action items`})` : ''}.\nFor the summary to send to partners: partner render minutes ${plan.rel.slice(9, -5)}\n`);
  return ExitCode.Ok;
}

export interface ReviewCliOptions {
  dir?: string;
  yes?: boolean;
  date?: string;
  from?: string;
  to?: string;
  participant?: string[];
  delivery?: string;
  impact?: string;
  rating?: string[];
  learning?: string;
  decision?: string[];
  nextReview?: string;
}

/** `partner record review`: reviews/<date>.yaml along seed 002 Fig. 1, by asking or from flags (--yes). */
export async function runRecordReview(options: ReviewCliOptions, io: Io): Promise<number> {
  const dir = partnershipDir(options.dir ?? '.');
  const now = today();
  const date = options.date ?? now;
  const ratedFlag = (raw: string | undefined) => {
    if (!raw) return undefined;
    const [rating = '', ...comment] = raw.split(':');
    return { rating: rating.trim().toLowerCase(), ...(comment.join(':').trim() ? { comment: comment.join(':').trim() } : {}) };
  };
  const functioning = new Map<string, Partial<Record<Aspect, RatedAnswer>>>();
  for (const raw of options.rating ?? []) {
    const r = parseRating(raw);
    functioning.set(r.stakeholder, { ...(functioning.get(r.stakeholder) ?? {}), [r.aspect]: r.rated });
  }
  const from = options.from ?? previousReview(dir, date);
  let answers: ReviewAnswers = {
    date,
    ...(from ? { from } : {}),
    ...(options.to ? { to: options.to } : {}),
    participants: options.participant ?? defaultParticipants(dir),
    ...(options.delivery ? { delivery: ratedFlag(options.delivery)! } : {}),
    ...(options.impact ? { impact: ratedFlag(options.impact)! } : {}),
    ...(functioning.size ? { functioning: [...functioning].map(([stakeholder, ratings]) => ({ stakeholder, ratings })) } : {}),
    ...(options.learning ? { learning: options.learning } : {}),
    ...(options.decision ? { decisions: options.decision } : {}),
    ...(options.nextReview ? { nextReview: options.nextReview } : {}),
  };
  if (!options.yes) {
    if (!io.stdinIsTTY) throw new UsageError('no terminal to ask questions in; pass --yes with the review as flags.', 'For example: partner record review --yes --date 2025-06-30 --rating "opp:communication=amber: replies are slow" --decision "partner-continues | Renew for a year". See `partner record review --help`.');
    const { askReview, inquirerPrompter } = await import('./edit-prompts.js');
    answers = await askReview(answers, dir, { participants: options.participant !== undefined, ratings: functioning.size > 0 }, await inquirerPrompter());
  }
  const { plan, review } = planReview(dir, answers, now);
  writePlan(plan);
  io.stdout.write(`Recorded the review of ${review.date} in ${plan.path}.\nThe report: partner render review --review ${review.date}\n`);
  return ExitCode.Ok;
}
