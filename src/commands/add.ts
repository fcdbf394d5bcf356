import type { Io } from '../cli/io.js';
import { today } from '../core/base/dates.js';
import { ExitCode, UsageError } from '../core/base/diagnostic.js';
import { partnershipDir } from '../core/folder/discover.js';
import { assessmentTarget, entryKind, planAdd, type AddResult } from '../core/record/edit/add.js';
import { WouldBreak } from '../core/record/edit/plan.js';
import { entryFields, pairShape, type EntryKind } from '../core/record/edit/entries.js';
import type { Field } from '../core/record/edit/fields.js';
import { didYouMean } from '../util/did-you-mean.js';
import { writePlan } from './write-plan.js';
import { inertLine } from '../format/inert.js';

/** Flags every `add` takes besides the entry's fields. */
const COMMON = ['dir', 'yes', 'help'];

/** `partner add <kind> [args...]`: the flags are the schema's fields, so they are read here rather than declared. */
export async function runAdd(kindName: string, args: readonly string[], io: Io): Promise<number> {
  const kind = entryKind(kindName);
  const fields = entryFields(kind);
  const { flags, positional } = parseFlags(args, fields, kind);
  if (flags.has('help')) {
    io.stdout.write(addHelp(kind, fields));
    return ExitCode.Ok;
  }
  const dir = partnershipDir(String(flags.get('dir') ?? '.'));
  flags.delete('dir');
  const yes = flags.delete('yes');
  if (kind.file === 'assessments') {
    if (positional.length > 1) throw new UsageError(`partner add assessment takes one stakeholder, not ${positional.length}.`);
    if (positional[0] !== undefined) flags.set('stakeholder', positional[0]);
  } else if (positional.length) throw new UsageError(`partner add ${kind.kind} takes its values as flags, not "${positional[0]}".`, `For example: ${example(kind)}. See \`partner add ${kind.kind} --help\`.`);

  let result: AddResult;
  if (!yes) {
    if (!io.stdinIsTTY) throw new UsageError('no terminal to ask questions in; pass --yes with the values as flags.', `For example: ${example(kind)}. See \`partner add ${kind.kind} --help\`.`);
    if (kind.file === 'assessments') assessmentTarget(dir, [flags.get('stakeholder')].flat()[0]); // refuse before asking
    const { askEntry, inquirerPrompter } = await import('./edit-prompts.js');
    const prompter = await inquirerPrompter();
    const answers = await askEntry(kind, fields, flags, dir, prompter);
    for (const [k, v] of answers) flags.set(k, v);
    // What the phase needs of the entry shows only once it is whole: say what is missing and ask for it, never write.
    for (;;) {
      try {
        result = planAdd(dir, kind, flags, today());
        break;
      } catch (error) {
        const missing = error instanceof WouldBreak ? missingFields(error, fields).filter((f) => !answers.has(f.flag) || !flags.has(f.flag)) : [];
        if (!missing.length) throw error;
        io.stderr.write(`${(error as WouldBreak).message.replace(/^Nothing was written: /, '')}\n`);
        const more = await askEntry(kind, missing, new Map([...flags].filter(([k]) => !missing.some((f) => f.flag === k))), dir, prompter, true);
        if (![...more.values()].some((v) => (Array.isArray(v) ? v.length : v))) throw error;
        for (const [k, v] of more) flags.set(k, v);
      }
    }
  } else result = planAdd(dir, kind, flags, today());
  writePlan(result.plan);
  const id = typeof result.entry.id === 'string' ? ` as \`${result.entry.id}\`` : '';
  // The entry in words: its name, description, kind or text, else its first value in words (a channel: its mode).
  const e = result.entry;
  const what = e.name ?? e.description ?? e.kind ?? e.text ?? result.subject ?? Object.entries(e).find(([k, v]) => k !== 'id' && typeof v === 'string')?.[1];
  io.stdout.write(`Added the ${kind.noun}${what === undefined ? '' : ` "${inertLine(String(what))}"`}${id} to ${inertLine(result.plan.path)}.\nRun \`partner check\` to see what the partnership still needs.\n`);
  return ExitCode.Ok;
}

/** The fields a refusal asks for: its hints name them ("Add `motivations:` here"). */
function missingFields(error: WouldBreak, fields: Field[]): Field[] {
  const names = new Set(error.diagnostics.map((d) => /Add `(\w+):`/.exec(d.hint ?? '')?.[1]).filter((n): n is string => n !== undefined));
  return fields.filter((f) => names.has(f.path[f.path.length - 1]!) || names.has(f.path[0]!));
}

