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
import type { OpenItemRow } from './docx/blocks.js';
import type { ReferenceStyles } from './docx/reference.js';
import type { PageFrame } from './page.js';
import { choosePaper, type Paper } from './paper.js';

export const RENDER_FORMATS = ['md', 'html', 'docx'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** The options every render subcommand takes (see the `render` block in src/commands/index.ts). */
export interface RenderCliOptions {
  format?: RenderFormat;
  out?: string;
  force?: boolean;
  template?: string;
  date?: string;
  /** a4 or letter (default: the locale's): the printed page of HTML and Word documents. */
  paper?: string;
  /** A Word document whose styles the Word document takes (--format docx only). */
  referenceDoc?: string;
}

/** What the options say about pages and Word, checked before any work: the paper, and the reference document read. */
export interface PageOptions {
  paper: Paper;
  reference: ReferenceStyles | null;
}

/**
 * Checks --paper, --reference-doc and where a Word document may go, before any work (exit 2 when wrong): a Word
 * document is binary, so it is written to --out or to standard output redirected to a file, never to a terminal.
 */
export async function pageOptions(options: RenderCliOptions, io: Io): Promise<PageOptions> {
  const paper = choosePaper(options.paper, io.env);
  if (options.referenceDoc !== undefined && options.format !== 'docx') throw new UsageError('--reference-doc gives a Word document the styles of your template; it needs --format docx.', 'Add --format docx, or leave out --reference-doc.');
  if (options.format === 'docx' && options.out === undefined && io.stdout.isTTY) throw new UsageError('A Word document is a binary file and is not shown in a terminal.', 'Add --out agreement.docx (or another name), or redirect standard output to a file.');
  const reference = options.referenceDoc !== undefined ? (await import('./docx/reference.js')).readReferenceDoc(options.referenceDoc, io.cwd) : null;
  return { paper, reference };
}

/** A document's page: its title, running header and paper, its pictures and (the agreement) its open items. */
export interface RenderedPage {
  title: string;
  frame?: PageFrame;
  /** The date the document carries (for the Word file's properties). */
  date?: string;
  reference?: ReferenceStyles | null;
  mark?: string;
  figures?: ReadonlyMap<string, { svg: string; title: string; desc: string; id: string }>;
  openItems?: readonly OpenItemRow[] | null;
}

/**
 * The date a document is dated: --date, else SOURCE_DATE_EPOCH (seconds since 1970, UTC; see
 * reproducible-builds.org), else today (UTC). The same input and date give the same bytes.
 */
/** 9999-12-31T23:59:59Z, in seconds since 1970. */
const MAX_EPOCH_SECONDS = 253_402_300_799;

export function renderDate(option: string | undefined, env: NodeJS.ProcessEnv): string {
  if (option !== undefined) {
    if (!isValidDate(option)) throw new UsageError(`--date ${option} is not a valid date.`, 'Write it as YYYY-MM-DD.');
    return option;
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d{1,12}$/.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH=${epoch} is not a whole number of seconds.`, 'Set it to seconds since 1970-01-01 UTC, e.g. `SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)`, or unset it.');
    // Dates are written YYYY-MM-DD: a later time than the last second of 9999 has no such date.
    if (Number(epoch) > MAX_EPOCH_SECONDS) throw new UsageError(`SOURCE_DATE_EPOCH=${epoch} is after 9999-12-31, later than any date a document can carry.`, 'Set it to seconds since 1970-01-01 UTC, e.g. `SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)`, or unset it.');
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
 * Writes the document: Markdown as is, (--format html) a self-contained, sanitised HTML page, or (--format docx) a
 * Word document. To standard output, or to --out atomically. Returns the path written, if any.
 */
export async function writeRendered(markdown: string, options: RenderCliOptions, io: Io, page: RenderedPage): Promise<string | undefined> {
  // A broker's own template may write Markdown that would take the parser minutes or all memory: probe it first.
  if ((options.format === 'html' || options.format === 'docx') && options.template) await (await import('./markdown-probe.js')).assertMarkdownTractable(markdown, options.template);
  const content = options.format === 'html' ? (await import('./html.js')).htmlPage(markdown, page) : options.format === 'docx' ? await wordDocument(markdown, page) : markdown;
  if (!options.out) {
    if (typeof content === 'string') io.stdout.write(content);
    else io.writeBytes(content);
    return undefined;
  }
  const path = checkOutputPath(options.out, { cwd: io.cwd, force: Boolean(options.force) });
  writeFileAtomic(path, content, { overwrite: Boolean(options.force) });
  return path;
}

async function wordDocument(markdown: string, page: RenderedPage): Promise<Uint8Array> {
  if (!page.frame || !page.date) throw new Error('a Word document needs its page frame and date');
  const { renderDocx } = await import('./docx/document.js');
  return renderDocx(markdown, { title: page.title, frame: page.frame, date: page.date, reference: page.reference ?? null, openItems: page.openItems ?? null, ...(page.figures ? { figures: page.figures } : {}) });
}
