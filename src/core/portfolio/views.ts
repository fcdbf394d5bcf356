/**
 * The portfolio views (seed 000: "developing a typology of partnerships; more specifically identifying targets; and
 * measuring progress"): partnerships by phase, by sector and goal type, progress against targets, commitments
 * delivered against pledged, and the lessons recorded in reviews. Linear in the number of entries.
 */
import { PHASES } from '../folder/layout.js';
import * as L from '../documents/labels.js';
import type { MoneyTotal } from '../documents/agreement/view.js';
import type { IndicatorStatus } from '../documents/review/status.js';
import type { PortfolioEntry } from './entry.js';

export interface Tally {
  label: string;
  count: number;
}

export interface PortfolioViews {
  total: number;
  withErrors: number;
  byPhase: Tally[];
  bySector: Tally[];
  byWork: Tally[];
  bySdg: Tally[];
  byGoalType: Tally[];
  byTypology: Tally[];
  indicators: { total: number; counts: Record<IndicatorStatus, number> };
  money: { currency: string | null; pledged: number; delivered: number }[];
  commitments: { total: number; delivered: number; overdue: number };
  reviewsOverdue: number;
  lessons: { id: string; name: string; date: string; text: string }[];
}

/**
 * What the views need of a partnership: a few counts and labels, not its page's long lists. Built once per
 * partnership (viewInput) and kept for the whole build, so it stays small for 10,000 partnerships.
 */
export type ViewInput = Pick<PortfolioEntry, 'id' | 'name' | 'phaseLabel' | 'sectors' | 'workOn' | 'sdgs' | 'goalTypes' | 'typology' | 'reviewOverdue' | 'lessons'> & {
  errors: number;
  indicators: Pick<PortfolioEntry['indicators'], 'total' | 'counts'>;
  commitments: Pick<PortfolioEntry['commitments'], 'total' | 'delivered' | 'pledged' | 'deliveredMoney'> & { overdue: number };
};

/** The view input of an entry: its own values, nothing copied. */
export function viewInput(e: PortfolioEntry): ViewInput {
  const { commitments: c, indicators: i } = e;
  return {
    id: e.id,
    name: e.name,
    errors: e.problems.errors,
    phaseLabel: e.phaseLabel,
    sectors: e.sectors,
    workOn: e.workOn,
    sdgs: e.sdgs,
    goalTypes: e.goalTypes,
    typology: e.typology,
    reviewOverdue: e.reviewOverdue,
    lessons: e.lessons,
    indicators: { total: i.total, counts: i.counts },
    commitments: { total: c.total, delivered: c.delivered, pledged: c.pledged, deliveredMoney: c.deliveredMoney, overdue: c.overdue.length },
  };
}

export function portfolioViews(entries: readonly ViewInput[]): PortfolioViews {
  const phase = new Map<string, number>();
  const sector = new Map<string, number>();
  const work = new Map<string, number>();
  const sdg = new Map<string, number>();
  const goal = new Map<string, number>();
  const typology = new Map<string, number>();
  const counts: Record<IndicatorStatus, number> = { achieved: 0, 'on-track': 0, 'at-risk': 0, 'off-track': 0, 'not-measured': 0, 'not-assessed': 0 };
  const money = new Map<string, { currency: string | null; pledged: number; delivered: number }>();
  const commitments = { total: 0, delivered: 0, overdue: 0 };
  const lessons: PortfolioViews['lessons'] = [];
  let withErrors = 0;
  let indicators = 0;
  let reviewsOverdue = 0;
  for (const e of entries) {
    if (e.errors) withErrors++;
    bump(phase, e.phaseLabel ?? 'Phase not known');
    for (const s of e.sectors) bump(sector, s);
    for (const w of e.workOn) bump(work, w);
    for (const g of e.sdgs) bump(sdg, g);
    for (const g of e.goalTypes) bump(goal, g);
    bump(typology, e.typology ?? 'Not recorded');
    indicators += e.indicators.total;
    for (const [k, n] of Object.entries(e.indicators.counts) as [IndicatorStatus, number][]) counts[k] += n;
    addMoney(money, e.commitments.pledged, 'pledged');
    addMoney(money, e.commitments.deliveredMoney, 'delivered');
    commitments.total += e.commitments.total;
    commitments.delivered += e.commitments.delivered;
    commitments.overdue += e.commitments.overdue;
    if (e.reviewOverdue) reviewsOverdue++;
    for (const l of e.lessons) lessons.push({ id: e.id, name: e.name, ...l });
  }
  const phaseOrder = PHASES.map((p) => (L.label(L.PHASE, p) ?? p).toLowerCase());
  return {
    total: entries.length,
    withErrors,
    byPhase: [...phase].map(([label, count]) => ({ label, count })).sort((a, b) => rank(phaseOrder, a.label.toLowerCase()) - rank(phaseOrder, b.label.toLowerCase())),
    bySector: tallies(sector),
    byWork: tallies(work),
    bySdg: [...sdg].map(([label, count]) => ({ label, count })).sort((a, b) => goalNumber(a.label) - goalNumber(b.label)),
    byGoalType: tallies(goal),
    byTypology: tallies(typology),
    indicators: { total: indicators, counts },
    money: [...money.values()].sort((a, b) => (a.currency ?? '~').localeCompare(b.currency ?? '~')),
    commitments,
    reviewsOverdue,
    lessons: lessons.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.name.localeCompare(b.name, 'en'))),
  };
}

/** 6 for `SDG 6: Clean water and sanitation`. */
const goalNumber = (label: string): number => Number(/\d+/.exec(label)?.[0] ?? 99);

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function tallies(map: Map<string, number>): Tally[] {
  return [...map].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en'));
}

function rank(order: readonly string[], label: string): number {
  const i = order.indexOf(label);
  return i < 0 ? order.length : i;
}

function addMoney(map: Map<string, { currency: string | null; pledged: number; delivered: number }>, totals: readonly MoneyTotal[], key: 'pledged' | 'delivered'): void {
  for (const t of totals) {
    const k = t.currency ?? '';
    const row = map.get(k) ?? { currency: t.currency, pledged: 0, delivered: 0 };
    row[key] = Math.round((row[key] + t.cash + t.inKind) * 100) / 100;
    map.set(k, row);
  }
}
