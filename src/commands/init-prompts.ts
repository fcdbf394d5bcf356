import { isBlank } from '../core/base/blank.js';
import { choices, splitList, type Answers, type StakeholderAnswer } from '../core/record/init/skeleton.js';

/** The three kinds of question `partner init` asks; @inquirer/prompts in real use, a script in tests. */
export interface Prompter {
  input(config: { message: string; default?: string; validate?: (value: string) => boolean | string }): Promise<string>;
  select(config: { message: string; choices: { name: string; value: string; description?: string }[]; default?: string }): Promise<string>;
  confirm(config: { message: string; default?: boolean }): Promise<boolean>;
}

/** The real prompts. @inquirer/prompts is loaded here only, when there are questions to ask. */
export async function inquirerPrompter(): Promise<Prompter> {
  const { input, select, confirm } = await import('@inquirer/prompts');
  return { input, select: (config) => select(config), confirm };
}

/** What the flags already answered; a question is asked only when its answer is missing. */
export type GivenAnswers = Partial<Answers>;

const NOT_DECIDED = { name: 'not decided yet', value: '' };

/** Asks every question the flags left open, in the order of the spec: the partnership, then its stakeholders. */
export async function askAnswers(given: GivenAnswers, defaultName: string, p: Prompter): Promise<Answers> {
  const c = choices();
  const text = async (value: string | undefined, message: string) => value ?? optional(await p.input({ message: `${message} (Enter to skip):` }));
  const name = given.name ?? (await p.input({ message: 'Name of the partnership:', default: defaultName, validate: required(c.nameLength) })).trim();
  const issue = await text(given.issue, 'The issue it tackles, in a sentence or two');
  const why = await text(given.why, 'Why no single sector can solve it alone');
  const vision = await text(given.vision, 'A first vision of what it will achieve');
  const levels = choicesOf(c.scopeLevel, c.words);
  const scopeLevel = given.scopeLevel ?? optional(await p.select({ message: 'Where does it work?', choices: given.scopeArea ? levels : [NOT_DECIDED, ...levels] }));
  const scopeArea = scopeLevel ? await text(given.scopeArea, 'The place, in words') : undefined;
  const convener = await text(given.convener, 'Who convenes the partners (a person or organisation)');
  const broker = await text(given.broker, 'Who is the broker keeping this record (your name)');
  const stakeholders = given.stakeholders ?? (await askStakeholders(p, c));
  return { name, issue, why, vision, scopeLevel, scopeArea, convener, broker, stakeholders };
}

async function askStakeholders(p: Prompter, c: ReturnType<typeof choices>): Promise<StakeholderAnswer[]> {
  const list: StakeholderAnswer[] = [];
  let more = await p.confirm({ message: 'Add a stakeholder to the map now?', default: true });
  while (more) {
    const name = (await p.input({ message: `Stakeholder ${list.length + 1}, name of the organisation or group:`, validate: required(c.stakeholderNameLength) })).trim();
    const sector = await p.select({ message: `Sector of ${name}:`, choices: choicesOf(c.sector, c.words) });
    const interests = splitList(await p.input({ message: `What ${name} wants from the issue, separated by commas (Enter to skip):` }), ',');
    const motivations = splitList(await p.input({ message: `Why ${name} would take part (its motivations), separated by commas (Enter to skip):` }), ',');
    const engagement = optional(await p.select({ message: `How ${name} takes part:`, choices: [NOT_DECIDED, ...choicesOf(c.engagement, c.words)] }));
    const representative = await askRepresentative(p, c, name);
    list.push({ name, sector, interests, motivations, ...(engagement ? { engagement } : {}), ...(representative ? { representative } : {}) });
    more = await p.confirm({ message: 'Add another stakeholder?', default: false });
  }
  return list;
}

/** Who represents the stakeholder and what they may decide (seed 002, Building: "determine what decision-making power each representative holds"). */
async function askRepresentative(p: Prompter, c: ReturnType<typeof choices>, name: string): Promise<StakeholderAnswer['representative']> {
  const who = optional(await p.input({ message: `Who represents ${name} at the table (Enter to skip):` }));
  if (!who) return undefined;
  const title = optional(await p.input({ message: `${who}'s position in ${name} (Enter to skip):` }));
  const authority = optional(await p.select({ message: `What ${who} may decide for ${name}:`, choices: [NOT_DECIDED, ...choicesOf(c.authority, c.words)] }));
  return { name: who, ...(title ? { title } : {}), ...(authority ? { authority } : {}) };
}

/** The choices of a vocabulary, each explained in the schema's words (`enumDescriptions`), shown when it is highlighted. */
export function choicesOf(values: readonly string[], words: Readonly<Record<string, string>> | undefined): { name: string; value: string; description?: string }[] {
  // "low: Low." says nothing the name does not.
  const says = (v: string) => words?.[v] && words[v].toLowerCase().replace(/\.$/, '') !== v.replace(/-/g, ' ');
  return values.map((v) => ({ name: v, value: v, ...(says(v) ? { description: `${v}: ${words![v]}` } : {}) }));
}

function required(max: number): (value: string) => true | string {
  return (value) => {
    const v = value.trim();
    if (isBlank(v)) return 'Please give a name.';
    return v.length <= max || `Please keep it to ${max} characters.`;
  };
}

function optional(value: string): string | undefined {
  return value.trim() || undefined;
}
