import { UsageError } from '../../base/diagnostic.js';
import { FOLDERS, SINGLE_FILES, type FileKey, type FolderKey } from '../../folder/layout.js';
import type { EditPath, YamlEdit } from '../../yaml/edit.js';
import { didYouMean } from '../../../util/did-you-mean.js';
import { fileNotes } from '../notes.js';
import { schemaAt } from './fields.js';
import { readData, stakeholdersOf } from './folder-data.js';
import { sameName } from './ids.js';
import { planEdit, readForEdit, type WritePlan } from './plan.js';

const USAGE = 'Write it as <file>:<field>, such as partnership:convener.name or stakeholders:stakeholders.city-council.engagement (an entry of a list by its id, or by its number from 1).';

export interface SetTarget {
  key: FileKey | FolderKey;
  rel: string;
  /** The fields as given, for messages. */
  shown: string;
  segments: string[];
}

/** `partnership:convener.name` → the file and the fields on the way. */
export function parseTarget(target: string): SetTarget {
  const colon = target.indexOf(':');
  if (colon <= 0 || colon === target.length - 1) throw new UsageError(`"${target}" does not name a file and a field.`, USAGE);
  const file = target.slice(0, colon).replace(/\.ya?ml$/, '');
  const segments = target.slice(colon + 1).split('.').map((s) => s.trim());
  if (segments.some((s) => !s)) throw new UsageError(`"${target}" has an empty field name.`, USAGE);
  const [folder, entry, ...more] = file.split('/');
  if (entry !== undefined && (FOLDERS as readonly string[]).includes(folder!) && !more.length) return { key: folder as FolderKey, rel: `${folder}/${entry}.yaml`, shown: target, segments };
  if ((SINGLE_FILES as readonly string[]).includes(file)) return { key: file as FileKey, rel: `${file}.yaml`, shown: target, segments };
  const names = [...SINGLE_FILES, ...FOLDERS.map((f) => `${f}/<name>`)];
  const guess = didYouMean(file, [...SINGLE_FILES]);
  throw new UsageError(`"${file}" is not a partnership file${guess ? `; did you mean ${guess}?` : '.'}`, `The files are: ${names.join(', ')}.`);
}

/**
 * Plans `partner set <file>:<path> <value>`: one field set in place, its value typed by the schema (a number, yes/no,
 * text) and the file checked against it. Setting a `name` beside a `stakeholder` field to a stakeholder's name links it.
 * A list of values (motivations, members) takes several: set when it is empty, or added to it with `add`; a list that
 * has entries is never replaced.
 */
