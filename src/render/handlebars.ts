/**
 * The Handlebars environment for documents: built-in templates from templates/, a broker's own template with
 * --template, the same helpers and the same locked-down rules for both. Loaded lazily (only `partner render`
 * imports it), and each template file is compiled once per process.
 *
 * Safety rules, so a template can show the data and nothing else:
 * - every `{{...}}` output goes through the `md` helper (the templates' AST is rewritten before compiling), so
 *   data is always escaped for Markdown, even written `{{{triple}}}`; helpers return Markup, which passes as is;
 * - only known helpers (`knownHelpersOnly`): an unknown one is an error naming the file and line; `log` is not
 *   one (it would write to the terminal); `lookup` reads own properties only;
 * - strict mode: a field that is not in the data is an error naming the file and line (the built-in templates get
 *   a complete view model, so they never meet one);
 * - prototype access stays locked (never allowProtoPropertiesByDefault), and names such as `constructor` or
 *   `__proto__` are refused before compiling; partials must be built-in or defined inline, by a fixed name;
 * - a broker's own template is bounded (TEMPLATE_LIMITS): its file, its output and its running time; every pass of
 *   an {{#each}} and every partial it includes is metered, so a runaway template stops with a clear error.
 */
import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { UsageError } from '../core/diagnostic.js';
import { listText } from '../core/agreement/model.js';
import { escapeCell, escapeInline, escapeParagraphs, formatDate, formatMoney, formatNumber } from './markdown.js';
import { TEMPLATE_DIR } from './templates.js';

type Env = ReturnType<typeof Handlebars.create>;
type Node = hbs.AST.Node;

/** Markdown that a helper produced (data inside already escaped): `md` passes it through unchanged. */
export class Markup {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
  toHTML(): string {
    return this.text;
  }
}

