/**
 * `partner record acceptance | agreement-in-principle | open-point | capacity | former | capacity-building`: the
 * fields of issue 21 written for the broker. Each asks for what its flags leave open (in a terminal), or with --yes
 * takes the flags and the defaults; the core plans the edit (src/core/record/edit/agreeing.ts) and checks it.
 */
import type { Io } from '../cli/io.js';
import { today } from '../core/base/dates.js';
import { ExitCode, UsageError } from '../core/base/diagnostic.js';
import { formatDate } from '../core/base/wording.js';
import { partnershipDir } from '../core/folder/discover.js';
import { TABLE_2 } from '../core/lifecycle/table2.js';
import { agreementPoints, choicesOf, planAcceptance, planAgreementInPrinciple, planCapacity, planCapacityNeed, planFormer, planOpenPoint, representativeOf } from '../core/record/edit/agreeing.js';
import { stakeholdersOf } from '../core/record/edit/folder-data.js';
import type { EditPrompter } from './edit-prompts.js';
import { inertLine } from '../format/inert.js';
import { writePlan } from './write-plan.js';

interface Common {
  dir?: string;
  yes?: boolean;
}

/** The prompts, when something is missing and the broker did not say --yes; a refusal naming `example` without a terminal. */
async function prompter(io: Io, options: Common, missing: boolean, example: string): Promise<EditPrompter | undefined> {
  if (options.yes || !missing) return undefined;
  if (!io.stdinIsTTY) throw new UsageError('no terminal to ask questions in; pass --yes with the answers as flags.', `For example: ${example}`);
  const { inquirerPrompter } = await import('./edit-prompts.js');
  return inquirerPrompter();
}

const dateCheck = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v.trim()) ? true : 'Write the date as YYYY-MM-DD, such as 2025-03-31.');
const day = (d: string) => formatDate(d) ?? d;

async function askStakeholder(p: EditPrompter | undefined, given: string | undefined, dir: string, message: string): Promise<string> {
  if (given !== undefined) return given;
  const choices = stakeholdersOf(dir).map((s) => ({ name: s.name ? `${s.name} (${s.id})` : s.id, value: s.id }));
  if (!p) throw new UsageError('Name the stakeholder, by its id or its name.', `One of: ${choices.map((c) => c.value).join(', ') || '(none: add one with `partner add stakeholder`)'}.`);
  return p.select({ message, choices });
}

export interface AcceptanceCliOptions extends Common {
  date?: string;
  by?: string;
  ratification?: string;
  ratifiedOn?: string;
}

