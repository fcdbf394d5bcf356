/** Reading rendered HTML and SVG in tests: what a reader sees of it, and whether it is well-formed XML. */
import { validateXML } from 'xmllint-wasm';

const ENTITY: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * What a reader sees of HTML: tags removed, entities decoded, white space folded. With `joinInline`, inline tags
 * (links GFM makes of addresses, emphasis, code) join their text, as a browser shows it; block tags separate it.
 */
export function visibleText(html: string, { joinInline = false } = {}): string {
  const untagged = (joinInline ? html.replace(/<\/?(a|strong|em|code|del)\b[^>]*>/gi, '') : html).replace(/<[^>]*>/g, ' ');
  const decoded = untagged.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_m, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
    return ENTITY[lower]!;
  });
  return decoded.replace(/[ \t\r\n]+/g, ' ').trim();
}

/** Well-formed XML, or the parser's messages. */
export async function xmlErrors(xml: string, name = 'picture.svg'): Promise<string[]> {
  const r = await validateXML({ xml: { fileName: name, contents: xml }, normalization: 'format' });
  return r.valid ? [] : r.errors.map((e) => e.rawMessage);
}