/** Names a template may never read: they lead out of the data into JavaScript objects. */
const DENIED = new Set(['constructor', '__proto__', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toString', 'toLocaleString', 'valueOf']);

const own = (o: unknown, key: PropertyKey): boolean => typeof o === 'object' && o !== null && Object.prototype.hasOwnProperty.call(o, key);

/** Any value as escaped Markdown text. */
function text(value: unknown): string {
  if (value instanceof Markup) return value.text;
  if (typeof value === 'string') return escapeInline(value);
  if (typeof value === 'number') return Number.isFinite(value) ? escapeInline(String(value)) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return listText(value.map(text).filter((s) => s !== ''));
  return '';
}

const HELPERS = {
  /** `{{md x}}`: x escaped for Markdown, on one line. Every `{{...}}` is wrapped in it. */
  md: (value: unknown) => new Markup(text(value)),
  /** `{{paragraphs x}}`: longer text, keeping its paragraphs. */
  paragraphs: (value: unknown) => new Markup(typeof value === 'string' ? escapeParagraphs(value) : text(value)),
  /** `{{cell x}}`: a table cell: one line, `|` escaped, a dash when empty. */
  cell: (value: unknown) => new Markup(value instanceof Markup ? value.text.replace(/\s*\n\s*/g, ' ') || '—' : typeof value === 'string' ? escapeCell(value) : text(value) || '—'),
  /** `{{date d}}`: 1995-03-15 as 15 March 1995. */
  date: (value: unknown) => new Markup(typeof value === 'string' ? escapeInline(formatDate(value) ?? value) : ''),
  /** `{{money amount currency}}`: PKR 80,000,000. */
  money: (amount: unknown, currency: unknown) => new Markup(typeof amount === 'number' ? escapeInline(formatMoney(amount, typeof currency === 'string' ? currency : null)) : ''),
  /** `{{number n}}`: 1,000 or 97.5; `{{number n decimals=2}}`: 2,234.50 (cents only when there are any). */
  number: (value: unknown, options?: { hash?: { decimals?: unknown } }) => new Markup(typeof value === 'number' ? escapeInline(formatNumber(value, options?.hash?.decimals === 2 ? 2 : undefined)) : ''),
  /** `{{list items}}`: "a, b and c". */
  list: (value: unknown) => new Markup(text(value)),
  /** `{{open item}}`: an open item in place: **Open item 3:** the question. */
  open: (item: unknown) => {
    if (!own(item, 'number') || !own(item, 'question')) return new Markup('');
    const { number, question } = item as { number: unknown; question: unknown };
    if (typeof number !== 'number' || typeof question !== 'string') return new Markup('');
    return new Markup(`**Open item ${number}:** ${escapeInline(question)}`);
  },
  /** `{{#if (eq a b)}}`. */
  eq: (a: unknown, b: unknown) => a === b,
  /** `{{lookup obj key}}`, own properties only. */
  lookup: (obj: unknown, key: unknown) => ((typeof key === 'string' || typeof key === 'number') && !DENIED.has(String(key)) && own(obj, key) ? (obj as Record<string, unknown>)[key] : undefined),
};

/**
 * `{{figure f}}`: a picture of the document (a chart or a map) in place, from a figure of the data (`title`, and
 * `src` set by the renderer: a file beside the Markdown, an inline data: URI, or a placeholder that the HTML page
 * replaces with the SVG itself). Only those three forms of `src` are written; anything else gives nothing.
 */
function figureHelper(value: unknown): Markup {
  if (!own(value, 'src') || !own(value, 'title')) return new Markup('');
  const { src, title } = value as { src: unknown; title: unknown };
  if (typeof src !== 'string' || typeof title !== 'string') return new Markup('');
  if (FIGURE_PLACEHOLDER.test(src)) return new Markup(src);
  if (/^data:image\/svg\+xml;base64,[A-Za-z0-9+/]+={0,2}$/.test(src) || /^[A-Za-z0-9%._~-]+\.svg$/.test(src)) return new Markup(`![${escapeInline(title)}](${src})`);
  return new Markup('');
}

/** The placeholder a figure leaves in Markdown meant for an HTML page (see src/render/figures.ts). */
export const FIGURE_PLACEHOLDER = /^PARTNERFIGURE[0-9a-f]{32}X\d+$/;

/** Helpers only some documents have. */
const DOCUMENT_HELPERS: Readonly<Record<string, Record<string, (...args: never[]) => unknown>>> = {
  review: { figure: figureHelper },
  map: { figure: figureHelper },
};

const BUILTIN_HELPERS = ['if', 'unless', 'each', 'with'];
export const HELPER_NAMES: readonly string[] = [...Object.keys(HELPERS), ...BUILTIN_HELPERS].sort();

function compileOptions(helpers: readonly string[]) {
  return {
    strict: true,
    knownHelpersOnly: true,
    knownHelpers: { ...Object.fromEntries(helpers.map((k) => [k, true])), log: false, helperMissing: false, blockHelperMissing: false },
    noEscape: true,
  } as const;
}

const RUNTIME_OPTIONS = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false } as const;

interface Environment {
  hb: Env;
  /** The document's partials, by name. */
  partials: Set<string>;
  /** The document's own template, compiled. */
  main: HandlebarsTemplateDelegate;
  /** The helpers its templates may use (built-in blocks included), for messages. */
  helperNames: readonly string[];
  compileOptions: ReturnType<typeof compileOptions>;
}

/** One environment per document (templates/<document>/), so each document's partials have their own names. */
const environments = new Map<string, Environment>();

/**
 * The environment for `document`: helpers registered, its built-in partials (templates/<document>/partials/
 * <name>.md.hbs, registered as <name>) and its main template (templates/<document>/<document>.md.hbs, also a
 * partial, so a broker's template can wrap it) each compiled once.
 */
function env(document: string): Environment {
  const known = environments.get(document);
  if (known) return known;
  if (!/^[a-z]+(-[a-z]+)*$/.test(document)) throw new Error(`No built-in document ${document}.`);
  const hb = Handlebars.create();
  hb.unregisterHelper('log');
  hb.unregisterHelper('helperMissing');
  hb.unregisterHelper('blockHelperMissing');
  const helpers = { ...HELPERS, ...DOCUMENT_HELPERS[document] };
  for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn as Handlebars.HelperDelegate);
  meter(hb);
  const dir = join(TEMPLATE_DIR, document);
  const sources: [string, string][] = [[document, join(dir, `${document}.md.hbs`)]];
  for (const n of readdirSync(join(dir, 'partials')).filter((f) => f.endsWith('.md.hbs')).sort()) sources.push([n.slice(0, -'.md.hbs'.length), join(dir, 'partials', n)]);
  const partials = new Set(sources.map(([name]) => name));
  const environment: Environment = { hb, partials, main: () => '', helperNames: [...Object.keys(helpers), ...BUILTIN_HELPERS].sort(), compileOptions: compileOptions(Object.keys(helpers)) };
  for (const [name, file] of sources) {
    const compiled = compileSource(environment, readFileSync(file, 'utf8'), file);
    hb.registerPartial(name, compiled);
    if (name === document) environment.main = compiled;
  }
  environments.set(document, environment);
  return environment;
}

