import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync, lstatSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UsageError } from '../core/diagnostic.js';

const pending = new Set<string>();
let hooked = false;

/** Removes temp files of writes cut short by SIGINT/SIGTERM, then lets the signal end the process. */
function hookSignals(): void {
  if (hooked) return;
  hooked = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const p of pending) rmSync(p, { force: true });
      process.kill(process.pid, signal);
    });
  }
}

/**
 * Writes a file so that readers see the old content or the new, never a part: a temp file beside it, then rename.
 * Refuses to replace an existing file unless `overwrite`, and never writes through a symlink.
 */
export function writeFileAtomic(path: string, content: string, options: { overwrite?: boolean } = {}): void {
  const existing = statOrUndefined(path);
  if (existing?.isSymbolicLink()) throw new UsageError(`${path} is a symbolic link; refusing to write through it.`, 'Choose another output path.');
  if (existing?.isDirectory()) throw new UsageError(`${path} is a folder, not a file.`, 'Give a file name for the output.');
  if (existing && !options.overwrite) throw new UsageError(`${path} already exists; nothing was written.`, 'Add --force to replace it, or choose another path.');
  hookSignals();
  const tmp = join(dirname(path), `.partner-tmp-${basename(path)}-${randomBytes(4).toString('hex')}`);
  pending.add(tmp);
  try {
    const fd = openSync(tmp, 'wx', 0o644);
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`Cannot write ${path}: ${describeErrno(code)}.`, 'Check that the folder exists and that you may write to it.');
  } finally {
    pending.delete(tmp);
  }
}

function statOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
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
