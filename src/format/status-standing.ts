/** How `partner status` shows where the agreement stands and seed 003 Table 2: text, Markdown and JSON parts. */
import { listText } from '../core/base/wording.js';
import type { AgreementStanding, StageCapacities, Table2State, TypologyStanding } from '../core/lifecycle/standing.js';

const MARK: Record<Table2State, string> = { 'in-place': '✔', 'under-way': '◐', 'not-yet': '✖', 'not-recorded': '○' };
const WORDS: Record<Table2State, string> = { 'in-place': 'in place', 'under-way': 'under way', 'not-yet': 'not yet', 'not-recorded': 'not recorded' };

/** One sentence per part: agreement in principle, acceptances, ratifications, open points. */
export function agreementSentences(a: AgreementStanding, name: (id: string) => string): string[] {
  const total = a.accepted.length + a.awaiting.length;
  const out = [a.inPrinciple ? `Agreed in principle on ${a.inPrinciple}.` : 'No agreement in principle recorded yet (`agreement_in_principle:` in partnership.yaml).'];
  if (total) out.push(`Accepted by ${a.accepted.length} of ${total} active partners${a.awaiting.length ? `; still to accept: ${listText(a.awaiting.map(name))}` : ''}.`);
  if (a.ratificationNeeded.length) out.push(`Still to be ratified by their organisations: ${listText(a.ratificationNeeded.map(name))}.`);
  if (a.central + a.parked) out.push(`Open points: ${a.central} central (to resolve before implementing), ${a.parked} parked.`);
  return out;
}

/** Text lines under a "Capacities and interventions" heading, indented by the caller's wrap. */
export function capacityEntries(rows: readonly StageCapacities[]): { heading: string; lines: string[] }[] {
  return rows.flatMap((row) => [
    { heading: `Stage ${row.stage} (Table 2 row "${row.label}"): capacities needed`, lines: row.capacities.map(entryLine) },
    { heading: `Stage ${row.stage}: supporting interventions`, lines: row.interventions.map(entryLine) },
  ]);
}

function entryLine(e: StageCapacities['capacities'][number]): string {
  return `${MARK[e.state]} ${e.text} (${e.id}: ${WORDS[e.state]})${e.note ? `: ${e.note}` : ''}`;
}

export function agreementJson(a: AgreementStanding | undefined): unknown {
  if (!a) return null;
  return { in_principle: a.inPrinciple ?? null, accepted: a.accepted, awaiting: a.awaiting, ratification_needed: a.ratificationNeeded, central: a.central, parked: a.parked };
}

export function capacitiesJson(rows: readonly StageCapacities[]): unknown {
  const entry = (e: StageCapacities['capacities'][number]) => ({ id: e.id, text: e.text, state: e.state, note: e.note ?? null });
  return rows.map((r) => ({ stage: r.stage, label: r.label, capacities: r.capacities.map(entry), interventions: r.interventions.map(entry) }));
}

/** "High partner diversity, high task specificity: seed 003 Table 1 gives coalition, partnership or new-organisation; recorded: coalition." */
export function typologySentence(t: TypologyStanding): string {
  const recorded = t.form ? `; recorded: ${t.form}${t.contradicts ? ', which does not fit (see `partner check`)' : ''}${t.loose ? ' (loose: no decision-making body needed)' : ''}` : '; no form recorded yet';
  return `${t.diversity} partner diversity, ${t.specificity} task specificity: seed 003 Table 1 gives ${t.fits.join(', ')}${recorded}.`;
}

export function typologyJson(t: TypologyStanding | undefined): unknown {
  return t ? { partner_diversity: t.diversity, task_specificity: t.specificity, fits: t.fits, form: t.form ?? null, contradicts: t.contradicts, loose: t.loose } : null;
}
