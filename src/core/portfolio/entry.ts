/**
 * One partnership as a portfolio shows it: a compact, publishable summary of what its record says (seed 000: the
 * registry lets "potential partners ... better determine which initiatives they may wish to join"; participants
 * asked for "identifying targets; and measuring progress"). Pure: a loaded partnership in, data out.
 */
import { projectImpactsOf, type FolderModel } from '../../model/index.js';
import { countBySeverity } from '../base/diagnostic.js';
import type { ModelLoad } from '../check/model-load.js';
import { nextReview as nextReviewOf } from '../check/next-review.js';
import { agreementOpenItems } from '../documents/agreement/model.js';
import { classificationRows } from '../documents/classification.js';
import * as L from '../documents/labels.js';
import { FUNCTIONING_ASPECTS, overallRating, type Rating as ReviewRating } from '../documents/review/model.js';
import { indicatorStatus, latestOf, STATUS_LABEL, type IndicatorStatus } from '../documents/review/status.js';
import { capitalise, clean, totalsOf } from '../documents/text.js';
import type { MoneyTotal } from '../documents/agreement/view.js';
import { overdueCommitments } from '../lifecycle/status.js';
import { publicationOf, publishable, type Publication } from './publication.js';

export type Rating = 'green' | 'amber' | 'red';

export interface PortfolioEntry {
  /** Stable id from the folder's path, used for the partnership's page. */
  id: string;
  /** The folder, relative to the portfolio's root, with forward slashes. */
  path: string;
  name: string;
  phase: string | null;
  phaseLabel: string | null;
  /** Errors and warnings `partner check` reports; a partnership with errors is listed with a note, never dropped. */
  problems: { errors: number; warnings: number; note: string | null };
  /** Sectors of the partners (public, private, civil society ...). */
  sectors: string[];
  /** Sectors of activity, from the IATI codelists (`Basic sanitation`). */
  workOn: string[];
  places: string[];
  /** Goals served, `SDG 6: Clean water and sanitation`. */
  sdgs: string[];
  partners: { name: string; sector: string; representative: string | null }[];
  goalTypes: string[];
  typology: string | null;
  issue: string | null;
  vision: string | null;
  lastReview: { date: string; health: { title: string; rating: Rating | null }[]; learning: string | null } | null;
  nextReview: string | null;
  reviewOverdue: boolean;
  commitments: { total: number; delivered: number; overdue: { partner: string; description: string; due: string; daysOverdue: number }[]; pledged: MoneyTotal[]; deliveredMoney: MoneyTotal[] };
  indicators: { total: number; counts: Record<IndicatorStatus, number>; rows: { name: string; status: IndicatorStatus; statusLabel: string; latest: number | null; target: number | null; unit: string | null; progress: number | null }[] };
  openItems: { count: number; items: { section: string; summary: string }[] };
  lessons: { date: string; text: string }[];
  /** Shown only when the partnership allows it (`publish:`). */
  nonNegotiables: { partner: string; text: string }[];
  objectives: { partner: string; items: string[] }[];
}

const STATUSES: readonly IndicatorStatus[] = ['achieved', 'on-track', 'at-risk', 'off-track', 'not-measured', 'not-assessed'];

/** The entry of one partnership, or null when it opts out (`publish: false`). */
export function portfolioEntry(load: ModelLoad, options: { id: string; path: string; today: string }): PortfolioEntry | null {
  const counts = countBySeverity(load.check.diagnostics);
  if (!load.ok) return brokenEntry(load, options, counts);
  const publication = publicationOf(load.model);
  if (!publication.published) return null;
  const model = publishable(load.model, publication);
  const p = model.partnership;
  const nameOf = namer(model);
  const active = (model.stakeholders?.stakeholders ?? []).filter((s) => s.engagement === 'active-partner');
  return {
    ...options,
    name: clean(p.name) ?? 'Untitled partnership',
    phase: p.phase,
    phaseLabel: capitalLabel(L.PHASE, p.phase),
    problems: { ...counts, note: counts.errors ? noteFor(counts.errors) : null },
    sectors: distinct(active.map((s) => L.label(L.SECTOR, s.sector) ?? s.sector)),
    ...classified(p),
    partners: active.map((s) => ({ name: nameOf(s.id), sector: L.label(L.SECTOR, s.sector) ?? s.sector, representative: publication.representatives ? clean(s.representative?.name) : null })),
    goalTypes: (p.goal_types ?? []).map((g) => capitalLabel(L.GOAL_TYPE, g) ?? g),
    typology: capitalLabel(L.FORM, p.typology?.form),
    issue: clean(p.issue),
    vision: clean(p.vision),
    ...reviewsOf(model, options.today),
    commitments: commitmentsOf(model, options.today, nameOf),
    indicators: indicatorsOf(model, options.today),
    openItems: openItemsOf(model, options.today),
    nonNegotiables: publication.nonNegotiables ? (model.risks?.non_negotiables ?? []).flatMap((n) => (clean(n.text) ? [{ partner: nameOf(n.stakeholder), text: clean(n.text)! }] : [])) : [],
    objectives: objectivesOf(model, publication, nameOf),
  };
}

