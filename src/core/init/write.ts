import { lstatSync, mkdirSync, readdirSync, realpathSync, renameSync, rmdirSync, rmSync, writeFileSync, type Stats } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../diagnostic.js';
import { KNOWN_NAMES } from '../layout.js';
import { describeErrno, writeFileAtomic } from '../../util/atomic-write.js';

/** Names whose presence means a folder already holds (part of) a partnership. */
const TAKEN = [...KNOWN_NAMES, ...KNOWN_NAMES.filter((n) => n.endsWith('.yaml')).map((n) => n.replace(/\.yaml$/, '.yml'))];

/** Throws unless `target` is missing, or a folder without any partnership file in it. `shown` is how the user named it. */
export function assertCanInit(target: string, shown: string): void {
  const stat = lstatOrUndefined(target);
  if (!stat) return;
  if (!isFolder(target, stat)) throw new UsageError(`${shown} is a file, not a folder; nothing was written.`, 'Give the name of a new folder, or of a folder without partnership files.');
  const found = TAKEN.filter((name) => lstatOrUndefined(join(target, name)));
  if (found.length) {
    throw new UsageError(`${shown} already holds a partnership (${found.join(', ')}); nothing was written.`, 'Run `partner check` there to see where it stands, or give a new folder for a new partnership.');
  }
}

/**
 * Writes every file so that an interrupted run never leaves a half-written partnership. A missing or empty folder
 * is built beside the target and renamed into place; otherwise each file is written atomically, and the files
 * already written are removed again if one fails. `cwd` is never replaced, so a shell inside it still sees the files.
 */
export function writeSkeleton(target: string, files: ReadonlyMap<string, string>, cwd: string): void {
  const stat = lstatOrUndefined(target);
  if (!stat || (stat.isDirectory() && readdirSync(target).length === 0 && !sameFolder(target, cwd))) buildAndRename(target, files, stat !== undefined);
  else writeInPlace(target, files);
}

function buildAndRename(target: string, files: ReadonlyMap<string, string>, existed: boolean): void {
  const parent = dirname(target);
  const tmp = join(parent, `.partner-init-${basename(target)}-${randomBytes(4).toString('hex')}`);
  try {
    mkdirSync(parent, { recursive: true });
    mkdirSync(tmp);
    for (const [rel, content] of files) {
      mkdirSync(dirname(join(tmp, rel)), { recursive: true });
      writeFileSync(join(tmp, rel), content, { flag: 'wx' });
    }
    try {
      renameSync(tmp, target);
    } catch (error) {
      // Some systems will not rename over an empty folder: remove it (rmdir refuses if anything appeared) and retry.
      if (!existed) throw error;
      rmdirSync(target);
      renameSync(tmp, target);
    }
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw cannotWrite(target, error);
  }
}

function writeInPlace(target: string, files: ReadonlyMap<string, string>): void {
  const created: string[] = [];
  try {
    for (const [rel, content] of files) {
      const path = join(target, rel);
      const folder = dirname(path);
      if (!lstatOrUndefined(folder)) {
        mkdirSync(folder);
        created.push(folder);
      }
      writeFileAtomic(path, content);
      created.push(path);
    }
  } catch (error) {
    for (const path of created.reverse()) rmSync(path, { recursive: true, force: true });
    throw cannotWrite(target, error);
  }
}

function cannotWrite(target: string, error: unknown): UsageError {
  if (error instanceof UsageError) return new UsageError(`${error.message.replace(/(; nothing was written)?\.$/, '')}; nothing was written.`, 'Check that the folder is yours to write in, then run `partner init` again.');
  return new UsageError(`Cannot create the partnership in ${target}: ${describeErrno((error as NodeJS.ErrnoException).code)}; nothing was written.`, 'Check that you may write to the folder and that the disk has room.');
}

function isFolder(path: string, stat: Stats): boolean {
  if (stat.isDirectory()) return true;
  if (!stat.isSymbolicLink()) return false;
  try {
    return lstatSync(realpathSync(path)).isDirectory();
  } catch {
    return false;
  }
}

function sameFolder(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
