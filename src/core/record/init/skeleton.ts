import { posix } from 'node:path';
import { Document, parseDocument, visit } from 'yaml';
import { SINGLE_FILES, SCHEMA_FILE, type FileKey, type FolderKey } from '../../folder/layout.js';
import { emptyListHint } from '../../yaml/edit.js';
import { fieldSchema, loadSchema, noteLines, prop, resolve, wrap, WIDTH, type Schema } from '../notes.js';
import { enumWords } from '../edit/fields.js';
import { idFromName, sameName } from '../edit/ids.js';

/**
 * What `partner init` turns into files: the answers to its questions, as plain strings. Enum values are checked
 * against the schemas (see `choices()`) before they get here.
 */
export interface Answers {
  name: string;
  issue?: string;
  why?: string;
  vision?: string;
  scopeLevel?: string;
  scopeArea?: string;
  convener?: string;
  broker?: string;
  stakeholders: StakeholderAnswer[];
}

export interface StakeholderAnswer {
  name: string;
  sector: string;
  engagement?: string;
  interests: string[];
  /** Why it would take part (seed 001); what `building` needs with the interests. */
  motivations?: string[];
  /** Who represents it at the table, and what they may decide (seed 002, Building). */
  representative?: { name: string; title?: string; authority?: string };
}

export interface SkeletonOptions {
  /** Path from the partnership folder to the schemas/ folder (forward slashes), for the editor's `$schema` line. */
  schemaDir: string;
}

/** The allowed values and limits that `partner init` checks answers against, and what each value means, read from the schemas. */
export function choices(): { sector: string[]; engagement: string[]; authority: string[]; scopeLevel: string[]; nameLength: number; stakeholderNameLength: number; words: Record<string, string> } {
  const stakeholder = prop(loadSchema(SCHEMA_FILE.stakeholders), 'stakeholders', '[]');
  const partnership = loadSchema(SCHEMA_FILE.partnership);
  const words = (s: Schema) => enumWords(s).enumWords ?? {};
  return {
    // The vocabularies share no value, so one table of words serves them all.
    words: { ...words(prop(partnership, 'geographic_scope', 'level')), ...words(prop(stakeholder, 'representative', 'decision_authority')), ...words(prop(stakeholder, 'engagement')), ...words(prop(stakeholder, 'sector')) },
    sector: prop(stakeholder, 'sector').enum as string[],
    engagement: prop(stakeholder, 'engagement').enum as string[],
    authority: prop(stakeholder, 'representative', 'decision_authority').enum as string[],
    scopeLevel: prop(partnership, 'geographic_scope', 'level').enum as string[],
    nameLength: prop(partnership, 'name').maxLength ?? Infinity,
    stakeholderNameLength: prop(stakeholder, 'name').maxLength ?? Infinity,
  };
}

/** Items of a list typed on one line: `a; b` or `a, b` → ['a', 'b'], blanks dropped. */
export function splitList(text: string, separator: string): string[] {
  return text.split(separator).map((s) => s.trim()).filter(Boolean);
}

/** A kebab-case id from a name: accents dropped, anything else becomes a hyphen; at most 80 characters. */
export function slugify(name: string, max = 80): string {
  const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/, '') || 'stakeholder';
}

/** One short id per name, in order, unique: a second "City Council" becomes `city-council-2` (record/edit/ids.ts). */
export function uniqueIds(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const id = idFromName(name, used, 'stakeholder');
    used.add(id);
    return id;
  });
}

/** The convener, linked to the stakeholder of the same name when there is one (not a second, unlinked name). */
function convenerOf(name: string, stakeholders: readonly StakeholderAnswer[], ids: readonly string[]): { name: string; stakeholder?: string } {
  const i = stakeholders.findIndex((s) => sameName(s.name, name));
  return i >= 0 ? { name, stakeholder: ids[i]! } : { name };
}

