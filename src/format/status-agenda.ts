/**
 * `partner status --format md`: the agenda handed to the partners at a meeting. It speaks as a person would:
 * names, not ids; dates and phases in words; no seed citations, file names or tool commands. What the seeds ask is
 * put as questions for the meeting, and where they come from is said once, in "About this document".
 */
import { formatDate, fromToday, spanOfDays } from '../core/base/wording.js';
import { COMMITMENT_STATUS, FREQUENCY, label, PHASE } from '../core/documents/labels.js';
import { PHASES, type Phase } from '../core/folder/layout.js';
import { SEED_003_STAGES, SEED_004_STEPS } from '../core/lifecycle/phases.js';
import type { SeedQuestion } from '../core/lifecycle/questions.js';
import type { PartnershipStatus } from '../core/lifecycle/status.js';
import { activitiesAgenda, agreementAgenda, capacitiesAgenda, capacityBuildingAgenda, typologyAgenda } from './status-agenda-standing.js';

/** What each file of the record holds, in words. */
const FILE_WORDS: Readonly<Record<string, string>> = {
  'partnership.yaml': "the partnership's basics",
  'stakeholders.yaml': 'the stakeholder map',
  'decision-rules.yaml': 'the decision rules',
  'communication.yaml': 'the communication plan',
  'resources.yaml': 'the needs and commitments',
  'indicators.yaml': 'the indicators',
  'risks.yaml': 'the risks',
};

const ORDINAL = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];

/** A citation of a seed, in brackets or after a semicolon: left out of what partners read. */
export function withoutCitations(text: string): string {
  return text
    .replace(/\s*\((?:see |after )?seeds? \d{3}(?:[^()]|\([^()]*\))*\)/gi, '')
    .replace(/[;,]\s*seeds? \d{3}[^;,.)]*/gi, '')
    .replace(/\bISPs\b/g, 'partnerships')
    .replace(/\bISP\b/g, 'partnership');
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const phaseWord = (p: Phase): string => capital(label(PHASE, p) ?? p);
const date = (d: string): string => formatDate(d) ?? d;