/** `partner record acceptance <stakeholder>`: the party's acceptance of the agreement (seed 002). */
export async function runRecordAcceptance(stakeholder: string | undefined, options: AcceptanceCliOptions, io: Io): Promise<number> {
  const dir = partnershipDir(options.dir ?? '.');
  const now = today();
  const known = stakeholder !== undefined ? representativeOf(dir, stakeholder) : undefined;
  const first = !known?.accepted; // a first acceptance needs its date and who accepted; a later one only what changed
  const p = await prompter(io, options, stakeholder === undefined || (first && (options.date === undefined || options.by === undefined)), `partner record acceptance ${stakeholder ?? 'city-council'} --yes --date ${now} --by "Ms. Khan" --ratification needed`);
  const who = await askStakeholder(p, stakeholder, dir, 'Which party accepted the agreement?');
  const rep = known ?? representativeOf(dir, who);
  const limited = rep.authority === 'limited' || rep.authority === 'refer-back';
  const answers = { ...options };
  if (p && !rep.accepted) {
    answers.date ??= (await p.input({ message: 'The day it accepted the agreement (YYYY-MM-DD):', default: now, validate: dateCheck })).trim();
    answers.by ??= (await p.input({ message: 'Who accepted it for the party:', ...(rep.name ? { default: rep.name } : {}), validate: (v) => (v.trim() ? true : 'Please write a name.') })).trim();
    answers.ratification ??= await p.select({
      message: 'Must the organisation still ratify it?',
      choices: [
        { name: 'no: the person who accepted can commit the organisation', value: 'not-needed' },
        { name: 'yes: the organisation has still to ratify it', value: 'needed' },
        { name: 'it has ratified it already', value: 'done' },
      ],
      default: limited ? 'needed' : 'not-needed',
    });
    if (answers.ratification === 'done') answers.ratifiedOn ??= (await p.input({ message: 'The day it ratified it (YYYY-MM-DD):', default: now, validate: dateCheck })).trim();
  } else if (options.yes && !rep.accepted) {
    answers.date ??= now;
    if (answers.by === undefined && rep.name) answers.by = rep.name;
    if (answers.ratification === undefined && answers.ratifiedOn === undefined && limited) answers.ratification = 'needed';
  }
  const { plan, label, acceptance } = planAcceptance(dir, who, answers, now);
  writePlan(plan);
  const ratification = acceptance.ratification === 'needed' ? '; the organisation has still to ratify it' : acceptance.ratification === 'done' ? `; ratified on ${day(acceptance.ratified_on ?? '')}` : '';
  io.stdout.write(`Recorded the acceptance of the agreement by ${inertLine(label)}: accepted on ${day(acceptance.date ?? '')} by ${inertLine(acceptance.by ?? '')}${ratification}, in ${inertLine(plan.path)}.\n`);
  return ExitCode.Ok;
}

/** `partner record agreement-in-principle`: the day the partners agreed in principle (seed 002, Planning). */
export async function runRecordAgreementInPrinciple(options: Common & { date?: string; note?: string }, io: Io): Promise<number> {
  const dir = partnershipDir(options.dir ?? '.');
  const now = today();
  const p = await prompter(io, options, options.date === undefined, `partner record agreement-in-principle --yes --date ${now} --note "Agreed on the pilot lanes; the tariff is parked"`);
  let { date, note } = options;
  if (p) {
    date = (await p.input({ message: 'The day the partners agreed in principle (YYYY-MM-DD):', default: now, validate: dateCheck })).trim();
    note ??= (await p.input({ message: 'What was agreed, and what was left open (Enter to skip):' })).trim() || undefined;
  }
  const plan = planAgreementInPrinciple(dir, { date: date ?? now, note }, now);
  writePlan(plan);
  io.stdout.write(`Recorded the agreement in principle of ${day(date ?? now)} in ${inertLine(plan.path)}.\nPoints still disputed: mark each central or parked with \`partner record open-point\`.\n`);
  return ExitCode.Ok;
}

const WEIGHT_WORDS: Readonly<Record<string, string>> = {
  central: 'central: to be resolved before implementing',
  parked: 'parked: on hold, work can start without it',
  agreed: 'agreed',
  proposed: 'proposed: still to be negotiated',
};

