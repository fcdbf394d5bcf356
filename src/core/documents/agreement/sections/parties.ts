/** The parties and the signature blocks (seed 002, Building: representatives and their decision-making power). */
import type { Stakeholder } from '../../../../model/index.js';
import * as L from '../../labels.js';
import { capitalise, clean } from '../../text.js';
import type { AgreementContext } from '../context.js';
import { section } from '../context.js';
import type { AgreementView, OpenItem } from '../view.js';

/** A party's representative and what they may decide, as the section shows it and its open item judges it. */
function representativeOf(s: Stakeholder) {
  const rep = s.representative;
  const known = rep?.decision_authority && rep.decision_authority !== 'unknown' ? rep.decision_authority : null;
  return { rep, repName: clean(rep?.name), known, authority: known ? L.label(L.AUTHORITY, known) : null };
}

/** The open items of section 1: a party without a representative or a known authority; no party at all. */
export function partiesOpen(c: AgreementContext): { rows: (OpenItem | null)[]; open: OpenItem | null } {
  const { open, nameOf } = c;
  const rows = c.active.map((s) => {
    const { repName, authority } = representativeOf(s);
    const who = nameOf(s.id);
    if (!repName) return open.add('parties', 'Who represents this party at the table, and what may they decide?', `Who represents ${who} at the table, and what may they decide without referring back?`, 'representatives');
    if (!authority) return open.add('parties', 'What may this representative decide without referring back?', `What may ${repName}, representing ${who}, decide without referring back?`, 'representatives');
    return null;
  });
  const partiesOpen = c.active.length ? null : open.add('parties', 'Which organisations are the parties to this agreement? No stakeholder is an active partner yet.', 'Which organisations are the parties? No stakeholder is marked as an active partner yet.', 'active-partner');
  return { rows, open: partiesOpen };
}

/** 1. The parties: the active partners, their representatives and what those may decide. */
export function buildParties(c: AgreementContext, o: ReturnType<typeof partiesOpen>): AgreementView['parties'] {
  const { nameOf } = c;
  const rows = c.active.map((s, i) => {
    const { rep, repName, known, authority } = representativeOf(s);
    const authorityNote = clean(rep?.authority_note) ?? (known ? L.label(L.AUTHORITY_MEANING, known) : null);
    return { id: s.id, name: nameOf(s.id), sector: L.label(L.SECTOR, s.sector) ?? '', representative: repName, representativeTitle: clean(rep?.title), authority, authorityNote, open: o.rows[i] ?? null };
  });
  const others = c.stakeholders
    .filter((s) => s.engagement === 'pilot' || s.engagement === 'advisory-group')
    .map((s) => ({ name: nameOf(s.id), sector: L.label(L.SECTOR, s.sector) ?? '', standing: capitalise(L.label(L.ENGAGEMENT, s.engagement) ?? '') }));
  return { ...section('parties'), rows, open: o.open, others };
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
