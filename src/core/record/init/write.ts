import { mkdirSync, readdirSync, realpathSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { partnershipAbove } from '../../folder/discover.js';
import { UsageError } from '../../base/diagnostic.js';
import { KNOWN_NAMES } from '../../folder/layout.js';
import { describeErrno, writeFileAtomic } from '../../../util/atomic-write.js';
import { pauseBeforeRename, removeQuietly, trackTemp } from '../../../util/interrupt.js';
import { lstatOrUndefined } from '../../../util/output-path.js';

/** Names whose presence means a folder already holds (part of) a partnership. */
const TAKEN = [...KNOWN_NAMES, ...KNOWN_NAMES.filter((n) => n.endsWith('.yaml')).map((n) => n.replace(/\.yaml$/, '.yml'))];

/** Throws unless `target` is missing, or a folder without any partnership file in it. `shown` is how the user named it. */
export function assertCanInit(target: string, shown: string): void {
  // A partnership inside another is read as stray files of the outer one: `partner check` fails there.
  const outer = partnershipAbove(target)?.dir;
  if (outer) throw new UsageError(`${shown} is inside the partnership in ${outer}; a partnership cannot hold another, so nothing was written.`, 'Run the command you meant from there (commands find the partnership above the folder you are in), or give a folder outside it for a new partnership.');
  const stat = lstatOrUndefined(target);
  if (!stat) return;
  if (stat.isSymbolicLink()) throw new UsageError(`${shown} is a symbolic link; partner init never writes through a link, so nothing was written.`, 'Give the real folder, or a new folder name.');
  if (!stat.isDirectory()) throw new UsageError(`${shown} is a file, not a folder; nothing was written.`, 'Give the name of a new folder, or of a folder without partnership files.');
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
  const untrack = trackTemp(tmp);
  try {
    mkdirSync(parent, { recursive: true });
    mkdirSync(tmp);
    for (const [rel, content] of files) {
      mkdirSync(dirname(join(tmp, rel)), { recursive: true });
      writeFileSync(join(tmp, rel), content, { flag: 'wx' });
    }
    pauseBeforeRename();
    try {
      renameSync(tmp, target);
    } catch (error) {
      // Some systems will not rename over an empty folder: remove it (rmdir refuses if anything appeared) and retry.
      if (!existed) throw error;
      rmdirSync(target);
      renameSync(tmp, target);
    }
  } catch (error) {
    removeQuietly(tmp);
    throw cannotWrite(target, error);
  } finally {
    untrack();
  }
}

function writeInPlace(target: string, files: ReadonlyMap<string, string>): void {
  const created: string[] = [];
  try {
    for (const [rel, content] of files) {
      const path = join(target, rel);
      // Each missing folder on the way (.partner/schemas/<version>/ is three deep), noted for the clean-up.
      let folder = target;
      for (const part of rel.split('/').slice(0, -1)) {
        folder = join(folder, part);
        if (lstatOrUndefined(folder)) continue;
        mkdirSync(folder);
        created.push(folder);
      }
      writeFileAtomic(path, content, { record: true });
      created.push(path);
    }
  } catch (error) {
    for (const path of created.reverse()) removeQuietly(path);
    throw cannotWrite(target, error);
  }
}

function cannotWrite(target: string, error: unknown): UsageError {
  if (error instanceof UsageError) return new UsageError(`${error.message.replace(/(; nothing was written)?\.$/, '')}; nothing was written.`, 'Check that the folder is yours to write in, then run `partner init` again.');
  const code = (error as NodeJS.ErrnoException).code;
  // mkdir of a folder whose place a file takes fails with EEXIST.
  return new UsageError(`Cannot create the partnership in ${target}: ${code === 'EEXIST' ? 'a part of the path is a file, not a folder' : describeErrno(code)}; nothing was written.`, 'Check that you may write to the folder and that the disk has room.');
}

function sameFolder(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

