/**
 * What the partnership works on, where, and the Sustainable Development Goals it serves (partnership.yaml `sectors`,
 * `countries`, `regions`, `sdgs`; seed 000: "more specifically identifying targets"), in words: each code with its
 * name from the IATI codelists. Shared by the agreement's background and `partner export csv`.
 */
import type { PartnershipFile } from '../../model/index.js';
import { goalOfTarget, lookup, sdgGoalLabel, SECTOR_LIST, sectorVocabulary } from '../check/codelists.js';

export interface ClassificationRow {
  kind: 'Sector' | 'Sector category' | 'Country' | 'Region' | 'Goal' | 'Target';
  code: string;
  /** The name in words: `Basic sanitation`, `Pakistan`, `SDG 6: Clean water and sanitation`. */
  name: string;
  percentage?: number;
}

export function classificationRows(p: PartnershipFile | undefined): ClassificationRow[] {
  if (!p) return [];
  const rows: ClassificationRow[] = [];
  const share = (percentage: number | undefined) => (percentage === undefined ? {} : { percentage });
  for (const s of p.sectors ?? []) {
    const code = String(s.code).trim();
    const vocabulary = /^\d{3}(\d{2})?$/.test(code) ? sectorVocabulary(code) : undefined;
    rows.push({ kind: vocabulary === '2' ? 'Sector category' : 'Sector', code, name: (vocabulary && lookup(SECTOR_LIST[vocabulary], code)?.name) || code, ...share(s.percentage) });
  }
  const countries = p.countries ?? (p.iati?.recipient_country !== undefined ? [{ code: p.iati.recipient_country }] : []);
  for (const c of countries) rows.push({ kind: 'Country', code: c.code, name: lookup('Country', c.code.trim())?.name ?? c.code, ...share(c.percentage) });
  for (const r of p.regions ?? []) rows.push({ kind: 'Region', code: String(r.code), name: lookup('Region', String(r.code).trim())?.name ?? String(r.code), ...share(r.percentage) });
  for (const g of p.sdgs ?? []) {
    rows.push({ kind: 'Goal', code: String(g.goal), name: sdgGoalLabel(g.goal) ?? `SDG ${g.goal}` });
    for (const t of g.targets ?? []) rows.push({ kind: 'Target', code: t, name: targetWords(t) });
  }
  return rows;
}

/** `Target 6.2: By 2030, achieve access to adequate and equitable sanitation ...`. */
export function targetWords(target: string): string {
  const name = lookup('UNSDG-Targets', target)?.name;
  return name ? `Target ${target}: ${name}` : `Target ${target}`;
}

/** For the agreement: sectors and places as `Basic sanitation (80%)`, goals with their targets in words. */
export function classificationWords(p: PartnershipFile): { sectors: string[]; places: string[]; goals: { label: string; targets: string[] }[] } {
  const rows = classificationRows(p);
  const withShare = (r: ClassificationRow) => (r.percentage === undefined ? r.name : `${r.name} (${r.percentage}%)`);
  const goals = (p.sdgs ?? []).map((g) => ({ label: sdgGoalLabel(g.goal) ?? `SDG ${g.goal}`, targets: (g.targets ?? []).filter((t) => goalOfTarget(t) === g.goal).map(targetWords) }));
  return {
    sectors: rows.filter((r) => r.kind === 'Sector' || r.kind === 'Sector category').map(withShare),
    places: rows.filter((r) => r.kind === 'Country' || r.kind === 'Region').map(withShare),
    goals,
  };
}
