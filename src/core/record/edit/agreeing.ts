/**
 * Plans the writes of `partner record acceptance | agreement-in-principle | open-point | capacity | former |
 * capacity-building` and the observations of `partner record measurement --text`: each one field or entry set in
 * place (src/core/yaml/edit.ts), checked by planEdit against the schema and `partner check` before anything is written.
 */
import { isValidDate } from '../../base/dates.js';
import { UsageError } from '../../base/diagnostic.js';
import { didYouMean } from '../../../util/did-you-mean.js';
import type { YamlEdit } from '../../yaml/edit.js';
import { fieldsOf, schemaAt } from './fields.js';
import { entriesOf, findEntry, readData, stakeholdersOf, type Named } from './folder-data.js';
import { planEdit, type WritePlan } from './plan.js';

/** The allowed values of a field, from the schema (the single source of truth). */
export function choicesOf(key: Parameters<typeof fieldsOf>[0], list: string[], field: string[]): string[] {
  return fieldsOf(key, list).find((f) => f.path.join('.') === field.join('.'))?.enum ?? [];
}

/** `value` as one of `allowed`, or a UsageError naming the choices (with the nearest one). */
export function oneOf(value: string, allowed: readonly string[], what: string): string {
  const normal = value.trim().toLowerCase().replace(/\s+/g, '-');
  if (allowed.includes(normal)) return normal;
  const guess = didYouMean(normal, [...allowed]);
  throw new UsageError(`"${value}" is not ${what}${guess ? `; did you mean ${guess}?` : '.'}`, `Use one of: ${allowed.join(', ')}.`);
}

function dateOf(value: string, flag: string): string {
  if (!isValidDate(value)) throw new UsageError(`${flag} "${value}" is not a valid date.`, 'Write it as YYYY-MM-DD, such as 2025-03-31.');
  return value;
}

/** The place of an entry with `id` in the list `list` of `rel` (its index among all entries, not only those with ids). */
function indexOfId(dir: string, rel: string, list: string, id: string): number {
  const items = readData(dir, rel)?.[list];
  return Array.isArray(items) ? items.findIndex((i) => (i as Named | null)?.id === id) : -1;
}

function stakeholderEntry(dir: string, given: string): { found: Named; index: number; data: Record<string, unknown> } {
  const found = findEntry(stakeholdersOf(dir), given, 'stakeholder', 'stakeholders.yaml');
  const index = indexOfId(dir, 'stakeholders.yaml', 'stakeholders', found.id);
  const data = ((readData(dir, 'stakeholders.yaml')?.stakeholders as Record<string, unknown>[])[index] ?? {}) as Record<string, unknown>;
  return { found, index, data };
}

export interface AcceptanceAnswers {
  date?: string | undefined;
  by?: string | undefined;
  ratification?: string | undefined;
  ratifiedOn?: string | undefined;
}

/** The representative's decision-making authority and name, and whether the party has accepted (for defaults). */
export function representativeOf(dir: string, stakeholder: string): { name?: string; authority?: string; label: string; id: string; accepted: boolean } {
  const { found, data } = stakeholderEntry(dir, stakeholder);
  const rep = (data.representative ?? {}) as { name?: unknown; decision_authority?: unknown };
  return {
    id: found.id,
    label: typeof found.name === 'string' && found.name.trim() ? found.name : found.id,
    accepted: Boolean(data.acceptance && typeof data.acceptance === 'object'),
    ...(typeof rep.name === 'string' && rep.name.trim() ? { name: rep.name } : {}),
    ...(typeof rep.decision_authority === 'string' ? { authority: rep.decision_authority } : {}),
  };
}

/**
 * Plans `partner record acceptance <stakeholder>`: the party's `acceptance:` of the agreement (seed 002, Partnership
 * agreements: "acceptable to all partners"). A first acceptance needs its date and who accepted; a later call sets only
 * the fields given (the ratification, once done). Ratification done without a date is dated `today`.
 */
