/** The old text is all there, before and after one inserted or replaced stretch: nothing else moved. */
export function changedStretch(before: string, after: string): { removed: string; inserted: string } {
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let s = 0;
  while (s < before.length - p && s < after.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  return { removed: before.slice(p, before.length - s), inserted: after.slice(p, after.length - s) };
}
