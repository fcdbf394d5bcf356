/** 8. Communications: between partners, within each partner, external and branding (seed 002, Planning). */
import * as L from '../../labels.js';
import { capitalise, clean, cleanList, listText, sameSet } from '../../text.js';
import { agreed, section, type AgreementContext } from '../context.js';
import type { AgreementView } from '../view.js';

/** The open items of section 8: no channel between partners, parties that keep no one informed, the external protocol. */
export function communicationsOpen(c: AgreementContext) {
  const { comms, open, nameOf } = c;
  const betweenOpen = (comms.between_partners ?? []).length ? null : open.add('communications', 'How will the parties keep each other informed: which means, how often, mindful of who has no internet?', 'How will the parties keep each other informed? No channel is recorded.', 'between-partners');
  const within = (comms.within_partners ?? []).flatMap((w) => {
    const how = clean(w.how);
    return how ? [{ name: nameOf(w.stakeholder), how, stakeholder: w.stakeholder }] : [];
  });
  const informed = new Set(within.map((w) => w.stakeholder));
  const withoutInternal = c.active.filter((s) => !informed.has(s.id)).map((s) => nameOf(s.id));
  const withinOpen = !within.length
    ? open.add('communications', 'How will each party keep its own organisation informed and on board?', 'How will each party keep its own organisation informed and on board? Not recorded.')
    : withoutInternal.length
      ? open.add('communications', `How will ${listText(withoutInternal)} keep their own organisations informed and on board?`, `How will ${listText(withoutInternal)} keep their own organisations informed and on board?`)
      : null;
  const ext = comms.external;
  const external = ext
    ? {
        approval: c.statement('communications', ext.approval, 'Who approves public statements, and how?', 'Who approves public statements, and how? Not recorded.'),
        branding: c.statement('communications', ext.branding, "How may the parties use each other's names, logos and materials?", "How may the parties use each other's names, logos and materials? Not recorded."),
        open: agreed(ext.status) ? null : c.open.add('communications', 'This external communication protocol is proposed, not yet agreed: agree or amend it?', 'The external communication protocol is proposed, not yet agreed.', 'external', ext.status),
      }
    : null;
  const externalOpen = ext ? null : open.add('communications', 'How will the partnership speak publicly: to whom, through whom, with whose approval, and using whose logos?', 'How will the partnership speak publicly? No external communication protocol is recorded.', 'external');
  return { betweenOpen, within: within.map(({ name, how }) => ({ name, how })), withinOpen, external, externalOpen };
}

export function buildCommunications(c: AgreementContext, o: ReturnType<typeof communicationsOpen>): AgreementView['communications'] {
  const { comms, nameOf } = c;
  const partyIds = c.active.map((s) => s.id);
  const between = (comms.between_partners ?? []).map((x) => ({
    mode: L.label(L.MODE, x.mode) ?? x.mode,
    frequency: x.frequency === undefined ? null : capitalise(L.label(L.FREQUENCY, x.frequency) ?? ''),
    purpose: clean(x.purpose),
    // Every party and no one else reads as "all parties" (the schema's meaning of leaving participants out).
    participants: sameSet(x.participants ?? [], partyIds) ? [] : (x.participants ?? []).map(nameOf),
  }));
  const glossary = (comms.glossary ?? []).flatMap((g) => {
    const term = clean(g.term);
    const meaning = clean(g.meaning);
    return term && meaning ? [{ term, meaning }] : [];
  });
  return { ...section('communications'), between, betweenOpen: o.betweenOpen, sharing: clean(comms.information_sharing), within: o.within, withinOpen: o.withinOpen, external: externalProtocol(c, o.external), externalOpen: o.externalOpen, glossary };
}

function externalProtocol(c: AgreementContext, o: ReturnType<typeof communicationsOpen>['external']): AgreementView['communications']['external'] {
  const ext = c.comms.external;
  if (!ext || !o) return null;
  return {
    objectives: (ext.objectives ?? []).map((x) => L.label(L.COMMS_OBJECTIVE, x) ?? x),
    audiences: cleanList(ext.audiences),
    description: clean(ext.description),
    spokespeople: (ext.spokespeople ?? []).map((sp) => ({ partner: c.nameOf(sp.stakeholder), name: clean(sp.name), topics: cleanList(sp.topics) })),
    approval: o.approval,
    goingPublic: clean(ext.going_public),
    branding: o.branding,
    open: o.open,
  };
}
