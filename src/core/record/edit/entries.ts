import type { ErrorObject } from 'ajv';
import { UsageError } from '../../base/diagnostic.js';
import { validateFile } from '../../check/schemas.js';
import type { FileKey, FolderKey } from '../../folder/layout.js';
import { didYouMean } from '../../../util/did-you-mean.js';
import { fieldsOf, type Field } from './fields.js';
import { findEntry, readData, stakeholdersOf, type Named } from './folder-data.js';
import { idFromName, sameName } from './ids.js';

/** What `partner add <kind>` appends, and where. */
export interface EntryKind {
  kind: string;
  /** The file's key (layout.ts) and the list in it; assessments are a file of their own. */
  file: FileKey | FolderKey;
  list?: string;
  /** Words for messages: "a commitment". */
  noun: string;
  /** Fields the id is made from, in order (the id is asked for only when none gives words). */
  idFrom?: string[];
  /** Another entry with the same value here is the same thing: refused, not duplicated. */
  unique?: string;
  /** Fields `add` leaves to other commands (measurements: `partner record measurement`). */
  skip?: string[];
  /** Other lists a field refers to by id: field → [file, list, noun]. */
  refs?: Record<string, [string, string, string]>;
}

export const ENTRY_KINDS: Record<string, EntryKind> = {
  stakeholder: { kind: 'stakeholder', file: 'stakeholders', list: 'stakeholders', noun: 'stakeholder', idFrom: ['name'], unique: 'name' },
  assessment: { kind: 'assessment', file: 'assessments', noun: 'assessment' },
  commitment: { kind: 'commitment', file: 'resources', list: 'commitments', noun: 'commitment', idFrom: ['stakeholder', 'description'], refs: { need: ['resources.yaml', 'needs', 'need'] }, skip: ['delivered_on'] },
  need: { kind: 'need', file: 'resources', list: 'needs', noun: 'need', idFrom: ['description'] },
  indicator: { kind: 'indicator', file: 'indicators', list: 'indicators', noun: 'indicator', idFrom: ['name'], unique: 'name', skip: ['measurements'] },
  risk: { kind: 'risk', file: 'risks', list: 'risks', noun: 'risk', idFrom: ['description'] },
  // Seed 002's internal assessment asks each partner what it cannot accept; implementing needs them recorded.
  'non-negotiable': { kind: 'non-negotiable', file: 'risks', list: 'non_negotiables', noun: 'non-negotiable' },
  // What planning needs agreed (seed 002, Building; seed 004 step 6), in partnership.yaml.
  principle: { kind: 'principle', file: 'partnership', list: 'principles', noun: 'principle', unique: 'name' },
  'ground-rule': { kind: 'ground-rule', file: 'partnership', list: 'ground_rules', noun: 'ground rule' },
  // How partners communicate with each other (seed 002, Planning), in communication.yaml.
  channel: { kind: 'channel', file: 'communication', list: 'between_partners', noun: 'channel' },
  body: { kind: 'body', file: 'decision-rules', list: 'bodies', noun: 'body', idFrom: ['name'], unique: 'name' },
  decision: { kind: 'decision', file: 'decision-rules', list: 'decisions', noun: 'decision rule', refs: { body: ['decision-rules.yaml', 'bodies', 'body'] } },
};

export const ENTRY_KIND_NAMES = Object.keys(ENTRY_KINDS);

export function relOf(kind: EntryKind, entry?: string): string {
  return kind.file === 'assessments' || kind.file === 'reviews' ? `${kind.file}/${entry}.yaml` : `${kind.file}.yaml`;
}

/** The fields `add` asks for or takes as flags, from the schema; the id is made from the name unless given. */
export function entryFields(kind: EntryKind): Field[] {
  const path = kind.list ? [kind.list, '[]'] : [];
  return fieldsOf(kind.file, path).filter((f) => !kind.skip?.includes(f.path[0]!));
}

/** Values as typed (flags or answers): a string, or several for a list. */
export type RawValues = ReadonlyMap<string, string | readonly string[]>;

/** A problem with one answer: the field (for the flag or the question) and what is wrong, in words. */
export interface Problem {
  field: Field | undefined;
  message: string;
}

/**
 * A list of pairs (an assessment's resources: kind and description; its assumptions: what about, and the text) is
 * typed as "<first>: <second>", e.g. "financial: 5,000 dollars a year". Other lists of mappings take no flag.
 */
export function pairShape(field: Field): [Field, Field] | undefined {
  const items = field.items;
  if (!items || items.length !== 2 || !items[0]!.enum) return undefined;
  return [items[0]!, items[1]!];
}

