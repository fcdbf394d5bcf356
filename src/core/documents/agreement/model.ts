/**
 * The draft partnership agreement as data: a complete view model built from a valid FolderModel, for templates to
 * print. Pure (no I/O, no Handlebars). Every field is always present (null, false or [] when the files say
 * nothing), so templates compiled in strict mode never meet a missing field.
 *
 * What it covers follows seed 002 ("Planning" and "Partnership agreements") and ../shared/DOMAIN.md: parties and
 * representatives; background and the issue; vision and objectives; principles and ground rules; roles;
 * contributions; governance and decision-making; communications; indicators and review; risks; dispute
 * resolution; duration, changes and exit; signatures. Anything not yet agreed (missing, empty, or with status
 * `proposed`, the schemas' default) becomes an open item: numbered in document order, shown in place, and
 * listed at the top for the negotiation meeting.
 *
 * Strings are passed as written (control characters removed, ends trimmed); escaping for Markdown is the
 * templates' business (src/render/).
 */
import * as L from '../labels.js';
import { clean } from '../text.js';
import { agreementContext, type AgreementInput } from './context.js';
import { buildContributions, contributionsOpen } from './sections/contributions.js';
import { buildCommunications, communicationsOpen } from './sections/communications.js';
import { buildGovernance, governanceOpen } from './sections/governance.js';
import { buildMonitoring, buildRisks, monitoringOpen, risksOpen } from './sections/monitoring.js';
import { buildParties, buildSignatures, partiesOpen } from './sections/parties.js';
import { backgroundOpen, buildBackground, buildPrinciples, buildVision, principlesOpen, visionOpen } from './sections/purpose.js';
import { buildRoles, rolesOpen } from './sections/roles.js';
import { buildDisputes, buildTerm, disputesOpen, termOpen } from './sections/term.js';
import type { AgreementMeta, AgreementView, OpenItem } from './view.js';

export type * from './view.js';
export { clean, listText, totalsOf } from '../text.js';

/**
 * Every open item of the draft, decided section by section in the order they are printed (so they are numbered in
 * document order): the one place where what is open is decided, for the whole agreement and for agreementOpenItems.
 * Each section's part also hands its builder what it worked out on the way.
 */
function openBySection(c: ReturnType<typeof agreementContext>) {
  return {
    parties: partiesOpen(c),
    background: backgroundOpen(c),
    vision: visionOpen(c),
    principles: principlesOpen(c),
    roles: rolesOpen(c),
    contributions: contributionsOpen(c),
    governance: governanceOpen(c),
    communications: communicationsOpen(c),
    monitoring: monitoringOpen(c),
    risks: risksOpen(c),
    disputes: disputesOpen(c),
    term: termOpen(c),
  };
}

/**
 * Only the open items of the draft, as buildAgreement lists them (`openItems`: central points first, parked ones
 * last), without the rest of the view: what a portfolio shows of each partnership. `model` must be valid, as for
 * buildAgreement; `date` as its meta's.
 */
export function agreementOpenItems(model: AgreementInput, date: string): OpenItem[] {
  const c = agreementContext(model, date);
  openBySection(c);
  return c.open.sorted();
}

/** Builds the view model. `model` must be valid (see loadPartnershipModel); the result is deterministic. */
export function buildAgreement(model: AgreementInput, meta: AgreementMeta): AgreementView {
  const c = agreementContext(model, meta.date);
  const p = model.partnership;
  const name = clean(p.name) ?? 'Untitled partnership';
  const o = openBySection(c);
  const sections = {
    parties: buildParties(c, o.parties),
    background: buildBackground(c, o.background),
    vision: buildVision(c, o.vision),
    principles: buildPrinciples(o.principles),
    roles: buildRoles(c, o.roles),
    contributions: buildContributions(c, o.contributions),
    governance: buildGovernance(c, o.governance),
    communications: buildCommunications(c, o.communications),
    monitoring: buildMonitoring(c, o.monitoring),
    risks: buildRisks(c, o.risks),
    disputes: buildDisputes(o.disputes),
    term: buildTerm(c, o.term),
    signatures: buildSignatures(c),
  };
  const broker = sections.roles.broker;
  const preparedBy = broker ? [broker.name, broker.organisation].filter(Boolean).join(', ') : null;
  return {
    document: { title: `Draft partnership agreement: ${name}`, kind: 'agreement' },
    partnership: { name, phase: p.phase, phaseLabel: L.label(L.PHASE, p.phase) ?? p.phase, inPrinciple: p.agreement_in_principle?.date ?? null },
    meta: { ...meta, preparedBy },
    openItems: c.open.sorted(),
    openCount: c.open.items.length,
    openWeighed: c.open.items.some((i) => i.weight !== null),
    ...sections,
  };
}
