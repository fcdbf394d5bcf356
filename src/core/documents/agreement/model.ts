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
import { buildContributions } from './sections/contributions.js';
import { buildCommunications } from './sections/communications.js';
import { buildGovernance } from './sections/governance.js';
import { buildMonitoring, buildRisks } from './sections/monitoring.js';
import { buildParties, buildSignatures } from './sections/parties.js';
import { buildBackground, buildPrinciples, buildVision } from './sections/purpose.js';
import { buildRoles } from './sections/roles.js';
import { buildDisputes, buildTerm } from './sections/term.js';
import type { AgreementMeta, AgreementView } from './view.js';

export type * from './view.js';
export { clean, listText, totalsOf } from '../text.js';

/**
 * Builds the view model. `model` must be valid (see loadPartnershipModel); the result is deterministic. Sections are
 * built in the order they are printed, so open items are numbered in document order.
 */
export function buildAgreement(model: AgreementInput, meta: AgreementMeta): AgreementView {
  const c = agreementContext(model, meta.date);
  const p = model.partnership;
  const name = clean(p.name) ?? 'Untitled partnership';
  const sections = {
    parties: buildParties(c),
    background: buildBackground(c),
    vision: buildVision(c),
    principles: buildPrinciples(c),
    roles: buildRoles(c),
    contributions: buildContributions(c),
    governance: buildGovernance(c),
    communications: buildCommunications(c),
    monitoring: buildMonitoring(c),
    risks: buildRisks(c),
    disputes: buildDisputes(c),
    term: buildTerm(c),
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
