/** Dispute resolution, and the partnership's duration, changes, joining, leaving and way forward. */
import * as L from '../../labels.js';
import { clean, cleanList } from '../../text.js';
import { wayForwardList } from '../../../../model/index.js';
import { agreed, PROPOSED, section, type AgreementContext } from '../context.js';
import type { AgreementView, OpenItem, Statement } from '../view.js';

/** The open item of section 11: no route, no mediator, or a route not yet agreed. */
export function disputesOpen(c: AgreementContext) {
  const dr = c.rules.dispute_resolution;
  const steps = cleanList(dr?.steps);
  const mediator = clean(dr?.mediator);
  const open = !dr || (!steps.length && !mediator)
    ? c.open.add('disputes', 'How will disputes between the parties be settled: the steps, and who mediates?', 'How will disputes be settled, and who mediates? No dispute-resolution route is recorded.')
    : !mediator
      ? c.open.add('disputes', 'Who mediates when the parties cannot settle a dispute themselves?', 'Who mediates disputes the parties cannot settle themselves? No mediator is named.')
      : agreed(dr.status)
        ? null
        : c.open.add('disputes', 'This dispute-resolution route is proposed, not yet agreed: agree or amend it?', 'The dispute-resolution route is proposed, not yet agreed.', null, dr.status);
  return { steps, mediator, open };
}

/** 11. Dispute resolution (seed 003 question 4.2). */
export function buildDisputes(o: ReturnType<typeof disputesOpen>): AgreementView['disputes'] {
  return { ...section('disputes'), steps: o.steps.map((t, i) => ({ number: i + 1, text: t })), mediator: o.mediator, open: o.open };
}

/** The open items of section 12: duration, changes, joining and leaving, and the way forward. */
export function termOpen(c: AgreementContext) {
  const { open } = c;
  const d = c.p.duration;
  const note = clean(d?.note);
  const durationOpen = !d || (!d.start && !d.end && !note)
    ? open.add('term', 'How long will the partnership run: from when, and until when?', 'How long will the partnership run? No duration is recorded.')
    : !d.end && !note
      ? open.add('term', 'Until when does the partnership run, or is it open-ended?', 'Until when does the partnership run, or is it open-ended? No end date is recorded.')
      : null;
  const changes = changesOf(c);
  const jl = c.rules.joining_and_leaving;
  const joining = clean(jl?.joining);
  const leaving = clean(jl?.leaving);
  const joiningOpen = joining ? null : open.add('term', 'How may a new partner join?', 'How may a new partner join? Not recorded.');
  const leavingOpen = leaving ? null : open.add('term', 'How may a party leave, and with what notice?', 'How may a party leave, and with what notice? Not recorded.');
  const exitOpen = (joining || leaving) && !agreed(jl?.status) ? open.add('term', 'These terms for joining and leaving are proposed, not yet agreed: agree or amend them?', 'The terms for joining and leaving are proposed, not yet agreed.', null, jl?.status) : null;
  return { note, durationOpen, changes, joining, joiningOpen, leaving, leavingOpen, exitOpen, wayForward: wayForwardOpen(c) };
}

/** 12. Duration, changes and exit (seed 002, Planning and Phase 3, Revising; Phase 4, Sustaining outcomes). */
export function buildTerm(c: AgreementContext, o: ReturnType<typeof termOpen>): AgreementView['term'] {
  const d = c.p.duration;
  const { note, durationOpen, changes, joining, joiningOpen, leaving, leavingOpen, exitOpen } = o;
  return { ...section('term'), start: d?.start ?? null, end: d?.end ?? null, note, durationOpen, changes, joining, joiningOpen, leaving, leavingOpen, exitOpen, wayForward: wayForwardOf(c, o.wayForward) };
}

function changesOf(c: AgreementContext): Statement {
  const ch = c.rules.changes;
  const text = clean(ch?.text);
  const open = !text
    ? c.open.add('term', 'How can this agreement be changed, and who must agree?', 'How can this agreement be changed? Not recorded.')
    : agreed(ch?.status)
      ? null
      : c.open.add('term', PROPOSED, 'How the agreement is changed is proposed, not yet agreed.', null, ch?.status);
  return { text, open };
}

/** The way forward's open item, when a way forward is being written down but not chosen; undefined when none is. */
function wayForwardOpen(c: AgreementContext): { rationale: string | null; learning: string | null; open: OpenItem | null } | undefined {
  const sus = c.p.sustainability;
  const rationale = clean(sus?.rationale);
  const learning = clean(sus?.learning_shared);
  if (!sus || !(sus.way_forward || rationale || learning)) return undefined;
  return { rationale, learning, open: sus.way_forward ? null : c.open.add('term', 'Which way forward: sustain, scale up, institutionalise or close?', 'Which way forward at the end of this cycle: sustain, scale up, institutionalise or close? Not chosen yet.') };
}

function wayForwardOf(c: AgreementContext, o: ReturnType<typeof wayForwardOpen>): AgreementView['term']['wayForward'] {
  if (!o) return null;
  // One choice or several (sustain and scale up and replicate, seed 002 Phase 4).
  const choice = wayForwardList(c.p.sustainability?.way_forward).map((w) => L.label(L.WAY_FORWARD, w) ?? w).join('; ') || null;
  return { choice, rationale: o.rationale, learning: o.learning, open: o.open };
}
