/** Commitments as of the review date (seed 002, "Track and follow-through on commitments made by each partner"). */
import type { ResourcesFile } from '../../../../model/index.js';
import { daysBetween } from '../../../base/dates.js';
import { overdueText, spanOfDays } from '../../../base/wording.js';
import * as L from '../../labels.js';
import { clean } from '../../text.js';
import type { ReviewContext } from '../context.js';
import type { CommitmentRow, ReviewView } from '../view.js';
import { long } from '../words.js';

type Commitment = NonNullable<ResourcesFile['commitments']>[number];

const ORDER = { late: 0, open: 1, kept: 2, withdrawn: 3 } as const;

/** Late first (most overdue first), then open, kept and withdrawn; by due date within each. */
export function commitmentRows(c: ReviewContext): CommitmentRow[] {
  return (c.model.resources?.commitments ?? [])
    .map((x) => commitmentRow(c, x))
    .map((row, i) => ({ row, i }))
    .sort((a, b) => ORDER[a.row.state] - ORDER[b.row.state] || (b.row.daysOverdue ?? 0) - (a.row.daysOverdue ?? 0) || (a.row.due ?? '9999').localeCompare(b.row.due ?? '9999') || a.i - b.i)
    .map(({ row }) => row);
}

function commitmentRow(c: ReviewContext, x: Commitment): CommitmentRow {
  const { asOf } = c;
  const description = clean(x.description) ?? x.id;
  const due = x.due ?? null;
  const deliveredBy = x.status === 'delivered' && (!x.delivered_on || x.delivered_on <= asOf);
  let state: CommitmentRow['state'];
  let daysOverdue: number | null = null;
  const notes: string[] = [];
  if (x.status === 'withdrawn') state = 'withdrawn';
  else if (deliveredBy) {
    state = 'kept';
    if (x.delivered_on && due && x.delivered_on > due) notes.push(`Delivered on ${long(x.delivered_on)}, ${spanOfDays(daysBetween(due, x.delivered_on))} after it was due.`);
    else if (x.delivered_on) notes.push(`Delivered on ${long(x.delivered_on)}.`);
  } else {
    if (x.status === 'delivered' && x.delivered_on) notes.push(`Delivered after the review, on ${long(x.delivered_on)}.`);
    if (due && due < asOf) {
      state = 'late';
      daysOverdue = daysBetween(due, asOf);
    } else state = x.status === 'late' && !due ? 'late' : 'open';
  }
  const n = clean(x.note);
  if (n) notes.push(n);
  const stateLabel = state === 'kept' ? 'Kept' : state === 'withdrawn' ? 'Withdrawn' : state === 'open' ? 'Open' : daysOverdue !== null ? `Late: ${overdueText(daysOverdue)}` : 'Late';
  const shownStatus = x.status === 'delivered' && !deliveredBy ? 'In progress' : L.label(L.COMMITMENT_STATUS, x.status) ?? 'No status';
  return { partner: c.nameOf(x.stakeholder), description, type: x.type === 'cash' ? 'Cash' : 'In kind', due, status: shownStatus, state, stateLabel, daysOverdue, note: notes.length ? notes.join(' ') : null };
}

export function commitmentSummary(commitments: readonly CommitmentRow[]): ReviewView['summary']['commitments'] {
  const cc = { kept: commitments.filter((x) => x.state === 'kept').length, late: commitments.filter((x) => x.state === 'late').length, open: commitments.filter((x) => x.state === 'open').length, withdrawn: commitments.filter((x) => x.state === 'withdrawn').length };
  const text = commitments.length ? `${commitments.length === 1 ? '1 commitment' : `${commitments.length} commitments`}: ${[`${cc.kept} kept`, `${cc.late} late`, `${cc.open} open`, ...(cc.withdrawn ? [`${cc.withdrawn} withdrawn`] : [])].join(', ')}.` : 'none recorded.';
  return { ...cc, text };
}
