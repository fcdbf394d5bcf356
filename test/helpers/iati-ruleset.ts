/**
 * The IATI 2.03 schema (validateIati: xmllint compiled to WebAssembly, xmllint-wasm) and IATI's Standard ruleset
 * (../shared/standards/iati-2.03/rulesets/standard.json), run on an activity file as the IATI
 * Validator runs it, after the spec beside it (SPEC.rst, "IATI Ruleset Spec - JS Edition"): each context is an XPath
 * selecting elements, each rule kind a test of the cases under it. XPath 1.0 with `xpath` on `@xmldom/xmldom`
 * (devDependencies).
 *
 * Choices where the spec leaves the Validator's surroundings open:
 * - NOW (date_now, date_order with "NOW") is the end of the export's as-of day, not the clock: an export made as of
 *   a date must hold as of that date;
 * - idCondition NOT_EXISTING_ORG_ID(_PREFIX) asks the IATI Registry whether the identifier is a registered
 *   publisher's; without the Registry none is, so those rules always apply (the stricter reading);
 * - ORG-ID-PREFIX is the codes of the OrganisationRegistrationAgency codelist.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import xpath from 'xpath';
import { validateXML } from 'xmllint-wasm';

/** Validates an IATI activity file against iati-activities-schema.xsd in `standard`, which includes iati-common.xsd and imports xml.xsd from the same folder. */
export async function validateIati(standard: string, xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const file = (name: string) => ({ fileName: name, contents: readFileSync(join(standard, name), 'utf8') });
  const r = await validateXML({ xml: { fileName: 'activity.xml', contents: xml }, schema: [file('iati-activities-schema.xsd')], preload: [file('iati-common.xsd'), file('xml.xsd')] });
  return { valid: r.valid, errors: r.errors.map((e) => e.rawMessage) };
}

export interface RuleInfo {
  id: string;
  severity: string;
  message: string;
}

export interface RuleResult {
  kind: string;
  context: string;
  info: RuleInfo;
  /** The element the case was tested on, as a path (`iati-activity/transaction[2]`). */
  at: string;
  passed: boolean;
}

type Case = Record<string, unknown> & { ruleInfo?: RuleInfo };
type Ruleset = Record<string, Record<string, { cases: Case[] }>>;

const select = xpath.useNamespaces({ xml: 'http://www.w3.org/XML/1998/namespace' });
type XNode = Parameters<typeof select>[1];

export function loadRuleset(standard: string): Ruleset {
  return JSON.parse(readFileSync(join(standard, 'rulesets', 'standard.json'), 'utf8')) as Ruleset;
}

/** The codes of the OrganisationRegistrationAgency codelist: the ORG-ID-PREFIX set. */
export function orgIdPrefixes(standard: string): string[] {
  const text = readFileSync(join(standard, 'codelists', 'OrganisationRegistrationAgency.xml'), 'utf8');
  return [...text.matchAll(/<code>([^<]+)<\/code>/g)].map((m) => m[1]!);
}

const nodes = (expr: string, node: XNode): XNode[] => {
  const r = select(expr, node);
  return Array.isArray(r) ? (r as XNode[]) : [];
};
const bool = (expr: string, node: XNode): boolean => select(`boolean(${expr})`, node) as unknown as boolean;
/** The text of an attribute (its value) or of an element or text node (its content). */
const text = (n: XNode): string => {
  const node = n as { nodeType?: number; nodeValue?: string | null; textContent?: string | null };
  return (node.nodeType === 2 ? node.nodeValue : node.textContent) ?? '';
};
const texts = (paths: readonly string[], node: XNode): string[] => paths.flatMap((p) => nodes(p, node).map(text));
const place = (n: XNode): string => {
  const parts: string[] = [];
  for (let cur = n as { nodeName: string; parentNode?: unknown; previousSibling?: unknown } | null; cur && cur.nodeName !== '#document'; cur = cur.parentNode as typeof cur) {
    let index = 1;
    for (let sib = cur.previousSibling as typeof cur | null; sib; sib = sib.previousSibling as typeof cur | null) if (sib.nodeName === cur.nodeName) index++;
    parts.unshift(`${cur.nodeName}[${index}]`);
  }
  return parts.join('/');
};
/** Decimal sum, exact to 10 decimals (strict_sum is a decimal sum, not a floating-point one). */
const decimalSum = (values: readonly string[]): number => values.reduce((s, v) => s + Math.round(Number(v) * 1e10), 0) / 1e10;
const dayOf = (value: string) => value.slice(0, 10);

/** Substitutes a loop's value for `$1` in every string of a case. */
function substitute(c: unknown, value: string): unknown {
  if (typeof c === 'string') return c.split('$1').join(value);
  if (Array.isArray(c)) return c.map((x) => substitute(x, value));
  if (c && typeof c === 'object') return Object.fromEntries(Object.entries(c).map(([k, v]) => [k, substitute(v, value)]));
  return c;
}

export interface RunOptions {
  /** The as-of date (YYYY-MM-DD) that NOW stands for. */
  now: string;
  orgIdPrefixes: readonly string[];
}

