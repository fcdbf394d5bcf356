import { folderName } from '../util/folder-name.js';
import { fromToday, spanOfDays } from '../core/base/wording.js';
import { FREQUENCY, label } from '../core/documents/labels.js';
import { PHASES, type Phase } from '../core/folder/layout.js';
import { LIFECYCLE, numberRange, SEED_002_PHASES, SEED_003_STAGES, SEED_004_STEPS } from '../core/lifecycle/phases.js';
import type { SeedQuestion } from '../core/lifecycle/questions.js';
import type { PartnershipStatus } from '../core/lifecycle/status.js';
import { activitiesJson, activityLine, agreementJson, agreementSentences, capacitiesJson, capacityBuildingJson, capacityEntries, capacityNeedLine, typologyJson, typologySentence } from './status-standing.js';
import { statusAgenda } from './status-agenda.js';
import { inert, inertJson } from './inert.js';

/** The output formats of `partner status`. */
export const STATUS_FORMATS = ['text', 'json', 'md'] as const;
export type StatusFormat = (typeof STATUS_FORMATS)[number];

/** Pure: a status in, text out. */
export function formatStatus(status: PartnershipStatus, format: StatusFormat): string {
  // The names, descriptions and dates are data: shown inert, whichever format (src/format/inert.ts).
  if (format === 'json') return `${inertJson(JSON.stringify(statusJson(status), null, 2))}\n`;
  if (format === 'md') return inert(statusAgenda(status));
  return inert(statusText(status));
}

const WIDTH = 100;

// ---- text

