import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE } from './cases/hostile-cases.js';
import { removeDir, runBinary, tempDir } from './helpers/cli.js';

/** Every case is killed after this long (a hang is a failure of the case); none comes near it. */
const CASE_TIME_LIMIT = 30_000;
/** Control characters a terminal acts on (all but line feed and tab), and bidirectional overrides. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let root: string;
beforeAll(() => {
  root = tempDir();
  mkdirSync(join(root, 'secret'));
  writeFileSync(join(root, 'secret', 'passwords.yaml'), 'password: hunter2\n');
});
afterAll(() => removeDir(root));

/** Every file in a folder with its bytes and mtime, to prove check leaves the folder untouched. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out[p] = `${statSync(p).mtimeMs}:${readFileSync(p).toString('base64')}`;
      else out[p] = e.isSymbolicLink() ? 'link' : 'other';
    }
  };
  walk(dir);
  return out;
}

describe('hostile and broken input to partner check (built binary)', () => {
  HOSTILE.forEach((c, i) => {
    it(c.name, () => {
      const dir = join(root, `case-${i}`);
      mkdirSync(dir);
      for (const [rel, content] of Object.entries(c.files)) {
        mkdirSync(dirname(join(dir, rel)), { recursive: true });
        if (content === null) mkdirSync(join(dir, rel));
        else writeFileSync(join(dir, rel), content);
      }
      for (const [link, target] of Object.entries(c.links ?? {})) symlinkSync(target, join(dir, link));
      const before = snapshot(dir);
      // A time limit per case: a stall fails this case (code -1) instead of hanging the suite.
      const r = runBinary(['check', '--format', 'json'], { cwd: dir, timeout: CASE_TIME_LIMIT });
      const all = r.stdout + r.stderr;
      expect(r.code, `stopped after ${CASE_TIME_LIMIT / 1000} s`).not.toBe(-1);
      expect(all, 'no raw control character').not.toMatch(RAW_CONTROL);
      expect(all).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // never a stack trace
      expect(r.code).toBe(c.code);
      if (c.findings) {
        const out = JSON.parse(r.stdout) as { diagnostics: { file: string; line: number; column: number; severity: string; rule: string }[] };
        expect(out.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`)).toEqual(c.findings);
      }
      for (const s of c.says ?? []) expect(all).toContain(s);
      for (const s of c.never ?? []) expect(all).not.toContain(s);
      if (c.allFormats) {
        for (const format of ['stylish', 'github']) {
          const other = runBinary(['check', '--format', format], { cwd: dir, timeout: CASE_TIME_LIMIT });
          expect(other.code).toBe(c.code);
          expect(other.stdout + other.stderr, `--format ${format}: no raw control character`).not.toMatch(RAW_CONTROL);
          for (const s of c.never ?? []) expect(other.stdout + other.stderr).not.toContain(s);
        }
      }
      expect(snapshot(dir)).toEqual(before);
    });
  });
});
