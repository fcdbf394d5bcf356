/**
 * The stakeholder map as data (seed 002, Scoping: "map the constituencies of a broad range of stakeholders (a
 * stakeholder map) by exploring their needs, interests and motivations"; seed 003 question 1.2; seed 004 steps 2-3):
 * every stakeholder on the influence x interest grid, with its sector and level of engagement (seed 002, Identifying
 * partners: advisory group, pilot, or an active partner). Pure; the picture is drawn by src/render/svg/map.ts and the
 * page around it by templates/map/.
 */
import type { FolderModel } from '../../../model/index.js';
import { clean } from '../text.js';
import * as L from '../labels.js';
import { formatDate } from '../../base/wording.js';
import type { Figure } from '../review/model.js';

export type Level = 'low' | 'medium' | 'high';
export const LEVELS: readonly Level[] = ['low', 'medium', 'high'];
const LEVEL_LABEL: Readonly<Record<Level, string>> = { low: 'Low', medium: 'Medium', high: 'High' };

/** Engagement levels from the most to the least involved (stakeholders.schema.json). */
export const ENGAGEMENTS = ['active-partner', 'pilot', 'advisory-group', 'informed', 'not-engaged'] as const;

export interface MapStakeholder {
  id: string;
  name: string;
  sector: string;
  sectorLabel: string;
  engagement: string | null;
  engagementLabel: string;
  influence: Level | null;
  interest: Level | null;
}

export interface MapView {
  document: { title: string; kind: 'map' };
  partnership: { name: string; phase: string; phaseLabel: string };
  meta: { date: string; commit: string | null; uncommitted: boolean; preparedBy: string | null };
  stakeholders: MapStakeholder[];
  /** How many stakeholders are on the grid (influence and interest both recorded). */
  placed: number;
  /** The grid in words, high influence first; each cell's stakeholders most engaged first. */
  grid: { influence: string; cells: { interest: string; stakeholders: { name: string; sector: string; engagement: string }[] }[] }[];
  /** Stakeholders without influence or interest recorded, so not on the grid. */
  unplaced: { name: string; sector: string; engagement: string; missing: string }[];
  figure: Figure;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Most engaged first, then by name (numbers in names by value: Group 5 before Group 10), then by id. */
export function compareStakeholders(a: MapStakeholder, b: MapStakeholder): number {
  const rank = (e: string | null) => (e === null ? ENGAGEMENTS.length : (ENGAGEMENTS as readonly string[]).indexOf(e));
  return rank(a.engagement) - rank(b.engagement) || naturalCompare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Text in code-point order, runs of digits by their value: the same on every machine, whatever its locale. */
export function naturalCompare(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) {
      const nx = x.replace(/^0+/, '');
      const ny = y.replace(/^0+/, '');
      if (nx.length !== ny.length) return nx.length - ny.length;
      if (nx !== ny) return nx < ny ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length || (a < b ? -1 : a > b ? 1 : 0);
}

export function buildMap(model: FolderModel & { partnership: NonNullable<FolderModel['partnership']> }, options: { date: string; commit: string | null; uncommitted: boolean }): MapView {
  const p = model.partnership;
  const name = clean(p.name) ?? 'Untitled partnership';
  const stakeholders: MapStakeholder[] = (model.stakeholders?.stakeholders ?? []).map((s) => ({
    id: s.id,
    name: clean(s.name) ?? s.id,
    sector: s.sector,
    sectorLabel: L.label(L.SECTOR, s.sector) ?? s.sector,
    engagement: s.engagement ?? null,
    engagementLabel: s.engagement ? capital(L.label(L.ENGAGEMENT, s.engagement) ?? s.engagement) : 'Engagement not recorded',
    influence: s.influence ?? null,
    interest: s.interest_level ?? null,
  }));
  const placed = stakeholders.filter((s) => s.influence && s.interest);
  const grid = [...LEVELS].reverse().map((influence) => ({
    influence: LEVEL_LABEL[influence],
    cells: LEVELS.map((interest) => ({
      interest: LEVEL_LABEL[interest],
      stakeholders: placed
        .filter((s) => s.influence === influence && s.interest === interest)
        .sort(compareStakeholders)
        .map((s) => ({ name: s.name, sector: s.sectorLabel, engagement: s.engagementLabel })),
    })),
  }));
  const unplaced = stakeholders
    .filter((s) => !s.influence || !s.interest)
    .sort(compareStakeholders)
    .map((s) => ({ name: s.name, sector: s.sectorLabel, engagement: s.engagementLabel, missing: !s.influence && !s.interest ? 'influence and interest' : !s.influence ? 'influence' : 'interest' }));
  const describe = grid
    .flatMap((row) => row.cells.filter((c) => c.stakeholders.length).map((c) => `${row.influence} influence, ${c.interest.toLowerCase()} interest: ${c.stakeholders.map((s) => `${s.name} (${s.sector.toLowerCase()}, ${s.engagement.toLowerCase()})`).join('; ')}.`))
    .join(' ');
  const broker = p.broker ? [clean(p.broker.name), clean(p.broker.organisation)].filter(Boolean).join(', ') || null : null;
  return {
    document: { title: `Stakeholder map: ${name}`, kind: 'map' },
    partnership: { name, phase: p.phase, phaseLabel: L.label(L.PHASE, p.phase) ?? p.phase },
    meta: { date: options.date, commit: options.commit, uncommitted: options.uncommitted, preparedBy: broker },
    stakeholders,
    placed: placed.length,
    grid,
    unplaced,
    figure: {
      id: 'stakeholder-map',
      title: `Stakeholder map of ${name}: influence against interest`,
      desc: `Each stakeholder placed by its influence over the outcome (rows, high at the top) and its interest in the issue (columns, high at the right), as of ${formatDate(options.date) ?? options.date}; colour shows the sector and the shape of the mark the level of engagement. ${describe || 'No stakeholder has both influence and interest recorded.'}${unplaced.length ? ` Not on the grid: ${unplaced.map((u) => u.name).join('; ')}.` : ''}`,
      src: null,
    },
  };
}
