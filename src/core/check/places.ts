import type { PathSegment } from '../yaml/source.js';

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 21st ... */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** `commitments` → commitment, `bodies` → body, `measurements` → measurement. */
export function singular(list: string): string {
  const words = list.replace(/_/g, ' ');
  if (/ies$/.test(words)) return words.replace(/ies$/, 'y');
  if (/(ss|sh|ch|x)es$/.test(words)) return words.replace(/es$/, '');
  if (/s$/.test(words) && !/ss$/.test(words)) return words.replace(/s$/, '');
  return words;
}

/** What a list item goes by: its id, else its name, when it has one. */
function itemName(item: unknown): string | undefined {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const o = item as Record<string, unknown>;
  for (const k of ['id', 'name', 'date', 'stakeholder']) if (typeof o[k] === 'string' && o[k] !== '') return o[k] as string;
  return undefined;
}

function at(data: unknown, path: readonly PathSegment[]): unknown {
  let node = data;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[seg];
  }
  return node;
}

/**
 * A place in a file named as people count, by the item's id or name where it has one:
 * `amount` of commitment `kwsb-trunk` (the 4th); the 2nd item of `interests` of stakeholder `city-water`;
 * `neutral` in `convener`. Never a zero-based index.
 */
export function describePlace(data: unknown, path: readonly PathSegment[]): string {
  let k = -1;
  for (let i = path.length - 1; i >= 0; i--) {
    if (typeof path[i] === 'number') {
      k = i;
      break;
    }
  }
  const fields = (segs: readonly PathSegment[]) => segs.map(String);
  if (k < 0) {
    const f = fields(path);
    if (f.length <= 1) return `\`${f[0] ?? ''}\``;
    return `\`${f[f.length - 1]}\` in \`${f.slice(0, -1).join('.')}\``;
  }
  const index = path[k] as number;
  const list = k > 0 && typeof path[k - 1] === 'string' ? String(path[k - 1]) : undefined;
  const name = itemName(at(data, path.slice(0, k + 1)));
  const owner = k > 1 ? describeOwner(data, path.slice(0, k - 1)) : '';
  let item: string;
  if (name !== undefined && list !== undefined) item = `${singular(list)} \`${name}\` (the ${ordinal(index + 1)})`;
  else item = `the ${ordinal(index + 1)} item${list === undefined ? '' : ` of \`${list}\``}`;
  if (owner) item += ` of ${owner}`;
  const tail = fields(path.slice(k + 1));
  return tail.length ? `\`${tail.join('.')}\` of ${item}` : item;
}

/** The thing that holds a list, briefly: stakeholder `city-water`, or the place without its ordinal. */
function describeOwner(data: unknown, path: readonly PathSegment[]): string {
  const last = path[path.length - 1];
  if (typeof last === 'number') {
    const list = typeof path[path.length - 2] === 'string' ? String(path[path.length - 2]) : undefined;
    const name = itemName(at(data, path));
    if (name !== undefined && list !== undefined) return `${singular(list)} \`${name}\``;
  }
  return describePlace(data, path);
}

/** A place at the start of a sentence. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