/** `--name X`, `--name=X`, repeated list flags, `-y`; unknown flags are refused with a suggestion. */
function parseFlags(args: readonly string[], fields: Field[], kind: EntryKind): { flags: Map<string, string | string[]>; positional: string[] } {
  const byFlag = new Map(fields.filter((f) => !f.items || pairShape(f)).map((f) => [f.flag, f]));
  const flags = new Map<string, string | string[]>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-y' || arg === '--yes') {
      flags.set('yes', 'true');
      continue;
    }
    if (arg === '-h' || arg === '--help') {
      flags.set('help', 'true');
      continue;
    }
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq > 0 ? eq : undefined);
    const field = byFlag.get(name);
    if (!field && name !== 'dir') {
      const guess = didYouMean(name, [...byFlag.keys(), ...COMMON]);
      throw new UsageError(`partner add ${kind.kind} has no flag --${name}${guess ? `; did you mean --${guess}?` : '.'}`, `See \`partner add ${kind.kind} --help\` for its flags.`);
    }
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value.`, field ? `${field.title}: ${field.description}` : 'Give the partnership folder.');
    if (field?.list) flags.set(name, [...((flags.get(name) as string[] | undefined) ?? []), value]);
    else if (flags.has(name)) throw new UsageError(`--${name} is given twice; it takes one value.`);
    else flags.set(name, value);
  }
  return { flags, positional };
}

function example(kind: EntryKind): string {
  switch (kind.kind) {
    case 'stakeholder': return 'partner add stakeholder --yes --name "City Council" --sector public --engagement active-partner --interest "clean streets"';
    case 'assessment': return 'partner add assessment city-council --yes --objective "Cleaner lanes" --benefit "Lower costs" --resource "technical: two engineers" --assumption "partners: residents pay for lane works"';
    case 'commitment': return 'partner add commitment --yes --stakeholder city-council --description "Trunk sewer" --type cash --amount 50000 --currency USD --due 2026-06-30';
    case 'need': return 'partner add need --yes --description "Pipes for the lane sewers" --kind financial';
    case 'indicator': return 'partner add indicator --yes --name "Households with a latrine" --aspect impact --unit "% of households" --baseline-value 10 --baseline-date 2025-01-01 --target-value 80 --target-date 2027-01-01';
    case 'risk': return 'partner add risk --yes --description "The council changes after the election" --likelihood medium --impact high';
    case 'non-negotiable': return 'partner add non-negotiable --yes --stakeholder city-council --text "No new taxes on residents"';
    case 'principle': return 'partner add principle --yes --name equity --meaning "Each partner has an equal say" --status agreed';
    case 'ground-rule': return 'partner add ground-rule --yes --text "Any partner may say no" --status agreed';
    case 'channel': return 'partner add channel --yes --mode meeting --frequency monthly --purpose "Progress and problems" --participant city-council --participant opp';
    case 'body': return 'partner add body --yes --name "Steering committee" --kind steering-committee --member city-council --member opp';
    default: return 'partner add decision --yes --kind "Approve the annual work plan" --method consensus --body steering-committee';
  }
}

/** A flag and what it takes, in columns; a flag too long for its column puts the words on the next line. */
function helpRow(term: string, words: string): string {
  const COLUMN = 34;
  return term.length < COLUMN ? term.padEnd(COLUMN) + words : `${term}\n${' '.repeat(COLUMN)}${words}`;
}

function addHelp(kind: EntryKind, fields: Field[]): string {
  const rows = fields.filter((f) => (!f.items || pairShape(f)) && !(f.path.length === 1 && f.path[0] === 'id')).map((f) => {
    const pair = pairShape(f);
    const values = pair ? ` ("<${pair[0].enum!.join('|')}>: <${pair[1].title.toLowerCase()}>")` : f.enum ? ` (${f.enum.join(', ')})` : f.format === 'date' ? ' (YYYY-MM-DD)' : f.type === 'number' ? ' (a number)' : f.stakeholder ? ' (a stakeholder\'s id or name)' : '';
    return helpRow(`  --${f.flag} <value>${f.list ? ' ...' : ''}`, `${f.title}${f.required ? ', required' : ''}${values}${f.list ? '; repeat for more' : ''}`);
  });
  const where = kind.file === 'assessments' ? 'a new file in assessments/' : `${kind.list}: in ${kind.file}.yaml`;
  return [
    `Usage: partner add ${kind.kind}${kind.file === 'assessments' ? ' <stakeholder>' : ''} [flags]`,
    '',
    `Add ${/^[aeiou]/.test(kind.noun) ? 'an' : 'a'} ${kind.noun} to ${where}. Asks for each field in words, with the choices explained and each answer`,
    'checked as it is typed; with --yes it asks nothing and takes the flags. Comments and layout of the file are kept,',
    'and nothing is written unless the file still passes `partner check`.',
    '',
    'Flags (named after the fields of the file format, schemas/):',
    ...(kind.idFrom ? [helpRow('  --id <value>', `Id (default: made from the ${kind.idFrom.join(' and ')})`)] : []),
    ...rows,
    helpRow('  --dir <dir>', 'the partnership folder (default: this folder)'),
    helpRow('  -y, --yes', 'ask nothing: use the flags'),
    '',
    'Example:',
    `  $ ${example(kind)}`,
    '',
    'Exit codes: 0 added; 2 a value is not valid, the file cannot be read, or it changed meanwhile (nothing written);',
    '130 interrupted, nothing written.',
    '',
  ].join('\n');
}
