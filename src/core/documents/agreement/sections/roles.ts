/** 5. Roles and responsibilities: what each party does, from the bodies, commitments, indicators, risks and
 * spokespeople recorded elsewhere, so this section never contradicts them. */
import type { Stakeholder } from '../../../../model/index.js';
import { groupBy, groupOf } from '../../../base/collections.js';
import * as L from '../../labels.js';
import { clean, cleanList, listText } from '../../text.js';
import { section, type AgreementContext } from '../context.js';
import type { AgreementView } from '../view.js';

/** The open items of section 5: no convener, and a party that nothing in the record gives a role. */
export function rolesOpen(c: AgreementContext) {
  const { p, open } = c;
  const convenerOpen = p.convener && !c.unmet('convener') ? null : open.add('roles', 'Who convenes the partnership, and why do all parties accept them?', 'Who convenes the partnership? No convener is recorded.', 'convener');
  const by = roleSources(c);
  const parties = c.active.map((s) => {
    const roles = partyRoles(s, by);
    const none = !roles.bodies.length && !roles.brings.length && !roles.collects.length && !roles.watches.length && !roles.speaksOn.length;
    const who = c.nameOf(s.id);
    return { name: who, ...roles, open: none ? open.add('roles', 'What is this party responsible for? It sits on no body and has no commitment, indicator or risk recorded.', `What is ${who} responsible for? No body, commitment, indicator or risk names it.`) : null };
  });
  return { convenerOpen, parties };
}

export function buildRoles(c: AgreementContext, o: ReturnType<typeof rolesOpen>): AgreementView['roles'] {
  const { p } = c;
  // Seed 003 question 2.1: the convener needs credibility with every major party (not neutrality).
  const credibleWith: string[] = p.convener?.credible_with ?? [];
  const credible = new Set(credibleWith);
  const convener = p.convener && !o.convenerOpen
    ? {
        name: clean(p.convener.name) ?? c.nameOf(p.convener.stakeholder),
        acceptedBy: credibleWith.length ? (c.active.length && c.active.every((a) => credible.has(a.id)) ? 'all parties' : listText(credibleWith.map(c.nameOf))) : null,
        credibility: clean(p.convener.credibility),
      }
    : null;
  const broker = p.broker ? { name: clean(p.broker.name) ?? 'Not named', organisation: clean(p.broker.organisation), role: L.label(L.BROKER_ROLE, p.broker.role), contact: clean(p.broker.contact) } : null;
  return { ...section('roles'), convener, convenerOpen: o.convenerOpen, broker, parties: o.parties };
}

type Bodies = NonNullable<AgreementContext['rules']['bodies']>;

/** What names each stakeholder, grouped in one pass over each list (linear, whatever the number of parties). */
function roleSources(c: AgreementContext) {
  // A body once per stakeholder, whether it sits on it, chairs it, or both.
  const bodies = groupBy((c.rules.bodies ?? []).flatMap((b) => [...new Set([...(b.members ?? []), ...(b.chair?.stakeholder ? [b.chair.stakeholder] : [])])].map((id) => ({ id, b }))), (x) => x.id);
  return {
    bodies: (id: string): Bodies => groupOf(bodies, id).map((x) => x.b),
    commitments: groupBy((c.resources.commitments ?? []).filter((x) => x.status !== 'withdrawn'), (x) => x.stakeholder),
    indicators: groupBy(c.indicators.indicators, (i) => i.owner),
    risks: groupBy(c.risks.risks, (r) => r.owner),
    spokespeople: groupBy(c.comms.external?.spokespeople, (sp) => sp.stakeholder),
  };
}

/** What a party does, from the bodies, commitments, indicators, risks and spokespeople that name it. */
function partyRoles(s: Stakeholder, by: ReturnType<typeof roleSources>) {
  const bodies = by.bodies(s.id).map((b) => {
    const n = clean(b.name) ?? b.id;
    return b.chair?.stakeholder === s.id ? `${n} (as chair)` : n;
  });
  const brings = groupOf(by.commitments, s.id).map((x) => clean(x.description)).filter((t): t is string => t !== null);
  const collects = groupOf(by.indicators, s.id).map((i) => clean(i.name) ?? i.id);
  const watches = groupOf(by.risks, s.id).map((r) => clean(r.description) ?? r.id);
  const speaksOn = groupOf(by.spokespeople, s.id).flatMap((sp) => {
    const topics = cleanList(sp.topics);
    return topics.length ? topics : ['the partnership'];
  });
  return { bodies, brings, collects, watches, speaksOn };
}
