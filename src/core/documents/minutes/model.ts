/**
 * The minutes of one meeting, as data (seed 004 step 4: "a summary of different viewpoints written for
 * distribution"; seed 002: keep communicating between partners and maintain good records): who convened and
 * moderated, who came, the agenda, the viewpoints by partner, the decisions (with the rule they were made under) and
 * the action items with their owners and due dates. Pure; the page is templates/minutes/.
 */
import type { FolderModel, MeetingFile } from '../../../model/index.js';
import { formatDate } from '../../base/wording.js';
import * as L from '../labels.js';
import { clean } from '../text.js';

export interface MinutesView {
  document: { title: string; kind: 'minutes' };
  partnership: { name: string; phase: string; phaseLabel: string };
  meta: { date: string; commit: string | null; uncommitted: boolean; preparedBy: string | null };
  meeting: {
    date: string;
    title: string;
    kind: string | null;
    body: string | null;
    venue: string | null;
    convener: string | null;
    moderator: string | null;
  };
  present: string[];
  apologies: string[];
  absent: string[];
  agenda: string[];
  viewpoints: { who: string | null; text: string }[];
  decisions: { text: string; rule: string | null }[];
  actions: { text: string; owner: string | null; due: string | null; status: string }[];
  notes: string | null;
}

const KIND: Record<string, string> = { exploratory: 'Exploratory meeting', negotiation: 'Negotiation', planning: 'Planning meeting', steering: 'Steering meeting', working: 'Working meeting', review: 'Review meeting', other: 'Meeting' };
const VENUE: Record<string, string> = { neutral: 'a neutral venue', rotating: 'a rotating venue', 'partner-premises': 'a partner\'s premises', online: 'online' };
const STATUS: Record<string, string> = { open: 'Open', done: 'Done', dropped: 'Dropped' };

/** The minutes of `meetings/<entry>.yaml` in a checked, error-free model. */
export function buildMinutes(model: FolderModel, entry: string, options: { date: string; commit: string | null; uncommitted: boolean }): MinutesView {
  const m: MeetingFile = model.meetings![entry]!;
  const p = model.partnership!;
  const names = new Map((model.stakeholders?.stakeholders ?? []).map((s) => [s.id, s.name]));
  const who = (id: string | undefined) => (id === undefined ? null : (names.get(id) ?? id));
  const person = (x: { name: string; stakeholder?: string } | undefined) => (x ? clean(x.name) ?? who(x.stakeholder) : null);
  const body = m.body ? model['decision-rules']?.bodies?.find((b) => b.id === m.body) : undefined;
  const group = (attendance: string) => (m.attendees ?? []).filter((a) => a.attendance === attendance).map((a) => {
    const reps = (a.representatives ?? []).map(clean).filter((r): r is string => r !== null);
    return `${who(a.stakeholder)}${reps.length ? ` (${reps.join(', ')})` : ''}`;
  });
  const venue = [m.venue?.description ? clean(m.venue.description) : null, m.venue?.kind ? VENUE[m.venue.kind] ?? m.venue.kind : null].filter(Boolean);
  const kindLabel = m.kind ? KIND[m.kind] ?? m.kind : 'Meeting';
  const title = clean(m.title) ?? `${kindLabel} of ${formatDate(m.date) ?? m.date}`;
  const broker = p.broker ? [clean(p.broker.name), clean(p.broker.organisation)].filter(Boolean).join(', ') || null : null;
  return {
    document: { title: `Minutes: ${title}`, kind: 'minutes' },
    partnership: { name: clean(p.name) ?? 'The partnership', phase: p.phase, phaseLabel: L.label(L.PHASE, p.phase) ?? p.phase },
    meta: { date: options.date, commit: options.commit, uncommitted: options.uncommitted, preparedBy: broker },
    meeting: {
      date: m.date,
      title,
      kind: m.kind ? kindLabel.toLowerCase() : null,
      body: body ? clean(body.name) ?? body.id : (m.body ?? null),
      venue: venue.length ? venue.join(', ') : null,
      convener: person(m.convener),
      moderator: person(m.moderator),
    },
    present: group('present'),
    apologies: group('apologies'),
    absent: group('absent'),
    agenda: (m.agenda ?? []).map(clean).filter((s): s is string => s !== null),
    viewpoints: (m.viewpoints ?? []).map((v) => ({ who: who(v.stakeholder), text: clean(v.text) ?? '' })),
    decisions: (m.decisions ?? []).map((d) => ({ text: clean(d.text) ?? '', rule: clean(d.rule) })),
    actions: (m.actions ?? []).map((a) => ({ text: clean(a.text) ?? '', owner: who(a.owner), due: a.due ?? null, status: STATUS[a.status ?? 'open'] ?? 'Open' })),
    notes: clean(m.notes),
  };
}
