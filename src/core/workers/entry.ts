/**
 * The entry of dist/bundle/check.cjs (scripts/build.mjs): the whole CLI as one CommonJS script, which bin/load.cjs
 * compiles with a V8 code cache for `partner check`, and worker threads start from to check their chunks.
 */
import type { Io } from '../../cli/io.js';

export { main } from '../../main.js';
export { useWorkers } from './pool.js';
export { workerMain } from './worker.js';

/**
 * The process's streams, as src/cli/io.ts's processIo() gives them, except that whether stdin is a terminal is
 * asked only when a command wants to know: creating process.stdin costs a few milliseconds, and check never reads it.
 */
export function checkIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    get stdinIsTTY() {
      return process.getBuiltinModule('node:tty').isatty(0);
    },
    env: process.env,
    cwd: process.cwd(),
  };
}
