/** 7. Governance and decision-making (seed 002, Planning; seed 000 coordination bodies; seed 003 q. 4.3). */
import type { DecisionRulesFile } from '../../../../model/index.js';
import * as L from '../../labels.js';
import { capitalise, clean, listText, quote } from '../../text.js';
import { agreed, PROPOSED, section, type AgreementContext } from '../context.js';
import type { AgreementView } from '../view.js';

type Body = NonNullable<DecisionRulesFile['bodies']>[number];

/** The open items of section 7: no venue, no body, decision rules not yet agreed or none. */
export function governanceOpen(c: AgreementContext) {
  const { p, open } = c;
  const venueOpen = p.venue ? null : open.add('governance', 'Where will the parties meet: a neutral or rotating venue?', 'Where will the parties meet? No venue is recorded.', 'venue');
  // A loose form needs no body (seed 003 Table 1): nothing to ask then.
  const bodiesOpen = (c.rules.bodies ?? []).length || !c.unmet('bodies') ? null : open.add('governance', 'Which bodies will steer and run the partnership (steering committee, secretariat, task forces), and who sits on them?', 'Which bodies steer and run the partnership? None is recorded.', 'bodies');
  const decisions = (c.rules.decisions ?? []).flatMap((d) => {
    const kind = clean(d.kind);
    if (!kind) return [];
    return [{ kind, rule: d, open: agreed(d.status) ? null : open.add('governance', PROPOSED, `Decision rule ${quote(kind)} is proposed, not yet agreed.`, c.unmet('decisions'), d.status) }];
  });
  const decisionsOpen = decisions.length ? null : open.add('governance', 'How will each kind of decision be made, and by whom: all parties, some, a committee or a task force?', 'How are decisions made, and by whom? No decision rule is recorded.', 'decisions');
  return { venueOpen, bodiesOpen, decisions, decisionsOpen };
}

export function buildGovernance(c: AgreementContext, o: ReturnType<typeof governanceOpen>): AgreementView['governance'] {
  const { p } = c;
  const bodies = c.rules.bodies ?? [];
  const venue = p.venue ? { kind: L.label(L.VENUE, p.venue.kind) ?? p.venue.kind, description: clean(p.venue.description) } : null;
  const bodyRows = bodies.map((b) => bodyRow(c, b));
  const byId = new Map<string, Body>();
  for (const b of bodies) if (!byId.has(b.id)) byId.set(b.id, b);
  const bodyName = (id: string | undefined) => {
    if (id === undefined) return null;
    const b = byId.get(id);
    return b ? clean(b.name) ?? b.id : id;
  };
  const decisions = o.decisions.map(({ kind, rule: d, open }) => {
    // A party whose consent the decision always needs: a veto (seed 003 line 208).
    const method = L.label(L.METHOD, d.method) ?? d.method;
    const consent = (d.consent_of ?? []).map((id) => c.nameOf(id));
    return { kind, body: bodyName(d.body), method: consent.length ? `${method}, with the consent of ${listText(consent)}` : method, open };
  });
  return { ...section('governance'), venue, venueOpen: o.venueOpen, bodies: bodyRows, bodiesOpen: o.bodiesOpen, decisions, decisionsOpen: o.decisionsOpen };
}

function bodyRow(c: AgreementContext, b: Body): AgreementView['governance']['bodies'][number] {
  return {
    name: clean(b.name) ?? b.id,
    kind: L.label(L.BODY_KIND, b.kind) ?? b.kind,
    members: (b.members ?? []).map(c.nameOf),
    terms: clean(b.terms_of_reference),
    quorum: clean(b.quorum),
    meets: L.label(L.FREQUENCY, b.meets),
    chair: chairOf(c, b),
    venue: L.label(L.VENUE, b.venue),
  };
}

function chairOf(c: AgreementContext, b: Body): string | null {
  if (b.chair?.kind === 'rotating') return 'Rotates between members';
  if (!b.chair) return null;
  const person = clean(b.chair.name);
  const org = b.chair.stakeholder ? c.nameOf(b.chair.stakeholder) : null;
  const who = person && org ? `${person} (${org})` : person ?? org;
  const chair = who ? `${who}${b.chair.kind === 'neutral' ? ', as a neutral chair' : ''}` : L.label(L.CHAIR, b.chair.kind);
  return chair ? capitalise(chair) : null;
}
