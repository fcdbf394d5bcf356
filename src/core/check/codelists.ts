/**
 * The IATI 2.03 codelists partner checks codes against (sectors, countries, regions, currencies, the Sustainable
 * Development Goals and their targets, transaction types, organisation registration agencies), as compiled at build
 * time by scripts/compile-codelists.mjs. The file is read and each list parsed on first use only, so a check of a
 * partnership that uses no coded field never reads it.
 */
import { readFileSync } from 'node:fs';
import { CODELISTS_FILE } from '../../util/package-paths.js';

export type ListName = 'Sector' | 'SectorCategory' | 'Country' | 'Region' | 'Currency' | 'UNSDG-Goals' | 'UNSDG-Targets' | 'TransactionType' | 'OrganisationRegistrationAgency';

export interface CodeItem {
  code: string;
  /** The English name in the codelist. */
  name: string;
  withdrawn: boolean;
}

interface Compiled {
  lists: Record<ListName, { codes: string; withdrawn: string[] }>;
}

let compiled: Compiled | undefined;
/** How often the compiled file was read, and how many lists parsed (a test holds `check` to reading it only when needed). */
export const codelistStats = { fileReads: 0, listsParsed: 0 };
const parsed = new Map<ListName, Map<string, CodeItem>>();

/** Every item of a codelist by code, in the codelist's order. */
export function codelist(list: ListName): ReadonlyMap<string, CodeItem> {
  let items = parsed.get(list);
  if (items) return items;
  if (!compiled) {
    codelistStats.fileReads++;
    compiled = JSON.parse(readFileSync(CODELISTS_FILE, 'utf8')) as Compiled;
  }
  codelistStats.listsParsed++;
  const raw = compiled.lists[list];
  const withdrawn = new Set(raw.withdrawn);
  items = new Map();
  for (const line of raw.codes.split('\n')) {
    const tab = line.indexOf('\t');
    const code = line.slice(0, tab);
    items.set(code, { code, name: line.slice(tab + 1), withdrawn: withdrawn.has(code) });
  }
  parsed.set(list, items);
  return items;
}

/** The item of `code` in `list`, if the list has it (withdrawn or not). */
export function lookup(list: ListName, code: string): CodeItem | undefined {
  return codelist(list).get(code);
}

const STOP = new Set(['and', 'of', 'the', 'for', 'in', 'to', 'a', 'an', 'all', 'by', 'on', 'with', 'incl', 'excl']);
const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '' && !STOP.has(w));

/**
 * The active items whose names best match the words of `text` ("water supply" → 14031 Basic drinking water supply,
 * 14021 Water supply - large systems, ...): most of the words found (as the start of a word of the name) first, then
 * the shortest names. Linear in the list.
 */
export function nearestByName(list: ListName, text: string, limit = 3): CodeItem[] {
  const query = words(text);
  if (query.length === 0) return [];
  const scored: { item: CodeItem; found: number; extra: number; tail: number }[] = [];
  const phrase = query.join(' ');
  for (const item of codelist(list).values()) {
    if (item.withdrawn) continue;
    const name = words(item.name);
    const found = query.filter((q) => name.some((w) => w.startsWith(q) || (q.length > 4 && q.startsWith(w) && w.length > 3))).length;
    // A name ending in the words asked for names a kind of that thing ("Basic drinking water supply").
    const tail = name.join(' ').endsWith(phrase) ? 1 : 0;
    if (found * 2 >= query.length && found > 0) scored.push({ item, found, extra: name.length - found, tail });
  }
  scored.sort((a, b) => b.found - a.found || b.tail - a.tail || a.extra - b.extra);
  return scored.slice(0, limit).map((s) => s.item);
}

/** Active items whose codes start like `code` (14031 → the other 1403x), nearest first, for an unknown numeric code. */
export function nearestByCode(list: ListName, code: string, limit = 3): CodeItem[] {
  for (let keep = code.length - 1; keep > 0; keep--) {
    const prefix = code.slice(0, keep);
    const near = [...codelist(list).values()].filter((i) => !i.withdrawn && i.code.length === code.length && i.code.startsWith(prefix));
    if (near.length) return near.sort((a, b) => Math.abs(Number(a.code) - Number(code)) - Math.abs(Number(b.code) - Number(code)) || (a.code < b.code ? -1 : 1)).slice(0, limit);
  }
  return [];
}

/** `14030 Basic drinking water supply and basic sanitation`: a code with its name, for messages. */
export function codeAndName(item: CodeItem): string {
  return `${item.code} ${item.name}`;
}

/**
 * The short titles of the 17 Sustainable Development Goals (the UN's own labels, as on its goal icons); the codelist
 * carries only the long statements ("Goal 6. Ensure availability and sustainable management of water ...").
 */
const SDG_TITLES = [
  'No poverty', 'Zero hunger', 'Good health and well-being', 'Quality education', 'Gender equality', 'Clean water and sanitation',
  'Affordable and clean energy', 'Decent work and economic growth', 'Industry, innovation and infrastructure', 'Reduced inequalities',
  'Sustainable cities and communities', 'Responsible consumption and production', 'Climate action', 'Life below water', 'Life on land',
  'Peace, justice and strong institutions', 'Partnerships for the goals',
];

/** `SDG 6: Clean water and sanitation`, or undefined for a number that is not a goal. */
export function sdgGoalLabel(goal: number): string | undefined {
  const title = Number.isInteger(goal) ? SDG_TITLES[goal - 1] : undefined;
  return title === undefined ? undefined : `SDG ${goal}: ${title}`;
}

/** The goal a target belongs to: `6.2` → 6, `3.b` → 3. */
export function goalOfTarget(target: string): number {
  return Number(target.split('.')[0]);
}

/** The DAC sector vocabulary of a code: 5 digits → 1 (DAC 5 Digit, the Sector list), 3 digits → 2 (DAC 3 Digit, SectorCategory). */
export function sectorVocabulary(code: string): '1' | '2' {
  return code.length === 3 ? '2' : '1';
}

export const SECTOR_LIST: Record<'1' | '2', ListName> = { '1': 'Sector', '2': 'SectorCategory' };