/** Parses, checks and rewrites a template, then compiles it. Errors name the file and line (UsageError). */
function compileSource(environment: Environment, source: string, file: string): HandlebarsTemplateDelegate {
  const { hb, partials, helperNames } = environment;
  let ast: hbs.AST.Program;
  try {
    ast = hb.parse(source);
  } catch (error) {
    throw templateError(file, error, partials, helperNames);
  }
  const root = ast as unknown as AnyNode;
  const inline = new Set<string>();
  collectInline(root, inline);
  check(root, file, partials, inline);
  const rewritten = wrapMustaches(root) as unknown as hbs.AST.Program;
  let compiled: HandlebarsTemplateDelegate;
  try {
    compiled = hb.compile(rewritten, environment.compileOptions);
  } catch (error) {
    throw templateError(file, error, partials, helperNames);
  }
  // Called as a partial, Handlebars passes the calling template's options (its data frame, partials, and the same
  // locked-down prototype access); called at the top, it gets RUNTIME_OPTIONS.
  return (context: unknown, options?: Handlebars.RuntimeOptions) => {
    try {
      return compiled(context, options ? { ...options, ...RUNTIME_OPTIONS } : RUNTIME_OPTIONS);
    } catch (error) {
      throw templateError(file, error, partials, helperNames);
    }
  };
}

/** Renders a built-in document (templates/<document>/, e.g. `agreement`) with `data`. */
export function renderBuiltin(document: string, data: unknown): string {
  return tidy(env(document).main(data));
}

/**
 * Renders a broker's own template file with `data`, with the helpers and partials of the built-in `document`;
 * `shown` is the path as the user gave it, for messages.
 */
export function renderFile(document: string, path: string, shown: string, data: unknown, limits: TemplateLimits = TEMPLATE_LIMITS): string {
  const template = compileSource(env(document), readTemplate(path, shown), shown);
  budget = { deadline: Date.now() + limits.milliseconds, maxChars: limits.outputBytes, limits, shown };
  let markdown: string;
  try {
    markdown = template(data);
  } finally {
    budget = undefined;
  }
  if (Buffer.byteLength(markdown) > limits.outputBytes) throw tooLarge(shown, limits);
  return tidy(markdown);
}

/**
 * The template file's text: a regular file (a link to one is fine: the user named it) of at most 1 MB, in UTF-8.
 * Opened without blocking and checked before reading, so a pipe or a device such as /dev/zero is refused, not read.
 */