/** Turns one typed value into the field's type: stakeholder names to ids, numbers, yes/no. */
export function convert(field: Field, raw: string, dir: string, kind?: EntryKind): { value: unknown } | { problem: string } {
  const text = raw.trim();
  const pair = pairShape(field);
  if (pair) {
    const colon = text.indexOf(':');
    const first = (colon > 0 ? text.slice(0, colon) : '').trim().toLowerCase().replace(/\s+/g, '-');
    const second = colon > 0 ? text.slice(colon + 1).trim() : text;
    if (!pair[0].enum!.includes(first)) return { problem: `"${raw}" should start with one of ${pair[0].enum!.join(', ')} and a colon, e.g. "${pair[0].enum![0]}: ${pair[1].title.toLowerCase()}"` };
    if (!second) return { problem: `"${raw}" says nothing after the colon` };
    return { value: { [pair[0].path[0]!]: first, [pair[1].path[0]!]: second } };
  }
  if (field.stakeholder) {
    try {
      return { value: findEntry(stakeholdersOf(dir), text, 'stakeholder', 'stakeholders.yaml').id };
    } catch (error) {
      return { problem: (error as UsageError).message };
    }
  }
  const ref = kind?.refs?.[field.path[field.path.length - 1]!];
  if (ref) {
    const items = listOf(dir, ref[0], ref[1]);
    const found = items.find((e) => e.id === text) ?? items.find((e) => (e.name && sameName(e.name, text)) || (e.description && sameName(e.description, text)));
    if (!found) return { problem: items.length ? `there is no ${ref[2]} "${text}"; give one of: ${items.map((e) => e.id).join(', ')}` : `there is no ${ref[2]} yet: add one with \`partner add ${ref[2]}\` first` };
    return { value: found.id };
  }
  if (field.type === 'number') {
    const n = Number(text.replace(/[,_\s](?=\d{3}\b)/g, ''));
    return text === '' || !Number.isFinite(n) ? { problem: `"${raw}" is not a number; write it with digits, such as 1500 or 12.5` } : { value: n };
  }
  if (field.type === 'boolean') {
    if (/^(yes|y|true)$/i.test(text)) return { value: true };
    if (/^(no|n|false)$/i.test(text)) return { value: false };
    return { problem: `"${raw}" is not yes or no` };
  }
  if (field.enum && !field.enum.includes(text)) {
    const normal = text.toLowerCase().replace(/\s+/g, '-');
    if (field.enum.includes(normal)) return { value: normal };
  }
  return { value: text };
}

function listOf(dir: string, rel: string, list: string): Named[] {
  const items = readData(dir, rel)?.[list];
  return Array.isArray(items) ? (items as Named[]).filter((i) => i && typeof i.id === 'string') : [];
}

/**
 * Builds the entry from typed values, in the schema's order, makes its id, and validates it with the same compiled
 * schema `partner check` uses (inside the file as it would be). Problems name the field; none means it can be written.
 */
export function buildEntry(kind: EntryKind, raw: RawValues, dir: string, fileData: Record<string, unknown> | undefined): { entry: Record<string, unknown>; problems: Problem[] } {
  const fields = entryFields(kind);
  const entry: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const field of fields) {
    const given = raw.get(field.flag);
    if (given === undefined || (Array.isArray(given) && !given.length) || given === '') continue;
    const values = (Array.isArray(given) ? given : [given as string]).map((v) => String(v)).filter((v) => v.trim() !== '');
    const converted: unknown[] = [];
    for (const v of values) {
      const c = convert(field, v, dir, kind);
      if ('problem' in c) problems.push({ field, message: c.problem });
      else converted.push(c.value);
    }
    if (!converted.length) continue;
    setPath(entry, field.path, field.list ? converted : converted[0]);
  }
  const idField = fields.find((f) => f.path.length === 1 && f.path[0] === 'id');
  const items = kind.list && Array.isArray(fileData?.[kind.list]) ? (fileData![kind.list] as Record<string, unknown>[]) : [];
  if (idField && entry.id === undefined && kind.idFrom) {
    const words = kind.idFrom.map((f) => entry[f]).filter((v) => typeof v === 'string').join(' ');
    if (words) entry.id = idFromName(words, items.map((i) => String(i?.id)), kind.noun.replace(/\s.*/, ''));
  }
  if (kind.unique && typeof entry[kind.unique] === 'string') {
    const same = items.find((i) => typeof i?.[kind.unique!] === 'string' && sameName(String(i[kind.unique!]), String(entry[kind.unique!])));
    if (same) problems.push({ field: fields.find((f) => f.path[0] === kind.unique), message: `${String(entry[kind.unique])} is already listed${typeof same.id === 'string' ? `, as \`${same.id}\`` : ` (number ${items.indexOf(same) + 1} of ${kind.list})`}; change it with \`partner set\` rather than adding it twice` });
  }
  // Id first, then the schema's order.
  const ordered = orderLike(entry, fields);
  problems.push(...validateEntry(kind, ordered, fileData, fields));
  return { entry: ordered, problems };
}

