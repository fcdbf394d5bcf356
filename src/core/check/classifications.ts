/**
 * The coded fields a registry, a donor and IATI read (seed 000: "developing a typology of partnerships; more
 * specifically identifying targets; and measuring progress"): the sectors of activity, the countries and regions, the
 * Sustainable Development Goals and their targets in partnership.yaml, and the currencies of partnership.yaml and
 * resources.yaml. Each code is checked against the IATI 2.03 codelists (codelists.ts), with the nearest codes by name
 * or number; percentages must add up to 100 where IATI needs them to. Runs on the schema-valid model; reads the
 * codelists only when one of these fields is used.
 */
import type { Diagnostic } from '../base/diagnostic.js';
import type { PathSegment } from '../yaml/source.js';
import { editDistance } from '../../util/did-you-mean.js';
import { codeAndName, codelist, goalOfTarget, lookup, nearestByCode, nearestByName, sdgGoalLabel, SECTOR_LIST, sectorVocabulary, type CodeItem } from './codelists.js';
import type { Checked } from './types.js';

export const CODE_RULES = { unknown: 'unknown-code', withdrawn: 'withdrawn-code', percentages: 'percentages', sdgTarget: 'sdg-target-goal' } as const;

type Find = (key: string, path: PathSegment[], severity: 'error' | 'warning', rule: string, message: string, hint: string) => void;

const VOCABULARY_WORDS: Record<'1' | '2', string> = { '1': '5-digit DAC sectors', '2': '3-digit DAC categories' };

export function classificationFindings(c: Checked): Diagnostic[] {
  const out: Diagnostic[] = [];
  const find: Find = (key, path, severity, rule, message, hint) => out.push({ ...c.at(key, undefined, path), severity, rule, message, hint });
  const p = c.model.partnership;
  if (p) {
    sectorFindings(p.sectors ?? [], find);
    placeFindings(p.countries ?? [], p.regions ?? [], find);
    if (p.iati?.recipient_country !== undefined) checkCountry(p.iati.recipient_country, ['iati', 'recipient_country'], find);
    sdgFindings(p.sdgs ?? [], find);
    if (p.iati?.default_currency !== undefined) checkCurrency('partnership', p.iati.default_currency, ['iati', 'default_currency'], find);
  }
  c.model.resources?.commitments?.forEach((cm, i) => cm.currency !== undefined && checkCurrency('resources', cm.currency, ['commitments', i, 'currency'], find));
  return out;
}

/** `a, b or c`. */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

const suggest = (items: readonly CodeItem[], write: (item: CodeItem) => string): string =>
  items.length ? `Did you mean ${orList(items.map(codeAndName))}? Write the code: \`${write(items[0]!)}\`.` : '';

function withdrawnFinding(item: CodeItem, key: string, path: PathSegment[], what: string, find: Find): void {
  if (item.withdrawn) find(key, path, 'warning', CODE_RULES.withdrawn, `${codeAndName(item)} is a ${what} IATI has withdrawn; registries may refuse it.`, 'Choose a current code in its place.');
}

// --- Sectors --------------------------------------------------------------------------------------------------------

function sectorFindings(sectors: readonly { code: number | string; percentage?: number }[], find: Find): void {
  const groups: Record<'1' | '2', number[]> = { '1': [], '2': [] };
  let unreadable = false;
  sectors.forEach((s, i) => {
    const code = String(s.code).trim();
    const at: PathSegment[] = ['sectors', i, 'code'];
    if (/^\d{5}$/.test(code) || /^\d{3}$/.test(code)) {
      const vocabulary = sectorVocabulary(code);
      groups[vocabulary].push(i);
      const item = lookup(SECTOR_LIST[vocabulary], code);
      if (item) return withdrawnFinding(item, 'partnership', at, 'sector', find);
      const near = nearestByCode(SECTOR_LIST[vocabulary], code);
      find('partnership', at, 'error', CODE_RULES.unknown, `${code} is not a ${vocabulary === '1' ? 'DAC sector (5 digits)' : 'DAC sector category (3 digits)'} in the IATI codelist.`, suggest(near, (n) => `code: ${n.code}`) || 'See the DAC sector list (the IATI Sector codelist) for the code.');
      return;
    }
    unreadable = true;
    const near = nearestByName('Sector', code);
    const byCategory = near.length ? [] : nearestByName('SectorCategory', code);
    find('partnership', at, 'error', CODE_RULES.unknown, `\`${code}\` is not a DAC sector code: a sector is 5 digits (14032) or a category 3 digits (140).`, suggest(near.length ? near : byCategory, (n) => `code: ${n.code}`) || 'Describe the work in a few words of the DAC list (water, sanitation, health ...) and partner suggests codes.');
  });
  // Shares are checked once every code is a code: until then which kind a sector is, and so its 100, is unknown.
  if (!unreadable) for (const vocabulary of ['1', '2'] as const) sharesAddUp(sectors, groups[vocabulary], 'sectors', VOCABULARY_WORDS[vocabulary], find);
}

/**
 * IATI's rules on shares (Standard ruleset 2.1.1, 2.1.2, 2.1.4, 3.1.x, 3.4.x): with several entries, each has a
 * percentage and they add up to 100; a single entry has none or 100.
 */