function readTemplate(path: string, shown: string): string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`The template ${shown} does not exist.`, 'Give the path of a Handlebars template file, e.g. --template my-agreement.md.hbs.');
    if (code === 'EISDIR') throw new UsageError(`The template ${shown} is a folder, not a file.`);
    throw new UsageError(`Cannot read the template ${shown} (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code ?? 'unknown error'}).`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new UsageError(`The template ${shown} is a folder, not a file.`);
    if (!stat.isFile()) throw new UsageError(`The template ${shown} is not a regular file (a pipe or a device), so it is not read.`, 'Give the path of a Handlebars template file.');
    if (stat.size > MAX_TEMPLATE_BYTES) throw new UsageError(`${shown} is larger than 1 MB; is it really a template?`);
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, read));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if (error instanceof TypeError) throw new UsageError(`The template ${shown} is not UTF-8 text.`, 'Save it as UTF-8.');
    throw new UsageError(`Cannot read the template ${shown} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`);
  } finally {
    closeSync(fd);
  }
}

// ---- bounds on a broker's own template -------------------------------------------------------------------------

const MAX_TEMPLATE_BYTES = 1024 * 1024;

/** How much a broker's own template may produce, and for how long it may run (SECURITY.md). */
export interface TemplateLimits {
  /** Bytes of Markdown (UTF-8). */
  outputBytes: number;
  milliseconds: number;
}

export const TEMPLATE_LIMITS: Readonly<TemplateLimits> = { outputBytes: 5 * 1024 * 1024, milliseconds: 10_000 };

/** The bounds of the broker's template being rendered; undefined for the built-in templates. */
let budget: { deadline: number; maxChars: number; limits: TemplateLimits; shown: string } | undefined;

/**
 * Called on every pass of an {{#each}} and every partial a template includes: the only ways a template repeats
 * anything. Stops a broker's template (exit 2) once a piece of its output exceeds the size limit or the time is up,
 * long before a runaway template (partials that include each other twice, nested loops) could exhaust memory.
 */
function spend(result: unknown): void {
  if (!budget) return;
  if (typeof result === 'string' && result.length > budget.maxChars) throw tooLarge(budget.shown, budget.limits);
  if (Date.now() > budget.deadline) {
    throw new UsageError(`${budget.shown}: the template ran for more than ${budget.limits.milliseconds / 1000} seconds and was stopped; nothing was written.`, 'Look for partials that include each other, or {{#each}} blocks nested inside one another.');
  }
}

function tooLarge(shown: string, limits: TemplateLimits): UsageError {
  return new UsageError(`${shown}: the template's output is larger than ${limits.outputBytes / 1024 / 1024} MB and was stopped; nothing was written.`, 'Look for partials that include each other, or {{#each}} blocks nested inside one another.');
}

/** Meters {{#each}} (each pass) and partials (each inclusion) of this environment with `spend`. */
function meter(hb: Env): void {
  const each = hb.helpers.each as (...args: unknown[]) => unknown;
  hb.registerHelper('each', function (this: unknown, ...args: unknown[]) {
    const options = args[args.length - 1] as { fn?: unknown } | undefined;
    if (budget && options && typeof options.fn === 'function') {
      const fn = options.fn as (...a: unknown[]) => unknown;
      const metered = Object.assign((...a: unknown[]) => {
        const out = fn(...a);
        spend(out);
        return out;
      }, fn);
      args[args.length - 1] = { ...options, fn: metered };
    }
    return each.apply(this, args);
  });
  const runtime = (hb as unknown as { VM: Record<string, unknown> & { invokePartial: (...a: unknown[]) => unknown } }).VM;
  const invoke = runtime.invokePartial;
  (hb as unknown as { VM: unknown }).VM = {
    ...runtime,
    invokePartial(this: unknown, ...a: unknown[]) {
      spend('');
      const out = invoke.apply(this, a);
      spend(out);
      return out;
    },
  };
}