/** Every case of every rule whose context matches something in `xml`, with whether it passed. */
export function runRuleset(ruleset: Ruleset, xml: string, options: RunOptions): RuleResult[] {
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as XNode;
  const out: RuleResult[] = [];
  for (const [context, rules] of Object.entries(ruleset)) {
    for (const element of nodes(context, doc)) {
      for (const [kind, rule] of Object.entries(rules)) for (const c of rule.cases) runCase(kind, c, element, context, options, out);
    }
  }
  return out;
}

function runCase(kind: string, c: Case, node: XNode, context: string, options: RunOptions, out: RuleResult[]): void {
  if (kind === 'loop') {
    const values = [...new Set(nodes(c.foreach as string, node).map(text))];
    for (const value of values) {
      for (const [inner, rule] of Object.entries(c.do as Record<string, { cases: Case[] }>)) for (const ic of rule.cases) runCase(inner, substitute(ic, value) as Case, node, context, options, out);
    }
    return;
  }
  if (typeof c.condition === 'string' && !bool(c.condition, node)) return;
  const passed = test(kind, c, node, options);
  if (passed === undefined) return;
  out.push({ kind, context, info: c.ruleInfo ?? { id: '?', severity: '?', message: '' }, at: place(node), passed });
}

/** One case on one element: true passed, false failed, undefined not applicable (the rule is ignored). */
function test(kind: string, c: Case, node: XNode, options: RunOptions): boolean | undefined {
  const paths = (c.paths as string[] | undefined) ?? [];
  const now = `${options.now}T23:59:59Z`;
  switch (kind) {
    case 'atleast_one':
      return paths.some((p) => nodes(p, node).length > 0);
    case 'no_more_than_one':
      return paths.reduce((n, p) => n + nodes(p, node).length, 0) <= 1;
    case 'only_one_of': {
      const excluded = ((c.excluded as string[]) ?? []).some((p) => nodes(p, node).length > 0);
      const n = paths.reduce((k, p) => k + nodes(p, node).length, 0);
      return excluded ? n === 0 : n === 1;
    }
    case 'unique': {
      const values = texts(paths, node);
      return new Set(values).size === values.length;
    }
    case 'startswith': {
      const prefixes = (c.prefix as string[]).flatMap((p) => (p === 'ORG-ID-PREFIX' ? [...options.orgIdPrefixes] : nodes(p, node).map(text)));
      const separator = (c.separator as string | undefined) ?? '';
      return texts(paths, node).every((v) => prefixes.some((p) => v.startsWith(`${p}${separator}`)));
    }
    case 'one_or_all': {
      if (nodes(c.one as string, node).length > 0) return true;
      const all = c.all as string;
      // `lang`: every narrative says its language; `currency`: every value its currency; otherwise every transaction has `all`.
      if (all === 'lang') return nodes('.//narrative[not(@xml:lang)]', node).length === 0;
      if (all === 'currency') return nodes('.//value[not(@currency)]', node).length === 0;
      return nodes(`transaction[not(${all})]`, node).length === 0;
    }
    case 'date_now': {
      const dates = nodes(c.date as string, node).map(text);
      return dates.length === 0 ? undefined : dates.every((d) => d <= now || dayOf(d) <= options.now);
    }
    case 'date_order': {
      const less = nodes(c.less as string, node).map(text);
      const more = c.more === 'NOW' ? [options.now] : nodes(c.more as string, node).map(text);
      if (less.length === 0 || more.length === 0) return undefined;
      return less.every((l) => more.every((m) => dayOf(l) <= dayOf(m)));
    }
    case 'time_limit': {
      const start = nodes(c.start as string, node).map(text)[0];
      const end = nodes(c.end as string, node).map(text)[0];
      if (!start || !end) return undefined;
      return (Date.parse(end) - Date.parse(start)) / 86_400_000 <= 366;
    }
    case 'between_dates': {
      const start = nodes(c.start as string, node).map(text)[0];
      const end = nodes(c.end as string, node).map(text)[0];
      const dates = nodes(c.date as string, node).map(text);
      if (!start || !end || dates.length === 0) return undefined;
      return dates.every((d) => start <= d && d <= end);
    }
    case 'regex_matches':
    case 'regex_no_matches': {
      const re = new RegExp(c.regex as string);
      const values = texts(paths, node);
      return kind === 'regex_matches' ? values.every((v) => re.test(v)) : values.every((v) => !re.test(v));
    }
    case 'no_spaces':
      return texts(paths, node).every((v) => v === v.trim());
    case 'strict_sum':
    case 'sum': {
      const values = texts(paths, node);
      return decimalSum(values) === Number(c.sum);
    }
    case 'range': {
      const values = texts(paths, node);
      return values.every((v) => Number(v) >= Number(c.min) && Number(v) <= Number(c.max));
    }
    case 'if_then':
      return !bool(c.if as string, node) || bool(c.then as string, node);
    default:
      throw new Error(`rule kind ${kind} is not implemented in test/helpers/iati-ruleset.ts`);
  }
}
