/**
 * The rules a template must keep, checked on its syntax tree before it is compiled (at build time for the built-in
 * templates, scripts/precompile-templates.mjs; at run time for a broker's own), and the rewrite that escapes all of
 * its output. Handlebars's errors become one-line messages naming the file and line. No Handlebars at run time here:
 * the parser is passed in, so this module serves the build script and the runtime alike.
 */
/// <reference types="handlebars" />
import { UsageError } from '../core/base/diagnostic.js';
import { formatNumber } from '../core/base/wording.js';
import { BUILTIN_HELPERS, DENIED, HELPER_NAMES, own } from './template-helpers.js';

type Node = hbs.AST.Node;

/** The options every document template is compiled with (see src/render/handlebars.ts for why). */
export function compileOptions(helpers: readonly string[]) {
  return {
    strict: true,
    knownHelpersOnly: true,
    knownHelpers: { ...Object.fromEntries(helpers.map((k) => [k, true])), log: false, helperMissing: false, blockHelperMissing: false },
    noEscape: true,
  } as const;
}

/** What a template may name: the document's partials (and those it defines inline), and its helpers. */
export interface TemplateScope {
  partials: ReadonlySet<string>;
  /** Helpers with the block helpers, sorted, for messages. */
  helperNames: readonly string[];
}

/**
 * Parses `source` (from `file`, as messages name it), checks it keeps the rules, and returns its syntax tree with
 * every output escaped, ready for Handlebars's compile or precompile. Errors are UsageErrors naming file and line.
 */
export function prepareTemplate(parse: (source: string) => hbs.AST.Program, source: string, file: string, scope: TemplateScope): hbs.AST.Program {
  let ast: hbs.AST.Program;
  try {
    ast = parse(source);
  } catch (error) {
    throw templateError(file, error, scope);
  }
  const root = ast as unknown as AnyNode;
  const inline = new Set<string>();
  const count = { nodes: 0 };
  collectInline(root, inline, count);
  if (count.nodes > MAX_TEMPLATE_NODES) {
    throw new UsageError(`${file}: the template holds more than ${formatNumber(MAX_TEMPLATE_NODES)} expressions and text pieces, so it is not compiled; nothing was written.`, 'A document template needs a few hundred; look for a block or a partial repeated by mistake.');
  }
  check(root, file, scope.partials, inline);
  return wrapMustaches(root) as unknown as hbs.AST.Program;
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

/** Nodes of a template's syntax tree: compiling costs time with each, and no built-in one has a hundred. */
export const MAX_TEMPLATE_NODES = 20_000;

function collectInline(node: AnyNode, names: Set<string>, count: { nodes: number }): void {
  count.nodes++;
  if (node.type === 'DecoratorBlock') {
    const first = (node.params as AnyNode[] | undefined)?.[0];
    if (first?.type === 'StringLiteral') names.add(String(first.value));
  }
  for (const c of children(node)) collectInline(c, names, count);
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
export function templateError(file: string, error: unknown, scope: TemplateScope = { partials: new Set(), helperNames: HELPER_NAMES }): Error {
  const { partials, helperNames } = scope;
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