export function statusText(s: PartnershipStatus): string {
  const out: string[] = [];
  const name = (id: string) => s.names[id]?.trim() || id;
  out.push(s.name ?? '(unnamed partnership)');
  out.push(`  ${folderName(s.dir)} · as of ${s.asOf}`, '');

  out.push('Partnering cycle (seed 002)');
  out.push(...lifecycleLines(s.phase).map((l) => `  ${l}`));
  out.push(...wrap(s.phase ? `Now: ${s.phase}. ${whereInSeeds(s.phase)}.` : 'Now: not known, because partnership.yaml has errors or no valid `phase:`. Run `partner check`.', '  '), '');

  // A checklist judged without a file is misleading unless this comes first: what it could not read.
  if (s.filesWithErrors.length) out.push(...wrap(`⚠ Left out because they have errors: ${s.filesWithErrors.join(', ')}. What follows counts without them: fix them first (\`partner check\` shows where).`, ''), '');
  if (s.next) {
    const done = s.next.requirements.filter((r) => r.done).length;
    out.push(`Before ${s.next.phase}: ${done} of ${s.next.requirements.length} done${s.next.ready ? ', ready to move on' : ''}`);
    for (const r of s.next.requirements) out.push(...wrap(`${r.done ? '✔' : '✖'} ${r.description}`, '  ', '    '));
    out.push(...wrap(s.next.ready ? `Move on with \`partner advance\`.` : `When all are done: \`partner advance\`. Where each is missing: \`partner check --phase ${s.next.phase}\`.`, '  '), '');
  } else if (s.phase) out.push(`${capitalise(s.phase)} is the last phase of the cycle.`, '');

  out.push('Follow-up');
  out.push(...listText('Overdue commitments', s.commitmentsOverdue.map(commitmentLine)));
  out.push(...listText('Open actions from meetings', s.openActions.map(actionLine)));
  out.push(...listText('Indicators due for measurement', s.indicatorsDue.map(indicatorLine)));
  out.push(...wrap(`Next review: ${reviewLine(s)}.`, '  ', '    '));
  out.push(...wrap(`partner check: ${counts(s.check)}${s.filesWithErrors.length ? `; files with errors: ${s.filesWithErrors.join(', ')} (\`partner check\` shows where)` : ''}.`, '  ', '    '), '');

  if (s.typology) out.push('Typology', ...wrap(capitalise(typologySentence(s.typology)), '  ', '    '), '');
  if (s.agreement) {
    out.push('The agreement (seed 002)');
    for (const sentence of agreementSentences(s.agreement, name)) out.push(...wrap(sentence, '  ', '    '));
    out.push('');
  }
  if (s.activities.length) {
    out.push('Activities and outputs (seed 002, Planning)');
    for (const a of s.activities) out.push(...wrap(`• ${activityLine(a, name)}`, '  ', '    '));
    out.push('');
  }
  if (s.capacityBuilding.length) {
    const open = s.capacityBuilding.filter((c) => c.status !== 'done').length;
    out.push(`Capacity-building (seed 004 step 6): ${open} of ${s.capacityBuilding.length} needs not yet met`);
    for (const c of s.capacityBuilding) out.push(...wrap(`${c.status === 'done' ? '✔' : '•'} ${capacityNeedLine(c, name)}`, '  ', '    '));
    out.push('');
  }
  if (s.capacities.length) {
    out.push('Capacities and interventions (seed 003 Table 2; record one with `partner record capacity <[name]> in-place|under-way|not-yet`)');
    for (const group of capacityEntries(s.capacities)) {
      out.push(`  ${group.heading}`);
      for (const l of group.lines) out.push(...wrap(l, '    ', '      '));
    }
    out.push('');
  }

  out.push(s.questions.length ? 'Questions for the next meeting' : 'Questions for the next meeting: none at this phase.');
  for (const group of questionGroups(s.questions)) {
    out.push(`  ${group.heading}`);
    for (const q of group.questions) {
      const mark = q.number ? `${q.number} ` : '• ';
      out.push(...wrap(`${mark}${q.text}${q.context ? ` (${q.context})` : ''}`, '    ', `    ${' '.repeat(mark.length)}`));
      for (const f of q.followUps ?? []) out.push(...wrap(`– ${f}`, '      ', '        '));
    }
  }
  out.push('', ...wrap(termsNote(out.join('\n')), ''));
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

/**
 * The six phases on one line, the current one in brackets, and under them seed 002's four phases:
 *   scoping ─ building ─ [planning] ─ implementing ─ reviewing ─ sustaining
 *   ╰─────────── Phase 1 ───────────╯   Phase 2       Phase 3     Phase 4
 */
export function lifecycleLines(current: Phase | undefined): [string, string] {
  const tokens = PHASES.map((p) => (p === current ? `[${p}]` : p));
  const sep = ' ─ ';
  const starts: number[] = [];
  let at = 0;
  for (const t of tokens) {
    starts.push(at);
    at += t.length + sep.length;
  }
  const under = Array.from({ length: at }, () => ' ');
  for (const n of [1, 2, 3, 4] as const) {
    const members = PHASES.map((p, i) => ({ p, i })).filter(({ p }) => LIFECYCLE[p].seed002.phase === n);
    const first = members[0]!.i;
    const last = members[members.length - 1]!.i;
    const start = starts[first]!;
    const width = starts[last]! + tokens[last]!.length - start;
    const label = `Phase ${n}`;
    let text: string;
    if (members.length > 1) {
      const inner = width - 2 - label.length - 2;
      const left = Math.max(1, Math.floor(inner / 2));
      text = `╰${'─'.repeat(left)} ${label} ${'─'.repeat(Math.max(1, inner - left))}╯`;
    } else text = `${' '.repeat(Math.max(0, Math.floor((width - label.length) / 2)))}${label}`;
    for (let k = 0; k < text.length; k++) under[start + k] = text[k]!;
  }
  return [tokens.join(sep), under.join('').trimEnd()];
}

/** "Seed 002 Phase 1, Creation and relationship building (Planning, ...); seed 003 stage 3, ...; seed 004 steps 5–6, ..." */
export function whereInSeeds(phase: Phase): string {
  const { seed002, seed003, seed004 } = LIFECYCLE[phase];
  const parts = [`Seed 002 Phase ${seed002.phase}, ${SEED_002_PHASES[seed002.phase]} (${seed002.sections.join(', ')})`];
  parts.push(`seed 003 stage${seed003.stages.length > 1 ? 's' : ''} ${numberRange(seed003.stages)} (${seed003.stages.map((n) => SEED_003_STAGES[n]).join('; ')})`);
  parts.push(seed004.steps.length ? `seed 004 step${seed004.steps.length > 1 ? 's' : ''} ${numberRange(seed004.steps)} (${seed004.steps.map((n) => SEED_004_STEPS[n]).join('; ')})` : 'no step of seed 004');
  return parts.join('; ');
}

/** The terms used above, explained once: the seeds, and ISP when a question uses it. */
export function termsNote(text: string): string {
  const isp = /\bISPs?\b/.test(text) ? ' ISP: intersectoral partnership, seed 003\'s word for a partnership of government, business and civil society.' : '';
  return `Seeds are the source documents partner follows (seed 002: The Partnering Process; 003: Waddell and Brown; 004: USAID); \`partner explain seed 003\` says more.${isp}`;
}

function listText(title: string, lines: string[]): string[] {
  if (!lines.length) return [`  ${title}: none.`];
  return [`  ${title}: ${lines.length}`, ...lines.flatMap((l) => wrap(`✖ ${l}`, '    ', '      '))];
}

function actionLine(a: PartnershipStatus['openActions'][number]): string {
  const when = a.due ? (a.daysOverdue !== undefined ? `, was due on ${a.due} (${spanOfDays(a.daysOverdue)} ago)` : `, due ${a.due}`) : '';
  return `${a.text}${a.owner ? ` (${a.ownerName ?? a.owner})` : ''}${when}; from the meeting of ${a.meeting.slice(0, 10)}`;
}

function commitmentLine(c: PartnershipStatus['commitmentsOverdue'][number]): string {
  return `${c.description} (${c.stakeholderName}) was due on ${c.due}, ${spanOfDays(c.daysOverdue)} ago, and is ${c.status ? c.status.replace(/-/g, ' ') : 'not marked delivered'}.`;
}

function indicatorLine(i: PartnershipStatus['indicatorsDue'][number]): string {
  const when = i.lastMeasured ? `last measured ${i.lastMeasured}` : 'never measured';
  return `${i.name} (${label(FREQUENCY, i.frequency) ?? i.frequency}${i.ownerName ? `, by ${i.ownerName}` : ''}): ${when}${i.due ? `, due ${i.due}` : ''}.`;
}

function reviewLine(s: PartnershipStatus): string {
  const r = s.review;
  if (!r) return 'no review cadence agreed yet (review_cadence in indicators.yaml)';
  const parts: string[] = [];
  if (r.next) {
    const d = r.daysToNext ?? 0;
    parts.push(`${r.next} (${fromToday(d, r.overdue)})`);
  } else parts.push('no date set');
  if (r.frequency) parts.push(label(FREQUENCY, r.frequency) ?? r.frequency);
  if (r.last) parts.push(`last review ${r.last}`);
  return parts.join(', ');
}

function counts(c: { errors: number; warnings: number }): string {
  return `${c.errors} error${c.errors === 1 ? '' : 's'}, ${c.warnings} warning${c.warnings === 1 ? '' : 's'}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

interface QuestionGroup {
  heading: string;
  questions: SeedQuestion[];
}

export function questionGroups(questions: readonly SeedQuestion[]): QuestionGroup[] {
  const groups: QuestionGroup[] = [];
  for (const q of questions) {
    const heading = q.seed === '002' ? `Seed 002, ${q.section ?? ''}` : q.seed === '003' ? `Seed 003, stage ${q.stage}: ${SEED_003_STAGES[q.stage ?? 0]}` : `Seed 004, step ${q.step}: ${SEED_004_STEPS[q.step ?? 0]}`;
    const last = groups[groups.length - 1];
    if (last?.heading === heading) last.questions.push(q);
    else groups.push({ heading, questions: [q] });
  }
  return groups;
}

/** Wraps at word boundaries to WIDTH columns: `first` before the first line, `rest` before the others. */
function wrap(text: string, first: string, rest: string = first): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(' ')) {
    if (!empty && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = rest + word;
    } else line += (empty ? '' : ' ') + word;
    empty = false;
  }
  lines.push(line);
  return lines;
}

// ---- json

/** The `--format json` shape, version 1 (documented in README.md, "partner status and advance"). */
export function statusJson(s: PartnershipStatus): unknown {
  return {
    version: 1,
    dir: s.dir,
    name: s.name ?? null,
    as_of: s.asOf,
    phase: s.phase ?? null,
    lifecycle: s.lifecycle.map((l) => ({
      phase: l.phase,
      state: l.state,
      seed002: { phase: l.seed002.phase, title: SEED_002_PHASES[l.seed002.phase], sections: l.seed002.sections },
      seed003: { stages: l.seed003.stages.map((n) => ({ stage: n, title: SEED_003_STAGES[n] })) },
      seed004: { steps: l.seed004.steps.map((n) => ({ step: n, title: SEED_004_STEPS[n] })) },
    })),
    next: s.next
      ? {
          phase: s.next.phase,
          ready: s.next.ready,
          done: s.next.requirements.filter((r) => r.done).length,
          total: s.next.requirements.length,
          requirements: s.next.requirements.map((r) => ({ phase: r.phase, description: r.description, done: r.done })),
        }
      : null,
    commitments_overdue: s.commitmentsOverdue.map((c) => ({ id: c.id, stakeholder: c.stakeholder, description: c.description, due: c.due, status: c.status ?? null, days_overdue: c.daysOverdue })),
    open_actions: s.openActions.map((a) => ({ meeting: a.meeting, text: a.text, owner: a.owner ?? null, due: a.due ?? null, days_overdue: a.daysOverdue ?? null })),
    indicators_due: s.indicatorsDue.map((i) => ({ id: i.id, name: i.name, owner: i.owner ?? null, frequency: i.frequency, last_measured: i.lastMeasured ?? null, due: i.due ?? null })),
    review: s.review
      ? { frequency: s.review.frequency ?? null, next: s.review.next ?? null, days_to_next: s.review.daysToNext ?? null, overdue: s.review.overdue, last: s.review.last ?? null }
      : null,
    check: { errors: s.check.errors, warnings: s.check.warnings },
    files_with_errors: s.filesWithErrors,
    questions: s.questions.map((q) => ({ seed: q.seed, section: q.section ?? null, stage: q.stage ?? null, step: q.step ?? null, number: q.number ?? null, text: q.text, follow_ups: q.followUps ?? [], context: q.context ?? null, line: q.line })),
    agreement: agreementJson(s.agreement),
    capacities: capacitiesJson(s.capacities),
    typology: typologyJson(s.typology),
    activities: activitiesJson(s.activities),
    capacity_building: capacityBuildingJson(s.capacityBuilding),
  };
}

/** The folder by its name, even when given as `.` or `..`. */