/** At most one blank line in a row, and one line break at the end. */
function tidy(markdown: string): string {
  return `${markdown.replace(/^[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

// ---- the template's syntax tree -------------------------------------------------------------------------------

type AnyNode = Node & Record<string, unknown>;

function children(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  const push = (v: unknown) => {
    if (Array.isArray(v)) for (const x of v) push(x);
    else if (v && typeof v === 'object' && 'type' in v) out.push(v as AnyNode);
  };
  for (const key of ['body', 'path', 'params', 'hash', 'pairs', 'value', 'program', 'inverse', 'name']) if (own(node, key)) push(node[key]);
  return out;
}

function collectInline(node: AnyNode, names: Set<string>): void {
  if (node.type === 'DecoratorBlock') {
    const first = (node.params as AnyNode[] | undefined)?.[0];
    if (first?.type === 'StringLiteral') names.add(String(first.value));
  }
  for (const c of children(node)) collectInline(c, names);
}

function at(node: AnyNode): { line: number; column: number } {
  const loc = node.loc as hbs.AST.SourceLocation | undefined;
  return { line: loc?.start.line ?? 1, column: (loc?.start.column ?? 0) + 1 };
}

function check(node: AnyNode, file: string, partials: ReadonlySet<string>, inline: ReadonlySet<string>): void {
  const fail = (message: string, hint?: string): never => {
    const { line, column } = at(node);
    throw new UsageError(`${file}:${line}:${column}: ${message}`, hint);
  };
  switch (node.type) {
    case 'PathExpression':
      for (const part of (node.parts as string[]) ?? []) if (DENIED.has(part)) fail(`\`${part}\` is not part of the data; templates may read only the data they are given.`, 'Use the fields of the document data (see the built-in templates in templates/).');
      break;
    case 'PartialStatement': {
      const name = node.name as AnyNode;
      if (name.type === 'SubExpression') fail('a partial must be named directly, not computed.', 'Write {{> name}} with the name of a built-in partial or one defined with {{#*inline "name"}}.');
      const n = name.type === 'PathExpression' ? String(name.original) : String((name as { value?: unknown }).value);
      if (!(name.type === 'PathExpression' && name.data) && !partials.has(n) && !inline.has(n)) fail(`there is no partial named \`${n}\`.`, `The built-in partials are: ${[...partials].sort().join(', ')}; or define one with {{#*inline "${n}"}}.`);
      break;
    }
    case 'BlockStatement': {
      const path = node.path as AnyNode;
      if (!BUILTIN_HELPERS.includes(String(path.original))) fail(`\`{{#${String(path.original)}}}\` is not a block templates can use; the blocks are {{#if}}, {{#unless}}, {{#each}} and {{#with}}.`, `For a field, write {{#with ${String(path.original)}}} ... {{/with}} or {{#each ${String(path.original)}}} ... {{/each}}.`);
      break;
    }
    case 'PartialBlockStatement':
      if ((node.name as AnyNode).type === 'SubExpression') fail('a partial must be named directly, not computed.');
      break;
    case 'Decorator':
    case 'DecoratorBlock': {
      const path = node.path as AnyNode;
      if (path.original !== 'inline') fail(`\`${String(path.original)}\` is not a decorator templates may use; only {{#*inline "name"}} is.`);
      break;
    }
    default:
      break;
  }
  for (const c of children(node)) check(c, file, partials, inline);
}

/** Rewrites every `{{x ...}}` and `{{{x ...}}}` as `{{md (x ...)}}`: all output is escaped unless a helper made it. */
function wrapMustaches(node: AnyNode): AnyNode {
  if (node.type === 'MustacheStatement') {
    const loc = node.loc;
    const path = node.path as AnyNode;
    const params = (node.params as AnyNode[]) ?? [];
    const hash = node.hash as AnyNode | undefined;
    // A bare `{{a.b}}` keeps strict mode's check that the field exists: Handlebars checks a mustache's own path,
    // not a helper's arguments, so the moved path is marked strict itself.
    const inner = params.length || hash ? { type: 'SubExpression', path, params, hash, loc } : path.type === 'PathExpression' ? { ...path, strict: true } : path;
    return { ...node, path: { type: 'PathExpression', data: false, depth: 0, parts: ['md'], original: 'md', loc }, params: [inner], hash: undefined, escaped: false } as unknown as AnyNode;
  }
  const out: AnyNode = { ...node };
  for (const key of ['body', 'program', 'inverse']) {
    const v = node[key];
    if (Array.isArray(v)) out[key] = v.map((x) => wrapMustaches(x as AnyNode));
    else if (v && typeof v === 'object') out[key] = wrapMustaches(v as AnyNode);
  }
  return out;
}

