import { basename, relative, resolve } from 'node:path';
import type { Io } from '../cli/io.js';
import { ExitCode } from '../core/base/diagnostic.js';
import { findPartnerships } from '../core/folder/discover.js';
import { schemasFolder } from '../core/folder/editor-schemas.js';
import { editorSchemasState, writeEditorSchemas } from '../core/record/editor-schemas.js';
import { VERSION } from '../util/version.js';

export interface SchemasCliOptions {
  write?: boolean;
}

/**
 * `partner schemas [paths...]`: where each partnership's editor schemas stand (exit 1 when `--write` would change
 * something); with --write, the schemas of this partner written into the folder and every file pointed there.
 */
export function runSchemas(paths: string[], options: SchemasCliOptions, io: Io): number {
  const dirs = findPartnerships(paths.length ? paths : ['.']);
  const shown = (dir: string) => relative(io.cwd, dir) || basename(resolve(io.cwd, dir));
  let outdated = 0;
  for (const dir of dirs) {
    const name = shown(dir);
    const where = `${relative(io.cwd, dir) ? `${name}/` : ''}${schemasFolder()}/`;
    if (options.write) {
      const { pointed, removed } = writeEditorSchemas(dir, name);
      io.stdout.write(`${name}: wrote the schemas of partner ${VERSION} to ${where}${pointed.length ? `; pointed ${plural(pointed.length, 'file')} there` : ''}${removed.length ? `; removed the schemas of ${removed.join(', ')}` : ''}.\n`);
      continue;
    }
    const state = editorSchemasState(dir);
    const problems = [
      ...(state.current ? [] : [`the schemas of partner ${VERSION} are not in ${where}`]),
      ...(state.stale.length ? [`${plural(state.stale.length, 'file')} not pointing there (${state.stale.slice(0, 3).join(', ')}${state.stale.length > 3 ? ' ...' : ''})`] : []),
      ...(state.others.length ? [`old schemas of ${state.others.join(', ')}`] : []),
    ];
    if (problems.length) outdated++;
    io.stdout.write(problems.length ? `${name}: ${problems.join('; ')}.\n` : `${name}: up to date (the schemas of partner ${VERSION} in ${where}).\n`);
  }
  if (options.write) {
    io.stdout.write(`Commit .partner/ with the partnership files: editors then find the schemas after a move or a clone, offline.\n`);
    return ExitCode.Ok;
  }
  if (outdated) io.stdout.write('Run `partner schemas --write` to update.\n');
  return outdated ? ExitCode.Findings : ExitCode.Ok;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
