import { spawnSync } from 'node:child_process';

/**
 * The commit a document was rendered from: `git rev-parse --short HEAD` in the partnership folder, and whether the
 * folder has changes not yet committed. Both null/false outside a git repository or without git: documents then
 * simply leave the commit out.
 */
export function gitProvenance(dir: string): { commit: string | null; uncommitted: boolean } {
  const head = git(dir, ['rev-parse', '--short', 'HEAD']);
  const commit = head?.trim() || null;
  if (!commit || !/^[0-9a-f]{4,64}$/.test(commit)) return { commit: null, uncommitted: false };
  const status = git(dir, ['status', '--porcelain', '--', '.']);
  return { commit, uncommitted: Boolean(status?.trim()) };
}

function git(cwd: string, args: string[]): string | undefined {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', windowsHide: true, timeout: 30_000, stdio: ['ignore', 'pipe', 'ignore'] });
  return r.error || r.status !== 0 ? undefined : r.stdout;
}

/**
 * When the record in `dir` last changed, as an ISO 8601 date-time: the committer date of the last commit that touched
 * the folder, or undefined outside a git repository, before the first commit, or with changes not yet committed
 * (the record then changed after its last commit).
 */
export function lastCommitTime(dir: string): string | undefined {
  const time = git(dir, ['log', '-1', '--format=%cI', '--', '.'])?.trim();
  if (!time || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2}|Z)$/.test(time)) return undefined;
  return git(dir, ['status', '--porcelain', '--', '.'])?.trim() ? undefined : time;
}