/** Relative path in the folder → file content, for every file of a new partnership. Reads only the schemas. */
export function buildSkeleton(answers: Answers, options: SkeletonOptions): Map<string, string> {
  const ids = uniqueIds(answers.stakeholders.map((s) => s.name));
  const ctx: Ctx = { ids };
  const values: Record<FileKey, Record<string, unknown>> = {
    partnership: compact({
      name: answers.name,
      phase: 'scoping',
      issue: answers.issue,
      why_multi_sector: answers.why,
      vision: answers.vision,
      geographic_scope: answers.scopeLevel ? compact({ level: answers.scopeLevel, area: answers.scopeArea }) : undefined,
      convener: answers.convener ? convenerOf(answers.convener, answers.stakeholders, ids) : undefined,
      broker: answers.broker ? { name: answers.broker } : undefined,
    }),
    stakeholders: {
      stakeholders: answers.stakeholders.map((s, i) => compact({ id: ids[i], name: s.name, sector: s.sector, interests: s.interests.length ? s.interests : undefined, motivations: s.motivations?.length ? s.motivations : undefined, engagement: s.engagement, representative: s.representative ? compact({ name: s.representative.name, title: s.representative.title, decision_authority: s.representative.authority }) : undefined })),
    },
    'decision-rules': {},
    communication: {},
    indicators: {},
    resources: {},
    risks: {},
  };
  const files = new Map<string, string>();
  for (const key of SINGLE_FILES) files.set(`${key}.yaml`, yamlFile(key, values[key], 0, options, ctx));
  answers.stakeholders.forEach((s, i) => {
    if (s.engagement === 'active-partner') files.set(`assessments/${ids[i]}.yaml`, yamlFile('assessments', { stakeholder: ids[i] }, 1, options, ctx));
  });
  files.set('assessments/README.md', folderReadme('assessments', options, ctx));
  files.set('reviews/README.md', folderReadme('reviews', options, ctx));
  files.set('meetings/README.md', folderReadme('meetings', options, ctx));
  return files;
}

interface Ctx {
  /** Stakeholder ids, so examples refer to real stakeholders. */
  ids: string[];
}

const HOW_TO = ['#', '# Lines starting with # are notes. Commented-out examples show what can go here: to use one,', '# remove the "# " at the start of its lines (keep the spaces after it) and write your own values.'];

function yamlFile(key: FileKey | FolderKey, value: Record<string, unknown>, depth: number, options: SkeletonOptions, ctx: Ctx, howTo = true): string {
  const schema = loadSchema(SCHEMA_FILE[key]);
  const schemaPath = posix.isAbsolute(options.schemaDir) ? options.schemaDir : posix.join(...Array<string>(depth).fill('..'), options.schemaDir);
  const header = [
    `# yaml-language-server: $schema=${posix.join(schemaPath, SCHEMA_FILE[key])}`,
    '#',
    ...wrap(`${schema.title}: ${schema.description}`, WIDTH - 2).map((l) => `# ${l}`),
    ...(howTo ? HOW_TO : []),
    '',
  ];
  return [...header, ...objectBody(schema, withAnchor(schema, value), true, ctx, key)].join('\n') + '\n';
}

/**
 * A new file of a folder (an assessment, a review, a meeting), as `init` writes its files: `lead` (and the editor's
 * schema line, when given) on top, every field under its note, and the fields without a value as commented-out examples.
 */
export function commentedFile(key: FolderKey, value: Record<string, unknown>, o: { modeline?: string | undefined; lead: string; stakeholderIds: string[] }): string {
  const header = [...(o.modeline ? [o.modeline, '#'] : []), ...o.lead.split('\n'), ...HOW_TO, ''];
  return [...header, ...objectBody(loadSchema(SCHEMA_FILE[key]), value, true, { ids: o.stakeholderIds }, key)].join('\n') + '\n';
}

/**
 * A file with no values at all would read as empty, which the schema refuses. Such a file gets one empty list:
 * the one named like the file, or else its first list.
 */
function withAnchor(schema: Schema, value: Record<string, unknown>): Record<string, unknown> {
  if (Object.keys(value).length) return value;
  const lists = Object.entries(schema.properties ?? {}).filter(([, p]) => resolve(p).type === 'array').map(([k]) => k);
  const key = lists.find((k) => schema.title === `${k}.yaml`) ?? lists[0];
  return key ? { [key]: [] } : value;
}

function objectBody(schema: Schema, value: Record<string, unknown>, explain: boolean, ctx: Ctx, parent: string): string[] {
  return Object.entries(resolve(schema).properties ?? {}).flatMap(([key, p]) => field(key, p, value[key], explain, ctx, parent));
}

/** One field: its explanation (when `explain`), then its value, or a commented-out example when it has none. */
function field(key: string, schema: Schema, value: unknown, explain: boolean, ctx: Ctx, parent: string): string[] {
  const s = fieldSchema(key, schema);
  const notes = explain ? noteLines(s).map((l) => `# ${l}`) : [];
  if (value === undefined) return explain ? [...notes, ...commentOut(render(key, s, exampleValue(key, s, ctx, parent), ctx))] : [];
  if (Array.isArray(value) && value.length === 0 && explain) {
    return [...notes, emptyListHint(key), `${key}: []`, ...commentOut(render(key, s, exampleValue(key, s, ctx, parent), ctx))];
  }
  return [...notes, ...render(key, s, value, ctx, explain)];
}

