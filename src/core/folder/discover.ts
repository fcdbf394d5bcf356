import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../base/diagnostic.js';
import { FOLDERS } from './layout.js';
import { shownFolder } from '../../util/folder-name.js';

const SKIP = new Set(['node_modules', '.git']);

/**
 * The partnership folders named by `paths`: a folder holding partnership.yaml, a partnership.yaml itself, or any
 * folder below which partnerships live (node_modules and .git skipped). Throws UsageError for paths that do not
 * exist or hold no partnership. With `skipOutside` (the files a hook passes), a file in no partnership is skipped.
 */
export function findPartnerships(paths: readonly string[], { skipOutside = false } = {}): string[] {
  const found: string[] = [];
  for (const p of paths) {
    const stat = statOrUndefined(p);
    if (!stat) throw new UsageError(`${p} does not exist.`, 'Give the path of a partnership folder (one that holds partnership.yaml).');
    if (stat.isFile()) {
      const dir = partnershipOfFile(p);
      if (!dir && skipOutside) continue;
      if (!dir) throw new UsageError(`${p} is not inside a partnership folder (no partnership.yaml beside it).`, 'Run `partner check` on a partnership folder, or pass --files to skip files outside partnerships, as a hook does.');
      found.push(dir);
      continue;
    }
    const before = found.length;
    walk(p, found, 0);
    if (found.length > before) continue;
    const above = partnershipAbove(p);
    if (above) found.push(join(p, ...Array<string>(above.levels).fill('..')));
    else throw new UsageError(`No partnership found in ${shownFolder(p)} or the folders above it: a partnership folder holds partnership.yaml.`, 'Run `partner init` to create one, or give the path of an existing partnership.');
  }
  return [...new Set(found)];
}

/** The partnership a file belongs to: partnership.yaml beside it, or above assessments/ and reviews/ (as pre-commit passes changed files). */
function partnershipOfFile(p: string): string | undefined {
  const dir = dirname(p);
  if (statOrUndefined(join(dir, 'partnership.yaml'))) return dir;
  const top = dirname(dir);
  if ((FOLDERS as readonly string[]).includes(basename(dir)) && statOrUndefined(join(top, 'partnership.yaml'))) return top;
  return undefined;
}

function walk(dir: string, found: string[], depth: number): void {
  if (statOrUndefined(join(dir, 'partnership.yaml'))) {
    found.push(dir);
    return;
  }
  if (depth > 12) return;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.isDirectory() && !SKIP.has(e.name) && !e.name.startsWith('.')) walk(join(dir, e.name), found, depth + 1);
  }
}

function statOrUndefined(p: string) {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

/** The one partnership folder `path` names (a folder holding partnership.yaml, or that file itself), for commands on one partnership. */
export function partnershipDir(path: string): string {
  const stat = statOrUndefined(path);
  if (!stat) throw new UsageError(`${path} does not exist.`, 'Give the path of a partnership folder (one that holds partnership.yaml).');
  if (stat.isFile()) {
    if (basename(path) === 'partnership.yaml') return dirname(path);
    throw new UsageError(`${path} is a file; give the partnership folder that holds partnership.yaml.`);
  }
  if (statOrUndefined(join(path, 'partnership.yaml'))) return path;
  // From a folder inside a partnership (meetings/, a notes folder), the partnership above it, as git finds its repository.
  const above = partnershipAbove(path);
  if (above) return join(path, ...Array<string>(above.levels).fill('..'));
  throw new UsageError(`No partnership found in ${shownFolder(path)} or the folders above it: a partnership folder holds partnership.yaml.`, 'Give the path of a partnership folder, or run `partner init` to create one.');
}

/** The nearest folder strictly above `path` that holds partnership.yaml: its absolute path, and how many levels up it is. */
export function partnershipAbove(path: string): { dir: string; levels: number } | undefined {
  let dir = resolve(path);
  for (let levels = 1; levels <= 64; levels++) {
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
    if (statOrUndefined(join(dir, 'partnership.yaml'))?.isFile()) return { dir, levels };
  }
  return undefined;
}
