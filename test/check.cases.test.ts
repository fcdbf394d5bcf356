import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, CASES } from './cases/check-cases.js';
import { removeDir, RUNNERS, tempDir } from './helpers/cli.js';

interface JsonOut {
  diagnostics: { file: string; line: number; column: number; severity: string; rule: string; message: string; hint: string | null }[];
}

let root: string;
beforeAll(() => {
  root = tempDir();
});
afterAll(() => removeDir(root));

function writeCase(dir: string, files: Record<string, string>): void {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
}

describe.each(RUNNERS)('partner check corpus (%s)', (runnerName, run) => {
  CASES.forEach((c, i) => {
    it(c.name, async () => {
      const dir = join(root, runnerName, String(i));
      writeCase(dir, c.bare ? c.files : { ...BASE, ...c.files });
      const r = await run(['check', '--format', 'json', '--date', '2025-01-01', ...(c.args ?? [])], { cwd: dir });
      expect(r.stderr).toBe('');
      const out = JSON.parse(r.stdout) as JsonOut;
      const got = out.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`);
      if (c.findings.length || c.code === 0) expect(got, `got ${JSON.stringify(got)}`).toEqual(c.findings);
      else expect(got.length).toBeGreaterThan(0);
      expect(r.code).toBe(c.code);
      for (const s of c.says ?? []) expect(`${out.diagnostics[0]!.message} ${out.diagnostics[0]!.hint ?? ''}`).toContain(s);
    });
  });
});