// ---- errors ---------------------------------------------------------------------------------------------------

/** A Handlebars error as a one-line finding: `file:line:column: what is wrong`, with a hint. */
function templateError(file: string, error: unknown, partials: ReadonlySet<string>, helperNames: readonly string[] = HELPER_NAMES): Error {
  if (error instanceof UsageError) return error;
  const e = error as { message?: string; lineNumber?: number; column?: number; hash?: { loc?: { first_line?: number; first_column?: number } } };
  const message = String(e?.message ?? error);
  const parse = /^Parse error on line (\d+):\n([^\n]*)\n(-*\^)\n(.*)$/s.exec(message);
  if (parse) {
    const [, line, excerpt, caret, expecting] = parse;
    const column = (caret?.length ?? 1);
    return new UsageError(`${file}:${line}:${column}: the template has a syntax error near \`${(excerpt ?? '').trim().slice(0, 60)}\`: ${describeExpecting(expecting ?? '')}.`, 'Check that every {{ has its }}, and every {{#block}} its {{/block}}.');
  }
  const located = typeof e?.lineNumber === 'number';
  const where = located ? `${file}:${e.lineNumber}:${(e.column ?? 0) + 1}` : file;
  const bare = message.replace(/ - \d+:\d+$/, '');
  let m: RegExpExecArray | null;
  if ((m = /^You specified knownHelpersOnly, but used the unknown helper (.+)$/.exec(bare))) {
    return new UsageError(`${where}: \`${m[1]}\` is not a helper templates can use.`, `The helpers are: ${helperNames.join(', ')}.`);
  }
  if ((m = /^"(.+)" not defined in/.exec(bare))) {
    return new UsageError(`${where}: \`${m[1]}\` is not in the data here.`, 'Check the spelling against the built-in templates in templates/; inside {{#each}} fields are read from each item.');
  }
  if ((m = /^(.+) doesn't match (.+)$/.exec(bare))) {
    return new UsageError(`${where}: {{/${m[2]}}} does not close {{#${m[1]}}}.`, 'Close each block with the same name it was opened with.');
  }
  if ((m = /^The partial (.+) could not be found$/.exec(bare))) {
    return new UsageError(`${where}: there is no partial named \`${m[1]}\`.`, `The built-in partials are: ${[...partials].sort().join(', ')}.`);
  }
  if ((m = /^Cannot use 'in' operator to search for '(.+?)' in /.exec(bare)) || (m = /^Cannot read properties of (?:null|undefined) \(reading '(.+?)'\)/.exec(bare))) {
    return new UsageError(`${where}: \`${m[1]}\` is read from something that is not a record with fields (text, a number, or nothing).`, 'Check the path; wrap optional parts in {{#if ...}}.');
  }
  if (/Maximum call stack size exceeded/.test(bare)) {
    return new UsageError(`${file}: the template includes partials inside one another too deeply (does a partial include itself?); nothing was written.`, 'A partial may include other partials, but never itself, directly or through another.');
  }
  if (/Invalid string length/.test(bare)) return new UsageError(`${file}: the template's output is too large and was stopped; nothing was written.`, 'Look for partials that include each other, or {{#each}} blocks nested inside one another.');
  return new UsageError(`${where}: the template failed: ${bare.slice(0, 200)}.`);
}

function describeExpecting(expecting: string): string {
  const got = /got '([^']+)'/.exec(expecting)?.[1];
  if (got === 'EOF') return 'the template ends before a block or tag is closed';
  if (got === 'INVALID') return 'this is not a valid tag';
  return got ? `unexpected ${got.toLowerCase().replace(/_/g, ' ')}` : 'unexpected text';
}