export function planAcceptance(dir: string, stakeholder: string, a: AcceptanceAnswers, today: string): { plan: WritePlan; id: string; label: string; acceptance: Record<string, string> } {
  const { found, index, data } = stakeholderEntry(dir, stakeholder);
  const before = (data.acceptance && typeof data.acceptance === 'object' ? data.acceptance : {}) as Record<string, unknown>;
  const fields: Record<string, string> = {};
  if (a.date !== undefined) fields.date = dateOf(a.date, '--date');
  if (a.by !== undefined) {
    if (!a.by.trim()) throw new UsageError('--by is empty.', 'Give the name of the person who accepted the agreement for the party, usually its representative.');
    fields.by = a.by.trim();
  }
  if (a.ratification !== undefined) fields.ratification = oneOf(a.ratification, choicesOf('stakeholders', ['stakeholders', '[]'], ['acceptance', 'ratification']), 'a ratification (not-needed, needed or done)');
  if (a.ratifiedOn !== undefined) fields.ratified_on = dateOf(a.ratifiedOn, '--ratified-on');
  if (fields.ratified_on && fields.ratification === undefined) fields.ratification = 'done';
  if (fields.ratification === 'done' && !fields.ratified_on && before.ratified_on === undefined) fields.ratified_on = today;
  const label = typeof found.name === 'string' && found.name.trim() ? found.name : found.id;
  for (const need of ['date', 'by'] as const) {
    if (fields[need] === undefined && before[need] === undefined) {
      throw new UsageError(`The acceptance by ${label} needs ${need === 'date' ? 'the day it was accepted: --date <YYYY-MM-DD>' : 'who accepted it: --by <name>'}.`, `For example: partner record acceptance ${found.id} --date ${today} --by "the representative's name"`);
    }
  }
  if (!Object.keys(fields).length) throw new UsageError(`Nothing to record for the acceptance by ${label}.`, 'Give --date and --by, or --ratification done when the organisation has ratified it.');
  const edits: YamlEdit[] = Object.keys(before).length
    ? Object.entries(fields).map(([k, v]) => ({ op: 'set', path: ['stakeholders', index, 'acceptance', k], value: v }))
    : [{ op: 'set', path: ['stakeholders', index, 'acceptance'], value: fields }];
  return { plan: planEdit(dir, 'stakeholders.yaml', edits, today), id: found.id, label, acceptance: { ...(before as Record<string, string>), ...fields } };
}

/** Plans `partner record agreement-in-principle`: its date (and a note) in partnership.yaml (seed 002, Planning). */
export function planAgreementInPrinciple(dir: string, a: { date: string; note?: string | undefined }, today: string): WritePlan {
  const value = { date: dateOf(a.date, '--date'), ...(a.note?.trim() ? { note: a.note.trim() } : {}) };
  const before = readData(dir, 'partnership.yaml')?.agreement_in_principle;
  const edits: YamlEdit[] = before && typeof before === 'object'
    ? Object.entries(value).map(([k, v]) => ({ op: 'set', path: ['agreement_in_principle', k], value: v }))
    : [{ op: 'set', path: ['agreement_in_principle'], value }];
  return planEdit(dir, 'partnership.yaml', edits, today);
}

/** One point of the agreement that carries a `status:` (proposed, agreed, central, parked), and where it is. */
export interface AgreementPoint {
  rel: string;
  path: (string | number)[];
  text: string;
  status: string;
}

const POINT_FILES = ['partnership.yaml', 'decision-rules.yaml', 'communication.yaml'] as const;

