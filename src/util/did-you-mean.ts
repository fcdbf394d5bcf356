/** Levenshtein distance, small and allocation-light: names compared here are short. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** The closest candidate to `input`, if close enough to be a likely typo. */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const hay = c.toLowerCase();
    // A misspelt part of a compound name (`authorty` for `decision_authority`) counts almost as close.
    const parts = hay.split(/[-_.]/).filter((p) => p.length > 3 && p !== hay);
    const partScore = Math.min(Infinity, ...parts.map((p) => editDistance(needle, p) + 0.5));
    const d = Math.min(hay.startsWith(needle) || needle.startsWith(hay) ? Math.abs(hay.length - needle.length) * 0.5 : editDistance(needle, hay), partScore);
    if (d < bestScore) {
      bestScore = d;
      best = c;
    }
  }
  const limit = Math.max(2, Math.floor(needle.length / 3));
  return best !== undefined && bestScore <= limit && bestScore > 0 ? best : undefined;
}
