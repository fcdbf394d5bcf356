/**
 * The parts of `partner status` beyond the checklist: where the agreement stands (seed 002, Planning and Partnership
 * agreements), the capacities and interventions of the current stage (seed 003 Table 2), the activities and their
 * outputs (seed 002, Planning) and the capacity-building needs of each actor (seed 004 step 6). Pure.
 */
import { LIFECYCLE } from './phases.js';
import { TABLE_2 } from './table2.js';
import { formsFor, isLoose } from '../check/rules/typology.js';
import { weightedPoints } from '../check/open-points.js';
import type { Phase } from '../folder/layout.js';
import type { FolderModel } from '../../model/index.js';

export interface AgreementStanding {
  /** The date of the agreement in principle, when recorded. */
  inPrinciple?: string;
  /** Active partners that accepted the agreement, and those still to accept it (ids). */
  accepted: string[];
  awaiting: string[];
  /** Active partners whose organisation must still ratify their acceptance (ids). */
  ratificationNeeded: string[];
  /** Open points marked central (resolve before implementing) and parked (on hold) anywhere in the record. */
  central: number;
  parked: number;
}

export function agreementStanding(model: FolderModel): AgreementStanding {
  const active = (model.stakeholders?.stakeholders ?? []).filter((s) => s.engagement === 'active-partner');
  const weights = { central: 0, parked: 0 };
  for (const p of weightedPoints(model)) weights[p.weight]++;
  const inPrinciple = model.partnership?.agreement_in_principle?.date;
  return {
    ...(inPrinciple ? { inPrinciple } : {}),
    accepted: active.filter((s) => s.acceptance).map((s) => s.id),
    awaiting: active.filter((s) => !s.acceptance).map((s) => s.id),
    ratificationNeeded: active.filter((s) => s.acceptance?.ratification === 'needed').map((s) => s.id),
    ...weights,
  };
}

export type Table2State = 'in-place' | 'under-way' | 'not-yet' | 'not-recorded';

export interface StageCapacities {
  stage: number;
  /** The row of seed 003 Table 2, as the table labels it. */
  label: string;
  capacities: { id: string; text: string; state: Table2State; note?: string }[];
  interventions: { id: string; text: string; state: Table2State; note?: string }[];
}

/** Seed 003 Table 2 for the stages the phase covers, with what partnership.yaml `capacities:` records of each. */
export function stageCapacities(phase: Phase, model: FolderModel): StageCapacities[] {
  const recorded = new Map<string, { state: string; note?: string }>((model.partnership?.capacities ?? []).map((c) => [c.id, c]));
  const withState = (e: { id: string; text: string }) => {
    const r = recorded.get(e.id);
    return { id: e.id, text: e.text, state: (r?.state ?? 'not-recorded') as Table2State, ...(r?.note ? { note: r.note } : {}) };
  };
  return TABLE_2.filter((row) => LIFECYCLE[phase].seed003.stages.includes(row.stage)).map((row) => ({
    stage: row.stage,
    label: row.label,
    capacities: row.capacities.map(withState),
    interventions: row.interventions.map(withState),
  }));
}

export interface TypologyStanding {
  diversity: string;
  specificity: string;
  /** The forms seed 003 Table 1 gives for the two values. */
  fits: string[];
  /** The recorded form, if any, and whether it is among those that fit. */
  form?: string;
  contradicts: boolean;
  /** A loose form: no decision-making body is needed before implementing (seed 000). */
  loose: boolean;
}

/** Seed 003 Table 1: the form derived from partner diversity and task specificity, beside the recorded one. */
export function typologyStanding(model: FolderModel): TypologyStanding | undefined {
  const t = model.partnership?.typology;
  if (!t?.partner_diversity || !t.task_specificity) return undefined;
  const fits = formsFor(t.partner_diversity, t.task_specificity);
  return { diversity: t.partner_diversity, specificity: t.task_specificity, fits, ...(t.form ? { form: t.form } : {}), contradicts: t.form !== undefined && !fits.includes(t.form), loose: isLoose(t.form, t.task_specificity) };
}

export interface ActivityStanding {
  id: string;
  name: string;
  lead?: string;
  outputs: string[];
  outcome?: string;
}

/** The activities and their outputs (seed 002, Planning: "Refine ... outputs and outcomes"), as recorded. */
export function activitiesStanding(model: FolderModel): ActivityStanding[] {
  return (model.partnership?.activities ?? []).map((a) => ({ id: a.id, name: a.name, ...(a.lead ? { lead: a.lead } : {}), outputs: a.outputs ?? [], ...(a.outcome?.trim() ? { outcome: a.outcome.trim() } : {}) }));
}

export interface CapacityNeed {
  /** Whose need it is (a stakeholder id). */
  stakeholder: string;
  need: string;
  activity?: string;
  /** Who provides the support (a stakeholder id). */
  by?: string;
  status?: 'planned' | 'under-way' | 'done';
}

/** Every capacity-building need on the stakeholder map (seed 004 step 6), in the map's order. */
export function capacityNeeds(model: FolderModel): CapacityNeed[] {
  return (model.stakeholders?.stakeholders ?? []).flatMap((s) => (s.capacity_building ?? []).map((c) => ({
    stakeholder: s.id,
    need: c.need,
    ...(c.activity?.trim() ? { activity: c.activity.trim() } : {}),
    ...(c.by ? { by: c.by } : {}),
    ...(c.status ? { status: c.status } : {}),
  })));
}
