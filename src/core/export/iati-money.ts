/**
 * Cash commitments (resources.yaml) as IATI money, with IATI's meaning rather than a mechanical mapping:
 * - who gives and who receives is relative to the reporting organisation: another partner's money comes in (provider:
 *   that partner, receiver: the reporting organisation), the reporting organisation's own money goes out from it;
 * - money confirmed (agreed, in progress, late or delivered) and dated up to the export's date is a transaction:
 *   an incoming commitment (11) or, for the reporting organisation's own money, an outgoing commitment (2); once
 *   delivered, incoming funds (1) or a disbursement (3) on the day it arrived;
 * - money still proposed, or confirmed for a later date, is a planned disbursement: IATI's Standard ruleset forbids
 *   transactions dated in the future (rules 11.2.1, 11.2.2), and a proposal is not yet a commitment;
 * - a proposal without an amount, currency or date is left out with a warning: it is not money yet, and it never
 *   blocks the export. Confirmed money without them is an error, at the commitment.
 */
import type { PathSegment } from '../yaml/source.js';
import type { FileKey } from '../folder/layout.js';
import type { ResourcesFile, Stakeholder } from '../../model/index.js';
import { formatDate } from '../base/wording.js';
import { nameOf } from '../check/names.js';
import { PLANNED_DISBURSEMENT_TYPE, TRANSACTION_TYPE } from './iati-codes.js';
import { formatDecimal } from './numbers.js';
import { el, type XmlElement } from './xml.js';

type Commitment = NonNullable<ResourcesFile['commitments']>[number];
type Report = (key: FileKey, path: readonly PathSegment[], message: string, hint: string) => void;

/** An organisation as IATI names it in provider-org and receiver-org. */
export interface OrgRef {
  ref?: string | undefined;
  type?: string | undefined;
  name: string;
}

export interface MoneyContext {
  asOf: string;
  /** The activity's default currency, if any. */
  currency: string | undefined;
  /** The reporting organisation, and the id of the stakeholder it is (if it is one). */
  reporter: OrgRef & { stakeholder?: string | undefined };
  org(s: Stakeholder): OrgRef;
  byId: ReadonlyMap<string, Stakeholder>;
  required: Report;
  recommended: Report;
}

export interface Money {
  transactions: XmlElement[];
  planned: XmlElement[];
}

const CONFIRMED = new Set(['agreed', 'in-progress', 'late', 'delivered']);

export function moneyElements(commitments: readonly { c: Commitment; index: number }[], ctx: MoneyContext): Money {
  const out: Money = { transactions: [], planned: [] };
  for (const { c, index } of commitments) {
    if (c.type !== 'cash') continue;
    const at: PathSegment[] = ['commitments', index];
    const confirmed = c.status !== undefined && CONFIRMED.has(c.status);
    const date = c.start ?? c.due;
    const currency = c.currency ?? ctx.currency;
    const shown = `commitment “${c.description?.trim() || c.id}” by ${ctx.byId.has(c.stakeholder) ? nameOf(ctx.byId.get(c.stakeholder)!) : c.stakeholder}`;
    const lacking = [c.amount === undefined && '`amount:`', !currency && '`currency:` (or `default_currency:` under `iati:` in partnership.yaml)', !date && '`start:` or `due:`'].filter((x): x is string => Boolean(x));
    if (lacking.length) {
      if (confirmed) ctx.required('resources', at, `IATI reports confirmed money with its amount, currency and date, and the ${shown} has no ${lacking.join(', no ')}.`, `Add ${lacking.join(' and ')}.`);
      else ctx.recommended('resources', at, `The ${shown} is proposed and has no ${lacking.join(', no ')}, so it is left out of the IATI file until it has.`, `Add ${lacking.join(' and ')} once the partner names them.`);
      continue;
    }
    const s = ctx.byId.get(c.stakeholder);
    const own = ctx.reporter.stakeholder !== undefined && c.stakeholder === ctx.reporter.stakeholder;
    const giver: OrgRef = own ? ctx.reporter : s ? ctx.org(s) : { name: c.stakeholder };
    const value = (on: string) => el('value', { currency: currency === ctx.currency ? undefined : currency, 'value-date': on }, formatDecimal(c.amount!));
    const parties = [orgElement('provider-org', giver), !own && orgElement('receiver-org', ctx.reporter)];
    const delivered = c.status === 'delivered' && c.delivered_on !== undefined && c.delivered_on <= ctx.asOf ? c.delivered_on : undefined;
    const committedOn = delivered !== undefined && delivered < date! ? delivered : date!;

    if (!confirmed || committedOn > ctx.asOf) {
      out.planned.push(el('planned-disbursement', { type: PLANNED_DISBURSEMENT_TYPE.original }, [
        el('period-start', { 'iso-date': date! }),
        c.due !== undefined && c.due >= date! ? el('period-end', { 'iso-date': c.due }) : undefined,
        value(date!),
        ...parties,
      ]));
      continue;
    }
    out.transactions.push(transaction(c.id, own ? TRANSACTION_TYPE.outgoingCommitment : TRANSACTION_TYPE.incomingCommitment, committedOn, value(committedOn), describe(c, 'committed'), parties));
    if (c.status !== 'delivered') continue;
    if (delivered === undefined) {
      ctx.recommended('resources', [...at, 'status'], c.delivered_on === undefined ? `The ${shown} is delivered but has no \`delivered_on:\`, so IATI does not show the money as received.` : `The ${shown} is delivered on ${formatDate(c.delivered_on) ?? c.delivered_on}, after the export's date, so IATI does not show the money as received yet.`, 'Set `delivered_on:` (YYYY-MM-DD) to the day the money arrived.');
      continue;
    }
    out.transactions.push(transaction(`${c.id}-received`, own ? TRANSACTION_TYPE.disbursement : TRANSACTION_TYPE.incomingFunds, delivered, value(delivered), describe(c, 'delivered'), parties));
  }
  return out;
}

function transaction(ref: string, type: string, date: string, value: XmlElement, description: string, parties: (XmlElement | false)[]): XmlElement {
  return el('transaction', { ref }, [el('transaction-type', { code: type }), el('transaction-date', { 'iso-date': date }), value, el('description', {}, [el('narrative', {}, description)]), ...parties]);
}

function describe(c: Commitment, what: 'committed' | 'delivered'): string {
  const due = c.due !== undefined && what === 'committed' ? ` (due by ${formatDate(c.due) ?? c.due})` : '';
  return `${c.description}${due}`;
}

export function orgElement(name: 'provider-org' | 'receiver-org', org: OrgRef): XmlElement {
  return el(name, { ref: org.ref, type: org.type }, [el('narrative', {}, org.name)]);
}
