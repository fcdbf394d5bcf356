import { nameOf, stakeholderName } from '../names.js';
import type { Rule, RuleHit } from './rule.js';
import type { FolderModel } from '../../../model/index.js';

/** Open action items of every meeting, oldest meeting first: what `status` lists and `action-overdue` follows up. */
export function openActions(model: FolderModel): { meeting: string; index: number; text: string; owner?: string; due?: string }[] {
  const out: { meeting: string; index: number; text: string; owner?: string; due?: string }[] = [];
  for (const meeting of Object.keys(model.meetings ?? {}).sort()) {
    model.meetings![meeting]!.actions?.forEach((a, index) => {
      if ((a.status ?? 'open') === 'open') out.push({ meeting, index, text: a.text, ...(a.owner ? { owner: a.owner } : {}), ...(a.due ? { due: a.due } : {}) });
    });
  }
  return out;
}

/**
 * How many of `members` members must take part under `quorum` (free text, as partners write it): "all", "two thirds",
 * "majority", "half", "3 of 5", "60%", "four members". Undefined when the words say no number.
 */
export function quorumNeeded(quorum: string, members: number): number | undefined {
  const q = quorum.toLowerCase();
  const words: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
  if (/\b(all|every|unanim)/.test(q)) return members;
  const fraction = /\b(two|2)[ -]?thirds?\b|\b2\/3\b/.test(q) ? 2 / 3 : /\b(three|3)[ -]?quarters?\b|\b3\/4\b/.test(q) ? 3 / 4 : undefined;
  if (fraction !== undefined) return Math.ceil(members * fraction - 1e-9);
  const percent = /(\d+(?:\.\d+)?)\s*%/.exec(q);
  if (percent) return Math.ceil((members * Number(percent[1])) / 100 - 1e-9);
  if (/\bmajority\b/.test(q)) return Math.floor(members / 2) + 1;
  if (/\bhalf\b/.test(q)) return Math.ceil(members / 2);
  const count = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b/.exec(q);
  if (count) return /^\d+$/.test(count[1]!) ? Number(count[1]) : words[count[1]!];
  return undefined;
}

/** Rules about the meeting log (seed 002: keep good records and follow through; seed 004 step 4). */
export const MEETING_RULES: Rule[] = [
  {
    id: 'action-overdue',
    defaultSetting: 'warn',
    summary: 'An action item from a meeting is past its due date and still open.',
    explanation: 'Seed 002 (Implementing): "keep communicating between partners and maintain good records", and track and follow through on what partners undertook; an action agreed at a meeting and never done erodes trust as a broken commitment does.',
    check(c, ctx) {
      return openActions(c.model)
        .filter((a) => a.due !== undefined && a.due < ctx.today)
        .map((a): RuleHit => ({ key: 'meetings', entry: a.meeting, path: ['actions', a.index, 'due'], message: `The action "${a.text}"${a.owner ? ` (${stakeholderName(c.model, a.owner)})` : ''} from the meeting of ${a.meeting.slice(0, 10)} was due on ${a.due} and is still open.`, hint: 'Follow it up; then set its `status:` to done or dropped, or agree a new `due:` date.' }));
    },
  },
  {
    id: 'decision-without-quorum',
    defaultSetting: 'warn',
    summary: 'A meeting of a body recorded decisions without the quorum the body requires.',
    explanation: 'Seed 002 (Planning, decision-making): agree how decisions are made and by whom; seed 000: bodies with terms of reference. A decision taken with fewer members present than the quorum in decision-rules.yaml may not stand, and partners who were absent may not own it.',
    check(c) {
      const hits: RuleHit[] = [];
      const bodies = c.model['decision-rules']?.bodies ?? [];
      for (const [entry, meeting] of Object.entries(c.model.meetings ?? {})) {
        if (!meeting.decisions?.length || !meeting.body) continue;
        const body = bodies.find((b) => b.id === meeting.body);
        if (!body?.quorum || !body.members?.length) continue;
        const needed = quorumNeeded(body.quorum, body.members.length);
        if (needed === undefined) continue;
        const present = new Set((meeting.attendees ?? []).filter((a) => a.attendance === 'present').map((a) => a.stakeholder));
        const count = body.members.filter((m) => present.has(m)).length;
        if (count >= needed) continue;
        hits.push({ key: 'meetings', entry, path: ['decisions'], atKey: true, message: `${meeting.decisions.length === 1 ? 'A decision was' : `${meeting.decisions.length} decisions were`} recorded with ${count} of the ${body.members.length} members of ${nameOf(body)} present; its quorum is "${body.quorum.trim().replace(/\.$/, '')}" (${needed}).`, hint: meeting.attendees?.length ? 'Record who was present under `attendees:`, or confirm the decisions at a meeting with a quorum.' : 'Record who came under `attendees:` (attendance: present).' });
      }
      return hits;
    },
  },
];
