import { checkPartnershipModel } from '../check/check.js';
import { addPeriod, daysBetween, isValidDate } from '../base/dates.js';
import { nextReview } from '../check/next-review.js';
import { countBySeverity } from '../base/diagnostic.js';
import { isPhase, PHASES, type Phase } from '../folder/layout.js';
import { LIFECYCLE, nextPhase, questionsFor, type PhaseInSeeds } from './phases.js';
import type { SeedQuestion } from './questions.js';
import { checklist, type Checklist } from '../check/requirements.js';
import { activitiesStanding, agreementStanding, capacityNeeds, stageCapacities, typologyStanding, type ActivityStanding, type AgreementStanding, type CapacityNeed, type StageCapacities, type TypologyStanding } from './standing.js';
import type { FolderModel } from '../../model/index.js';
import { openActions } from '../check/rules/meetings.js';
import { stakeholderName } from '../check/names.js';

export interface StatusOptions {
  /** The date the status is as of (YYYY-MM-DD): overdue commitments, indicators due, the next review. */
  today: string;
}

export interface LifecycleStep extends PhaseInSeeds {
  /** Where this phase stands relative to the current one. */
  state: 'before' | 'current' | 'next' | 'later';
}

export interface OverdueCommitment {
  id: string;
  stakeholder: string;
  /** The stakeholder's name (its id when stakeholders.yaml does not name it). */
  stakeholderName: string;
  description: string;
  due: string;
  status?: string;
  daysOverdue: number;
}

export interface OpenAction {
  /** The meeting file's name without .yaml (its date, and words). */
  meeting: string;
  text: string;
  owner?: string;
  /** The owner as people know it: the stakeholder's name when the owner is a stakeholder id. */
  ownerName?: string;
  due?: string;
  /** Days past due (0 or more), when it is overdue. */
  daysOverdue?: number;
}

export interface DueIndicator {
  id: string;
  name: string;
  owner?: string;
  /** The owner's name (its id when stakeholders.yaml does not name it). */
  ownerName?: string;
  frequency: string;
  /** The last measurement's date, or undefined when it was never measured. */
  lastMeasured?: string;
  /** When the next measurement fell due; undefined when it was never measured and nothing says when to start. */
  due?: string;
}

export interface ReviewDates {
  /** From indicators.yaml `review_cadence`. */
  frequency?: string;
  next?: string;
  /** Days from the status date to the next review (negative when it has passed). */
  daysToNext?: number;
  /** The next review date has passed and no review since is recorded. */
  overdue: boolean;
  /** The date of the latest review in reviews/. */
  last?: string;
}

/** Everything `partner status` reports about one partnership. Pure data; src/format/status.ts prints it. */
export interface PartnershipStatus {
  dir: string;
  name?: string;
  asOf: string;
  /** The current phase, or undefined when partnership.yaml cannot be read or has errors. */
  phase?: Phase;
  lifecycle: LifecycleStep[];
  /** The checklist for the next phase; undefined in the last phase or when the phase is unknown. */
  next?: Checklist;
  commitmentsOverdue: OverdueCommitment[];
  /** Action items still open in the meeting log (meetings/), oldest meeting first. */
  openActions: OpenAction[];
  indicatorsDue: DueIndicator[];
  review?: ReviewDates;
  check: { errors: number; warnings: number };
  /** A file could not be read (permissions): an environment error, exit 2 as with `partner check`. */
  unreadable: boolean;
  /** Files left out of the checklist because they have errors (fix them first: `partner check`). */
  filesWithErrors: string[];
  /** The questions seeds 002, 003 and 004 ask at this phase, as prompts for the next meeting. */
  questions: SeedQuestion[];
  /** Where the agreement stands (seed 002): from the planning phase on, or whenever something of it is recorded. */
  agreement?: AgreementStanding;
  /** Seed 003 Table 2: the capacities and interventions of the current stage, with what is recorded of them. */
  capacities: StageCapacities[];
  /** Seed 003 Table 1: the form the typology gives, when partner diversity and task specificity are recorded. */
  typology?: TypologyStanding;
  /** The activities and their outputs (seed 002, Planning), where the record has them. */
  activities: ActivityStanding[];
  /** The capacity-building needs of the stakeholders (seed 004 step 6), where the record has them. */
  capacityBuilding: CapacityNeed[];
  /** Stakeholders' names by id, so that what partners read names them (the agenda of `status --format md`). */
  names: Record<string, string>;
}

