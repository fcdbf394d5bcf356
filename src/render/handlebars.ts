/**
 * The Handlebars environment for documents: built-in templates from templates/, a broker's own template with
 * --template, the same helpers and the same locked-down rules for both. Loaded lazily (only `partner render`
 * imports it). The built-in templates run as precompiled at build time (src/render/template-builtins.ts) on
 * Handlebars's small runtime; Handlebars's compiler is loaded only for a broker's own template, or when a built-in
 * template file changed since the build (then it is compiled, once per process).
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
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import type HandlebarsWithCompiler from 'handlebars';
import Runtime from 'handlebars/runtime.js';
import { PRECOMPILED } from '../generated/templates.js';
import { UsageError } from '../core/base/diagnostic.js';
import { documentSources, PAGE, pageSource, type TemplateSource } from './template-builtins.js';
import { helperNamesFor, helpersFor } from './template-helpers.js';
import { compileOptions, prepareTemplate, templateError, type TemplateScope } from './template-syntax.js';
import { TEMPLATE_DIR } from './templates.js';

export { Markup } from './template-helpers.js';

type Handlebars = typeof HandlebarsWithCompiler;

const RUNTIME_OPTIONS = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false } as const;

/** Work done so far, for tests (test/perf-work.test.ts): templates compiled at run time, and run precompiled. */
export const templateWork = { compiled: 0, precompiled: 0, compilerLoaded: false, pieces: 0 };

/** Handlebars with its compiler (CommonJS, loaded on first need: a broker's template, or a changed built-in one). */
function compiler(): Handlebars {
  templateWork.compilerLoaded = true;
  return createRequire(import.meta.url)('handlebars') as Handlebars;
}

interface Environment {
  hb: Handlebars;
  /** The document's partials, by name, and its helpers, for checks and messages. */
  scope: TemplateScope;
  /** The document's own template, ready to run. */
  main: HandlebarsTemplateDelegate;
  compileOptions: ReturnType<typeof compileOptions>;
}

/** One environment per document (templates/<document>/), so each document's partials have their own names. */
const environments = new Map<string, Environment>();

/**
 * The environment for `document` with the templates of `dir`: helpers registered, its built-in partials
 * (templates/<document>/partials/<name>.md.hbs, registered as <name>) and its main template (templates/<document>/
 * <document>.md.hbs, also a partial, so a broker's template can wrap it). `withCompiler`: a broker's own template
 * is to be compiled in it.
 */
function env(document: string, withCompiler: boolean, dir: string = TEMPLATE_DIR): Environment {
  const key = `${withCompiler ? 'compiler' : 'runtime'}\0${document}\0${dir}`;
  const known = environments.get(key);
  if (known) return known;
  const sources = documentSources(document, dir);
  const specs = precompiled(document, sources);
  const hb = (withCompiler || !specs ? compiler() : Runtime).create();
  hb.unregisterHelper('log');
  hb.unregisterHelper('helperMissing');
  hb.unregisterHelper('blockHelperMissing');
  const helpers = helpersFor(document);
  for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn as HandlebarsWithCompiler.HelperDelegate);
  meter(hb);
  const scope: TemplateScope = { partials: new Set(sources.map((s) => s.name)), helperNames: helperNamesFor(document) };
  const environment: Environment = { hb, scope, main: () => '', compileOptions: compileOptions(Object.keys(helpers)) };
  for (const { name, file, source } of sources) {
    const spec = specs?.[name];
    const template = spec ? locked(hb.template(spec), file, scope) : compileSource(environment, source, file);
    if (spec) templateWork.precompiled++;
    hb.registerPartial(name, template);
    if (name === document) environment.main = template;
  }
  environments.set(key, environment);
  return environment;
}

/** The build's precompiled code for `document`, if it was made from exactly these sources. */
function precompiled(document: string, sources: readonly TemplateSource[]): Readonly<Record<string, TemplateSpecification>> | undefined {
  const made = PRECOMPILED[document];
  if (!made || Object.keys(made.sources).length !== sources.length) return undefined;
  return sources.every((s) => made.sources[s.name] === s.source) ? made.specs : undefined;
}

/** Checks and rewrites a template (src/render/template-syntax.ts), then compiles it. Errors name the file and line. */
function compileSource(environment: Environment, source: string, file: string): HandlebarsTemplateDelegate {
  const { hb, scope } = environment;
  const ast = prepareTemplate((s) => hb.parse(s), source, file, scope);
  let compiled: HandlebarsTemplateDelegate;
  try {
    compiled = hb.compile(ast, environment.compileOptions);
  } catch (error) {
    throw templateError(file, error, scope);
  }
  templateWork.compiled++;
  return locked(compiled, file, scope);
}

/**
 * A template run with prototype access locked, its errors as messages naming the file. Called as a partial,
 * Handlebars passes the calling template's options (its data frame, partials); called at the top, none.
 */
