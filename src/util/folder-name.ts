/** A folder as messages show it: by its name, never as `.` (issue 13: "the folder by its name"). */
import { basename, resolve } from 'node:path';

/** The folder's own name: `river-water` for `.` run inside it, for `../river-water/` or an absolute path. */
export function folderName(dir: string): string {
  return basename(resolve(dir)) || resolve(dir);
}

/** A path given on the command line, for a message: as given, but `.` (or `./`, or nothing) as "this folder (its name)". */
export function shownFolder(dir: string): string {
  return resolve(dir) === resolve('.') ? `this folder (${folderName(dir)})` : dir;
}