export function planSet(dir: string, target: SetTarget, given: string | readonly string[], today: string, options: { add?: boolean } = {}): { plan: WritePlan; path: EditPath; value: unknown; linked?: string; added?: boolean } {
  const values = typeof given === 'string' ? [given] : given;
  const value = values[0] ?? '';
  readForEdit(dir, target.rel); // a missing, linked or broken file is refused first, with its place
  const data = readData(dir, target.rel) ?? {};
  const path: (string | number)[] = [];
  const schemaPath: string[] = [];
  let node: unknown = data;
  /** A mapping of free keys (`checks:` in partnership.yaml): the last key's value is typed by `additionalProperties`. */
  let freeValue: { type?: unknown } | undefined;
  for (const [i, seg] of target.segments.entries()) {
    const schema = schemaAt(target.key, schemaPath);
    const free = schema?.additionalProperties;
    if (free && typeof free === 'object' && !Object.hasOwn(schema?.properties ?? {}, seg) && i === target.segments.length - 1) {
      path.push(seg);
      freeValue = free as { type?: unknown };
      break;
    }
    if (schema?.type === 'array') {
      const list = Array.isArray(node) ? (node as Record<string, unknown>[]) : [];
      const index = indexIn(list, seg, target);
      path.push(index);
      schemaPath.push('[]');
      node = list[index];
      continue;
    }
    const props = Object.keys(schema?.properties ?? {});
    if (schema && !Object.hasOwn(schema.properties ?? {}, seg)) {
      const guess = didYouMean(seg, props);
      throw new UsageError(`${target.rel.replace(/\.yaml$/, '')} has no field \`${seg}\` ${schemaPath.length ? `under \`${target.segments.slice(0, schemaPath.filter((s) => s !== '[]').length).join('.')}\`` : 'at the top'}${guess ? `; did you mean \`${guess}\`?` : '.'}`, props.length ? `Fields here: ${props.join(', ')}.` : USAGE);
    }
    path.push(seg);
    schemaPath.push(seg);
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined;
  }
  const schema: { type?: unknown; properties?: Record<string, unknown> } | undefined = freeValue ?? schemaAt(target.key, schemaPath);
  const items = schema?.type === 'array' ? schemaAt(target.key, [...schemaPath, '[]']) : undefined;
  if (items && items.type !== 'object' && items.type !== 'array') return planSetList(dir, target, path, node, values.map((v) => typeValue(v, items.type, target.shown)), today, options.add === true);
  if (options.add) throw new UsageError(`--add adds to a list, and ${target.shown} is not a list of values.`, 'Leave out --add to set the field.');
  if (schema?.type === 'object' && !freeValue && values.length && values.every((v) => /^[a-z_]+=/.test(v))) return planSetGroup(dir, target, path, schemaPath, values, today);
  if (values.length > 1) throw new UsageError(`${target.shown} takes one value, not ${values.length}.`, 'Put the value in quotes when it has spaces: partner set partnership:vision "Every lane drained".');
  if (schema?.type === 'object' || schema?.type === 'array') {
    throw new UsageError(`${target.shown} is ${schema.type === 'array' ? 'a list' : 'a group of fields'}, not a single field.`, schema.type === 'array' ? 'Add entries with `partner add`, or edit the file.' : `Set one of its fields, such as ${target.shown}.${Object.keys(schema.properties ?? {})[0] ?? 'name'}, or several at once as field=value: partner set ${target.shown} ${Object.keys(schema.properties ?? {}).slice(0, 2).map((k) => `${k}=...`).join(' ')}.`);
  }
  const typed = typeValue(value, schema?.type, target.shown);
  const notes = fileNotes(target.key);
  const edits: YamlEdit[] = [{ op: 'set', path, value: typed, notes }];
  // A name that is a stakeholder's name links the stakeholder too (the convener, a chair, a spokesperson).
  let linked: string | undefined;
  const last = path[path.length - 1];
  const parentSchema = freeValue ? undefined : schemaAt(target.key, schemaPath.slice(0, -1));
  if (last === 'name' && typeof typed === 'string' && parentSchema?.properties?.stakeholder && target.key !== 'stakeholders') {
    const match = stakeholdersOf(dir).find((s) => typeof s.name === 'string' && sameName(s.name, typed));
    if (match) {
      linked = match.id;
      edits.push({ op: 'set', path: [...path.slice(0, -1), 'stakeholder'], value: match.id, notes });
    }
  }
  return { plan: planEdit(dir, target.rel, edits, today), path, value: typed, ...(linked ? { linked } : {}) };
}

/**
 * A group of fields set at once, as `field=value` (`acceptance date=2025-02-20 by="Ms. Khan"`): what the schema requires
 * together (a date and who) cannot be set one field at a time. Each field is typed by its schema; the file is checked once.
 */
function planSetGroup(dir: string, target: SetTarget, path: EditPath, schemaPath: string[], values: readonly string[], today: string): { plan: WritePlan; path: EditPath; value: unknown } {
  const props = Object.keys(schemaAt(target.key, schemaPath)?.properties ?? {});
  const group: Record<string, unknown> = {};
  for (const pair of values) {
    const eq = pair.indexOf('=');
    const key = pair.slice(0, eq);
    if (!props.includes(key)) {
      const guess = didYouMean(key, props);
      throw new UsageError(`${target.shown} has no field \`${key}\`${guess ? `; did you mean \`${guess}\`?` : '.'}`, `Fields here: ${props.join(', ')}.`);
    }
    const field = schemaAt(target.key, [...schemaPath, key]);
    if (field?.type === 'object' || field?.type === 'array') throw new UsageError(`${target.shown}.${key} is ${field.type === 'array' ? 'a list' : 'a group of fields'}; set it on its own.`, `For example: partner set ${target.shown}.${key} <value>.`);
    group[key] = typeValue(pair.slice(eq + 1), field?.type, `${target.shown}.${key}`);
  }
  const notes = fileNotes(target.key);
  const edits: YamlEdit[] = Object.entries(group).map(([key, value]) => ({ op: 'set', path: [...path, key], value, notes }));
  return { plan: planEdit(dir, target.rel, edits, today), path, value: group };
}

/** A list of values: set when it is empty or missing, else (with `add`) the values appended; never replaced. */
function planSetList(dir: string, target: SetTarget, path: EditPath, current: unknown, values: unknown[], today: string, add: boolean): { plan: WritePlan; path: EditPath; value: unknown; added: boolean } {
  const existing = Array.isArray(current) ? current.length : 0;
  if (existing && !add) throw new UsageError(`${target.shown} already has ${existing === 1 ? 'an entry' : `${existing} entries`}; nothing was written.`, `Add to it with --add: partner set ${target.shown} --add ${JSON.stringify(String(values[0] ?? 'value'))}. To change or remove an entry, edit the file.`);
  const notes = fileNotes(target.key);
  const edits: YamlEdit[] = existing || add ? values.map((v) => ({ op: 'append', path, value: v, notes })) : [{ op: 'set', path, value: values, notes }];
  return { plan: planEdit(dir, target.rel, edits, today), path, value: values, added: existing > 0 || add };
}

function indexIn(list: readonly Record<string, unknown>[], seg: string, target: SetTarget): number {
  const byKey = list.findIndex((e) => e && (e.id === seg || e.stakeholder === seg));
  if (byKey >= 0) return byKey;
  const byName = list.findIndex((e) => e && typeof e.name === 'string' && sameName(e.name, seg));
  if (byName >= 0) return byName;
  if (/^\d+$/.test(seg) && Number(seg) >= 1 && Number(seg) <= list.length) return Number(seg) - 1;
  const ids = list.map((e, i) => String(e?.id ?? e?.stakeholder ?? i + 1));
  const guess = didYouMean(seg, ids);
  throw new UsageError(`${target.shown}: the list has no entry "${seg}"${guess ? `; did you mean ${guess}?` : '.'}`, list.length ? `Its entries: ${ids.join(', ')} (or a number from 1 to ${list.length}).` : 'The list is empty: add an entry first with `partner add`.');
}

function typeValue(value: string, type: unknown, shown: string): unknown {
  if (type === 'number' || type === 'integer') {
    const n = Number(value.trim());
    if (value.trim() === '' || !Number.isFinite(n)) throw new UsageError(`${shown} is a number; "${value}" is not.`, 'Write it with digits, such as 1500 or 12.5.');
    return n;
  }
  if (type === 'boolean') {
    if (/^(yes|true)$/i.test(value.trim())) return true;
    if (/^(no|false)$/i.test(value.trim())) return false;
    throw new UsageError(`${shown} is yes or no; "${value}" is neither.`);
  }
  return value;
}
