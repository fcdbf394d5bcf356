/**
 * A tiny XML writer: elements, attributes and text, escaped, with nothing else to go wrong. Used by the IATI export
 * (src/core/export/iati.ts); no XML library is needed for writing a document this simple.
 */

export type XmlAttributes = Readonly<Record<string, string | number | undefined>>;

export interface XmlElement {
  name: string;
  attributes: XmlAttributes;
  /** Child elements, or the element's text. */
  content: readonly XmlElement[] | string;
}

/** An element: `el('narrative', {}, 'text')`, `el('period', {}, [start, end])`, or empty with no content. */
export function el(name: string, attributes: XmlAttributes = {}, content: readonly (XmlElement | undefined | false)[] | string = []): XmlElement {
  return { name, attributes, content: typeof content === 'string' ? content : content.filter((c): c is XmlElement => Boolean(c)) };
}

/**
 * Characters XML 1.0 does not allow anywhere, even escaped (§2.2 Char): C0 controls other than tab, line feed and
 * carriage return, U+FFFE and U+FFFF, and UTF-16 surrogates that are not part of a pair.
 */
// eslint-disable-next-line no-control-regex
const ILLEGAL_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes what XML 1.0 cannot carry (see ILLEGAL_XML). */
export function stripIllegalXml(text: string): string {
  return text.replace(ILLEGAL_XML, '');
}

/**
 * Escapes text for element content: & < > " ' as entities, and a carriage return as a character reference, which
 * a parser would otherwise turn into a line feed.
 */
export function escapeText(text: string): string {
  return stripIllegalXml(text).replace(/[&<>"'\r]/g, (c) => ENTITIES[c]!);
}

/** Escapes an attribute value: as text, and tab and line feed too, which a parser would otherwise turn into spaces. */
export function escapeAttribute(value: string): string {
  return stripIllegalXml(value).replace(/[&<>"'\r\n\t]/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;', '\n': '&#10;', '\t': '&#9;' };

const NAME = /^[A-Za-z_][A-Za-z0-9._:-]*$/;

/** The document: an XML declaration (UTF-8), then the root element indented by two spaces per level. */
export function serializeXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeElement(root, 0)}`;
}

function serializeElement(e: XmlElement, depth: number): string {
  if (!NAME.test(e.name)) throw new Error(`Not an XML name: ${e.name}`);
  const pad = '  '.repeat(depth);
  let attrs = '';
  for (const [k, v] of Object.entries(e.attributes)) {
    if (v === undefined) continue;
    if (!NAME.test(k)) throw new Error(`Not an XML attribute name: ${k}`);
    attrs += ` ${k}="${escapeAttribute(String(v))}"`;
  }
  if (typeof e.content === 'string') return `${pad}<${e.name}${attrs}>${escapeText(e.content)}</${e.name}>\n`;
  if (e.content.length === 0) return `${pad}<${e.name}${attrs}/>\n`;
  return `${pad}<${e.name}${attrs}>\n${e.content.map((c) => serializeElement(c, depth + 1)).join('')}${pad}</${e.name}>\n`;
}
