/** How `partner status` shows where the agreement stands, seed 003 Table 2, the activities and capacity-building: text and JSON parts. */
import { formatDate, listText } from '../core/base/wording.js';
import { FORM } from '../core/documents/labels.js';
import type { ActivityStanding, AgreementStanding, CapacityNeed, StageCapacities, Table2State, TypologyStanding } from '../core/lifecycle/standing.js';

const MARK: Record<Table2State, string> = { 'in-place': '✔', 'under-way': '◐', 'not-yet': '✖', 'not-recorded': '○' };
const WORDS: Record<Table2State, string> = { 'in-place': 'in place', 'under-way': 'under way', 'not-yet': 'not yet', 'not-recorded': 'not recorded' };

/** One sentence per part: agreement in principle, acceptances, ratifications, open points; parties by name. */
export function agreementSentences(a: AgreementStanding, name: (id: string) => string): string[] {
  const total = a.accepted.length + a.awaiting.length;
  const out = [a.inPrinciple ? `Agreed in principle on ${formatDate(a.inPrinciple) ?? a.inPrinciple}.` : 'No agreement in principle recorded yet (record it with `partner record agreement-in-principle`).'];
  if (total) out.push(`Accepted by ${a.accepted.length} of ${total} active partners${a.awaiting.length ? `; still to accept: ${listText(a.awaiting.map(name))} (record each with \`partner record acceptance\`)` : ''}.`);
  if (a.ratificationNeeded.length) out.push(`Still to be ratified by their organisations: ${listText(a.ratificationNeeded.map(name))}.`);
  if (a.central + a.parked) out.push(`Open points: ${a.central} central (to resolve before implementing), ${a.parked} parked (\`partner record open-point\` lists them).`);
  return out;
}

/** Text lines under a "Capacities and interventions" heading, indented by the caller's wrap. */
export function capacityEntries(rows: readonly StageCapacities[]): { heading: string; lines: string[] }[] {
  return rows.flatMap((row) => [
    { heading: `Stage ${row.stage} (Table 2 row "${row.label}"): capacities needed`, lines: row.capacities.map(entryLine) },
    { heading: `Stage ${row.stage}: supporting interventions`, lines: row.interventions.map(entryLine) },
  ]);
}

// The name in brackets is what the broker types to record the line (`partner record capacity <name> <state>`).
function entryLine(e: StageCapacities['capacities'][number]): string {
  return `${MARK[e.state]} ${e.text.replace(/\.$/, '')}: ${WORDS[e.state]}${e.note ? ` (${e.note.replace(/\.$/, '')})` : ''} [${e.id}]`;
}

/** "Dig the trenches (led by River Women). Outputs: 2 km of trench; 40 household taps. Outcome: water within 100 m." */
export function activityLine(a: ActivityStanding, name: (id: string) => string): string {
  const lead = a.lead ? ` (led by ${name(a.lead)})` : '';
  const outputs = a.outputs.length ? ` Outputs: ${a.outputs.map((o) => o.replace(/\.$/, '')).join('; ')}.` : ' No outputs recorded yet.';
  return `${a.name.replace(/\.$/, '')}${lead}.${outputs}${a.outcome ? ` Outcome: ${a.outcome.replace(/\.$/, '')}.` : ''}`;
}

const NEED_STATUS: Readonly<Record<string, string>> = { planned: 'planned', 'under-way': 'under way', done: 'done' };

/** "Orangi lane organisations: Keep accounts. Support: Book-keeping course, by OPP; planned." */
export function capacityNeedLine(c: CapacityNeed, name: (id: string) => string): string {
  const by = c.by ? `${c.activity ? ', by' : 'from'} ${name(c.by)}` : '';
  const support = c.activity || c.by ? ` Support: ${c.activity?.replace(/\.$/, '') ?? ''}${by}` : ' No support arranged yet';
  return `${name(c.stakeholder)}: ${c.need.replace(/\.$/, '')}.${support}${c.status ? `; ${NEED_STATUS[c.status] ?? c.status}` : ''}.`;
}

export function activitiesJson(list: readonly ActivityStanding[]): unknown {
  return list.map((a) => ({ id: a.id, name: a.name, lead: a.lead ?? null, outputs: a.outputs, outcome: a.outcome ?? null }));
}

export function capacityBuildingJson(list: readonly CapacityNeed[]): unknown {
  return list.map((c) => ({ stakeholder: c.stakeholder, need: c.need, activity: c.activity ?? null, by: c.by ?? null, status: c.status ?? null }));
}

export function agreementJson(a: AgreementStanding | undefined): unknown {
  if (!a) return null;
  return { in_principle: a.inPrinciple ?? null, accepted: a.accepted, awaiting: a.awaiting, ratification_needed: a.ratificationNeeded, central: a.central, parked: a.parked };
}

export function capacitiesJson(rows: readonly StageCapacities[]): unknown {
  const entry = (e: StageCapacities['capacities'][number]) => ({ id: e.id, text: e.text, state: e.state, note: e.note ?? null });
  return rows.map((r) => ({ stage: r.stage, label: r.label, capacities: r.capacities.map(entry), interventions: r.interventions.map(entry) }));
}

/** "High partner diversity, high task specificity: seed 003 Table 1 gives a coalition, a partnership or a new organisation; recorded: a coalition." */
export function typologySentence(t: TypologyStanding): string {
  const words = (f: string) => FORM[f] ?? f;
  const recorded = t.form ? `; recorded: ${words(t.form)}${t.contradicts ? ', which does not fit (see `partner check`)' : ''}${t.loose ? ' (loose: no decision-making body needed)' : ''}` : '; no form recorded yet';
  return `${t.diversity} partner diversity, ${t.specificity} task specificity: seed 003 Table 1 gives ${listText(t.fits.map(words), 'or')}${recorded}.`;
}

export function typologyJson(t: TypologyStanding | undefined): unknown {
  return t ? { partner_diversity: t.diversity, task_specificity: t.specificity, fits: t.fits, form: t.form ?? null, contradicts: t.contradicts, loose: t.loose } : null;
}
