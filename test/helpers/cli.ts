import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, realpathSync, rmSync, cpSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/main.js';
import type { Io } from '../../src/cli/io.js';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const BIN = join(ROOT, 'bin', 'partner.js');
export const EXAMPLES = join(ROOT, 'examples');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  input?: string;
  /** Milliseconds before the binary is killed (runBinary; default 60,000): a hang fails the case, never the suite. */
  timeout?: number;
}

/** Runs the CLI in this process (main() with captured output), from `cwd`. */
export async function runInProcess(args: string[], options: RunOptions): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    writeBytes: (b: Uint8Array) => (stdout += Buffer.from(b).toString('latin1')),
    stdinIsTTY: false,
    env: { NO_COLOR: '1', ...options.env },
    cwd: options.cwd,
  };
  const previous = process.cwd();
  process.chdir(options.cwd);
  try {
    const code = await main(args, io);
    return { code, stdout, stderr };
  } finally {
    process.chdir(previous);
  }
}

/** Runs the built `partner` binary as a user would, in `cwd`, with no terminal attached. */
export function runBinary(args: string[], options: RunOptions): RunResult {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd, env, input: options.input ?? '', encoding: 'utf8', timeout: options.timeout ?? 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export type Runner = (args: string[], options: RunOptions) => Promise<RunResult> | RunResult;
/** Each CLI case runs both ways: in-process (fast, debuggable) and through the built binary (as users run it). */
export const RUNNERS: [string, Runner][] = [
  ['in-process', runInProcess],
  ['binary', runBinary],
];

/** A fresh temporary folder (real path, so messages match); removed by the returned cleanup. */
export function tempDir(prefix = 'partner-test-'): string {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Copies an example partnership into a temp folder so a test may change it. */
export function copyExample(name: string, into: string): string {
  const dest = join(into, name);
  cpSync(join(EXAMPLES, name), dest, { recursive: true });
  return dest;
}

/** Writes a partnership folder of `files` (relative paths) into `dir`, making folders as needed; returns `dir`. */
export function writeFolder(dir: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
