/** Everything a command may touch of the terminal, so tests can run commands in-process. */
export interface Io {
  /** Text only: src/main.ts shows every control character in it inert before it reaches the stream. */
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  /**
   * Bytes to standard output as they are, never made inert: only for a binary document (a Word file) written to a
   * pipe, which `partner render` refuses to write to a terminal. Nothing else may use it.
   */
  writeBytes(bytes: Uint8Array): unknown;
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
    writeBytes: (bytes) => process.stdout.write(bytes),
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