function locked(template: HandlebarsTemplateDelegate, file: string, scope: TemplateScope): HandlebarsTemplateDelegate {
  return (context: unknown, options?: HandlebarsWithCompiler.RuntimeOptions) => {
    try {
      return template(context, options ? { ...options, ...RUNTIME_OPTIONS } : RUNTIME_OPTIONS);
    } catch (error) {
      throw templateError(file, error, scope);
    }
  };
}

/** Renders a built-in document (templates/<document>/, e.g. `agreement`) with `data`. */
export function renderBuiltin(document: string, data: unknown, dir?: string): string {
  return tidy(env(document, false, dir).main(data));
}

/**
 * Renders a broker's own template file with `data`, with the helpers and partials of the built-in `document`;
 * `shown` is the path as the user gave it, for messages.
 */
export function renderFile(document: string, path: string, shown: string, data: unknown, limits: TemplateLimits = TEMPLATE_LIMITS): string {
  const template = compileSource(env(document, true), readTemplate(path, shown), shown);
  budget = { deadline: Date.now() + limits.milliseconds, maxChars: limits.outputBytes, limits, shown, open: [0], total: 0 };
  let markdown: string;
  try {
    markdown = template(data);
  } finally {
    budget = undefined;
  }
  if (Buffer.byteLength(markdown) > limits.outputBytes) throw tooLarge(shown, limits);
  return tidy(markdown);
}

let page: HandlebarsTemplateDelegate<{ title: string; lang: string; style: string; body: string; mark: string; draft: boolean }> | undefined;

/** The HTML page template (templates/html/page.html.hbs), precompiled unless it changed since the build. */
export function pageTemplate(): NonNullable<typeof page> {
  if (!page) {
    const { source } = pageSource();
    const made = PRECOMPILED[PAGE.document];
    const spec = made?.sources[PAGE.name] === source ? made.specs[PAGE.name] : undefined;
    page = spec ? Runtime.create().template(spec) : compiler().create().compile(source, PAGE.options);
  }
  return page;
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
let budget: Budget | undefined;

interface Budget {
  deadline: number;
  maxChars: number;
  limits: TemplateLimits;
  shown: string;
  /**
   * For each piece being made (each pass of an {{#each}}, each partial), innermost last: the characters of the pieces
   * it has finished so far. Their sum, `total`, is output the template has made already, whatever the nesting: so
   * the bound is on the whole output, not on each piece.
   */
  open: number[];
  total: number;
}

/** A piece of output starts (a pass of {{#each}}, a partial). */
function begin(): void {
  if (!budget) return;
  templateWork.pieces++;
  budget.open.push(0);
  spend('');
}

/** The piece started last is done: its output now counts for the piece around it. */
function end(result: unknown): void {
  if (!budget) return;
  budget.total -= budget.open.pop() ?? 0;
  const length = typeof result === 'string' ? result.length : 0;
  budget.open[budget.open.length - 1] = (budget.open[budget.open.length - 1] ?? 0) + length;
  budget.total += length;
  spend(result);
}

/**
 * Called on every pass of an {{#each}} and every partial a template includes: the only ways a template repeats
 * anything. Stops a broker's template (exit 2) once its output so far (the pieces finished, at any depth) exceeds the
 * size limit or the time is up, long before a runaway template (a partial repeated, partials that include each other,
 * nested loops) could exhaust memory.
 */
function spend(result: unknown): void {
  if (!budget) return;
  if (budget.total > budget.maxChars || (typeof result === 'string' && result.length > budget.maxChars)) throw tooLarge(budget.shown, budget.limits);
  if (Date.now() > budget.deadline) {
    throw new UsageError(`${budget.shown}: the template ran for more than ${budget.limits.milliseconds / 1000} seconds and was stopped; nothing was written.`, 'Look for partials that include each other, or {{#each}} blocks nested inside one another.');
  }
}

function tooLarge(shown: string, limits: TemplateLimits): UsageError {
  return new UsageError(`${shown}: the template's output is larger than ${limits.outputBytes / 1024 / 1024} MB and was stopped; nothing was written.`, 'Look for partials that include each other, or {{#each}} blocks nested inside one another.');
}

/** Meters {{#each}} (each pass) and partials (each inclusion) of this environment with `spend`. */
function meter(hb: Handlebars): void {
  const each = hb.helpers.each as (...args: unknown[]) => unknown;
  hb.registerHelper('each', function (this: unknown, ...args: unknown[]) {
    const options = args[args.length - 1] as { fn?: unknown } | undefined;
    if (budget && options && typeof options.fn === 'function') {
      const fn = options.fn as (...a: unknown[]) => unknown;
      const metered = Object.assign((...a: unknown[]) => {
        begin();
        const out = fn(...a);
        end(out);
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
      begin();
      const out = invoke.apply(this, a);
      end(out);
      return out;
    },
  };
}

/** At most one blank line in a row, and one line break at the end. */
function tidy(markdown: string): string {
  return `${markdown.replace(/^[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
