/** Dispute resolution, and the partnership's duration, changes, joining, leaving and way forward. */
import * as L from '../../labels.js';
import { clean, cleanList } from '../../text.js';
import { wayForwardList } from '../../../../model/index.js';
import { agreed, PROPOSED, section, type AgreementContext } from '../context.js';
import type { AgreementView, Statement } from '../view.js';

/** 11. Dispute resolution (seed 003 question 4.2). */
export function buildDisputes(c: AgreementContext): AgreementView['disputes'] {
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
  return { ...section('disputes'), steps: steps.map((t, i) => ({ number: i + 1, text: t })), mediator, open };
}

/** 12. Duration, changes and exit (seed 002, Planning and Phase 3, Revising; Phase 4, Sustaining outcomes). */
export function buildTerm(c: AgreementContext): AgreementView['term'] {
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
  const exitOpen = (joining || leaving) && !agreed(jl?.status) ? open.add('term', 'These terms for joining and leaving are proposed, not yet agreed: agree or amend them?', 'The terms for joining and leaving are proposed, not yet agreed.', jl?.status) : null;
  return { ...section('term'), start: d?.start ?? null, end: d?.end ?? null, note, durationOpen, changes, joining, joiningOpen, leaving, leavingOpen, exitOpen, wayForward: wayForwardOf(c) };
}

function changesOf(c: AgreementContext): Statement {
  const ch = c.rules.changes;
  const text = clean(ch?.text);
  const open = !text
    ? c.open.add('term', 'How can this agreement be changed, and who must agree?', 'How can this agreement be changed? Not recorded.')
    : agreed(ch?.status)
      ? null
      : c.open.add('term', PROPOSED, 'How the agreement is changed is proposed, not yet agreed.', ch?.status);
  return { text, open };
}

function wayForwardOf(c: AgreementContext): AgreementView['term']['wayForward'] {
  const sus = c.p.sustainability;
  if (!sus || !(sus.way_forward || clean(sus.rationale) || clean(sus.learning_shared))) return null;
  return {
    // One choice or several (sustain and scale up and replicate, seed 002 Phase 4).
    choice: wayForwardList(sus.way_forward).map((w) => L.label(L.WAY_FORWARD, w) ?? w).join('; ') || null,
    rationale: clean(sus.rationale),
    learning: clean(sus.learning_shared),
    open: sus.way_forward ? null : c.open.add('term', 'Which way forward: sustain, scale up, institutionalise or close?', 'Which way forward at the end of this cycle: sustain, scale up, institutionalise or close? Not chosen yet.'),
  };
}
