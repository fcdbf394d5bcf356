/** 5. Roles and responsibilities: what each party does, from the bodies, commitments, indicators, risks and
 * spokespeople recorded elsewhere, so this section never contradicts them. */
import type { Stakeholder } from '../../../../model/index.js';
import * as L from '../../labels.js';
import { clean, cleanList, listText } from '../../text.js';
import { section, type AgreementContext } from '../context.js';
import type { AgreementView } from '../view.js';

export function buildRoles(c: AgreementContext): AgreementView['roles'] {
  const { p, open } = c;
  // Seed 003 question 2.1: the convener needs credibility with every major party (not neutrality).
  const credibleWith: string[] = p.convener?.credible_with ?? [];
  const convener = p.convener && !c.unmet('convener')
    ? {
        name: clean(p.convener.name) ?? c.nameOf(p.convener.stakeholder),
        acceptedBy: credibleWith.length ? (c.active.length && c.active.every((a) => credibleWith.includes(a.id)) ? 'all parties' : listText(credibleWith.map(c.nameOf))) : null,
        credibility: clean(p.convener.credibility),
      }
    : null;
  const convenerOpen = convener ? null : open.add('roles', 'Who convenes the partnership, and why do all parties accept them?', 'Who convenes the partnership? No convener is recorded.', 'convener');
  const broker = p.broker ? { name: clean(p.broker.name) ?? 'Not named', organisation: clean(p.broker.organisation), role: L.label(L.BROKER_ROLE, p.broker.role), contact: clean(p.broker.contact) } : null;
  return { ...section('roles'), convener, convenerOpen, broker, parties: c.active.map((s) => roleRow(c, s)) };
}

function roleRow(c: AgreementContext, s: Stakeholder): AgreementView['roles']['parties'][number] {
  const bodies = c.rules.bodies ?? [];
  const inBodies = bodies
    .filter((b) => (b.members ?? []).includes(s.id) || b.chair?.stakeholder === s.id)
    .map((b) => {
      const n = clean(b.name) ?? b.id;
      return b.chair?.stakeholder === s.id ? `${n} (as chair)` : n;
    });
  const brings = (c.resources.commitments ?? []).filter((x) => x.stakeholder === s.id && x.status !== 'withdrawn').map((x) => clean(x.description)).filter((t): t is string => t !== null);
  const collects = (c.indicators.indicators ?? []).filter((i) => i.owner === s.id).map((i) => clean(i.name) ?? i.id);
  const watches = (c.risks.risks ?? []).filter((r) => r.owner === s.id).map((r) => clean(r.description) ?? r.id);
  const speaksOn = (c.comms.external?.spokespeople ?? []).filter((sp) => sp.stakeholder === s.id).flatMap((sp) => {
    const topics = cleanList(sp.topics);
    return topics.length ? topics : ['the partnership'];
  });
  const who = c.nameOf(s.id);
  const none = !inBodies.length && !brings.length && !collects.length && !watches.length && !speaksOn.length;
  const open = none ? c.open.add('roles', 'What is this party responsible for? It sits on no body and has no commitment, indicator or risk recorded.', `What is ${who} responsible for? No body, commitment, indicator or risk names it.`) : null;
  return { name: who, bodies: inBodies, brings, collects, watches, speaksOn, open };
}
