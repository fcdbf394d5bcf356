import { lstatSync, mkdirSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Io } from '../cli/io.js';
import { wantsColor } from '../cli/io.js';
import { today } from '../core/base/dates.js';
import { ExitCode, UsageError, type Diagnostic } from '../core/base/diagnostic.js';
import { loadPartnershipModel, type ModelLoad } from '../core/check/model-load.js';
import { formatters } from '../format/index.js';
import { assertCanWrite, renderDate, writeRendered } from '../render/output.js';
import { lastCommitTime } from '../render/provenance.js';
import { describeErrno, writeFilesAtomic } from '../util/atomic-write.js';
import { folderName, shownFolder } from '../util/folder-name.js';

export interface ExportIatiOptions {
  out?: string;
  force?: boolean;
  date?: string;
}

export interface ExportCsvOptions {
  outDir: string;
  force?: boolean;
  /** false with --no-bom. */
  bom?: boolean;
}

/**
 * `partner export iati [dir]`: the partnership as an IATI 2.03 activity (XML), to standard output or --out.
 * Exit 0 when written (warnings allowed), 1 when the files have errors or lack what IATI requires (nothing is
 * written), 2 for usage.
 */
export async function runExportIati(dir: string | undefined, options: ExportIatiOptions, io: Io): Promise<number> {
  const date = renderDate(options.date, io.env);
  assertCanWrite(options, io);
  const load = loadPartnershipModel(dir ?? '.', { today: date });
  if (!load.ok) return blocked(load, io, 'the IATI file was not written; fix these errors first (`partner check` shows every finding).');
  const [{ exportIati }, { sourceLocator }] = await Promise.all([import('../core/export/iati.js'), import('../core/export/locate.js')]);
  // The record's last commit, unless the export is made as of a given date (--date, SOURCE_DATE_EPOCH) or the
  // record has changed since: then the moment of the export (IATI's ruleset refuses a time in the future).
  const given = options.date !== undefined || Boolean(io.env.SOURCE_DATE_EPOCH);
  const lastUpdated = given ? `${date}T00:00:00Z` : (lastCommitTime(load.dir) ?? `${new Date().toISOString().slice(0, 19)}Z`);
  const result = exportIati(load.model, { asOf: date, at: sourceLocator(load.dir, load.check.texts), lastUpdated });
  if (result.diagnostics.length) await report(result.diagnostics, load, io);
  if (result.xml === undefined) {
    io.stderr.write('partner: the IATI file was not written; fill in what IATI requires first (each error above names the file and the field).\n');
    return ExitCode.Findings;
  }
  const written = await writeRendered(result.xml, { ...(options.out !== undefined ? { out: options.out } : {}), force: Boolean(options.force) }, io, { title: load.model.partnership.name });
  if (written) io.stderr.write(`partner: wrote ${options.out} (IATI activity ${result.identifier}).\n`);
  return ExitCode.Ok;
}

/**
 * `partner export csv [dir] --out-dir <dir>`: one CSV file per table (CSV_FILES in src/core/export/csv.ts).
 * Never writes into the partnership folder, never replaces a file without --force (checked for all of them before
 * any is written). Exit 0 written, 1 the files have errors, 2 usage.
 */
export async function runExportCsv(dir: string | undefined, options: ExportCsvOptions, io: Io): Promise<number> {
  const load = loadPartnershipModel(dir ?? '.', { today: today() });
  if (!load.ok) return blocked(load, io, 'no CSV file was written; fix these errors first (`partner check` shows every finding).');
  const outDir = resolve(io.cwd, options.outDir);
  if (isInside(realPathOf(outDir), realPathOf(resolve(io.cwd, load.dir)))) {
    throw new UsageError(`${shownFolder(options.outDir)} is inside the partnership folder ${folderName(load.dir)}; nothing was written.`, 'Choose an --out-dir outside the partnership, so the exports are not mistaken for its records.');
  }
  const { exportCsv, CSV_FILES } = await import('../core/export/csv.js');
  const dirStat = lstatSync(outDir, { throwIfNoEntry: false });
  if (dirStat && !dirStat.isDirectory()) throw new UsageError(`${options.outDir} is not a folder; nothing was written.`, 'Give --out-dir a folder (it is created if missing).');
  if (!options.force) {
    const existing = CSV_FILES.filter((name) => lstatSync(join(outDir, name), { throwIfNoEntry: false }));
    if (existing.length) throw new UsageError(`${existing.join(', ')} already ${existing.length === 1 ? 'exists' : 'exist'} in ${shownFolder(options.outDir)}; nothing was written.`, 'Add --force to replace them, or choose another --out-dir.');
  }
  const files = exportCsv(load.model, { bom: options.bom !== false });
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (error) {
    throw new UsageError(`Cannot create ${options.outDir}: ${describeErrno((error as NodeJS.ErrnoException).code)}.`, 'Check the path and that you may write there.');
  }
  // All four or none: every target checked first, then written to temp files and renamed (src/util/atomic-write.ts).
  writeFilesAtomic(files.map((f) => ({ path: join(outDir, f.name), content: f.content })), { overwrite: Boolean(options.force) });
  io.stderr.write(`partner: wrote ${files.map((f) => `${f.name} (${f.rows} ${f.rows === 1 ? 'row' : 'rows'})`).join(', ')} to ${options.outDir}.\n`);
  return ExitCode.Ok;
}

async function blocked(load: Extract<ModelLoad, { ok: false }>, io: Io, what: string): Promise<number> {
  await report(load.blocking, load, io);
  io.stderr.write(`partner: ${what}\n`);
  return load.environment ? ExitCode.Usage : ExitCode.Findings;
}

/** Findings as `partner check` shows them (stylish, with the line), on standard error: standard output may be the export. */
async function report(diagnostics: readonly Diagnostic[], load: ModelLoad, io: Io): Promise<void> {
  const stylish = await formatters.stylish();
  io.stderr.write(await stylish({ diagnostics, partnerships: [load.check], texts: load.check.texts, color: wantsColor(io, undefined, 'stderr') }));
}

/** The real path of `path`, or of its nearest existing ancestor with the rest appended (for a folder still to create). */
function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPathOf(parent), basename(path));
  }
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel.split(sep)[0] !== '..' && !isAbsolute(rel));
}
