/**
 * What every section of the draft agreement is built from: the folder's parts, names by id, and the open items,
 * numbered in document order (so the sections are built in the order they are printed).
 */
import type { FolderModel, Stakeholder } from '../../../model/index.js';
import { isAgreed } from '../../base/blank.js';
import { findRequirement } from '../../check/requirements.js';
import { clean } from '../text.js';
import type { OpenItem, Section, Statement } from './view.js';

const TITLES = {
  parties: 'The parties',
  background: 'Background and the issue',
  vision: 'Vision and objectives',
  principles: 'Principles and ground rules',
  roles: 'Roles and responsibilities',
  contributions: 'Contributions',
  governance: 'Governance and decision-making',
  communications: 'Communications',
  monitoring: 'Indicators, monitoring and review',
  risks: 'Risks and mitigation',
  disputes: 'Dispute resolution',
  term: 'Duration, changes and exit',
  signatures: 'Signatures',
} as const;
export type SectionKey = keyof typeof TITLES;
const SECTION_NUMBER = Object.fromEntries(Object.keys(TITLES).map((k, i) => [k, i + 1])) as Record<SectionKey, number>;
export const section = (key: SectionKey): Section => ({ number: SECTION_NUMBER[key], title: TITLES[key] });

export class OpenItems {
  readonly items: OpenItem[] = [];
  /** `requirement`: the phase requirement it leaves unmet; `status`: of the item it is about, a point marked central or parked after the agreement in principle. */
  add(key: SectionKey, question: string, summary: string = question, requirement: string | null = null, status?: string): OpenItem {
    const weight = status === 'central' || status === 'parked' ? status : null;
    const item: OpenItem = { number: this.items.length + 1, sectionNumber: SECTION_NUMBER[key], section: TITLES[key], question, summary, requirement, weight, weightLabel: weight && WEIGHT_LABEL[weight] };
    this.items.push(item);
    return item;
  }

  /** Central points first, then the rest, then parked ones; in document order within each (seed 002, Planning). */
  sorted(): OpenItem[] {
    const rank = (i: OpenItem) => (i.weight === 'central' ? 0 : i.weight === 'parked' ? 2 : 1);
    return [...this.items].sort((a, b) => rank(a) - rank(b) || a.number - b.number);
  }
}

// Seed 002 (Planning): disagreements "central and need to be resolved immediately" or that "can be put on hold".
const WEIGHT_LABEL = { central: 'Central: resolve before work starts', parked: 'Parked: on hold' } as const;

/** Anything with an agreement status: missing means proposed (the schemas' default); one test, base/blank.ts. */
export const agreed = isAgreed;

export const PROPOSED = 'Proposed, not yet agreed: agree, amend or drop it?';

export type AgreementInput = FolderModel & { partnership: NonNullable<FolderModel['partnership']> };

export interface AgreementContext {
  model: AgreementInput;
  /** The date the draft is dated (YYYY-MM-DD): when the next review falls due is counted from it. */
  date: string;
  p: AgreementInput['partnership'];
  open: OpenItems;
  stakeholders: Stakeholder[];
  byId: Map<string, Stakeholder>;
  /** A stakeholder's name, or its id when it has none. */
  nameOf(id: string | undefined): string;
  active: Stakeholder[];
  /** Whether the stakeholder with this id is an active partner (a party). */
  isParty(id: string): boolean;
  assessmentOf(id: string): NonNullable<FolderModel['assessments']>[string] | undefined;
  rules: NonNullable<FolderModel['decision-rules']>;
  comms: NonNullable<FolderModel['communication']>;
  resources: NonNullable<FolderModel['resources']>;
  indicators: NonNullable<FolderModel['indicators']>;
  risks: NonNullable<FolderModel['risks']>;
  /** Text that may be missing: an open item when it is, tied to the phase requirement it keeps unmet, if any. */
  statement(key: SectionKey, text: unknown, question: string, summary?: string, requirement?: string | null): Statement;
  /** The id of a phase requirement (check/requirements.ts) when it is not met, else null: the gate's own test. */
  unmet(id: string): string | null;
}

export function agreementContext(model: AgreementInput, date: string): AgreementContext {
  const open = new OpenItems();
  const stakeholders: Stakeholder[] = model.stakeholders?.stakeholders ?? [];
  const byId = new Map(stakeholders.map((s) => [s.id, s]));
  const assessments = model.assessments ?? {};
  // Each name cleaned once, and each requirement tested once: sections ask for them per row.
  const names = new Map<string, string>();
  for (const [id, s] of byId) {
    const name = clean(s.name);
    if (name !== null) names.set(id, name);
  }
  const active = stakeholders.filter((s) => s.engagement === 'active-partner');
  const parties = new Set(active.map((s) => s.id));
  const unmet = new Map<string, string | null>();
  return {
    model,
    date,
    p: model.partnership,
    open,
    stakeholders,
    byId,
    nameOf: (id) => (id === undefined ? '' : names.get(id) ?? id),
    active,
    isParty: (id) => parties.has(id),
    assessmentOf: (id) => (Object.prototype.hasOwnProperty.call(assessments, id) ? assessments[id] : undefined),
    rules: model['decision-rules'] ?? {},
    comms: model.communication ?? {},
    resources: model.resources ?? {},
    indicators: model.indicators ?? {},
    risks: model.risks ?? {},
    statement(key, text, question, summary = question, requirement = null) {
      const t = clean(text);
      return { text: t, open: t ? null : open.add(key, question, summary, requirement) };
    },
    unmet(id) {
      if (!unmet.has(id)) unmet.set(id, (findRequirement(id)?.gaps(model).length ?? 0) > 0 ? id : null);
      return unmet.get(id)!;
    },
  };
}
