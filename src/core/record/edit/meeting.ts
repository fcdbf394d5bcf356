import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isValidDate } from '../../base/dates.js';
import { UsageError } from '../../base/diagnostic.js';
import { openActions } from '../../check/rules/meetings.js';
import { checkPartnershipModel } from '../../check/check.js';
import { checklist } from '../../check/requirements.js';
import { isPhase, PHASES } from '../../folder/layout.js';
import type { MeetingFile } from '../../../model/index.js';
import { fieldsOf } from './fields.js';
import { entriesOf, findEntry, readData, stakeholdersOf, type Named } from './folder-data.js';
import { idFromName, sameName } from './ids.js';
import { assertStillValid, type WritePlan } from './plan.js';
import { newFileText } from './new-file.js';

/** What `partner record meeting` takes: from flags or from the prompts, in a broker's words. */
export interface MeetingAnswers {
  date: string;
  /** Words after the date in the file name, when several meetings share a day. */
  slug?: string;
  title?: string;
  kind?: string;
  body?: string;
  venueKind?: string;
  venue?: string;
  convener?: string;
  moderator?: string;
  /** Stakeholders by id or name, each with who came for it when known: "<stakeholder>: <person>; <person>". */
  present?: string[];
  apologies?: string[];
  absent?: string[];
  agenda?: string[];
  /** "<stakeholder>: <view>", or the view alone. */
  viewpoints?: string[];
  /** "<decision>", or "<decision> | <kind of decision in decision-rules.yaml>". */
  decisions?: string[];
  /** "<action> | <owner> | <due YYYY-MM-DD>"; owner and due may be left out. */
  actions?: string[];
  notes?: string;
}

/** The vocabularies of the meeting file, and what each value means (`words`, by value), from its schema. */
export function meetingChoices(): { kind: string[]; venueKind: string[]; actionStatus: string[]; words: Record<string, string> } {
  const fields = fieldsOf('meetings', []);
  const find = (path: string) => fields.find((f) => f.path.join('.') === path);
  const status = fieldsOf('meetings', ['actions', '[]']).find((f) => f.path[0] === 'status');
  return { kind: find('kind')?.enum ?? [], venueKind: find('venue.kind')?.enum ?? [], actionStatus: status?.enum ?? [], words: { ...find('venue.kind')?.enumWords, ...find('kind')?.enumWords } };
}

/** The kinds of decision in decision-rules.yaml, which a meeting's decision may name as its rule. */
export function decisionKinds(dir: string): string[] {
  const rules = readData(dir, 'decision-rules.yaml')?.decisions;
  return Array.isArray(rules) ? rules.map((r) => (r as { kind?: unknown })?.kind).filter((k): k is string => typeof k === 'string') : [];
}

/** What a new meeting's agenda can start from, as `partner status --format md` lists it. */
export interface SeededAgenda {
  /** The actions still open from earlier meetings, to follow up. */
  actions: string[];
  /** What the next phase still needs (seed 002: refer back to the plan), and that phase. */
  next?: { phase: string; items: string[] };
}

/** The agenda a new meeting can start from: open actions to follow up, and what the next phase still needs. */
export function seededAgenda(dir: string, today: string): SeededAgenda {
  const { model } = checkPartnershipModel(dir, { today });
  const actions = openActions(model).map((a) => `Follow up: ${a.text}${a.owner ? ` (${a.owner})` : ''}`);
  const phase = model.partnership?.phase;
  const next = isPhase(phase) ? PHASES[PHASES.indexOf(phase) + 1] : undefined;
  const items = next ? checklist(next, model).requirements.filter((r) => !r.done).map((r) => r.description) : [];
  return { actions, ...(next && items.length ? { next: { phase: next, items } } : {}) };
}

/** The new file's place: meetings/<date>[-slug].yaml, refused if it exists. */
export function meetingRel(dir: string, date: string, slug?: string): string {
  if (!isValidDate(date)) throw new UsageError(`"${date}" is not a valid date for the meeting.`, 'Write it as YYYY-MM-DD, such as 2025-06-30.');
  const words = slug ? idFromName(slug, [], '') : '';
  const rel = `meetings/${date}${words ? `-${words}` : ''}.yaml`;
  if (existsSync(join(dir, rel))) throw new UsageError(`${join(dir, rel)} already exists; nothing was written.`, `Give the meeting its own words with --slug (meetings/${date}-steering.yaml), or change the file with \`partner set ${rel.replace(/\.yaml$/, '')}:<field> <value>\`.`);
  return rel;
}

/**
 * Builds the meeting file from the answers: stakeholders given by id or name are linked by id, a convener or
 * moderator who is a stakeholder is linked too, and action items are parsed from "text | owner | due".
 */
