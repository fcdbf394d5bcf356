import { buildEntry, entryFields, type EntryKind } from '../core/record/edit/entries.js';
import type { Field } from '../core/record/edit/fields.js';
import { readData, stakeholdersOf } from '../core/record/edit/folder-data.js';
import { relOf } from '../core/record/edit/entries.js';

/** The questions `partner add` asks: @inquirer/prompts in real use, a script in tests. */
export interface EditPrompter {
  input(config: { message: string; default?: string; validate?: (value: string) => boolean | string }): Promise<string>;
  select(config: { message: string; choices: { name: string; value: string; description?: string }[]; default?: string }): Promise<string>;
  confirm(config: { message: string; default?: boolean }): Promise<boolean>;
}

/** The real prompts, loaded only when there are questions to ask (never on `check`'s path). */
export async function inquirerPrompter(): Promise<EditPrompter> {
  const { input, select, confirm } = await import('@inquirer/prompts');
  return { input, select: (config) => select(config), confirm };
}

const SKIP = { name: '(skip: not known yet)', value: '' };

/**
 * Asks for every field the flags left open, in the schema's order, each answer checked as it is typed against the
 * same schema `partner check` uses (a bad answer is asked again, never written). Returns the answers as flags.
 */
export async function askEntry(kind: EntryKind, fields: Field[], given: ReadonlyMap<string, string | readonly string[]>, dir: string, p: EditPrompter): Promise<Map<string, string | string[]>> {
  const answers = new Map<string, string | string[]>();
  const all = new Map<string, string | readonly string[]>(given);
  const fileData = kind.list ? readData(dir, relOf(kind)) : undefined;
  /** The problem with `value` for `field`, as the schema and the references see it (other fields not yet asked aside). */
  const check = (field: Field, value: string | string[]): true | string => {
    const trial = new Map(all);
    trial.set(field.flag, value);
    const problem = buildEntry(kind, trial, dir, fileData).problems.find((pr) => pr.field === field || pr.field?.flag === field.flag);
    return problem ? capitalise(problem.message) : true;
  };
  const groupsAsked = new Map<string, boolean>();
  for (const field of fields) {
    if (field.items || all.has(field.flag) || (field.path.length === 1 && field.path[0] === 'id')) continue;
    if (kind.file === 'assessments' && field.path[0] === 'stakeholder') continue;
    if (field.path.length > 1) {
      // A group of fields (a representative, a baseline): asked only if the broker wants to fill it in.
      const group = field.path[0]!;
      if (!groupsAsked.has(group)) {
        const title = groupTitle(kind, group);
        groupsAsked.set(group, await p.confirm({ message: `Add ${title}?`, default: false }));
      }
      if (!groupsAsked.get(group)) continue;
    }
    const value = await askField(field, dir, p, check);
    if (value === undefined || (Array.isArray(value) && !value.length)) continue;
    answers.set(field.flag, value);
    all.set(field.flag, value);
  }
  return answers;
}

async function askField(field: Field, dir: string, p: EditPrompter, check: (f: Field, v: string | string[]) => true | string): Promise<string | string[] | undefined> {
  const label = `${field.title}${field.required ? '' : ' (optional)'}`;
  if (field.stakeholder && !field.list) {
    const choices = stakeholdersOf(dir).map((s) => ({ name: s.name ? `${s.name} (${s.id})` : s.id, value: s.id }));
    if (choices.length) return optionalChoice(await p.select({ message: `${label}:`, choices: field.required ? choices : [SKIP, ...choices] }));
  }
  if (field.enum && !field.list) {
    const choices = field.enum.map((v) => ({ name: v, value: v, ...explained(field.description, v) }));
    return optionalChoice(await p.select({ message: `${label}: ${shortDescription(field)}`, choices: field.required ? choices : [SKIP, ...choices] }));
  }
  if (field.list) {
    const list: string[] = [];
    for (;;) {
      const n = list.length + 1;
      const typed = (await p.input({
        message: `${field.title} ${n}${field.enum ? ` (${field.enum.join(', ')})` : ''}${n === 1 ? `: ${shortDescription(field)}` : ''} (Enter to finish):`,
        validate: (v) => (v.trim() === '' ? true : check(field, [...list, v.trim()])),
      })).trim();
      if (!typed) return list;
      list.push(typed);
    }
  }
  const hint = field.format === 'date' ? ' (YYYY-MM-DD)' : field.type === 'number' ? ' (a number)' : '';
  const typed = (await p.input({
    message: `${label}${hint}: ${shortDescription(field)}${field.required ? '' : ' (Enter to skip)'}`,
    validate: (v) => (v.trim() === '' ? (field.required ? `${field.title} is required.` : true) : check(field, v.trim())),
  })).trim();
  return typed || undefined;
}

function optionalChoice(value: string): string | undefined {
  return value === '' ? undefined : value;
}

/** "active-partner (decides), pilot, ..." → the words in brackets after `value`, shown when the choice is highlighted. */
function explained(description: string, value: string): { description?: string } {
  const m = new RegExp(`\\b${value.replace(/[-]/g, '\\-')}\\s*\\(([^)]+)\\)`).exec(description);
  return m ? { description: `${value}: ${m[1]}` } : {};
}

/** The description without its list of values (the choices show those), in one short sentence. */
function shortDescription(field: Field): string {
  const d = field.description.replace(/\s+/g, ' ').trim();
  if (!d) return '';
  const first = d.split(/(?<=\.)\s/)[0]!;
  return first.length > 140 ? `${first.slice(0, 137)}...` : first;
}

function groupTitle(kind: EntryKind, group: string): string {
  const words = group.replace(/_/g, ' ');
  void entryFields;
  return `the ${words} of this ${kind.noun}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