function brokenEntry(load: Extract<ModelLoad, { ok: false }>, options: { id: string; path: string }, counts: { errors: number; warnings: number }): PortfolioEntry {
  const name = clean(load.check.name ?? load.check.declaredName);
  return {
    ...options,
    name: name ?? options.path,
    phase: load.check.phase ?? null,
    phaseLabel: capitalLabel(L.PHASE, load.check.phase),
    problems: { ...counts, note: noteFor(Math.max(1, counts.errors)) },
    sectors: [],
    workOn: [],
    places: [],
    sdgs: [],
    partners: [],
    goalTypes: [],
    typology: null,
    issue: null,
    vision: null,
    lastReview: null,
    nextReview: null,
    reviewOverdue: false,
    commitments: { total: 0, delivered: 0, overdue: [], pledged: [], deliveredMoney: [] },
    indicators: { total: 0, counts: zeroCounts(), rows: [] },
    openItems: { count: 0, items: [] },
    lessons: [],
    nonNegotiables: [],
    objectives: [],
  };
}

/** A label as a table cell or a heading shows it: with a capital. */
function capitalLabel(table: Record<string, string>, value: string | undefined | null): string | null {
  const text = L.label(table, value);
  return text === null ? null : capitalise(text);
}

function noteFor(errors: number): string {
  return `The record has ${errors === 1 ? 'an error' : `${errors} errors`}, so this summary may be incomplete. The broker can see ${errors === 1 ? 'it' : 'them'} with \`partner check\`.`;
}

function namer(model: FolderModel): (id: string) => string {
  const byId = new Map((model.stakeholders?.stakeholders ?? []).map((s) => [s.id, s]));
  return (id) => clean(byId.get(id)?.name) ?? id;
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en'));
}

/** Where it works (its area, then its countries and regions), what on, and the goals it serves, in words. */
function classified(p: NonNullable<FolderModel['partnership']>): Pick<PortfolioEntry, 'workOn' | 'places' | 'sdgs'> {
  const rows = classificationRows(p);
  const scope = p.geographic_scope;
  const area = clean(scope?.area);
  const level = L.label(L.SCOPE_LEVEL, scope?.level);
  const local = area ? `${area}${level ? ` (${level})` : ''}` : level ?? '';
  return {
    workOn: distinct(rows.filter((r) => r.kind === 'Sector' || r.kind === 'Sector category').map((r) => r.name)),
    places: [local, ...rows.filter((r) => r.kind === 'Country' || r.kind === 'Region').map((r) => r.name)].filter(Boolean),
    sdgs: rows.filter((r) => r.kind === 'Goal').map((r) => r.name),
  };
}

type Loaded = Extract<ModelLoad, { ok: true }>['model'];

function reviewsOf(model: Loaded, today: string): Pick<PortfolioEntry, 'lastReview' | 'nextReview' | 'reviewOverdue' | 'lessons'> {
  const reviews = model.reviews ?? {};
  const dates = Object.keys(reviews).sort();
  const last = dates[dates.length - 1];
  const lessons = dates.flatMap((d) => (clean(reviews[d]?.learning) ? [{ date: d, text: clean(reviews[d]?.learning)! }] : []));
  // One notion of the next review, as check, status and the documents have it (check/next-review.ts).
  const next = nextReviewOf(model, today);
  const nextReview = next.date ?? null;
  const review = last ? reviews[last] : undefined;
  const lastReview: PortfolioEntry['lastReview'] = last && review ? { date: last, health: healthOf(review), learning: clean(review.learning) } : null;
  return { lastReview, nextReview, reviewOverdue: next.overdue, lessons };
}

