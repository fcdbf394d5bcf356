import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import type { PartnershipCheck } from '../check/check.js';
import { UsageError } from '../base/diagnostic.js';
import { indexEntries, readBlobs, repoPaths, stagedPaths } from './git.js';
import { FOLDERS } from '../folder/layout.js';
import { describeErrno } from '../../util/atomic-write.js';
import { trackTemp } from '../../util/interrupt.js';

/** The staged version of the partnerships a commit touches, copied out of the index into a temp folder. */
export interface StagedCopy {
  /** One temp folder per touched partnership; empty when the staged changes touch none. */
  dirs: string[];
  /** The check of a temp folder, with every path turned back into the repository path the user knows. */
  relocate(check: PartnershipCheck): PartnershipCheck;
  /** Deletes the temp copy. */
  remove(): void;
}

/**
 * Finds the partnership folders holding a staged change (a folder whose partnership.yaml is in the index, nearest to
 * the changed path), and writes their files as staged (not as in the work tree) into a temp folder that mirrors the
 * repository. Only what a check reads is copied: the YAML files of the folder, of assessments/ and of reviews/.
 */
export function copyStagedPartnerships(cwd: string): StagedCopy {
  const repo = repoPaths(cwd);
  if (!repo) throw new UsageError('--staged checks what git has staged, but this folder is not inside a git work tree.', 'Run it inside the repository, or leave out --staged.');
  const roots = new Set(indexEntries(cwd, [':(top,glob)**/partnership.yaml']).filter((e) => e.stage === 0).map((e) => parent(e.path)));
  const touched = new Set<string>();
  for (const path of stagedPaths(cwd)) {
    for (let dir = parent(path); ; dir = parent(dir)) {
      if (roots.has(dir)) {
        touched.add(dir);
        break;
      }
      if (dir === '') break;
    }
  }
  if (!touched.size) return { dirs: [], relocate: (check) => check, remove: () => undefined };

  const order = [...touched].sort();
  const specs = order.flatMap((root) => ['', ...FOLDERS.map((f) => `${f}/`)].map((sub) => `:(top,glob)${escapeGlob(root ? `${root}/` : '')}${sub}*`));
  const entries = indexEntries(cwd, specs).filter((e) => e.stage === 0 && (e.mode === '120000' || e.mode.startsWith('100')) && isRead(e.path));
  const blobs = readBlobs(cwd, entries.map((e) => e.oid));
  const tmp = tempFolder();
  // Removed on SIGINT/SIGTERM too: the copies are of files the user may not want left in the temp folder.
  const untrack = trackTemp(tmp);
  try {
    for (const e of entries) {
      const target = join(tmp, ...e.path.split('/'));
      const content = blobs.get(e.oid) ?? Buffer.alloc(0);
      mkdirSync(dirname(target), { recursive: true });
      // A staged symlink stays a symlink, so the check reports it as it would in the work tree. It is never followed
      // and its target never shown, so the copy points nowhere: a target git holds may be anything (a NUL byte,
      // thousands of characters) that no file system would take.
      if (e.mode === '120000') symlinkSync(STAGED_LINK_TARGET, target);
      else writeFileSync(target, content);
    }
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    untrack();
    throw copyFailed(error, tmp);
  }

  const shown = (p: string) => (p === tmp ? repo.cdup || '.' : p.startsWith(tmp + sep) ? join(repo.cdup, p.slice(tmp.length + 1)) : p);
  const text = (s: string) => s.split(tmp + sep).join(repo.cdup);
  return {
    dirs: order.map((root) => join(tmp, root)),
    relocate: (check) => ({
      ...check,
      dir: shown(check.dir),
      diagnostics: check.diagnostics.map((d) => ({ ...d, file: shown(d.file), message: text(d.message), ...(d.hint === undefined ? {} : { hint: text(d.hint) }) })),
      texts: new Map([...check.texts].map(([file, content]) => [shown(file), content])),
    }),
    remove: () => {
      rmSync(tmp, { recursive: true, force: true });
      untrack();
    },
  };
}

/** What a staged symbolic link's copy points to: nothing (the check refuses links without following them). */
const STAGED_LINK_TARGET = '.partner-staged-link-not-followed';

/** A new temp folder for the copy; a missing, full or unwritable TMPDIR is a usage error naming it. */
function tempFolder(): string {
  const base = tmpdir();
  try {
    return mkdtempSync(join(base, 'partner-staged-'));
  } catch (error) {
    throw copyFailed(error, base);
  }
}

function copyFailed(error: unknown, where: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (error instanceof UsageError || typeof code !== 'string') return error;
  return new UsageError(`Cannot copy the staged files to the temp folder ${where}: ${describeErrno(code)}.`, 'Set TMPDIR to a folder that exists, with free space, that you may write to.');
}

/** The folder of a repository path: '' for the root. */
function parent(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** Whether the check reads this file (its name, at least): YAML files, and a file named like a sub-folder. */
function isRead(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return /\.ya?ml$/.test(name) || (FOLDERS as readonly string[]).includes(name);
}

function escapeGlob(path: string): string {
  return path.replace(/[*?[\]\\]/g, '\\$&');
}
