/**
 * Where partner may write a file that the user asked for (`--out`, the pictures beside it, export files): one place
 * that decides, so every command refuses the same things with the same words (SECURITY.md, "Output paths").
 *
 * - A folder, a symbolic link (even a dangling one) or anything but a regular file at the target: refused, always.
 *   The target is replaced by a rename, so a link there would be replaced, not followed; partner refuses anyway,
 *   because a link where a document should go is a surprise the user should look at.
 * - An existing file: refused unless --force.
 * - A partnership's own records: any `.yaml`/`.yml` file in a folder holding partnership.yaml, anything in its
 *   `assessments/` or `reviews/`, and a file named `assessments` or `reviews` there. Refused even with --force: no
 *   document, export or picture is ever written over (or among) the files it is made from. Other files in a
 *   partnership folder (`agreement.md`, `map.svg`) are allowed: partner never reads them.
 * - A path that looks inside the working folder but leads out of it through a symbolic link to a folder (a link
 *   committed in a shared repository, say): refused, always; giving the real path instead is the user's choice.
 * - `..` and absolute paths are taken as typed: the user chose them on the command line, and nothing in the data or
 *   a template can choose an output path.
 */
import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from './errors.js';

export interface OutputPathOptions {
  /** The working folder relative paths are resolved from. */
  cwd: string;
  /** --force: an existing file may be replaced. */
  force?: boolean;
  /** The path as the user wrote it, for messages (default: `path`). */
  shown?: string;
}

/** The folders that hold a partnership's records besides the single files. */
const RECORD_FOLDERS = ['assessments', 'reviews', 'meetings'];

/**
 * Throws a UsageError (exit 2) unless `path` may be written as an output file; returns its absolute path. Nothing is
 * created or changed. See the module comment for what is refused.
 */
export function checkOutputPath(path: string, options: OutputPathOptions): string {
  const shown = options.shown ?? path;
  const abs = resolve(options.cwd, path);
  if (path === '') throw new UsageError('The output file name is empty; nothing was written.', 'Give a file name, such as --out agreement.md.');
  if (/[/\\]$/.test(path)) throw new UsageError(`${shown} is a folder, not a file; nothing was written.`, 'Give a file name for the output, such as agreement.md.');
  assertTarget(abs, shown, { overwrite: Boolean(options.force) });
  const parent = realParent(abs, shown);
  assertNotRecord(join(parent, basename(abs)), shown, parent);
  if (isInside(abs, options.cwd)) {
    const realCwd = realOrSelf(options.cwd);
    if (!isInside(join(parent, basename(abs)), realCwd)) {
      throw new UsageError(`${shown} leads out of the working folder through a symbolic link; nothing was written.`, 'partner does not follow links on the way to an output file. Give the real path of the folder if you mean to write there.');
    }
  }
  return abs;
}

/**
 * What is at the target itself: a symbolic link, a folder or a special file is refused always, an existing file
 * unless `overwrite`. Used by checkOutputPath and by writeFileAtomic for every file partner writes.
 */
export function assertTarget(abs: string, shown: string, options: { overwrite: boolean }): void {
  const existing = lstatOrUndefined(abs);
  if (!existing) return;
  if (existing.isSymbolicLink()) throw new UsageError(`${shown} is a symbolic link; partner never writes through a link, so nothing was written.`, 'Remove the link, or choose another path.');
  if (existing.isDirectory()) throw new UsageError(`${shown} is a folder, not a file; nothing was written.`, 'Give a file name for the output, such as agreement.md.');
  if (!existing.isFile()) throw new UsageError(`${shown} is not a regular file (a pipe, socket or device); nothing was written.`, 'Choose another path.');
  if (!options.overwrite) throw new UsageError(`${shown} already exists; nothing was written.`, 'Add --force to replace it, or choose another path.');
}

/**
 * Refuses (exit 2, even with --force) a path that is, or would be read as, one of a partnership's records. `real` is
 * the path with its folder's symbolic links resolved; `parent` that folder, if the caller already resolved it.
 */
export function assertNotRecord(real: string, shown: string, parent = dirname(real)): void {
  const name = basename(real);
  let folder: string | undefined;
  if (holdsPartnership(parent) && (/\.ya?ml$/i.test(name) || RECORD_FOLDERS.includes(name.toLowerCase()))) folder = parent;
  else if (RECORD_FOLDERS.includes(basename(parent).toLowerCase()) && holdsPartnership(dirname(parent))) folder = dirname(parent);
  if (folder !== undefined) {
    throw new UsageError(`${shown} is one of the partnership's own files, or would be read as one; partner never writes its output among a partnership's records, so nothing was written.`, 'Choose another name (a document such as agreement.md may sit beside the records), or another folder.');
  }
}

/** The real path of `abs`'s folder (symbolic links resolved); a UsageError when the folder does not exist. */
function realParent(abs: string, shown: string): string {
  try {
    const real = realpathSync(dirname(abs));
    if (!statSync(real).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    return real;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`Cannot write ${shown}: ${code === 'ENOTDIR' ? 'a part of the path is a file, not a folder' : code === 'ENOENT' ? 'the folder does not exist' : `system error ${code ?? 'unknown'}`}; nothing was written.`, 'Check the path; partner does not create folders for an output file.');
  }
}

function holdsPartnership(folder: string): boolean {
  return lstatOrUndefined(join(folder, 'partnership.yaml')) !== undefined;
}

/** Whether `path` is `folder` or lies below it (both absolute, compared as written). */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel.split(sep)[0] !== '..' && !isAbsolute(rel));
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** The path's own status (a link is not followed), or undefined when it cannot be had (missing, no permission). */
export function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
