/** 6. Contributions: each contributor's commitments, cash and in kind, with totals per currency (seed 002,
 * Planning; seed 000: "it is not all about money"). */
import type { ResourcesFile } from '../../../../model/index.js';
import { groupBy, groupOf } from '../../../base/collections.js';
import * as L from '../../labels.js';
import { clean, quote, totalsOf } from '../../text.js';
import { agreed, PROPOSED, section, type AgreementContext } from '../context.js';
import type { AgreementView, OpenItem } from '../view.js';

type Commitment = NonNullable<ResourcesFile['commitments']>[number];
type Contributor = AgreementView['contributions']['partners'][number];

/** The open items of section 6: commitments not agreed or without an amount, none at all, needs nobody meets, money. */
export function contributionsOpen(c: AgreementContext) {
  const { open } = c;
  const commitments = c.resources.commitments ?? [];
  const byStakeholder = groupBy(commitments, (x) => x.stakeholder);
  const contributorIds = [...c.active.map((s) => s.id), ...c.stakeholders.filter((s) => s.engagement !== 'active-partner').map((s) => s.id)].filter((id) => byStakeholder.has(id));
  const partners = contributorIds.map((id) => {
    const who = c.nameOf(id);
    const own = groupOf(byStakeholder, id);
    return { id, who, own, open: own.map((x) => commitmentOpen(c, who, x)) };
  });
  const noneOpen = partners.length ? null : open.add('contributions', 'What will each party contribute: money, people, skills, premises, contacts?', 'What will each party contribute? No commitment is recorded.', c.unmet('commitments'));
  const met = new Set(commitments.filter((x) => x.status !== 'withdrawn').map((x) => x.need));
  const unmetNeeds = (c.resources.needs ?? [])
    .filter((n) => !met.has(n.id))
    .map((n) => {
      const description = clean(n.description) ?? n.id;
      return { description, need: n, open: open.add('contributions', 'Who will provide it?', `Who will provide ${quote(description)}? No commitment meets this need.`) };
    });
  const fm = c.rules.financial_management;
  const fmOpen = fm && !agreed(fm.status) ? open.add('contributions', PROPOSED, 'How financial contributions are managed is proposed, not yet agreed.', null, fm.status) : null;
  const moneyOpen = fm ? null : open.add('contributions', 'How will financial contributions be managed: a pooled fund, or each party managing its own money?', 'How will financial contributions be managed? Not recorded.');
  return { commitments, partners, noneOpen, unmetNeeds, fmOpen, moneyOpen };
}

export function buildContributions(c: AgreementContext, o: ReturnType<typeof contributionsOpen>): AgreementView['contributions'] {
  const partners = o.partners.map((p) => contributor(c, p));
  const grandTotals = totalsOf(o.commitments.filter((x) => x.status !== 'withdrawn').map((x) => ({ amount: typeof x.amount === 'number' ? x.amount : null, currency: clean(x.currency), cash: x.type === 'cash' })));
  const unmetNeeds = o.unmetNeeds.map((n) => ({ description: n.description, kind: L.label(L.RESOURCE_KIND, n.need.kind), open: n.open }));
  const fm = c.rules.financial_management;
  const money = fm ? { model: L.label(L.FINANCE_MODEL, fm.model) ?? fm.model, description: clean(fm.description), open: o.fmOpen } : null;
  return { ...section('contributions'), partners, open: o.noneOpen, grandTotals, unmetNeeds, money, moneyOpen: o.moneyOpen };
}

/** A contributor and its own commitments. */
function contributor(c: AgreementContext, p: ReturnType<typeof contributionsOpen>['partners'][number]): Contributor {
  const s = c.byId.get(p.id);
  const rows = p.own.map((x, i) => commitmentRow(c, x, p.open[i] ?? null));
  const totals = totalsOf(rows.filter((r) => !r.withdrawn).map((r) => ({ amount: r.amount, currency: r.currency, cash: r.type === 'Cash' })));
  return { name: p.who, standing: s?.engagement === 'active-partner' ? null : L.label(L.ENGAGEMENT, s?.engagement) ?? 'not yet given a standing', commitments: rows, totals };
}

/** A commitment's open item: not agreed, or cash with no amount. */
function commitmentOpen(c: AgreementContext, who: string, x: Commitment): OpenItem | null {
  const withdrawn = x.status === 'withdrawn';
  const missingAmount = x.type === 'cash' && x.amount === undefined && !withdrawn;
  const notAgreed = x.status === undefined || x.status === 'proposed';
  if (!notAgreed && !missingAmount) return null;
  const description = clean(x.description) ?? x.id;
  return c.open.add(
    'contributions',
    [notAgreed ? (x.status === 'proposed' ? 'Confirm, amend or drop it?' : 'No status is recorded: is this commitment agreed?') : null, missingAmount ? 'How much cash, and in which currency?' : null].filter(Boolean).join(' '),
    `${who}: ${quote(description)} is ${missingAmount && !notAgreed ? 'cash with no amount stated' : x.status === 'proposed' ? 'proposed, not yet agreed' : 'not marked as agreed'}${missingAmount && notAgreed ? ', and no amount is stated' : ''}.`,
  );
}

function commitmentRow(c: AgreementContext, x: Commitment, item: OpenItem | null): Contributor['commitments'][number] {
  return {
    id: x.id,
    description: clean(x.description) ?? x.id,
    note: clean(x.note),
    type: x.type === 'cash' ? 'Cash' : 'In kind',
    kind: L.label(L.RESOURCE_KIND, x.kind),
    amount: typeof x.amount === 'number' ? x.amount : null,
    currency: clean(x.currency),
    start: x.start ?? null,
    due: x.due ?? null,
    status: L.label(L.COMMITMENT_STATUS, x.status) ?? 'No status',
    deliveredOn: x.delivered_on ?? null,
    withdrawn: x.status === 'withdrawn',
    open: item,
    terms: L.label(L.TERMS, x.terms),
    recipient: x.recipient ? c.nameOf(x.recipient) : null,
  };
}