function sharesAddUp(all: readonly { percentage?: number }[], indexes: readonly number[], list: string | ((i: number) => [string, number]), what: string, find: Find): void {
  const place = (i: number): PathSegment[] => (typeof list === 'string' ? [list, i] : list(i));
  if (indexes.length === 0) return;
  if (indexes.length === 1) {
    const only = all[indexes[0]!]!;
    if (only.percentage !== undefined && only.percentage !== 100) find('partnership', [...place(indexes[0]!), 'percentage'], 'error', CODE_RULES.percentages, `The only one of the ${what} is ${only.percentage}%; alone it covers all the work.`, 'Leave the percentage out, or write 100.');
    return;
  }
  const missing = indexes.filter((i) => all[i]!.percentage === undefined);
  for (const i of missing) find('partnership', place(i), 'error', CODE_RULES.percentages, `This is one of ${indexes.length} ${what}, and it has no percentage: with more than one, each says its share.`, 'Add `percentage:`, so that the shares add up to 100.');
  if (missing.length) return;
  const sum = indexes.reduce((total, i) => total + all[i]!.percentage!, 0);
  if (Math.abs(sum - 100) > 1e-9) {
    const shares = indexes.map((i) => `${all[i]!.percentage}`).join(' + ');
    find('partnership', place(indexes[0]!), 'error', CODE_RULES.percentages, `The percentages of the ${what} add up to ${Math.round(sum * 1e6) / 1e6} (${shares}), not 100.`, 'Change them so that they add up to 100.');
  }
}

// --- Countries and regions ----------------------------------------------------------------------------------------

function placeFindings(countries: readonly { code: string; percentage?: number }[], regions: readonly { code: number | string; percentage?: number }[], find: Find): void {
  countries.forEach((c, i) => checkCountry(c.code, ['countries', i, 'code'], find));
  regions.forEach((r, i) => {
    const code = String(r.code).trim();
    const at: PathSegment[] = ['regions', i, 'code'];
    const item = lookup('Region', code);
    if (item) return withdrawnFinding(item, 'partnership', at, 'region', find);
    const near = /^\d+$/.test(code) ? nearestByCode('Region', code) : nearestByName('Region', code);
    find('partnership', at, 'error', CODE_RULES.unknown, `\`${code}\` is not an OECD DAC region code in the IATI codelist.`, suggest(near, (n) => `code: ${n.code}`) || `The regions are ${orList([...codelist('Region').values()].filter((x) => !x.withdrawn).slice(0, 6).map(codeAndName))} ... (the IATI Region codelist).`);
  });
  // Countries and regions share one 100 (ruleset 3.4.x): all entries of both lists together.
  const all = [...countries, ...regions];
  const where = (i: number): [string, number] => (i < countries.length ? ['countries', i] : ['regions', i - countries.length]);
  const what = countries.length && regions.length ? 'countries and regions' : countries.length ? 'countries' : 'regions';
  sharesAddUp(all, all.map((_, i) => i), where, what, find);
}

function checkCountry(raw: string, at: PathSegment[], find: Find): void {
  const code = raw.trim();
  const item = lookup('Country', code);
  if (item) return withdrawnFinding(item, 'partnership', at, 'country', find);
  const upper = lookup('Country', code.toUpperCase());
  const near = upper ? [upper] : nearestByName('Country', code);
  find('partnership', at, 'error', CODE_RULES.unknown, `\`${code}\` is not a country code: IATI uses the two capital letters of ISO 3166-1 (PK for Pakistan).`, suggest(near, (n) => `code: ${n.code}`) || 'Write the country\'s two-letter ISO 3166-1 code, or its name in English for a suggestion.');
}

// --- Sustainable Development Goals ---------------------------------------------------------------------------------

/** The targets of a goal, in the codelist's order: `6.1, 6.2, ... 6.b`. */
function targetsOf(goal: number): string[] {
  return [...codelist('UNSDG-Targets').keys()].filter((t) => goalOfTarget(t) === goal);
}

function sdgFindings(sdgs: readonly { goal: number; targets?: string[] }[], find: Find): void {
  sdgs.forEach((g, i) => {
    g.targets?.forEach((target, j) => {
      const at: PathSegment[] = ['sdgs', i, 'targets', j];
      // The goal's targets and label are worded only for a finding: a valid target costs one lookup.
      const label = () => sdgGoalLabel(g.goal) ?? `goal ${g.goal}`;
      if (!lookup('UNSDG-Targets', target)) {
        find('partnership', at, 'error', CODE_RULES.unknown, `There is no target ${target} in the Sustainable Development Goals.`, `The targets of ${label()} are ${orList(targetsOf(g.goal))}.`);
        return;
      }
      const belongs = goalOfTarget(target);
      if (belongs !== g.goal) {
        find('partnership', at, 'error', CODE_RULES.sdgTarget, `Target ${target} belongs to ${sdgGoalLabel(belongs)}, not to ${label()}.`, `Move it under \`goal: ${belongs}\`, or choose a target of goal ${g.goal}: ${orList(targetsOf(g.goal))}.`);
      }
    });
  });
}

// --- Currencies -----------------------------------------------------------------------------------------------------

function checkCurrency(key: string, code: string, at: PathSegment[], find: Find): void {
  const item = lookup('Currency', code);
  if (item) return withdrawnFinding(item, key, at, 'currency', find);
  // One letter off (USS for USD), or the currency's name in words.
  const near = [...codelist('Currency').values()].filter((x) => !x.withdrawn && editDistance(code.toUpperCase(), x.code) <= 1).slice(0, 3);
  const byName = near.length ? near : nearestByName('Currency', code);
  find(key, at, 'error', CODE_RULES.unknown, `${code} is not an ISO 4217 currency code that IATI knows.`, byName.length ? `Did you mean ${orList(byName.map(codeAndName))}?` : 'Use the three-letter ISO 4217 code of the currency, such as USD, EUR, PKR or BDT.');
}
