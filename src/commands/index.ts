import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Io } from '../cli/io.js';
import { PHASES } from '../core/layout.js';
import { FORMATS } from '../format/index.js';

type SetCode = (code: number) => void;

/** Declares every command and its options; each action lazy-loads its module so `check` never loads inquirer. */
export function registerCommands(program: Command, io: Io, setCode: SetCode): void {
  program
    .command('check')
    .summary('check partnership files: syntax, schemas, phase gate, references, good practice')
    .description('Check one or more partnerships: YAML syntax, each file against its schema, what the current phase needs, references between files, and good practice from the seeds. Paths may be partnership folders, partnership.yaml files, or a repository root (every partnership below is checked).')
    .argument('[paths...]', 'partnership folders or a repository root', ['.'])
    .addOption(new Option('--phase <phase>', 'check readiness for this phase instead of the current one').choices(PHASES))
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('stylish'))
    .option('-q, --quiet', 'report errors only, not warnings')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseCount)
    .option('--explain', 'explain each rule that was triggered, citing the seed')
    .option('--color', 'force colour output')
    .option('--no-color', 'disable colour output')
    .option('--date <YYYY-MM-DD>', 'check as of this date (for overdue commitments and reviews)')
    .addHelpText('after', `
Examples:
  $ partner check                              the partnership in this folder
  $ partner check partnerships/                every partnership below a folder
  $ partner check --phase implementing         is this partnership ready to implement?
  $ partner check --format json > report.json  machine-readable findings
  $ partner check --format github              annotations for GitHub Actions

Exit codes: 0 no errors (warnings allowed), 1 errors found (or more warnings than --max-warnings), 2 usage or environment error.`)
    .action(async (paths: string[], options) => setCode(await (await import('./check.js')).runCheck(paths, options, io)));

  program
    .command('explain')
    .summary('explain a check rule and the source it comes from')
    .argument('[rule]', 'a rule id, as shown at the end of each finding')
    .addHelpText('after', `
Examples:
  $ partner explain                      list every rule
  $ partner explain max-active-partners  why the rule exists, citing the seed`)
    .action(async (rule: string | undefined) => setCode(await (await import('./explain.js')).runExplain(rule, io)));
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('give a whole number, such as 0 or 10.');
  return Number(value);
}
