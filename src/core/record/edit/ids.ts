/** Ids made from names: ASCII, lower case words joined by hyphens, short, and unique in their list. */

/** Words that carry no meaning in an id ("Ministry of Community Development and Women's Affairs"). */
const FILLER = new Set(['a', 'an', 'and', 'the', 'of', 'for', 'in', 'on', 'at', 'to', 's', 'de', 'la', 'le', 'et', 'du', 'des']);

/** The longest id made from a name; the schema allows 80, but an id is typed and read often. */
export const ID_MAX = 32;

/**
 * "Ministry of Community Development and Women's Affairs" → "ministry-community-development": ASCII (accents
 * dropped), filler words left out, cut at a word boundary to at most ID_MAX characters, and made unique against
 * `taken` with -2, -3 ... An empty result (a name in another script) falls back to `fallback`.
 */
export function idFromName(name: string, taken: ReadonlySet<string> | readonly string[], fallback = 'entry'): string {
  const used = taken instanceof Set ? taken : new Set(taken as readonly string[]);
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const meaningful = words.filter((w) => !FILLER.has(w));
  const chosen = meaningful.length ? meaningful : words;
  let base = '';
  for (const w of chosen) {
    const next = base ? `${base}-${w}` : w;
    if (next.length > ID_MAX) break;
    base = next;
  }
  if (!base && chosen[0]) base = chosen[0].slice(0, ID_MAX);
  if (!base) base = fallback;
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, ID_MAX - String(n).length - 1).replace(/-$/, '')}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** Names compared as a broker would: case, accents, punctuation and spacing do not matter. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return norm(a) === norm(b) && norm(a) !== '';
}
