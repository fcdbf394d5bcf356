import { isValidDate } from '../../base/dates.js';
import { UsageError } from '../../base/diagnostic.js';
import { didYouMean } from '../../../util/did-you-mean.js';
import type { YamlEdit } from '../../yaml/edit.js';
import { fileNotes } from '../notes.js';
import { fieldsOf } from './fields.js';
import { entriesOf, findEntry, readData } from './folder-data.js';
import { planEdit, type WritePlan } from './plan.js';

export interface Measurement {
  value: number;
  date: string;
  note?: string;
}

/** Plans `partner record measurement <indicator>`: a measurement appended to the indicator's `measurements:`. */
export function planMeasurement(dir: string, indicator: string, m: { value: string | undefined; date: string; note?: string | undefined }, today: string): { plan: WritePlan; id: string; name: string; measurement: Measurement } {
  const indicators = entriesOf(dir, 'indicators.yaml', 'indicators');
  const found = findEntry(indicators, indicator, 'indicator', 'indicators.yaml');
  if (m.value === undefined || m.value.trim() === '') throw new UsageError('The measurement needs a value: --value <number> (or --text <words> for an observation in words).', `For example: partner record measurement ${found.id} --value 42 --date ${today}`);
  const value = Number(m.value.trim());
  if (!Number.isFinite(value)) throw new UsageError(`--value "${m.value}" is not a number.`, 'Write it with digits, such as 42 or 12.5 (no units: the unit is the indicator\'s).');
  if (!isValidDate(m.date)) throw new UsageError(`--date "${m.date}" is not a valid date.`, 'Write it as YYYY-MM-DD, such as 2025-03-31.');
  const measurement: Measurement = { date: m.date, value, ...(m.note?.trim() ? { note: m.note.trim() } : {}) };
  const index = indicators.indexOf(found);
  const edit: YamlEdit = { op: 'append', path: ['indicators', index, 'measurements'], value: measurement, notes: fileNotes('indicators') };
  return { plan: planEdit(dir, 'indicators.yaml', [edit], today), id: found.id, name: found.name?.trim() || found.id, measurement };
}

/** The statuses a commitment can have, from the schema. */
export function commitmentStatuses(): string[] {
  return fieldsOf('resources', ['commitments', '[]']).find((f) => f.path[0] === 'status')?.enum ?? [];
}

/**
 * Plans `partner record commitment-status <id> <status>`: the status set in place; a commitment delivered gets its
 * `delivered_on` date (the date given, or today) when it has none.
 */
export function planCommitmentStatus(dir: string, commitment: string, status: string, date: string, today: string): { plan: WritePlan; id: string; name: string; from?: string } {
  const commitments = entriesOf(dir, 'resources.yaml', 'commitments');
  const found = findEntry(commitments, commitment, 'commitment', 'resources.yaml');
  const allowed = commitmentStatuses();
  const normal = status.trim().toLowerCase().replace(/\s+/g, '-');
  if (!allowed.includes(normal)) {
    const guess = didYouMean(normal, allowed);
    throw new UsageError(`"${status}" is not a commitment status${guess ? `; did you mean ${guess}?` : '.'}`, `Use one of: ${allowed.join(', ')}.`);
  }
  if (!isValidDate(date)) throw new UsageError(`--date "${date}" is not a valid date.`, 'Write it as YYYY-MM-DD, such as 2025-03-31.');
  const index = commitments.indexOf(found);
  const current = (readData(dir, 'resources.yaml')?.commitments as Record<string, unknown>[])[index]!;
  const notes = fileNotes('resources');
  const edits: YamlEdit[] = [{ op: 'set', path: ['commitments', index, 'status'], value: normal, notes }];
  if (normal === 'delivered' && current.delivered_on === undefined) edits.push({ op: 'set', path: ['commitments', index, 'delivered_on'], value: date, notes });
  const from = typeof current.status === 'string' ? current.status : undefined;
  return { plan: planEdit(dir, 'resources.yaml', edits, today), id: found.id, name: found.description?.trim() || found.id, ...(from ? { from } : {}) };
}