/** The health of each aspect of Fig. 1 (seed 002) at a review: the project's two ratings, then each aspect's overall rating of the partners'. */
function healthOf(review: NonNullable<FolderModel['reviews']>[string]): { title: string; rating: Rating | null }[] {
  const functioning = review.functioning ?? [];
  return [
    { title: 'Delivery and progress', rating: projectImpactsOf(review).delivery?.rating ?? null },
    { title: 'Impact and sustainability', rating: projectImpactsOf(review).impact?.rating ?? null },
    ...FUNCTIONING_ASPECTS.map((a) => ({ title: a.title, rating: overallRating(functioning.flatMap((f) => (f[a.key]?.rating ? [f[a.key]!.rating as ReviewRating] : []))) })),
  ];
}

function commitmentsOf(model: FolderModel, today: string, nameOf: (id: string) => string): PortfolioEntry['commitments'] {
  const all = (model.resources?.commitments ?? []).filter((c) => c.status !== 'withdrawn');
  const delivered = all.filter((c) => c.status === 'delivered');
  const money = (list: typeof all) => totalsOf(list.map((c) => ({ amount: typeof c.amount === 'number' ? c.amount : null, currency: clean(c.currency), cash: c.type === 'cash' })));
  return {
    total: all.length,
    delivered: delivered.length,
    overdue: overdueCommitments(model, today).map((c) => ({ partner: nameOf(c.stakeholder), description: clean(c.description) ?? c.id, due: c.due, daysOverdue: c.daysOverdue })),
    pledged: money(all),
    deliveredMoney: money(delivered),
  };
}

function zeroCounts(): Record<IndicatorStatus, number> {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<IndicatorStatus, number>;
}

function indicatorsOf(model: FolderModel, today: string): PortfolioEntry['indicators'] {
  const counts = zeroCounts();
  const rows = (model.indicators?.indicators ?? []).map((ind) => {
    const measurements = (ind.measurements ?? []).filter((m) => m.date <= today).map((m) => ({ date: m.date, value: m.value }));
    const baseline = ind.baseline ? { value: ind.baseline.value, date: ind.baseline.date } : null;
    const target = ind.target ? { value: ind.target.value, date: ind.target.date } : null;
    const s = indicatorStatus({ baseline, target, better: ind.better ?? null, measurements }, today);
    counts[s.status]++;
    const latest = latestOf(measurements);
    return { name: clean(ind.name) ?? ind.id, status: s.status, statusLabel: STATUS_LABEL[s.status], latest: latest?.value ?? null, target: target?.value ?? null, unit: clean(ind.unit), progress: s.status === 'achieved' ? 1 : progressOf(baseline?.value ?? null, target?.value ?? null, latest?.value ?? null, s.better) };
  });
  return { total: rows.length, counts, rows };
}

/**
 * How far from baseline to target the latest value has come, from 0 to 1; null when that cannot be said (no
 * baseline, target or measurement, or a target that only asks to stay where the baseline already is).
 */
export function progressOf(baseline: number | null, target: number | null, latest: number | null, better: 'higher' | 'lower'): number | null {
  if (baseline === null || target === null || latest === null || target === baseline) return null;
  if ((better === 'higher') !== target > baseline) return null;
  const share = (latest - baseline) / (target - baseline);
  return Number.isFinite(share) ? Math.max(0, Math.min(1, Math.round(share * 100) / 100)) : null;
}

/** The open items of the draft agreement, as `partner render agreement` lists them (one notion of an open item). */
function openItemsOf(model: Loaded, today: string): PortfolioEntry['openItems'] {
  const items = agreementOpenItems(model, today);
  return { count: items.length, items: items.map((o) => ({ section: o.section, summary: o.summary })) };
}

function objectivesOf(model: FolderModel, publication: Publication, nameOf: (id: string) => string): PortfolioEntry['objectives'] {
  if (!publication.assessments) return [];
  return Object.entries(model.assessments ?? {}).flatMap(([id, a]) => {
    const items = (a.objectives ?? []).map(clean).filter((t): t is string => t !== null);
    return items.length ? [{ partner: nameOf(id), items }] : [];
  });
}
