/** Everything a command may touch of the terminal, so tests can run commands in-process. */
export interface Io {
  stdout: { write(chunk: string | Uint8Array): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  stdinIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/**
 * The process's streams. Whether stdin is a terminal is asked only when a command wants to know (init): creating
 * process.stdin costs a few milliseconds, and most commands never read it.
 */
export function processIo(): Io {
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

/** Colour follows --color/--no-color, then NO_COLOR / FORCE_COLOR, then whether the stream is a terminal. */
export function wantsColor(io: Io, flag: boolean | undefined, stream: 'stdout' | 'stderr' = 'stdout'): boolean {
  if (flag !== undefined) return flag;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.TERM === 'dumb') return false;
  return Boolean(io[stream].isTTY);
}
