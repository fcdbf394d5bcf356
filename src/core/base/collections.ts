/** Lists grouped by a key in one pass, so that "the entries of each X" stays linear (never a filter per X). */

/** The items of `list` by `keyOf`, each group in the list's order; items without a key are left out. */
export function groupBy<T>(list: readonly T[] | undefined, keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of list ?? []) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const group = out.get(key);
    if (group) group.push(item);
    else out.set(key, [item]);
  }
  return out;
}

/** The group of `key`, or an empty list. */
export function groupOf<T>(groups: ReadonlyMap<string, readonly T[]>, key: string): readonly T[] {
  return groups.get(key) ?? [];
}
