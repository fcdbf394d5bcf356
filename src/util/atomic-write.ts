import { closeSync, fchmodSync, fsyncSync, linkSync, lstatSync, openSync, readFileSync, realpathSync, renameSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UsageError } from './errors.js';
import { pauseBeforeRename, removeQuietly, trackTemp } from './interrupt.js';
import { assertNotRecord, assertTarget } from './output-path.js';

export interface WriteOptions {
  /** Replace an existing file (--force, or a file the command owns such as its hook). */
  overwrite?: boolean;
  /** The file is a partnership record (`partner init`, `partner advance`): skips the guard that refuses those. */
  record?: boolean;
  /** Permission bits of the new file (default 0o644). */
  mode?: number;
  /**
   * For a command that rewrites a file it read (`advance`, `hook`, `add`, `record`, `set`): the content it read. Just before the rename,
   * under a lock file beside it, the file on disk must still be exactly that (null: must still not exist); otherwise
   * nothing is written and the command stops with exit 2. Of several runs on the same content, one wins.
   */
  base?: string | null;
}

/**
 * Writes a file so that readers see the old content or the new, never a part: a temp file beside it, then rename.
 * Refuses to replace an existing file unless `overwrite`, never writes through a symbolic link, over a folder or a
 * special file, and never over a partnership's records unless `record` (src/util/output-path.ts).
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, options: WriteOptions = {}): void {
  checkTarget(path, options);
  let tmp: string | undefined;
  let untrack = () => undefined as void;
  try {
    ({ tmp, untrack } = writeTemp(path, content, options.mode));
    pauseBeforeRename();
    if (options.base === undefined) renameSync(tmp, path);
    else renameIfUnchanged(tmp, path, options.base);
  } catch (error) {
    if (tmp !== undefined) removeQuietly(tmp);
    throw asUsageError(error, path);
  } finally {
    untrack();
  }
}

/**
 * Writes several files as one: all or none. Every target is checked before any is written; each is written to a
 * temp file beside it; only when all are complete are they renamed into place. If anything fails, the temp files
 * are removed and the files already renamed are taken back (a replaced file is restored), so no partial set is left.
 */
export function writeFilesAtomic(files: readonly { path: string; content: string | Uint8Array }[], options: Omit<WriteOptions, 'base'> = {}): void {
  for (const f of files) checkTarget(f.path, options);
  const temps: { tmp: string; untrack: () => void }[] = [];
  /** Files renamed into place so far, with the backup of the file each replaced. */
  const placed: { path: string; backup?: string; untrack?: () => void }[] = [];
  let failedAt = files[0]?.path ?? '';
  try {
    for (const f of files) {
      failedAt = f.path;
      temps.push(writeTemp(f.path, f.content, options.mode));
    }
    pauseBeforeRename();
    files.forEach((f, i) => {
      failedAt = f.path;
      assertTarget(f.path, f.path, { overwrite: Boolean(options.overwrite) }); // again: it may have changed meanwhile
      let backup: string | undefined;
      let untrack: (() => void) | undefined;
      if (lstatSync(f.path, { throwIfNoEntry: false })) {
        backup = tempName(f.path);
        untrack = trackTemp(backup);
        linkSync(f.path, backup);
      }
      renameSync(temps[i]!.tmp, f.path);
      placed.push({ path: f.path, ...(backup ? { backup, untrack } : {}) });
    });
    for (const p of placed) if (p.backup) removeQuietly(p.backup);
  } catch (error) {
    for (const t of temps) removeQuietly(t.tmp);
    for (const p of placed.reverse()) {
      try {
        if (p.backup) renameSync(p.backup, p.path);
        else removeQuietly(p.path);
      } catch {
        // Nothing more can be done; the error below says what failed.
      }
    }
    const usage = asUsageError(error, failedAt);
    throw new UsageError(`${usage.message.replace(/\.$/, '')}; none of the ${files.length} files was written.`, usage.hint);
  } finally {
    for (const t of temps) t.untrack();
    for (const p of placed) p.untrack?.();
  }
}

/** The checks before a write: the target may be replaced, and is not a partnership's record unless `record`. */
function checkTarget(path: string, options: WriteOptions): void {
  assertTarget(path, path, { overwrite: Boolean(options.overwrite) });
  if (options.record) return;
  let folder: string | undefined;
  try {
    folder = realpathSync(dirname(path));
  } catch {
    // The folder does not exist: the write fails with a clear message.
  }
  if (folder !== undefined) assertNotRecord(join(folder, basename(path)), path, folder);
}

function tempName(path: string): string {
  return join(dirname(path), `.partner-tmp-${basename(path)}-${randomBytes(4).toString('hex')}`);
}

/** The content in a new temp file beside `path`, flushed to disk; tracked so an interrupted run removes it. */
function writeTemp(path: string, content: string | Uint8Array, mode: number | undefined): { tmp: string; untrack: () => void } {
  const tmp = tempName(path);
  const untrack = trackTemp(tmp);
  try {
    const fd = openSync(tmp, 'wx', mode ?? 0o644);
    try {
      if (mode !== undefined) fchmodSync(fd, mode);
      if (typeof content === 'string') writeSync(fd, content);
      else writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    removeQuietly(tmp);
    untrack();
    throw error;
  }
  return { tmp, untrack };
}

function asUsageError(error: unknown, path: string): UsageError {
  if (error instanceof UsageError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  return new UsageError(`Cannot write ${path}: ${describeErrno(code)}.`, 'Check that the folder exists and that you may write to it.');
}

/** A lock older than this was left by a run that was killed (a lock is held for one comparison and a rename). */
const STALE_LOCK_MS = 30_000;

/** Renames `tmp` to `path` only if `path` still holds `base`, holding `.partner-lock-<name>` beside it meanwhile. */
function renameIfUnchanged(tmp: string, path: string, base: string | null): void {
  const lockFile = join(dirname(path), `.partner-lock-${basename(path)}`);
  const changed = () => new UsageError(`${path} changed while partner was working on it (another partner command, or an editor, saved it first); nothing was written.`, 'Run the command again: it starts from the file as it is now.');
  const untrack = trackTemp(lockFile);
  try {
    takeLock(lockFile, changed);
    try {
      if (currentContent(path) !== base) throw changed();
      renameSync(tmp, path);
    } finally {
      removeQuietly(lockFile);
    }
  } finally {
    untrack();
  }
}

function takeLock(lockFile: string, busy: () => UsageError): void {
  for (let attempt = 0; ; attempt++) {
    try {
      closeSync(openSync(lockFile, 'wx', 0o600));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (statSync(lockFile, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (attempt > 0 || age < STALE_LOCK_MS) throw busy();
      removeQuietly(lockFile);
    }
  }
}

/** The file's text now, or null when it does not exist. */
function currentContent(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export function describeErrno(code: string | undefined): string {
  switch (code) {
    case 'ENOENT': return 'the folder does not exist';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'it is a folder';
    case 'ENOTDIR': return 'a part of the path is a file, not a folder';
    case 'ENOSPC': return 'the disk is full';
    case 'EROFS': return 'the file system is read-only';
    default: return code ? `system error ${code}` : 'unknown error';
  }
}
