import { closeSync, fchmodSync, fsyncSync, openSync, realpathSync, renameSync, writeSync } from 'node:fs';
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
}

/**
 * Writes a file so that readers see the old content or the new, never a part: a temp file beside it, then rename.
 * Refuses to replace an existing file unless `overwrite`, never writes through a symbolic link, over a folder or a
 * special file, and never over a partnership's records unless `record` (src/util/output-path.ts).
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, options: WriteOptions = {}): void {
  assertTarget(path, path, { overwrite: Boolean(options.overwrite) });
  if (!options.record) {
    let folder: string | undefined;
    try {
      folder = realpathSync(dirname(path));
    } catch {
      // The folder does not exist: the write below fails with a clear message.
    }
    if (folder !== undefined) assertNotRecord(join(folder, basename(path)), path, folder);
  }
  const tmp = join(dirname(path), `.partner-tmp-${basename(path)}-${randomBytes(4).toString('hex')}`);
  const untrack = trackTemp(tmp);
  try {
    const fd = openSync(tmp, 'wx', options.mode ?? 0o644);
    try {
      if (options.mode !== undefined) fchmodSync(fd, options.mode);
      if (typeof content === 'string') writeSync(fd, content);
      else writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    pauseBeforeRename();
    renameSync(tmp, path);
  } catch (error) {
    removeQuietly(tmp);
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`Cannot write ${path}: ${describeErrno(code)}.`, 'Check that the folder exists and that you may write to it.');
  } finally {
    untrack();
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