/** `partner record open-point [<words>] [<weight>]`: a disputed point marked central or parked (seed 002, Planning). */
export async function runRecordOpenPoint(words: string | undefined, weight: string | undefined, options: Common, io: Io): Promise<number> {
  const dir = partnershipDir(options.dir ?? '.');
  const now = today();
  const open = agreementPoints(dir).filter((pt) => pt.status !== 'agreed');
  if (words === undefined && (options.yes || !io.stdinIsTTY)) {
    io.stdout.write(open.length ? `The open points of the agreement:\n${open.map((pt, i) => `  ${i + 1}. ${inertLine(pt.text)} (${WEIGHT_WORDS[pt.status] ?? pt.status})\n`).join('')}Mark one with: partner record open-point <number or words> central|parked|agreed\n` : 'Every point of the agreement is agreed.\n');
    return ExitCode.Ok;
  }
  const p = await prompter(io, options, words === undefined || weight === undefined, 'partner record open-point "tariff" parked');
  if (p && words === undefined) {
    if (!open.length) throw new UsageError('Every point of the agreement is agreed; there is no open point to mark.', 'A point is open while its `status:` is proposed, central or parked.');
    words = String(await p.select({ message: 'Which point?', choices: open.map((pt, i) => ({ name: `${pt.text} (${pt.status})`, value: String(i + 1) })) }));
  }
  if (p && weight === undefined) weight = await p.select({ message: 'How does it weigh?', choices: (['central', 'parked', 'agreed'] as const).map((w) => ({ name: WEIGHT_WORDS[w]!, value: w })) });
  if (weight === undefined) throw new UsageError('Say how the point weighs: central, parked or agreed.', `For example: partner record open-point "${words}" parked`);
  const { plan, point, weight: w } = planOpenPoint(dir, words!, weight, now);
  writePlan(plan);
  io.stdout.write(`"${inertLine(point.text)}" is now ${WEIGHT_WORDS[w] ?? w}${point.status !== w ? ` (was ${point.status})` : ''}, in ${inertLine(plan.path)}.\n`);
  return ExitCode.Ok;
}

const STATE_WORDS: Readonly<Record<string, string>> = { 'in-place': 'in place', 'under-way': 'under way', 'not-yet': 'not there yet' };

/** The id of a Table 2 line from its id or the seed's words. */
function capacityId(given: string): string {
  const words = given.trim().toLowerCase().replace(/[.]$/, '');
  for (const row of TABLE_2) for (const e of [...row.capacities, ...row.interventions]) if (e.text.toLowerCase() === words) return e.id;
  return given;
}

function capacityText(id: string): string {
  for (const row of TABLE_2) for (const e of [...row.capacities, ...row.interventions]) if (e.id === id) return e.text;
  return id;
}

/** `partner record capacity <id> <in-place|under-way|not-yet>`: a line of seed 003 Table 2 and how far it is in place. */
export async function runRecordCapacity(id: string | undefined, state: string | undefined, options: Common & { note?: string; stage?: string }, io: Io): Promise<number> {
  const dir = partnershipDir(options.dir ?? '.');
  const now = today();
  const p = await prompter(io, options, id === undefined || state === undefined, 'partner record capacity listen-to-perspectives in-place --note "Listening sessions in every lane"');
  if (id === undefined) {
    if (!p) throw new UsageError('Name the capacity or intervention of seed 003 Table 2, by the short name `partner status` shows.', `One of: ${choicesOf('partnership', ['capacities', '[]'], ['id']).join(', ')}.`);
    id = await p.select({ message: 'Which capacity or intervention (seed 003 Table 2)?', choices: TABLE_2.flatMap((row) => [...row.capacities.map((e) => ({ name: `${row.label.replace(/^\d+\.\s*/, '')}, capacity: ${e.text}`, value: e.id })), ...row.interventions.map((e) => ({ name: `${row.label.replace(/^\d+\.\s*/, '')}, intervention: ${e.text}`, value: e.id }))]) });
  }
  if (state === undefined) {
    if (!p) throw new UsageError('Say how far it is in place: in-place, under-way or not-yet.', `For example: partner record capacity ${id} in-place`);
    state = await p.select({ message: 'How far is it in place?', choices: Object.entries(STATE_WORDS).map(([value, name]) => ({ name, value })) });
  }
  const { plan, id: which, state: s, from } = planCapacity(dir, capacityId(id), state, options.note, now);
  writePlan(plan);
  io.stdout.write(`"${capacityText(which)}" is ${STATE_WORDS[s] ?? s}${from && from !== s ? ` (was ${STATE_WORDS[from] ?? from})` : ''}, in ${inertLine(plan.path)}.\n`);
  return ExitCode.Ok;
}