export function statusAgenda(s: PartnershipStatus): string {
  const out: string[] = [];
  const name = (id: string | undefined) => (id === undefined ? undefined : s.names[id] ?? id);
  out.push(`# ${md(s.name ?? 'Unnamed partnership')}: where the partnership stands on ${date(s.asOf)}`, '');
  if (s.phase) {
    out.push(`**Phase:** ${phaseWord(s.phase)}, the ${ORDINAL[PHASES.indexOf(s.phase)]} of the six phases of the partnering cycle.`, '');
    out.push(PHASES.map((p) => (p === s.phase ? `**${phaseWord(p)}**` : phaseWord(p))).join(' → '), '');
  } else out.push('**Phase:** not known yet: the record of the partnership is being corrected.', '');

  if (s.next) {
    const done = s.next.requirements.filter((r) => r.done).length;
    out.push(`## Before moving on to ${(label(PHASE, s.next.phase) ?? s.next.phase).toLowerCase()}: ${done} of ${s.next.requirements.length} done`, '');
    for (const r of s.next.requirements) out.push(`- [${r.done ? 'x' : ' '}] ${md(withoutCitations(r.description))}`);
    out.push('');
  }
  if (s.filesWithErrors.length) out.push(`Not yet counted, because the record has errors in ${s.filesWithErrors.map((f) => FILE_WORDS[f] ?? (f.startsWith('assessments/') ? 'an internal assessment' : f.startsWith('reviews/') ? 'a review' : 'a part of the record')).filter((w, i, all) => all.indexOf(w) === i).join(', ')}.`, '');

  out.push('## Follow-up', '');
  out.push(`- **Overdue commitments:** ${s.commitmentsOverdue.length ? '' : 'none'}`);
  for (const c of s.commitmentsOverdue) {
    const status = c.status ? (label(COMMITMENT_STATUS, c.status) ?? c.status).toLowerCase() : 'not marked delivered';
    out.push(`  - ${md(name(c.stakeholder) ?? '')}: ${md(c.description)}. Due on ${date(c.due)}, ${spanOfDays(c.daysOverdue)} ago; ${status}.`);
  }
  out.push(`- **Open actions from meetings:** ${s.openActions.length ? '' : 'none'}`);
  for (const a of s.openActions) {
    const who = a.owner ? `${md(name(a.owner) ?? '')}: ` : '';
    const when = a.due ? (a.daysOverdue !== undefined ? ` Was due on ${date(a.due)}, ${spanOfDays(a.daysOverdue)} ago.` : ` Due on ${date(a.due)}.`) : '';
    out.push(`  - ${who}${md(a.text)}.${when} From the meeting of ${date(a.meeting.slice(0, 10))}.`);
  }
  out.push(`- **Indicators due for measurement:** ${s.indicatorsDue.length ? '' : 'none'}`);
  for (const i of s.indicatorsDue) {
    const who = i.owner ? `, by ${md(name(i.owner) ?? '')}` : '';
    const when = i.lastMeasured ? `last measured on ${date(i.lastMeasured)}` : 'not measured yet';
    out.push(`  - ${md(i.name)}: measured ${label(FREQUENCY, i.frequency) ?? i.frequency}${who}; ${when}${i.due ? `, due on ${date(i.due)}` : ''}.`);
  }
  out.push(`- **Next review:** ${reviewWords(s)}`, '');

  if (s.typology) out.push('## The form of the partnership', '', md(typologyAgenda(s.typology)), '');
  if (s.agreement) out.push('## Where the agreement stands', '', ...agreementAgenda(s.agreement, (id) => name(id) ?? id).map((l) => `- ${md(l)}`), '');
  if (s.activities.length) out.push('## Activities and outputs', '', ...activitiesAgenda(s.activities, (id) => name(id) ?? id).map((l) => `- ${md(l)}`), '');
  if (s.capacityBuilding.length) out.push('## Building capacity', '', ...capacityBuildingAgenda(s.capacityBuilding, (id) => name(id) ?? id).map((l) => `- ${md(l)}`), '');
  if (s.capacities.length) {
    out.push('## Capacities for this stage', '');
    for (const group of capacitiesAgenda(s.capacities, stageName)) out.push(`### ${md(group.heading)}`, '', ...group.lines.map((l) => `- ${md(l)}`), '');
  }

  out.push('## Questions for the meeting', '');
  if (!s.questions.length) out.push('No questions are suggested at this phase.', '');
  for (const group of groups(s.questions)) {
    out.push(`### ${md(group.heading)}`, '');
    for (const q of group.questions) {
      out.push(`- ${md(withoutCitations(q.text))}${q.context ? ` *${md(withoutCitations(q.context))}*` : ''}`);
      for (const f of q.followUps ?? []) out.push(`  - ${md(withoutCitations(f))}`);
    }
    out.push('');
  }

  out.push('## About this document', '');
  const capacities = s.capacities.length ? " The capacities are those Waddell and Brown's summary of the stages of a partnership names, with what the record says of each." : '';
  out.push(`Prepared from the partnership's own record. The phases follow the partnering cycle of *The Partnering Process* (UNESCO and The Partnering Initiative); the questions are those that *The Partnering Process*, Waddell and Brown's *Fostering Intersectoral Partnering* and USAID's *User Guide to Intersectoral Partnering* ask at this stage of a partnership.${capacities}`);
  return `${out.join('\n').replace(/\n+$/, '').replace(/ +$/gm, '')}\n`;
}

function reviewWords(s: PartnershipStatus): string {
  const r = s.review;
  if (!r) return 'not agreed yet.';
  const parts: string[] = [];
  if (r.next) {
    const d = r.daysToNext ?? 0;
    parts.push(`${date(r.next)} (${fromToday(d, r.overdue)})`);
  } else parts.push('no date set');
  if (r.frequency) parts.push(`reviews are held ${label(FREQUENCY, r.frequency) ?? r.frequency}`);
  if (r.last) parts.push(`the last was on ${date(r.last)}`);
  return `${parts.join('; ')}.`;
}

/** A stage of a partnership, in plain words ("Setting shared directions"). */
function stageName(stage: number): string {
  return capital(withoutCitations(SEED_003_STAGES[stage] ?? 'This stage').toLowerCase());
}

/** The questions by the stage of a partnership they belong to, headed in plain words. */
function groups(questions: readonly SeedQuestion[]): { heading: string; questions: SeedQuestion[] }[] {
  const out: { heading: string; questions: SeedQuestion[] }[] = [];
  for (const q of questions) {
    const title = q.seed === '002' ? q.section : q.seed === '003' ? SEED_003_STAGES[q.stage ?? 0] : SEED_004_STEPS[q.step ?? 0];
    const heading = capital(withoutCitations(title ?? 'Questions').toLowerCase());
    const last = out[out.length - 1];
    if (last?.heading === heading) last.questions.push(q);
    else out.push({ heading, questions: [q] });
  }
  return out;
}

/** Escapes the characters Markdown would read as formatting in text that comes from the files or the seeds. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}
