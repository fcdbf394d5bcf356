import { spawnSync } from 'node:child_process';
import { UsageError } from '../base/diagnostic.js';

/**
 * Git plumbing, run in `cwd` with the inherited environment, so GIT_DIR and GIT_INDEX_FILE (set by git while it runs
 * a hook, for example the temporary index of `git commit -a` or `git commit -- file`) are honoured. Never prints;
 * throws UsageError when git is missing or fails.
 */

/** One entry of the index: `git ls-files --stage`. */
export interface IndexEntry {
  mode: string;
  oid: string;
  stage: number;
  /** Path from the repository root, with forward slashes. */
  path: string;
}

export interface RepoPaths {
  /** The repository root, relative to cwd: '' at the root, `../` one folder below, and so on. */
  cdup: string;
  /** The hooks folder, as git names it (respects core.hooksPath and worktrees): relative to cwd, or absolute. */
  hooks: string;
}

/** Where the repository holding `cwd` keeps its root and hooks; undefined when `cwd` is not inside a work tree. */
export function repoPaths(cwd: string): RepoPaths | undefined {
  const r = run(cwd, ['rev-parse', '--show-cdup', '--git-path', 'hooks']);
  if (r.status !== 0) return undefined;
  const [cdup = '', hooks = ''] = r.stdout.toString('utf8').split('\n');
  return { cdup, hooks };
}

/** Paths (from the root) that the next commit adds, changes or deletes: the index against HEAD. */
export function stagedPaths(cwd: string): string[] {
  return splitZ(git(cwd, ['diff', '--cached', '--name-only', '-z', '--no-renames', '--diff-filter=ACDMT']));
}

/** Index entries matching the pathspecs (use `:(top,...)` magic so they do not depend on cwd). */
export function indexEntries(cwd: string, pathspecs: readonly string[]): IndexEntry[] {
  return splitZ(git(cwd, ['ls-files', '-z', '--stage', '--full-name', '--', ...pathspecs])).map((line) => {
    const tab = line.indexOf('\t');
    const [mode = '', oid = '', stage = '0'] = line.slice(0, tab).split(' ');
    return { mode, oid, stage: Number(stage), path: line.slice(tab + 1) };
  });
}

/** The content of each blob, by object id, in one `git cat-file --batch`. */
export function readBlobs(cwd: string, oids: readonly string[]): Map<string, Buffer> {
  const unique = [...new Set(oids)];
  const out = new Map<string, Buffer>();
  if (!unique.length) return out;
  const buffer = git(cwd, ['cat-file', '--batch'], `${unique.join('\n')}\n`);
  let at = 0;
  while (at < buffer.length) {
    const eol = buffer.indexOf(0x0a, at);
    const [oid = '', type, size] = buffer.subarray(at, eol).toString('utf8').split(' ');
    if (type !== 'blob' || size === undefined) throw new UsageError(`git cannot read object ${oid} from the index (${type ?? 'no answer'}).`, 'Run `git fsck` to check the repository.');
    out.set(oid, buffer.subarray(eol + 1, eol + 1 + Number(size)));
    at = eol + 1 + Number(size) + 1;
  }
  return out;
}

function git(cwd: string, args: string[], input?: string): Buffer {
  const r = run(cwd, args, input);
  if (r.status !== 0) throw new UsageError(`git ${args[0]} failed: ${r.stderr.toString('utf8').trim() || `exit code ${r.status}`}`, 'Run it inside a git repository, with git working.');
  return r.stdout;
}

function run(cwd: string, args: string[], input?: string): { status: number | null; stdout: Buffer; stderr: Buffer } {
  const r = spawnSync('git', args, { cwd, input, maxBuffer: 512 * 1024 * 1024, windowsHide: true });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? 'git is not installed (or not on PATH).' : `Cannot run git: ${r.error.message}.`, 'Install git, or run partner where git is available.');
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function splitZ(buffer: Buffer): string[] {
  return buffer.toString('utf8').split('\0').filter(Boolean);
}
