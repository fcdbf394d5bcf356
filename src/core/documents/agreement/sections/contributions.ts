/** 6. Contributions: each contributor's commitments, cash and in kind, with totals per currency (seed 002,
 * Planning; seed 000: "it is not all about money"). */
import type { ResourcesFile } from '../../../../model/index.js';
import * as L from '../../labels.js';
import { clean, quote, totalsOf } from '../../text.js';
import { agreed, PROPOSED, section, type AgreementContext } from '../context.js';
import type { AgreementView } from '../view.js';

type Commitment = NonNullable<ResourcesFile['commitments']>[number];
type Contributor = AgreementView['contributions']['partners'][number];

export function buildContributions(c: AgreementContext): AgreementView['contributions'] {
  const { open } = c;
  const commitments = c.resources.commitments ?? [];
  const contributorIds = [...c.active.map((s) => s.id), ...c.stakeholders.filter((s) => s.engagement !== 'active-partner').map((s) => s.id)].filter((id) => commitments.some((x) => x.stakeholder === id));
  const partners = contributorIds.map((id) => contributor(c, id, commitments));
  const contributionsOpen = partners.length ? null : open.add('contributions', 'What will each party contribute: money, people, skills, premises, contacts?', 'What will each party contribute? No commitment is recorded.', c.unmet('commitments'));
  const grandTotals = totalsOf(commitments.filter((x) => x.status !== 'withdrawn').map((x) => ({ amount: typeof x.amount === 'number' ? x.amount : null, currency: clean(x.currency), cash: x.type === 'cash' })));
  const unmetNeeds = (c.resources.needs ?? [])
    .filter((n) => !commitments.some((x) => x.need === n.id && x.status !== 'withdrawn'))
    .map((n) => {
      const description = clean(n.description) ?? n.id;
      return { description, kind: L.label(L.RESOURCE_KIND, n.kind), open: open.add('contributions', 'Who will provide it?', `Who will provide ${quote(description)}? No commitment meets this need.`) };
    });
  const fm = c.rules.financial_management;
  const money = fm ? { model: L.label(L.FINANCE_MODEL, fm.model) ?? fm.model, description: clean(fm.description), open: agreed(fm.status) ? null : open.add('contributions', PROPOSED, 'How financial contributions are managed is proposed, not yet agreed.', null, fm.status) } : null;
  const moneyOpen = money ? null : open.add('contributions', 'How will financial contributions be managed: a pooled fund, or each party managing its own money?', 'How will financial contributions be managed? Not recorded.');
  return { ...section('contributions'), partners, open: contributionsOpen, grandTotals, unmetNeeds, money, moneyOpen };
}

function contributor(c: AgreementContext, id: string, commitments: readonly Commitment[]): Contributor {
  const s = c.byId.get(id);
  const who = c.nameOf(id);
  const rows = commitments.filter((x) => x.stakeholder === id).map((x) => commitmentRow(c, who, x));
  const totals = totalsOf(rows.filter((r) => !r.withdrawn).map((r) => ({ amount: r.amount, currency: r.currency, cash: r.type === 'Cash' })));
  return { name: who, standing: s?.engagement === 'active-partner' ? null : L.label(L.ENGAGEMENT, s?.engagement) ?? 'not yet given a standing', commitments: rows, totals };
}

function commitmentRow(c: AgreementContext, who: string, x: Commitment): Contributor['commitments'][number] {
  const description = clean(x.description) ?? x.id;
  const withdrawn = x.status === 'withdrawn';
  const missingAmount = x.type === 'cash' && x.amount === undefined && !withdrawn;
  const notAgreed = x.status === undefined || x.status === 'proposed';
  const item =
    notAgreed || missingAmount
      ? c.open.add(
          'contributions',
          [notAgreed ? (x.status === 'proposed' ? 'Confirm, amend or drop it?' : 'No status is recorded: is this commitment agreed?') : null, missingAmount ? 'How much cash, and in which currency?' : null].filter(Boolean).join(' '),
          `${who}: ${quote(description)} is ${missingAmount && !notAgreed ? 'cash with no amount stated' : x.status === 'proposed' ? 'proposed, not yet agreed' : 'not marked as agreed'}${missingAmount && notAgreed ? ', and no amount is stated' : ''}.`,
        )
      : null;
  return {
    id: x.id,
    description,
    note: clean(x.note),
    type: x.type === 'cash' ? 'Cash' : 'In kind',
    kind: L.label(L.RESOURCE_KIND, x.kind),
    amount: typeof x.amount === 'number' ? x.amount : null,
    currency: clean(x.currency),
    start: x.start ?? null,
    due: x.due ?? null,
    status: L.label(L.COMMITMENT_STATUS, x.status) ?? 'No status',
    deliveredOn: x.delivered_on ?? null,
    withdrawn,
    open: item,
    terms: L.label(L.TERMS, x.terms),
    recipient: x.recipient ? c.nameOf(x.recipient) : null,
  };
}