/** Where a partnership stands and what comes next. Never prints and never writes. */
export function partnershipStatus(dir: string, options: StatusOptions): PartnershipStatus {
  const { today } = options;
  const { check: found, model, withErrors } = checkPartnershipModel(dir, { today });
  const declared = model.partnership?.phase;
  const phase = isPhase(declared) ? declared : undefined;
  const next = phase ? nextPhase(phase) : undefined;
  return {
    dir,
    ...(typeof model.partnership?.name === 'string' ? { name: model.partnership.name } : {}),
    asOf: today,
    ...(phase ? { phase } : {}),
    lifecycle: PHASES.map((p) => ({ ...LIFECYCLE[p], state: stateOf(p, phase) })),
    ...(next ? { next: checklist(next, model) } : {}),
    commitmentsOverdue: overdueCommitments(model, today),
    openActions: openActions(model).map(({ index: _index, ...a }) => ({ ...a, ...(a.owner ? { ownerName: stakeholderName(model, a.owner) } : {}), ...(a.due && a.due < today ? { daysOverdue: daysBetween(a.due, today) } : {}) })),
    indicatorsDue: phase && PHASES.indexOf(phase) >= PHASES.indexOf('implementing') ? indicatorsDue(model, today) : [],
    ...reviewDates(model, today),
    check: countBySeverity(found.diagnostics),
    unreadable: found.diagnostics.some((d) => d.rule === 'unreadable-file'),
    filesWithErrors: withErrors,
    questions: phase ? questionsFor(phase) : [],
    ...agreementPart(model, phase),
    capacities: phase ? stageCapacities(phase, model) : [],
    ...(typologyStanding(model) ? { typology: typologyStanding(model)! } : {}),
    activities: activitiesStanding(model),
    capacityBuilding: capacityNeeds(model),
    names: Object.fromEntries((model.stakeholders?.stakeholders ?? []).map((x) => [x.id, x.name])),
  };
}

function agreementPart(model: FolderModel, phase: Phase | undefined): { agreement?: AgreementStanding } {
  const a = agreementStanding(model);
  const something = a.inPrinciple !== undefined || a.accepted.length > 0 || a.central + a.parked > 0;
  return something || (phase && PHASES.indexOf(phase) >= PHASES.indexOf('planning')) ? { agreement: a } : {};
}

function stateOf(p: Phase, current: Phase | undefined): LifecycleStep['state'] {
  if (!current) return 'later';
  const d = PHASES.indexOf(p) - PHASES.indexOf(current);
  return d < 0 ? 'before' : d === 0 ? 'current' : d === 1 ? 'next' : 'later';
}

/** Commitments past their due date and not delivered or withdrawn (as the `commitment-overdue` rule, seed 002). */
export function overdueCommitments(model: FolderModel, today: string): OverdueCommitment[] {
  const out: OverdueCommitment[] = [];
  for (const c of model.resources?.commitments ?? []) {
    if (!c.due || c.due >= today || c.status === 'delivered' || c.status === 'withdrawn') continue;
    out.push({ id: c.id, stakeholder: c.stakeholder, stakeholderName: stakeholderName(model, c.stakeholder), description: c.description, due: c.due, ...(c.status ? { status: c.status } : {}), daysOverdue: daysBetween(c.due, today) });
  }
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id < b.id ? -1 : 1));
}

/**
 * Indicators whose next measurement is due by `today`: one period of their frequency after the last measurement
 * (or after the baseline when never measured). An indicator measured `once` is due until it has a measurement,
 * from its target date on; `as-needed` ones are never due.
 */
export function indicatorsDue(model: FolderModel, today: string): DueIndicator[] {
  const out: DueIndicator[] = [];
  for (const ind of model.indicators?.indicators ?? []) {
    const frequency = ind.frequency;
    if (!frequency || frequency === 'as-needed') continue;
    const dates = (ind.measurements ?? []).map((m) => m.date).filter(isValidDate).sort();
    const last = dates[dates.length - 1];
    let due: string | undefined;
    if (frequency === 'once') {
      if (last) continue;
      due = ind.target?.date;
    } else {
      const from = last ?? ind.baseline?.date;
      due = from ? addPeriod(from, frequency) : undefined;
    }
    if (due !== undefined && due > today) continue;
    out.push({ id: ind.id, name: ind.name, ...(ind.owner ? { owner: ind.owner, ownerName: stakeholderName(model, ind.owner) } : {}), frequency, ...(last ? { lastMeasured: last } : {}), ...(due ? { due } : {}) });
  }
  return out;
}

function reviewDates(model: FolderModel, today: string): { review?: ReviewDates } {
  const cadence = model.indicators?.review_cadence;
  const next = nextReview(model, today);
  if (!cadence && !next.last) return {};
  return {
    review: {
      ...(cadence?.frequency ? { frequency: cadence.frequency } : {}),
      ...(next.date ? { next: next.date, daysToNext: daysBetween(today, next.date) } : {}),
      overdue: next.overdue,
      ...(next.last ? { last: next.last } : {}),
    },
  };
}

export { addPeriod } from '../base/dates.js';