/** `partner record former <stakeholder> <left|spun-off>`: a stakeholder that left or was spun off (seed 002 Phase 3). */
export async function runRecordFormer(stakeholder: string | undefined, kind: string | undefined, options: Common & { date?: string; reason?: string; engagement?: string }, io: Io): Promise<number> {
  const dir = partnershipDir(options.dir ?? '.');
  const now = today();
  const p = await prompter(io, options, stakeholder === undefined || kind === undefined || options.date === undefined, `partner record former ${stakeholder ?? 'city-council'} left --yes --date ${now} --reason "Its mandate ended" --engagement informed`);
  const who = await askStakeholder(p, stakeholder, dir, 'Which stakeholder left or was spun off?');
  const a = { kind, date: options.date, reason: options.reason, engagement: options.engagement };
  if (p) {
    a.kind ??= await p.select({ message: 'How?', choices: [{ name: 'it left the partnership', value: 'left' }, { name: 'it was spun off into an organisation of its own', value: 'spun-off' }] });
    a.date ??= (await p.input({ message: 'When (YYYY-MM-DD):', default: now, validate: dateCheck })).trim();
    a.reason ??= (await p.input({ message: 'Why, in words (Enter to skip):' })).trim() || undefined;
  }
  if (a.kind === undefined) throw new UsageError('Say how it went: left or spun-off.', `For example: partner record former ${who} left --date ${now}`);
  const { plan, label, engagement } = planFormer(dir, who, { kind: a.kind, date: a.date ?? now, reason: a.reason, engagement: a.engagement }, now);
  writePlan(plan);
  const still = engagement === 'active-partner' || engagement === 'pilot';
  io.stdout.write(`Recorded that ${inertLine(label)} ${a.kind.trim().toLowerCase() === 'left' ? 'left the partnership' : 'was spun off'}, in ${inertLine(plan.path)}.\n${still ? `It is still listed as ${engagement === 'pilot' ? 'a pilot' : 'an active partner'}: set its engagement with --engagement informed (or not-engaged).\n` : ''}`);
  return ExitCode.Ok;
}

/** `partner record capacity-building <stakeholder> --need <text>`: a capacity-building need (seed 004 step 6). */
export async function runRecordCapacityNeed(stakeholder: string | undefined, options: Common & { need?: string; activity?: string; by?: string; status?: string }, io: Io): Promise<number> {
  const dir = partnershipDir(options.dir ?? '.');
  const now = today();
  const p = await prompter(io, options, stakeholder === undefined || options.need === undefined, `partner record capacity-building ${stakeholder ?? 'lane-organisations'} --yes --need "Keep accounts the donor accepts" --activity "Book-keeping course" --by opp --status planned`);
  const who = await askStakeholder(p, stakeholder, dir, 'Whose need is it?');
  const a = { need: options.need, activity: options.activity, by: options.by, status: options.status };
  if (p) {
    a.need ??= (await p.input({ message: 'What does it need to be able to do?', validate: (v) => (v.trim() ? true : 'Please write the need.') })).trim();
    a.activity ??= (await p.input({ message: 'The training, coaching or support that meets it (Enter to skip):' })).trim() || undefined;
    if (a.by === undefined) {
      const by = await p.select({ message: 'Who provides it?', choices: [{ name: '(skip: nobody yet)', value: '' }, ...stakeholdersOf(dir).map((s) => ({ name: s.name ? `${s.name} (${s.id})` : s.id, value: s.id }))] });
      a.by = by || undefined;
    }
    a.status ??= await p.select({ message: 'Where does it stand?', choices: [{ name: 'planned', value: 'planned' }, { name: 'under way', value: 'under-way' }, { name: 'done', value: 'done' }] });
  }
  const { plan, label } = planCapacityNeed(dir, who, a, now);
  writePlan(plan);
  io.stdout.write(`Recorded a capacity-building need of ${inertLine(label)} (${inertLine(a.need ?? '')}), in ${inertLine(plan.path)}.\n`);
  return ExitCode.Ok;
}
