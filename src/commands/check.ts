import type { Io } from '../cli/io.js';
import { wantsColor } from '../cli/io.js';
import type { PartnershipCheck } from '../core/check/check.js';
import { isValidDate, today } from '../core/base/dates.js';
import { countBySeverity, ExitCode, UsageError, type Diagnostic } from '../core/base/diagnostic.js';
import { findPartnerships } from '../core/folder/discover.js';
import type { Phase } from '../core/folder/layout.js';
import { explanationFor } from '../core/check/rules/catalogue.js';
import { checkAll } from '../core/workers/pool.js';
import { formatters, type Format } from '../format/index.js';

export interface CheckCliOptions {
  phase?: Phase;
  format: Format;
  quiet?: boolean;
  maxWarnings?: number;
  explain?: boolean;
  color?: boolean;
  date?: string;
  staged?: boolean;
  files?: boolean;
}

/** Rules that mean the environment, not the content, is wrong: exit 2. */
const ENVIRONMENT_RULES = new Set(['unreadable-file']);

export async function runCheck(paths: string[], options: CheckCliOptions, io: Io): Promise<number> {
  const asOf = options.date ?? today();
  if (!isValidDate(asOf)) throw new UsageError(`--date ${asOf} is not a valid date.`, 'Write it as YYYY-MM-DD.');
  const checkOptions = { today: asOf, ...(options.phase ? { phase: options.phase } : {}) };
  let results: PartnershipCheck[];
  if (options.staged) {
    if (paths.some((p) => p !== '.')) throw new UsageError('--staged checks the partnerships the staged changes touch, so it takes no paths.', 'Run `partner check --staged` alone, or `partner check <paths>` without --staged.');
    // Loaded only here: git and the index are no concern of a plain check.
    const { copyStagedPartnerships } = await import('../core/git/staged.js');
    const staged = copyStagedPartnerships(io.cwd);
    try {
      results = (await checkAll(staged.dirs, checkOptions, io.env)).map((check) => staged.relocate(check));
    } finally {
      staged.remove();
    }
    // A commit that touches no partnership: nothing to say (but JSON readers still get a report).
    if (!results.length && options.format !== 'json') return ExitCode.Ok;
  } else {
    results = await checkAll(findPartnerships(paths.length ? paths : ['.'], { skipOutside: options.files }), checkOptions, io.env);
    // Files a hook passed, none of them in a partnership: nothing to check, nothing to say.
    if (options.files && !results.length && options.format !== 'json') return ExitCode.Ok;
  }
  const all = results.flatMap((r) => r.diagnostics);
  const shown: Diagnostic[] = options.quiet ? all.filter((d) => d.severity === 'error') : all;
  const texts = new Map<string, string>();
  for (const r of results) for (const [k, v] of r.texts) texts.set(k, v);
  const explanations = options.explain ? new Map([...new Set(shown.map((d) => d.rule))].sort().map((id) => [id, explanationFor(id)] as const)) : undefined;
  const format = await formatters[options.format]();
  const { errors, warnings } = countBySeverity(all);
  const hiddenWarnings = warnings - countBySeverity(shown).warnings;
  io.stdout.write(await format({ diagnostics: shown, partnerships: results, texts, color: wantsColor(io, options.color), hiddenWarnings, ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}), ...(explanations ? { explanations } : {}) }));

  if (all.some((d) => ENVIRONMENT_RULES.has(d.rule))) return ExitCode.Usage;
  if (errors > 0) return ExitCode.Findings;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr.write(`partner: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${options.maxWarnings}${options.quiet ? ' (not shown: --quiet)' : ''}.\n`);
    return ExitCode.Findings;
  }
  return ExitCode.Ok;
}