/** `key: value` as YAML lines. Objects and lists of objects are laid out field by field; scalars go through the YAML library, which quotes and escapes them. */
function render(key: string, s: Schema, value: unknown, ctx: Ctx, explain = true): string[] {
  const items = s.items ? resolve(s.items) : undefined;
  if (isRecord(value) && s.properties) return [`${key}:`, ...indent(objectBody(s, value, explain, ctx, key))];
  if (Array.isArray(value) && value.length && items?.properties && value.every(isRecord)) {
    return [`${key}:`, ...indent(value.flatMap((item, i) => listItem(objectBody(items, item, explain && i === 0, ctx, key))))];
  }
  const doc = new Document({ [key]: value }, { version: '1.2' });
  // Text that a YAML 1.1 reader (older editors and libraries, which partners may use) would take for something else
  // (`no`, `on`, `yes` as booleans, `1:20` as a number, a date) is quoted, so every reader sees the same text.
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && readsOtherwiseIn11(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ lineWidth: 0 }).replace(/\n$/, '').split('\n');
}

function readsOtherwiseIn11(text: string): boolean {
  try {
    const doc = parseDocument(text, { version: '1.1', logLevel: 'silent' });
    return doc.errors.length > 0 || doc.warnings.length > 0 || doc.toJS({ maxAliasCount: 0 }) !== text;
  } catch {
    return true;
  }
}

/** Puts `- ` before an item's first line of data; its notes stay above the dash. */
function listItem(lines: string[]): string[] {
  const first = lines.findIndex((l) => !l.startsWith('#'));
  return lines.map((l, i) => (i < first ? l : i === first ? `- ${l}` : `  ${l}`));
}

function indent(lines: string[]): string[] {
  return lines.map((l) => (l ? `  ${l}` : l));
}

function commentOut(lines: string[]): string[] {
  return lines.map((l) => `# ${l}`);
}

/**
 * A value to show as an example: the schema's own example, else a value that passes the schema. Ids of lists get
 * `<item>-1`, references to stakeholders use the first real stakeholder (or `stakeholder-1`, the example's id), so an uncommented example also checks.
 */
function exampleValue(key: string, s: Schema, ctx: Ctx, parent: string): unknown {
  if (s.def === 'stakeholderRef') return ctx.ids[0] ?? 'stakeholder-1';
  if (s.def === 'id') return `${key === 'id' ? singular(parent) : key}-1`;
  if (s.examples?.length) return s.examples[0];
  if (s.enum?.length) return s.default ?? s.enum[0];
  switch (s.type) {
    case 'object':
      return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, p]) => [k, exampleValue(k, resolve(p), ctx, key)]));
    case 'array':
      return [exampleValue(key, resolve(s.items ?? {}), ctx, parent)];
    case 'number':
    case 'integer':
      return 0;
    case 'boolean':
      return true;
    default:
      return '';
  }
}

/** The example data of a whole file, as `partner init` comments it out: for tests and documentation. */
export function exampleFile(key: FileKey | FolderKey, stakeholderIds: string[] = []): unknown {
  const s = resolve(loadSchema(SCHEMA_FILE[key]));
  return exampleValue(key, { ...s, type: 'object' }, { ids: stakeholderIds }, key);
}

function folderReadme(key: FolderKey, options: SkeletonOptions, ctx: Ctx): string {
  const schema = loadSchema(SCHEMA_FILE[key]);
  const naming = key === 'assessments' ? 'File name: `assessments/<stakeholder-id>.yaml`, with the id from stakeholders.yaml.' : key === 'meetings' ? 'File name: `meetings/YYYY-MM-DD.yaml`, the date of the meeting (`meetings/YYYY-MM-DD-<words>.yaml` when several share a day); `partner record meeting` writes it for you.' : 'File name: `reviews/YYYY-MM-DD.yaml`, the date of the review.';
  const example = exampleFile(key, ctx.ids) as Record<string, unknown>;
  return [
    `# ${key}/`,
    '',
    ...wrap(`${schema.description} ${naming} \`partner check\` reads only the .yaml files here, not this README.`, 100),
    '',
    'A complete example, every field explained (copy it into a new file and keep what applies):',
    '',
    '```yaml',
    yamlFile(key, example, 1, options, ctx, false).trimEnd(),
    '```',
    '',
  ].join('\n');
}

function singular(word: string): string {
  return word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.replace(/s$/, '');
}

function compact(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== ''));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
