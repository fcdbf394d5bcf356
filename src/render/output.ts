/**
 * What every `partner render` document shares: the date it is dated, the output format, and where it goes
 * (standard output, or a file written atomically that is never replaced without --force). Document commands
 * (src/commands/render.ts) build their Markdown, then hand it here.
 */
import type { Io } from '../cli/io.js';
import { isValidDate, today } from '../core/base/dates.js';
import { UsageError } from '../core/base/diagnostic.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { checkOutputPath } from '../util/output-path.js';

export const RENDER_FORMATS = ['md', 'html'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** The options every render subcommand takes (see the `render` block in src/commands/index.ts). */
export interface RenderCliOptions {
  format?: RenderFormat;
  out?: string;
  force?: boolean;
  template?: string;
  date?: string;
}

/**
 * The date a document is dated: --date, else SOURCE_DATE_EPOCH (seconds since 1970, UTC; see
 * reproducible-builds.org), else today (UTC). The same input and date give the same bytes.
 */
export function renderDate(option: string | undefined, env: NodeJS.ProcessEnv): string {
  if (option !== undefined) {
    if (!isValidDate(option)) throw new UsageError(`--date ${option} is not a valid date.`, 'Write it as YYYY-MM-DD.');
    return option;
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d{1,12}$/.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH=${epoch} is not a whole number of seconds.`, 'Set it to seconds since 1970-01-01 UTC, e.g. `SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)`, or unset it.');
    return today(new Date(Number(epoch) * 1000));
  }
  return today();
}

/**
 * Fails early, before any work, when --out may not be written (exit 2): a file that exists without --force, a folder,
 * a symbolic link, a missing folder, one of a partnership's records, or a link out of the working folder (the rules
 * are in src/util/output-path.ts).
 */
export function assertCanWrite(options: RenderCliOptions, io: Io): void {
  if (options.out === undefined) return;
  checkOutputPath(options.out, { cwd: io.cwd, force: Boolean(options.force) });
}

/**
 * Writes the document: Markdown as is, or (--format html) as a self-contained, sanitised HTML page. To standard
 * output, or to --out atomically. Returns the path written, if any.
 */
export async function writeRendered(markdown: string, options: RenderCliOptions, io: Io, page: { title: string; mark?: string; figures?: ReadonlyMap<string, { svg: string; title: string }> }): Promise<string | undefined> {
  // A broker's own template may write Markdown that would take the parser minutes or all memory: probe it first.
  if (options.format === 'html' && options.template) await (await import('./markdown-probe.js')).assertMarkdownTractable(markdown, options.template);
  const content = options.format === 'html' ? (await import('./html.js')).htmlPage(markdown, page) : markdown;
  if (!options.out) {
    io.stdout.write(content);
    return undefined;
  }
  const path = checkOutputPath(options.out, { cwd: io.cwd, force: Boolean(options.force) });
  writeFileAtomic(path, content, { overwrite: Boolean(options.force) });
  return path;
}
