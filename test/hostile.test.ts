import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE } from './cases/hostile-cases.js';
import { removeDir, runBinary, tempDir } from './helpers/cli.js';

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
      const r = runBinary(['check', '--format', 'json'], { cwd: dir });
      const all = r.stdout + r.stderr;
      expect(all).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // never a stack trace
      expect(r.code).toBe(c.code);
      if (c.findings) {
        const out = JSON.parse(r.stdout) as { diagnostics: { file: string; line: number; column: number; severity: string; rule: string }[] };
        expect(out.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`)).toEqual(c.findings);
      }
      for (const s of c.says ?? []) expect(all).toContain(s);
      for (const s of c.never ?? []) expect(all).not.toContain(s);
      expect(snapshot(dir)).toEqual(before);
    });
  });
});