export function buildMeeting(dir: string, a: MeetingAnswers): MeetingFile {
  const stakeholders = stakeholdersOf(dir);
  const sh = (given: string, what: string) => {
    try {
      return findEntry(stakeholders, given.trim(), 'stakeholder', 'stakeholders.yaml').id;
    } catch (error) {
      throw new UsageError(`${what}: ${(error as UsageError).message}`, (error as UsageError).hint);
    }
  };
  const c = meetingChoices();
  const oneOf = (what: string, value: string | undefined, allowed: string[]) => {
    if (value === undefined || value === '') return undefined;
    const normal = value.trim().toLowerCase().replace(/\s+/g, '-');
    if (!allowed.includes(normal)) throw new UsageError(`${what} "${value}" is not one of: ${allowed.join(', ')}.`);
    return normal;
  };
  const person = (name: string | undefined) => {
    if (!name?.trim()) return undefined;
    const match = stakeholders.find((s) => s.id === name.trim() || (s.name !== undefined && sameName(s.name, name)));
    return { name: match && match.id === name.trim() ? match.name ?? name.trim() : name.trim(), ...(match ? { stakeholder: match.id } : {}) };
  };
  // Seed 004 step 4 and the minutes: who came for each stakeholder, after a colon.
  const attendee = (raw: string, attendance: string) => {
    const colon = raw.indexOf(':');
    const whole = colon > 0 && stakeholders.some((s) => s.id === raw.trim() || (s.name !== undefined && sameName(s.name, raw)));
    const who = colon > 0 && !whole ? raw.slice(0, colon) : raw;
    const people = colon > 0 && !whole ? raw.slice(colon + 1).split(';').map((p) => p.trim()).filter(Boolean) : [];
    return { stakeholder: sh(who, `--${attendance}`), ...(people.length ? { representatives: people } : {}), attendance };
  };
  const attendees = [
    ...(a.present ?? []).map((s) => attendee(s, 'present')),
    ...(a.apologies ?? []).map((s) => attendee(s, 'apologies')),
    ...(a.absent ?? []).map((s) => attendee(s, 'absent')),
  ];
  const bodies = entriesOf(dir, 'decision-rules.yaml', 'bodies');
  const body = a.body?.trim() ? findEntry(bodies, a.body.trim(), 'body', 'decision-rules.yaml').id : undefined;
  const venueKind = oneOf('--venue-kind', a.venueKind, c.venueKind);
  const meeting: Record<string, unknown> = {
    date: a.date,
    ...(a.title?.trim() ? { title: a.title.trim() } : {}),
    ...(a.kind ? { kind: oneOf('--kind', a.kind, c.kind) } : {}),
    ...(body ? { body } : {}),
    ...(venueKind || a.venue?.trim() ? { venue: { ...(venueKind ? { kind: venueKind } : {}), ...(a.venue?.trim() ? { description: a.venue.trim() } : {}) } } : {}),
    ...(person(a.convener) ? { convener: person(a.convener) } : {}),
    ...(person(a.moderator) ? { moderator: person(a.moderator) } : {}),
    ...(attendees.length ? { attendees } : {}),
    ...(a.agenda?.length ? { agenda: a.agenda.map((x) => x.trim()).filter(Boolean) } : {}),
    ...(a.viewpoints?.length ? { viewpoints: a.viewpoints.map((v) => viewpoint(v, stakeholders)) } : {}),
    ...(a.decisions?.length ? { decisions: a.decisions.map((d) => decision(d, dir)) } : {}),
    ...(a.actions?.length ? { actions: a.actions.map((x) => action(x, sh)) } : {}),
    ...(a.notes?.trim() ? { notes: a.notes.trim() } : {}),
  };
  return meeting as unknown as MeetingFile;
}

function viewpoint(raw: string, stakeholders: readonly Named[]): { stakeholder?: string; text: string } {
  const colon = raw.indexOf(':');
  if (colon > 0) {
    const who = raw.slice(0, colon).trim();
    const match = stakeholders.find((s) => s.id === who || (s.name !== undefined && sameName(s.name, who)));
    if (match) return { stakeholder: match.id, text: raw.slice(colon + 1).trim() };
  }
  return { text: raw.trim() };
}

function decision(raw: string, dir: string): { text: string; rule?: string } {
  const [text = '', rule] = raw.split('|').map((s) => s.trim());
  if (!rule) return { text };
  const found = decisionKinds(dir).find((k) => sameName(k, rule));
  return { text, rule: found ?? rule };
}

function action(raw: string, sh: (given: string, what: string) => string): { text: string; owner?: string; due?: string; status: string } {
  const parts = raw.split('|').map((s) => s.trim());
  if (parts.length > 3 || !parts[0]) throw new UsageError(`--action "${raw}" is not "<what> | <owner> | <due>".`, 'For example: --action "Send the minutes | opp | 2025-07-07" (owner and due may be left out).');
  const [text, owner, due] = parts as [string, string?, string?];
  if (due && !isValidDate(due)) throw new UsageError(`--action "${raw}": "${due}" is not a valid date.`, 'Write it as YYYY-MM-DD, such as 2025-07-07.');
  return { text, ...(owner ? { owner: sh(owner, `--action "${raw}"`) } : {}), ...(due ? { due } : {}), status: 'open' };
}

/** Plans the new meeting file: commented like init's files, checked as `partner check` would. Never writes. */
export function planMeeting(dir: string, a: MeetingAnswers, today: string): { plan: WritePlan; meeting: MeetingFile } {
  const rel = meetingRel(dir, a.date, a.slug);
  const meeting = buildMeeting(dir, a);
  const text = newFileText(dir, 'meetings', rel, meeting as unknown as Record<string, unknown>, `The record of a meeting (seed 002: keep communicating between partners and maintain good records; seed 004 step 4). \`partner render minutes ${rel.slice(9, -5)}\` writes the summary for distribution.`);
  assertStillValid(dir, rel, text, today);
  return { plan: { path: join(dir, rel), rel, text, base: null }, meeting };
}
