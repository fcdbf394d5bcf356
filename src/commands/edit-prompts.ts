import { buildEntry, pairShape, type EntryKind } from '../core/record/edit/entries.js';
import { choicesOf, inquirerPrompter, type Prompter } from './init-prompts.js';
import type { Field } from '../core/record/edit/fields.js';
import { entriesOf, readData, stakeholdersOf } from '../core/record/edit/folder-data.js';
import { decisionKinds, meetingChoices, type MeetingAnswers, type SeededAgenda } from '../core/record/edit/meeting.js';
import { isValidDate } from '../core/base/dates.js';
import { reviewChoices, type Aspect, type RatedAnswer, type ReviewAnswers } from '../core/record/edit/review.js';
import { relOf } from '../core/record/edit/entries.js';

/** The questions `add` and `record` ask: the same three kinds as `init` (@inquirer/prompts, or a script in tests). */
export type EditPrompter = Prompter;
export { inquirerPrompter };

const SKIP = { name: '(skip: not known yet)', value: '' };

/**
 * Asks for every field the flags left open, in the schema's order, each answer checked as it is typed against the
 * same schema `partner check` uses (a bad answer is asked again, never written). Returns the answers as flags.
 */
export async function askEntry(kind: EntryKind, fields: Field[], given: ReadonlyMap<string, string | readonly string[]>, dir: string, p: EditPrompter, needed = false): Promise<Map<string, string | string[]>> {
  const answers = new Map<string, string | string[]>();
  const all = new Map<string, string | readonly string[]>(given);
  const fileData = kind.list ? readData(dir, relOf(kind)) : undefined;
  /** The problem with `value` for `field`, as the schema and the references see it (other fields not yet asked aside). */
  const check = (field: Field, value: string | string[]): true | string => {
    const trial = new Map(all);
    trial.set(field.flag, value);
    const problem = buildEntry(kind, trial, dir, fileData).problems.find((pr) => pr.field === field || pr.field?.flag === field.flag);
    return problem ? capitalise(problem.message) : true;
  };
  const groupsAsked = new Map<string, boolean>();
  for (const field of fields) {
    if ((field.items && !pairShape(field)) || all.has(field.flag) || (field.path.length === 1 && field.path[0] === 'id')) continue;
    if (kind.file === 'assessments' && field.path[0] === 'stakeholder') continue;
    if (field.path.length > 1 && !needed) {
      // A group of fields (a representative, a baseline): asked only if the broker wants to fill it in.
      const group = field.path[0]!;
      if (!groupsAsked.has(group)) {
        const title = groupTitle(kind, group);
        groupsAsked.set(group, await p.confirm({ message: `Add ${title}?`, default: false }));
      }
      if (!groupsAsked.get(group)) continue;
    }
    const value = await askField(needed ? { ...field, required: true } : field, dir, p, check);
    if (value === undefined || (Array.isArray(value) && !value.length)) continue;
    answers.set(field.flag, value);
    all.set(field.flag, value);
  }
  return answers;
}

async function askField(field: Field, dir: string, p: EditPrompter, check: (f: Field, v: string | string[]) => true | string): Promise<string | string[] | undefined> {
  const label = `${field.title}${field.required ? '' : ' (optional)'}`;
  if (field.stakeholder && !field.list) {
    const choices = stakeholdersOf(dir).map((s) => ({ name: s.name ? `${s.name} (${s.id})` : s.id, value: s.id }));
    if (choices.length) return optionalChoice(await p.select({ message: `${label}:`, choices: field.required ? choices : [SKIP, ...choices] }));
  }
  if (field.enum && !field.list) {
    const choices = choicesOf(field.enum, field.enumWords);
    return optionalChoice(await p.select({ message: `${label}: ${shortDescription(field)}`, choices: field.required ? choices : [SKIP, ...choices] }));
  }
  const pair = pairShape(field);
  if (pair) {
    // One entry at a time: its kind from a list, then its text (an assessment's resources and assumptions).
    const list: string[] = [];
    while (await p.confirm({ message: list.length ? `Another: ${field.title.toLowerCase()}?` : `${field.title}: ${shortDescription(field)} Add one?`, default: false })) {
      const first = await p.select({ message: `${pair[0].title}:`, choices: choicesOf(pair[0].enum!, pair[0].enumWords) });
      const second = (await p.input({ message: `${pair[1].title}:`, validate: (v) => (v.trim() === '' ? `Please write the ${pair[1].title.toLowerCase()}.` : check(field, [...list, `${first}: ${v.trim()}`])) })).trim();
      list.push(`${first}: ${second}`);
    }
    return list;
  }
  if (field.list) {
    const list: string[] = [];
    for (;;) {
      const n = list.length + 1;
      const typed = (await p.input({
        message: `${field.title} ${n}${field.enum ? ` (${field.enum.join(', ')})` : ''}${n === 1 ? `: ${shortDescription(field)}` : ''} (Enter to finish):`,
        validate: (v) => (v.trim() === '' ? true : check(field, [...list, v.trim()])),
      })).trim();
      if (!typed) return list;
      list.push(typed);
    }
  }
  const hint = field.format === 'date' ? ' (YYYY-MM-DD)' : field.type === 'number' ? ' (a number)' : '';
  const typed = (await p.input({
    message: `${label}${hint}: ${shortDescription(field)}${field.required ? '' : ' (Enter to skip)'}`,
    validate: (v) => (v.trim() === '' ? (field.required ? `${field.title} is required.` : true) : check(field, v.trim())),
  })).trim();
  return typed || undefined;
}