/** Schema problems of `entry` as it would sit at the end of its list in `fileData`. */
export function validateEntry(kind: EntryKind, entry: Record<string, unknown>, fileData: Record<string, unknown> | undefined, fields: Field[]): Problem[] {
  let data: unknown;
  let prefix: string;
  if (kind.list) {
    const list = Array.isArray(fileData?.[kind.list]) ? (fileData![kind.list] as unknown[]) : [];
    data = { ...(fileData ?? {}), [kind.list]: [...list, entry] };
    prefix = `/${kind.list}/${list.length}`;
  } else {
    data = entry;
    prefix = '';
  }
  const errors = validateFile(kind.file, data).filter((e) => e.instancePath === prefix || e.instancePath.startsWith(`${prefix}/`));
  const out: Problem[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (e.keyword === 'if' || e.keyword === 'anyOf' || e.keyword === 'oneOf') continue;
    const inner = e.instancePath.slice(prefix.length).split('/').filter(Boolean).filter((s) => !/^\d+$/.test(s));
    const path = e.keyword === 'required' ? [...inner, (e.params as { missingProperty: string }).missingProperty] : inner;
    const field = fields.find((f) => f.path.join('/') === path.join('/')) ?? fields.find((f) => path.join('/').startsWith(f.path.join('/')));
    const message = describeError(e, field);
    if (seen.has(message)) continue;
    seen.add(message);
    out.push({ field, message });
  }
  return out;
}

function describeError(e: ErrorObject, field: Field | undefined): string {
  const what = field ? field.title : 'the entry';
  const data = typeof e.data === 'string' ? `"${e.data}"` : JSON.stringify(e.data);
  switch (e.keyword) {
    case 'required': return `${what} is required`;
    case 'enum': {
      const allowed = (e.params as { allowedValues: string[] }).allowedValues;
      const guess = typeof e.data === 'string' ? didYouMean(e.data, allowed) : undefined;
      return `${data} is not a valid ${what.toLowerCase()}${guess ? `; did you mean ${guess}?` : '.'} Use one of: ${allowed.join(', ')}.`;
    }
    case 'format': return `${data} is not a valid date; write it as YYYY-MM-DD, such as 2025-03-31`;
    case 'pattern': return field?.format === 'id' ? `${data} is not a valid id: lower case words joined by hyphens, such as city-council` : `${data} is not in the expected form for ${what}${field?.examples ? `, such as ${String(field.examples[0])}` : ''}`;
    case 'type': return `${what} should be ${(e.params as { type: string }).type === 'number' ? 'a number' : (e.params as { type: string }).type}`;
    case 'maxLength': return `${what} is longer than ${(e.params as { limit: number }).limit} characters`;
    case 'minLength': return `${what} is empty`;
    case 'uniqueItems': return `${what} lists the same value twice`;
    case 'additionalProperties': return `${what} has an unknown field \`${(e.params as { additionalProperty: string }).additionalProperty}\``;
    default: return `${what} ${e.message ?? 'is not valid'}`;
  }
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  path.slice(0, -1).forEach((seg) => {
    node = (node[seg] ??= {}) as Record<string, unknown>;
  });
  node[path[path.length - 1]!] = value;
}

/** The entry's keys in the schema's order (nested mappings too). */
function orderLike(entry: Record<string, unknown>, fields: Field[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const top = f.path[0]!;
    if (top in entry && !(top in out)) out[top] = entry[top];
  }
  for (const k of Object.keys(entry)) if (!(k in out)) out[k] = entry[k];
  return out;
}

/** A UsageError for problems found in flags: each names its flag and what would be right. */
export function problemsAsUsage(problems: readonly Problem[], command: string): UsageError {
  const lines = problems.map((p) => `  ${p.field ? `--${p.field.flag}` : command}: ${p.message}`);
  return new UsageError(`Nothing was written: ${problems.length === 1 ? 'one value needs' : `${problems.length} values need`} changing.\n${lines.join('\n')}`, `See \`partner ${command} --help\` for every flag and what it takes.`);
}
