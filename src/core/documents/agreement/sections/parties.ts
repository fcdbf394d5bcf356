/** The parties and the signature blocks (seed 002, Building: representatives and their decision-making power). */
import * as L from '../../labels.js';
import { capitalise, clean } from '../../text.js';
import type { AgreementContext } from '../context.js';
import { section } from '../context.js';
import type { AgreementView, OpenItem } from '../view.js';

/** 1. The parties: the active partners, their representatives and what those may decide. */
export function buildParties(c: AgreementContext): AgreementView['parties'] {
  const { open, nameOf } = c;
  const rows = c.active.map((s) => {
    const rep = s.representative;
    const repName = clean(rep?.name);
    const known = rep?.decision_authority && rep.decision_authority !== 'unknown' ? rep.decision_authority : null;
    const authority = known ? L.label(L.AUTHORITY, known) : null;
    const authorityNote = clean(rep?.authority_note) ?? (known ? L.label(L.AUTHORITY_MEANING, known) : null);
    const who = nameOf(s.id);
    let item: OpenItem | null = null;
    if (!repName) item = open.add('parties', 'Who represents this party at the table, and what may they decide?', `Who represents ${who} at the table, and what may they decide without referring back?`, 'representatives');
    else if (!authority) item = open.add('parties', 'What may this representative decide without referring back?', `What may ${repName}, representing ${who}, decide without referring back?`, 'representatives');
    return { id: s.id, name: who, sector: L.label(L.SECTOR, s.sector) ?? '', representative: repName, representativeTitle: clean(rep?.title), authority, authorityNote, open: item };
  });
  const partiesOpen = c.active.length ? null : open.add('parties', 'Which organisations are the parties to this agreement? No stakeholder is an active partner yet.', 'Which organisations are the parties? No stakeholder is marked as an active partner yet.', 'active-partner');
  const others = c.stakeholders
    .filter((s) => s.engagement === 'pilot' || s.engagement === 'advisory-group')
    .map((s) => ({ name: nameOf(s.id), sector: L.label(L.SECTOR, s.sector) ?? '', standing: capitalise(L.label(L.ENGAGEMENT, s.engagement) ?? '') }));
  return { ...section('parties'), rows, open: partiesOpen, others };
}

/** 13. Signatures: one block for each party. */
export function buildSignatures(c: AgreementContext): AgreementView['signatures'] {
  const parties = c.active.map((s) => ({ name: c.nameOf(s.id), representative: clean(s.representative?.name), title: clean(s.representative?.title), acceptance: acceptanceOf(s.acceptance) }));
  return { ...section('signatures'), parties };
}

type Acceptance = AgreementView['signatures']['parties'][number]['acceptance'];

/** Seed 002 (Partnership agreements): each party's acceptance, and whether its organisation must still ratify it. */
function acceptanceOf(a: NonNullable<AgreementContext['stakeholders'][number]['acceptance']> | undefined): Acceptance {
  if (!a) return null;
  return { date: a.date, by: clean(a.by) ?? '', ratificationNeeded: a.ratification === 'needed', ratifiedOn: a.ratification === 'done' ? (a.ratified_on ?? null) : null, ratified: a.ratification === 'done' };
}
