import { join } from 'node:path';
import { readText } from '../../folder/load.js';
import { parseYaml } from '../../yaml/source.js';
import { didYouMean } from '../../../util/did-you-mean.js';
import { UsageError } from '../../base/diagnostic.js';
import { sameName } from './ids.js';

/** The data of one file of the partnership (undefined when missing or unreadable: the writer reports those). */
export function readData(dir: string, rel: string): Record<string, unknown> | undefined {
  const read = readText(join(dir, rel));
  if ('error' in read) return undefined;
  const data = parseYaml(join(dir, rel), read.text).source.data;
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
}

/** An entry of a list that has an id (stakeholders, needs, indicators ...). */
export interface Named {
  id: string;
  name?: string;
  description?: string;
}

/** The entries of `list` in `rel` that have a string id. */
export function entriesOf(dir: string, rel: string, list: string): Named[] {
  const items = readData(dir, rel)?.[list];
  return Array.isArray(items) ? items.filter((i): i is Named => typeof i === 'object' && i !== null && typeof (i as Named).id === 'string') : [];
}

export function stakeholdersOf(dir: string): Named[] {
  return entriesOf(dir, 'stakeholders.yaml', 'stakeholders');
}

/**
 * The entry that `given` names, by id or by name, or (an entry with no name: a commitment, a need) by its description,
 * as a broker would write it; a UsageError listing the choices otherwise. `what` words the list, e.g. "stakeholder".
 */
export function findEntry(entries: readonly Named[], given: string, what: string, where: string): Named {
  const found = entries.find((e) => e.id === given) ?? entries.find((e) => typeof e.name === 'string' && sameName(e.name, given)) ?? entries.find((e) => e.name === undefined && typeof e.description === 'string' && sameName(e.description, given));
  if (found) return found;
  const ids = entries.map((e) => e.id);
  const guess = didYouMean(given, ids) ?? didYouMean(given, entries.map((e) => e.name ?? '').filter(Boolean));
  if (!entries.length) throw new UsageError(`There is no ${what} "${given}": ${where} lists none yet.`, `Add one first with \`partner add ${what}\`.`);
  throw new UsageError(`There is no ${what} "${given}" in ${where}${guess ? `; did you mean ${guess}?` : '.'}`, `Give the id or the name of one of: ${ids.slice(0, 20).join(', ')}${ids.length > 20 ? ' ...' : ''}.`);
}