function optionalChoice(value: string): string | undefined {
  return value === '' ? undefined : value;
}

/** The description without its list of values (the choices show those), in one short sentence. */
function shortDescription(field: Field): string {
  const d = field.description.replace(/\s+/g, ' ').trim();
  if (!d) return '';
  const first = d.split(/(?<=\.)\s/)[0]!;
  return first.length > 140 ? `${first.slice(0, 137)}...` : first;
}

/** A group of fields asked about as a whole, in words (never a field name); `{noun}` is the kind of entry. */
const GROUP_WORDS: Readonly<Record<string, string>> = {
  iati: 'the IATI details (for `partner export iati`) of this {noun}',
  acceptance: 'this {noun}\'s acceptance of the agreement',
  former: 'when and why this {noun} left the partnership or was spun off',
};

function groupTitle(kind: EntryKind, group: string): string {
  return (GROUP_WORDS[group] ?? `the ${group.replace(/_/g, ' ')} of this {noun}`).replaceAll('{noun}', kind.noun);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Asks for a meeting what the flags left open: when and what kind, where, who convened and moderated, who came,
 * the agenda (offering the actions still open from earlier meetings), viewpoints, decisions and action items.
 */
export async function askMeeting(given: MeetingAnswers, dir: string, seeded: SeededAgenda, p: EditPrompter): Promise<MeetingAnswers> {
  const c = meetingChoices();
  const a: MeetingAnswers = { ...given };
  a.date = (await p.input({ message: 'Date of the meeting (YYYY-MM-DD):', default: given.date, validate: (v) => isValidDate(v.trim()) || 'Write the date as YYYY-MM-DD, such as 2025-06-30.' })).trim();
  if (!given.kind) a.kind = optionalChoice(await p.select({ message: 'Kind of meeting:', choices: [SKIP, ...choicesOf(c.kind, c.words)] }));
  if (!given.title) a.title = (await p.input({ message: 'Title, in a few words (Enter to skip):' })).trim() || undefined;
  const bodies = entriesOf(dir, 'decision-rules.yaml', 'bodies');
  if (!given.body && bodies.length) a.body = optionalChoice(await p.select({ message: 'Which body met (its quorum applies to the decisions)?', choices: [{ name: '(none: not a meeting of a body)', value: '' }, ...bodies.map((b) => ({ name: b.name ? `${b.name} (${b.id})` : b.id, value: b.id }))] }));
  if (!given.venueKind) a.venueKind = optionalChoice(await p.select({ message: 'Venue:', choices: [SKIP, ...choicesOf(c.venueKind, c.words)] }));
  if (!given.venue) a.venue = (await p.input({ message: 'The place, in words (Enter to skip):' })).trim() || undefined;
  if (!given.convener) a.convener = (await p.input({ message: 'Who convened it (a stakeholder\'s name links it; Enter to skip):' })).trim() || undefined;
  if (!given.moderator) a.moderator = (await p.input({ message: 'Who moderated it (Enter to skip):' })).trim() || undefined;
  const stakeholders = stakeholdersOf(dir);
  if (!given.present && !given.apologies && !given.absent && stakeholders.length) {
    a.present = [];
    a.apologies = [];
    a.absent = [];
    const representatives = representativesOf(dir);
    for (const s of stakeholders) {
      const attendance = await p.select({ message: `${s.name ?? s.id}:`, choices: [{ name: 'not invited', value: '' }, { name: 'present', value: 'present' }, { name: 'sent apologies', value: 'apologies' }, { name: 'absent', value: 'absent' }] });
      if (!attendance) continue;
      const known = representatives.get(s.id);
      const people = attendance === 'present' ? (await p.input({ message: `Who came for ${s.name ?? s.id}? (names separated by ;, Enter to skip)`, ...(known ? { default: known } : {}) })).trim() : '';
      a[attendance as 'present' | 'apologies' | 'absent']!.push(people ? `${s.id}: ${people}` : s.id);
    }
  }
  if (!given.agenda) {
    const { actions, next } = seeded;
    const agenda = actions.length && (await p.confirm({ message: `Start the agenda with the ${actions.length === 1 ? 'action' : `${actions.length} actions`} still open from earlier meetings?`, default: true })) ? [...actions] : [];
    if (next && (await p.confirm({ message: `Add what the partnership still needs before ${next.phase} (${next.items.length === 1 ? '1 item' : `${next.items.length} items`}, as \`partner status\` lists them)?`, default: false }))) agenda.push(...next.items);
    a.agenda = [...agenda, ...(await askList(p, 'Agenda item', agenda.length))];
  }
  if (!given.viewpoints) {
    a.viewpoints = [];
    while (await p.confirm({ message: a.viewpoints.length ? 'Record another viewpoint?' : 'Record a viewpoint shared at the meeting?', default: false })) {
      const who = stakeholders.length ? await p.select({ message: 'Whose view?', choices: [{ name: '(no one in particular)', value: '' }, ...stakeholders.map((s) => ({ name: s.name ?? s.id, value: s.id }))] }) : '';
      const text = (await p.input({ message: 'The view, in a sentence or two:', validate: (v) => v.trim() !== '' || 'Please write the view, or press Ctrl+C to stop.' })).trim();
      a.viewpoints.push(who ? `${who}: ${text}` : text);
    }
  }
  if (!given.decisions) {
    a.decisions = [];
    const kinds = decisionKinds(dir);
    for (;;) {
      const text = (await p.input({ message: `Decision ${a.decisions.length + 1} (Enter to finish):` })).trim();
      if (!text) break;
      const rule = kinds.length ? await p.select({ message: 'Made under which decision rule?', choices: [{ name: '(none)', value: '' }, ...kinds.map((k) => ({ name: k, value: k }))] }) : '';
      a.decisions.push(rule ? `${text} | ${rule}` : text);
    }
  }
  if (!given.actions) {
    a.actions = [];
    for (;;) {
      const text = (await p.input({ message: `Action item ${a.actions.length + 1}: what is to be done (Enter to finish):`, validate: (v) => !v.includes('|') || 'Please leave out the | character.' })).trim();
      if (!text) break;
      const owner = stakeholders.length ? await p.select({ message: 'Who does it?', choices: [{ name: '(not decided)', value: '' }, ...stakeholders.map((s) => ({ name: s.name ?? s.id, value: s.id }))] }) : '';
      const due = (await p.input({ message: 'Due by (YYYY-MM-DD, Enter to skip):', validate: (v) => v.trim() === '' || isValidDate(v.trim()) || 'Write the date as YYYY-MM-DD, such as 2025-07-07.' })).trim();
      a.actions.push([text, owner, due].join(' | ').replace(/( \| )+$/, ''));
    }
  }
  if (!given.notes) a.notes = (await p.input({ message: 'Anything else to keep (Enter to skip):' })).trim() || undefined;
  return a;
}

/** Each stakeholder's representative in stakeholders.yaml, by id: who usually comes for it. */
function representativesOf(dir: string): Map<string, string> {
  const list = readData(dir, 'stakeholders.yaml')?.stakeholders;
  const out = new Map<string, string>();
  if (Array.isArray(list)) for (const s of list as { id?: unknown; representative?: { name?: unknown } }[]) if (typeof s?.id === 'string' && typeof s.representative?.name === 'string') out.set(s.id, s.representative.name);
  return out;
}

async function askList(p: EditPrompter, what: string, from: number): Promise<string[]> {
  const list: string[] = [];
  for (;;) {
    const typed = (await p.input({ message: `${what} ${from + list.length + 1} (Enter to finish):` })).trim();
    if (!typed) return list;
    list.push(typed);
  }
}

/**
 * Walks seed 002's Fig. 1 for a review: the date and period, who takes part, project delivery and impact, then for
 * each partner the five aspects of how the partnership works (red/amber/green, with a comment) and the value of
 * partnering to it, then learning, decisions and the next review.
 */
export async function askReview(given: ReviewAnswers, dir: string, flagged: { participants: boolean; ratings: boolean }, p: EditPrompter): Promise<ReviewAnswers> {
  const c = reviewChoices();
  const a: ReviewAnswers = { ...given };
  const date = (message: string, fallback?: string, optional = false) =>
    p.input({ message, ...(fallback ? { default: fallback } : {}), validate: (v) => (optional && v.trim() === '') || isValidDate(v.trim()) || 'Write the date as YYYY-MM-DD, such as 2025-06-30.' }).then((v) => v.trim() || undefined);
  a.date = (await date('Date of the review (YYYY-MM-DD):', given.date))!;
  a.from = await date('The period reviewed starts on (YYYY-MM-DD, Enter to skip):', given.from, true);
  if (a.from) a.to = await date('... and ends on:', given.to ?? a.date);
  const stakeholders = stakeholdersOf(dir);
  const nameOf = (id: string) => stakeholders.find((s) => s.id === id)?.name ?? id;
  if (!flagged.participants) {
    const chosen: string[] = [];
    for (const s of stakeholders) if (await p.confirm({ message: `Does ${s.name ?? s.id} take part in the review?`, default: (given.participants ?? []).includes(s.id) })) chosen.push(s.id);
    a.participants = chosen;
  }
  const rating = async (message: string): Promise<RatedAnswer | undefined> => {
    const r = optionalChoice(await p.select({ message, choices: [{ name: '(not rated)', value: '' }, ...choicesOf(c.ratings, c.words.rating)] }));
    if (!r) return undefined;
    const comment = (await p.input({ message: 'Why, in a sentence (Enter to skip):' })).trim();
    return { rating: r, ...(comment ? { comment } : {}) };
  };
  if (!given.delivery) a.delivery = await rating('Project delivery: is the project doing what was planned?');
  if (!given.impact) a.impact = await rating('Impact: is it changing what it set out to change?');
  if (!flagged.ratings) {
    a.functioning = [];
    a.value = [];
    for (const id of a.participants ?? []) {
      const ratings: Partial<Record<Aspect, RatedAnswer>> = {};
      for (const aspect of c.aspects) {
        const r = await rating(`${nameOf(id)}, ${aspect.title.toLowerCase()}:`);
        if (r) ratings[aspect.id] = r;
      }
      if (Object.keys(ratings).length) a.functioning.push({ stakeholder: id, ratings });
      const benefits = await askList(p, `What ${nameOf(id)} gains from the partnership: benefit`, 0);
      const costs = (await p.input({ message: `What taking part costs ${nameOf(id)} (Enter to skip):` })).trim();
      const worthIt = optionalChoice(await p.select({ message: `Is it worth it for ${nameOf(id)}?`, choices: [{ name: '(not asked)', value: '' }, ...choicesOf(c.worthIt, c.words.worthIt)] }));
      if (benefits.length || costs || worthIt) a.value.push({ stakeholder: id, ...(benefits.length ? { benefits } : {}), ...(costs ? { costs } : {}), ...(worthIt ? { worthIt } : {}) });
    }
  }
  if (!given.learning) a.learning = (await p.input({ message: 'What the partners learned (Enter to skip):' })).trim() || undefined;
  if (!given.decisions) {
    a.decisions = [];
    for (;;) {
      const kind = optionalChoice(await p.select({ message: a.decisions.length ? 'Another decision?' : 'Decisions: what did the partners decide?', choices: [{ name: '(no more decisions)', value: '' }, ...choicesOf(c.decisionKinds, c.words.decision)] }));
      if (!kind) break;
      const text = (await p.input({ message: 'What was decided, in a sentence:', validate: (v) => (v.trim() !== '' && !v.includes('|')) || 'Please write the decision (without the | character).' })).trim();
      a.decisions.push(`${kind} | ${text}`);
    }
  }
  if (!given.nextReview) a.nextReview = await date('Date of the next review (YYYY-MM-DD, Enter to skip):', undefined, true);
  return a;
}
