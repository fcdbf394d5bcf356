import { isBlank } from '../core/base/blank.js';
import { basename, relative, resolve } from 'node:path';
import type { Io } from '../cli/io.js';
import { ExitCode, UsageError } from '../core/base/diagnostic.js';
import { buildSkeleton, choices, splitList, type Answers, type StakeholderAnswer } from '../core/record/init/skeleton.js';
import { assertCanInit, writeSkeleton } from '../core/record/init/write.js';
import { schemasFolder } from '../core/folder/editor-schemas.js';
import { editorSchemaFiles } from '../core/record/editor-schemas.js';
import { didYouMean } from '../util/did-you-mean.js';
import type { GivenAnswers } from './init-prompts.js';

/** The flags of `partner init`: an answer each (all optional: --yes leaves the rest to fill in later), stakeholders as given. */
export type InitCliOptions = Partial<Omit<Answers, 'stakeholders'>> & { yes?: boolean; stakeholder?: string[] };

/** `partner init [dir]`: asks (or takes from flags) the first answers, then writes a commented skeleton of every file. */
export async function runInit(dir: string | undefined, options: InitCliOptions, io: Io): Promise<number> {
  const target = resolve(io.cwd, dir ?? '.');
  const shown = dir ?? 'this folder';
  const given = answersFromFlags(options);
  assertCanInit(target, shown);
  const fallbackName = defaultName(target);
  let answers: Answers;
  if (options.yes) {
    if (given.scopeArea && !given.scopeLevel) throw new UsageError('--scope-area needs --scope-level too.', `Add --scope-level with one of: ${choices().scopeLevel.join(', ')}.`);
    answers = { ...given, name: given.name ?? fallbackName, stakeholders: given.stakeholders ?? [] };
  } else {
    if (!io.stdinIsTTY) {
      throw new UsageError(
        'no terminal to ask questions in; pass --yes with --name and the other answers as flags.',
        `For example: partner init${dir ? ` ${dir}` : ''} --yes --name "Clean Water Partnership" --stakeholder "City Council | public". See \`partner init --help\`.`,
      );
    }
    const { askAnswers, inquirerPrompter } = await import('./init-prompts.js');
    answers = await askAnswers(given, fallbackName, await inquirerPrompter());
    assertCanInit(target, shown); // the folder may have changed while the questions were open
  }
  const files = buildSkeleton(answers, { schemaDir: schemasFolder() });
  // The schemas editors use go with the folder, so moving or cloning it keeps completion working (partner schemas).
  for (const [rel, text] of editorSchemaFiles()) files.set(`${schemasFolder()}/${rel}`, text);
  writeSkeleton(target, files, io.cwd);
  io.stdout.write(summary(answers, files, dir, target, io.cwd));
  return ExitCode.Ok;
}

/** The flags as answers, each checked against the schemas; an error names the flag and what it accepts. */
function answersFromFlags(o: InitCliOptions): GivenAnswers {
  const c = choices();
  const text = (value: string | undefined) => value?.trim() || undefined;
  const name = text(o.name);
  if (name && name.length > c.nameLength) throw new UsageError(`--name is ${name.length} characters long; keep it to ${c.nameLength}.`);
  if (name && isBlank(name)) throw new UsageError(`--name "${name}" is a placeholder, not a name.`, 'Give the partnership\'s name, for example --name "Orangi sanitation partnership".');
  return {
    ...(name ? { name } : {}),
    issue: text(o.issue),
    why: text(o.why),
    vision: text(o.vision),
    scopeLevel: oneOf('--scope-level', text(o.scopeLevel), c.scopeLevel),
    scopeArea: text(o.scopeArea),
    convener: text(o.convener),
    broker: text(o.broker),
    ...(o.stakeholder?.length ? { stakeholders: o.stakeholder.map(parseStakeholder) } : {}),
  };
}

/** `--stakeholder "<name> | <sector> | <engagement> | <interest>; <interest>"`: only name and sector are required. */
function parseStakeholder(raw: string): StakeholderAnswer {
  const c = choices();
  const flag = `--stakeholder "${raw}"`;
  const usage = 'Write it as "<name> | <sector> | <engagement> | <interest>; <interest>", for example "City Council | public | active-partner | clean streets; jobs". Only name and sector are required.';
  const parts = raw.split('|').map((p) => p.trim());
  const [name = '', sector = '', engagement = '', interests = ''] = parts;
  if (parts.length > 4) throw new UsageError(`${flag} has more than four parts separated by |.`, usage);
  if (!name || !sector) throw new UsageError(`${flag} needs at least a name and a sector.`, usage);
  if (name.length > c.stakeholderNameLength) throw new UsageError(`${flag}: the name is ${name.length} characters long; keep it to ${c.stakeholderNameLength}.`);
  const chosen = oneOf(`${flag}: the sector`, sector, c.sector)!;
  const level = oneOf(`${flag}: the engagement level`, engagement || undefined, c.engagement);
  return { name, sector: chosen, interests: splitList(interests, ';'), ...(level ? { engagement: level } : {}) };
}

/** The value if it is one of `allowed` (ignoring case, and spaces for hyphens), else a UsageError naming them all. */
function oneOf(what: string, value: string | undefined, allowed: readonly string[]): string | undefined {
  if (value === undefined) return undefined;
  const normal = value.toLowerCase().replace(/\s+/g, '-');
  if (allowed.includes(normal)) return normal;
  const guess = didYouMean(normal, allowed);
  throw new UsageError(`${what} must be one of: ${allowed.join(', ')} (not "${value}")${guess ? `; did you mean ${guess}?` : '.'}`);
}

/** "clean-water_2025" → "Clean water 2025": the folder's name, in words. */
function defaultName(target: string): string {
  const words = basename(target).replace(/[-_.]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'New partnership';
}

function summary(answers: Answers, files: ReadonlyMap<string, string>, dir: string | undefined, target: string, cwd: string): string {
  const where = dir === undefined ? 'this folder' : `${dir.replace(/\/+$/, '')}/`;
  const names = [...files.keys()].filter((f) => !f.includes('/'));
  const assessments = [...files.keys()].filter((f) => f.startsWith('assessments/') && f.endsWith('.yaml')).length;
  const counts = [plural(answers.stakeholders.length, 'stakeholder'), ...(assessments ? [plural(assessments, 'assessment')] : [])].join(', ');
  const cd = relative(cwd, target);
  return [
    `Created the partnership "${answers.name}" in ${where} (phase: scoping; ${counts}):`,
    ...[names.slice(0, 4), names.slice(4)].map((row) => `  ${row.join('  ')}`),
    '  assessments/  reviews/  meetings/   (one file per partner, review and meeting; see the README.md in each)',
    `  ${schemasFolder()}/   the schemas your editor uses for completion and help (commit it too)`,
    'Every field is explained in the files, and commented-out examples show what to add.',
    '',
    'Next steps:',
    ...(cd ? [`  cd ${shellQuote(cd)}`] : []),
    '  partner add stakeholder  add everyone with a stake in the issue, with interests and motivations',
    '  partner check            see what is missing (--phase building: what the next phase needs)',
    '',
  ].join('\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function shellQuote(path: string): string {
  return /^[\w./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
