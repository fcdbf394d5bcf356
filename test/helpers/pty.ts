import { spawn, spawnSync } from 'node:child_process';
import { BIN } from './cli.js';

export const hasScript = process.platform !== 'win32' && spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
export const KEY = { enter: '\r', down: '\x1b[B', ctrlC: '\x03' };

/** Runs `partner <args>` in a terminal; `waitFor` blocks until the screen shows new text, then keys may be sent. */
export function terminal(args: string[], cwd: string) {
  const command = `stty cols 200 rows 50; exec '${process.execPath}' '${BIN}' ${args.join(' ')}`;
  const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, TERM: 'xterm' } });
  let raw = '';
  let seen = 0;
  child.stdout.on('data', (d: Buffer) => (raw += d.toString('utf8')));
  const exited = new Promise<number>((done) => child.on('close', (code) => done(code ?? -1)));
  // eslint-disable-next-line no-control-regex
  const screen = () => raw.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');
  return {
    exited,
    screen,
    async waitFor(text: string, timeoutMs = 20_000): Promise<void> {
      const start = Date.now();
      for (;;) {
        const at = screen().indexOf(text, seen);
        if (at >= 0) {
          seen = at + text.length;
          return;
        }
        if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for "${text}". Screen so far:\n${screen().slice(-3000)}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async answer(prompt: string, keys: string): Promise<void> {
      await this.waitFor(prompt);
      child.stdin.write(keys);
    },
    kill: () => child.kill(),
  };
}

