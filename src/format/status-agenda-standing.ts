/**
 * The parts of the status agenda (`partner status --format md`) that say where the agreement stands, which form of
 * partnership fits, and which capacities the current stage needs: in the partners' words, with names, dates in
 * words and labels (never ids, codes or seed citations). Lines are plain text; the agenda escapes them.
 */
import { formatDate, listText } from '../core/base/wording.js';
import { FORM, label } from '../core/documents/labels.js';
import type { ActivityStanding, AgreementStanding, CapacityNeed, StageCapacities, Table2State, TypologyStanding } from '../core/lifecycle/standing.js';
import { activityLine, capacityNeedLine } from './status-standing.js';

const STATE_WORDS: Record<Table2State, string> = { 'in-place': 'in place', 'under-way': 'under way', 'not-yet': 'not yet', 'not-recorded': 'not discussed yet' };
const DIVERSITY: Readonly<Record<string, string>> = { low: 'much alike', medium: 'somewhat different from one another', high: 'very different from one another' };
const SPECIFICITY: Readonly<Record<string, string>> = { low: 'broad', medium: 'fairly specific', high: 'highly specific' };

const date = (d: string): string => formatDate(d) ?? d;


/** One sentence per part: the agreement in principle, who accepted it, who must still ratify it, the open points. */
export function agreementAgenda(a: AgreementStanding, name: (id: string) => string): string[] {
  const total = a.accepted.length + a.awaiting.length;
  const out = [a.inPrinciple ? `Agreed in principle on ${date(a.inPrinciple)}.` : 'No agreement in principle yet.'];
  if (total) out.push(`Accepted by ${a.accepted.length} of ${total} active partners${a.awaiting.length ? `; still to accept: ${listText(a.awaiting.map(name))}` : ''}.`);
  if (a.ratificationNeeded.length) out.push(`Still to be ratified by their own organisations: ${listText(a.ratificationNeeded.map(name))}.`);
  const open: string[] = [];
  if (a.central) open.push(`${a.central} to settle before the work starts`);
  if (a.parked) open.push(`${a.parked} put aside for later`);
  if (open.length) out.push(`Points still open: ${listText(open)}.`);
  return out;
}

/** The form of partnership that fits how different the partners are and how specific their task is. */
export function typologyAgenda(t: TypologyStanding): string {
  const forms = (list: readonly string[]) => listText(list.map((f) => label(FORM, f) ?? f), 'or');
  const fit = `The partners are ${DIVERSITY[t.diversity] ?? t.diversity} and their joint task is ${SPECIFICITY[t.specificity] ?? t.specificity}: that suits ${forms(t.fits)}.`;
  if (!t.form) return `${fit} The partners have not chosen a form yet.`;
  const chosen = `The partners chose ${forms([t.form])}${t.contradicts ? ', which does not fit these two; it is worth discussing again' : ''}.`;
  return `${fit} ${chosen}${t.loose ? ' It is a loose form that needs no decision-making body.' : ''}`;
}

/** Per stage, the capacities it needs and what helps build them, each with how far it has come. */
export function capacitiesAgenda(rows: readonly StageCapacities[], stageName: (stage: number) => string): { heading: string; lines: string[] }[] {
  const line = (e: StageCapacities['capacities'][number]) => `${e.text.replace(/\.$/, '')}: ${STATE_WORDS[e.state]}${e.note ? ` (${e.note.replace(/\.$/, '')})` : ''}.`;
  return rows.flatMap((row) => [
    { heading: `${stageName(row.stage)}: the capacities needed`, lines: row.capacities.map(line) },
    { heading: `${stageName(row.stage)}: what helps build them`, lines: row.interventions.map(line) },
  ]);
}

/** The activities and their outputs, one line each, the lead by name. */
export function activitiesAgenda(list: readonly ActivityStanding[], name: (id: string) => string): string[] {
  return list.map((a) => activityLine(a, name));
}

/** The capacity-building needs, those not yet met first, each with the support and who gives it. */
export function capacityBuildingAgenda(list: readonly CapacityNeed[], name: (id: string) => string): string[] {
  return [...list.filter((c) => c.status !== 'done'), ...list.filter((c) => c.status === 'done')].map((c) => capacityNeedLine(c, name));
}
