/** 8. Communications: between partners, within each partner, external and branding (seed 002, Planning). */
import * as L from '../../labels.js';
import { capitalise, clean, cleanList, listText, sameSet } from '../../text.js';
import { agreed, section, type AgreementContext } from '../context.js';
import type { AgreementView } from '../view.js';

export function buildCommunications(c: AgreementContext): AgreementView['communications'] {
  const { comms, open, nameOf } = c;
  const between = (comms.between_partners ?? []).map((x) => ({
    mode: L.label(L.MODE, x.mode) ?? x.mode,
    frequency: x.frequency === undefined ? null : capitalise(L.label(L.FREQUENCY, x.frequency) ?? ''),
    purpose: clean(x.purpose),
    // Every party and no one else reads as "all parties" (the schema's meaning of leaving participants out).
    participants: sameSet(x.participants ?? [], c.active.map((s) => s.id)) ? [] : (x.participants ?? []).map(nameOf),
  }));
  const betweenOpen = between.length ? null : open.add('communications', 'How will the parties keep each other informed: which means, how often, mindful of who has no internet?', 'How will the parties keep each other informed? No channel is recorded.', 'between-partners');
  const within = (comms.within_partners ?? []).flatMap((w) => {
    const how = clean(w.how);
    return how ? [{ name: nameOf(w.stakeholder), how }] : [];
  });
  const withoutInternal = c.active.filter((s) => !(comms.within_partners ?? []).some((w) => w.stakeholder === s.id && clean(w.how))).map((s) => nameOf(s.id));
  const withinOpen = !within.length
    ? open.add('communications', 'How will each party keep its own organisation informed and on board?', 'How will each party keep its own organisation informed and on board? Not recorded.')
    : withoutInternal.length
      ? open.add('communications', `How will ${listText(withoutInternal)} keep their own organisations informed and on board?`, `How will ${listText(withoutInternal)} keep their own organisations informed and on board?`)
      : null;
  const external = externalProtocol(c);
  const externalOpen = external ? null : open.add('communications', 'How will the partnership speak publicly: to whom, through whom, with whose approval, and using whose logos?', 'How will the partnership speak publicly? No external communication protocol is recorded.', 'external');
  const glossary = (comms.glossary ?? []).flatMap((g) => {
    const term = clean(g.term);
    const meaning = clean(g.meaning);
    return term && meaning ? [{ term, meaning }] : [];
  });
  return { ...section('communications'), between, betweenOpen, sharing: clean(comms.information_sharing), within, withinOpen, external, externalOpen, glossary };
}

function externalProtocol(c: AgreementContext): AgreementView['communications']['external'] {
  const ext = c.comms.external;
  if (!ext) return null;
  return {
    objectives: (ext.objectives ?? []).map((o) => L.label(L.COMMS_OBJECTIVE, o) ?? o),
    audiences: cleanList(ext.audiences),
    description: clean(ext.description),
    spokespeople: (ext.spokespeople ?? []).map((sp) => ({ partner: c.nameOf(sp.stakeholder), name: clean(sp.name), topics: cleanList(sp.topics) })),
    approval: c.statement('communications', ext.approval, 'Who approves public statements, and how?', 'Who approves public statements, and how? Not recorded.'),
    goingPublic: clean(ext.going_public),
    branding: c.statement('communications', ext.branding, "How may the parties use each other's names, logos and materials?", "How may the parties use each other's names, logos and materials? Not recorded."),
    open: agreed(ext.status) ? null : c.open.add('communications', 'This external communication protocol is proposed, not yet agreed: agree or amend it?', 'The external communication protocol is proposed, not yet agreed.', 'external', ext.status),
  };
}