/** Every item of the agreement with a `status:` of the agreement vocabulary, with its words (text, name or kind). */
export function agreementPoints(dir: string): AgreementPoint[] {
  const statuses = choicesOf('partnership', ['principles', '[]'], ['status']);
  const out: AgreementPoint[] = [];
  for (const rel of POINT_FILES) {
    const visit = (node: unknown, path: (string | number)[]): void => {
      if (Array.isArray(node)) return node.forEach((item, i) => visit(item, [...path, i]));
      if (!node || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      if (typeof o.status === 'string' && statuses.includes(o.status)) {
        const words = [o.text, o.kind, o.name, o.decision].find((w) => typeof w === 'string' && w.trim());
        out.push({ rel, path, text: typeof words === 'string' ? words.trim() : titleOf(rel, path), status: o.status });
      }
      for (const [k, v] of Object.entries(o)) if (k !== 'status') visit(v, [...path, k]);
    };
    visit(readData(dir, rel), []);
  }
  return out;
}

/**
 * Plans `partner record open-point <words> <central|parked|agreed|proposed>`: the weight of a disputed point (seed 002,
 * Planning: "central and need to be resolved immediately or ... put on hold"), found by words of its text, or by its
 * number in the list `partner record open-point` prints.
 */
export function planOpenPoint(dir: string, words: string, weight: string, today: string): { plan: WritePlan; point: AgreementPoint; weight: string } {
  const allowed = choicesOf('partnership', ['principles', '[]'], ['status']);
  const normal = oneOf(weight, allowed, 'a weight of an open point (central, parked, agreed or proposed)');
  const point = findPoint(agreementPoints(dir), words);
  const edits: YamlEdit[] = [{ op: 'set', path: [...point.path, 'status'], value: normal }];
  return { plan: planEdit(dir, point.rel, edits, today), point, weight: normal };
}

/** A group of fields without words of its own (financial management, the external protocol): its schema's title. */
function titleOf(rel: string, path: (string | number)[]): string {
  const key = rel.replace(/\.yaml$/, '') as Parameters<typeof schemaAt>[0];
  const title = (schemaAt(key, path.map((p) => (typeof p === 'number' ? '[]' : p))) as { title?: unknown } | undefined)?.title;
  return typeof title === 'string' ? title : path.join(' ');
}

function findPoint(points: AgreementPoint[], words: string): AgreementPoint {
  const open = points.filter((p) => p.status !== 'agreed');
  const listing = (ps: AgreementPoint[]) => ps.slice(0, 12).map((p) => `"${short(p.text)}" (${p.rel.replace(/\.yaml$/, '')}, ${p.status})`).join('; ');
  if (!points.length) throw new UsageError('The record has no points of the agreement with a status yet.', 'Principles, ground rules and decision rules each carry `status:` proposed, agreed, central or parked.');
  const n = /^\d+$/.test(words.trim()) ? Number(words.trim()) : undefined;
  if (n !== undefined) {
    if (n >= 1 && n <= open.length) return open[n - 1]!;
    throw new UsageError(`There is no open point ${n}: the record has ${open.length} open point${open.length === 1 ? '' : 's'}.`, open.length ? `They are: ${open.map((p, i) => `${i + 1}. "${short(p.text)}"`).join('; ')}.` : 'Every point is agreed.');
  }
  const needle = words.trim().toLowerCase();
  const matches = points.filter((p) => p.text.toLowerCase().includes(needle));
  if (matches.length === 1) return matches[0]!;
  const openMatches = matches.filter((p) => p.status !== 'agreed');
  if (openMatches.length === 1) return openMatches[0]!;
  if (!matches.length) throw new UsageError(`No point of the agreement has the words "${words}".`, open.length ? `The open points: ${listing(open)}.` : 'Every point is agreed already.');
  throw new UsageError(`${matches.length} points of the agreement have the words "${words}": ${listing(matches)}.`, 'Give more of the words, so that one point has them.');
}

function short(text: string): string {
  const t = text.replace(/\s+/g, ' ');
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
}

/**
 * Plans `partner record capacity <id> <in-place|under-way|not-yet>`: a line of seed 003 Table 2 in `capacities:` of
 * partnership.yaml, set where it is already listed, added otherwise.
 */
export function planCapacity(dir: string, id: string, state: string, note: string | undefined, today: string): { plan: WritePlan; id: string; state: string; from?: string } {
  const ids = choicesOf('partnership', ['capacities', '[]'], ['id']);
  const which = oneOf(id, ids, 'a capacity or intervention of seed 003 Table 2');
  const normal = oneOf(state, choicesOf('partnership', ['capacities', '[]'], ['state']), 'a state (in-place, under-way or not-yet)');
  const list = readData(dir, 'partnership.yaml')?.capacities;
  const index = Array.isArray(list) ? list.findIndex((c) => (c as { id?: unknown } | null)?.id === which) : -1;
  const entry = { id: which, state: normal, ...(note?.trim() ? { note: note.trim() } : {}) };
  const edits: YamlEdit[] = index < 0
    ? [{ op: 'append', path: ['capacities'], value: entry }]
    : [{ op: 'set', path: ['capacities', index, 'state'], value: normal }, ...(entry.note ? [{ op: 'set' as const, path: ['capacities', index, 'note'], value: entry.note }] : [])];
  const from = index < 0 ? undefined : ((list as { state?: unknown }[])[index]?.state as string | undefined);
  return { plan: planEdit(dir, 'partnership.yaml', edits, today), id: which, state: normal, ...(typeof from === 'string' ? { from } : {}) };
}

/** Plans `partner record former <stakeholder> <left|spun-off>`: `former:` with date and reason (seed 002 Phase 3). */
export function planFormer(dir: string, stakeholder: string, a: { kind: string; date: string; reason?: string | undefined; engagement?: string | undefined }, today: string): { plan: WritePlan; id: string; label: string; engagement?: string } {
  const { found, index, data } = stakeholderEntry(dir, stakeholder);
  const kind = oneOf(a.kind, choicesOf('stakeholders', ['stakeholders', '[]'], ['former', 'kind']), 'how a stakeholder leaves (left or spun-off)');
  const former = { date: dateOf(a.date, '--date'), kind, ...(a.reason?.trim() ? { reason: a.reason.trim() } : {}) };
  const edits: YamlEdit[] = [{ op: 'set', path: ['stakeholders', index, 'former'], value: former }];
  if (a.engagement !== undefined) edits.push({ op: 'set', path: ['stakeholders', index, 'engagement'], value: oneOf(a.engagement, choicesOf('stakeholders', ['stakeholders', '[]'], ['engagement']), 'an engagement level') });
  const label = typeof found.name === 'string' && found.name.trim() ? found.name : found.id;
  const engagement = a.engagement !== undefined ? undefined : typeof data.engagement === 'string' ? data.engagement : undefined;
  return { plan: planEdit(dir, 'stakeholders.yaml', edits, today), id: found.id, label, ...(engagement ? { engagement } : {}) };
}

/** Plans `partner record capacity-building <stakeholder> --need`: one need appended (seed 004 step 6). */
export function planCapacityNeed(dir: string, stakeholder: string, a: { need?: string | undefined; activity?: string | undefined; by?: string | undefined; status?: string | undefined }, today: string): { plan: WritePlan; id: string; label: string } {
  const { found, index } = stakeholderEntry(dir, stakeholder);
  const label = typeof found.name === 'string' && found.name.trim() ? found.name : found.id;
  if (!a.need?.trim()) throw new UsageError(`The capacity-building need of ${label} needs its words: --need <text>.`, `For example: partner record capacity-building ${found.id} --need "Keep accounts the donor accepts" --activity "Book-keeping course"`);
  const by = a.by?.trim() ? findEntry(stakeholdersOf(dir), a.by.trim(), 'stakeholder', 'stakeholders.yaml').id : undefined;
  const entry = {
    need: a.need.trim(),
    ...(a.activity?.trim() ? { activity: a.activity.trim() } : {}),
    ...(by ? { by } : {}),
    ...(a.status?.trim() ? { status: oneOf(a.status, choicesOf('stakeholders', ['stakeholders', '[]', 'capacity_building', '[]'], ['status']), 'a status (planned, under-way or done)') } : {}),
  };
  return { plan: planEdit(dir, 'stakeholders.yaml', [{ op: 'append', path: ['stakeholders', index, 'capacity_building'], value: entry }], today), id: found.id, label };
}

/** Plans `partner record measurement <indicator> --text`: a qualitative measurement in `observations:` (seed 002 Fig. 1). */
export function planObservation(dir: string, indicator: string, a: { text: string; date: string; by?: string | undefined }, today: string): { plan: WritePlan; id: string; label: string } {
  const indicators = entriesOf(dir, 'indicators.yaml', 'indicators');
  const found = findEntry(indicators, indicator, 'indicator', 'indicators.yaml');
  if (!a.text.trim()) throw new UsageError('--text is empty.', 'Write what was observed, in words.');
  const by = a.by?.trim() ? findEntry(stakeholdersOf(dir), a.by.trim(), 'stakeholder', 'stakeholders.yaml').id : undefined;
  const entry = { date: dateOf(a.date, '--date'), text: a.text.trim(), ...(by ? { by } : {}) };
  const index = indexOfId(dir, 'indicators.yaml', 'indicators', found.id);
  const label = typeof found.name === 'string' && found.name.trim() ? found.name : found.id;
  return { plan: planEdit(dir, 'indicators.yaml', [{ op: 'append', path: ['indicators', index, 'observations'], value: entry }], today), id: found.id, label };
}
