import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, MISTAKES, type MistakeCase } from './cases/mistake-cases.js';
import { removeDir, runBinary, runInProcess, tempDir, type RunResult } from './helpers/cli.js';

interface Finding { file: string; line: number; column: number; severity: string; rule: string; message: string; hint: string | null }

/** Words of the YAML parser and of JSON Schema that a broker should never have to read. */
const JARGON = /\b(mappings?|scalars?|implicit|compact|block|flow|token|indicator|node|collection|sequence|document|anchor|alias|instance|schema|enum|boolean|string|null|parser|undefined)\b|\[\d+\]/i;

let root: string;
beforeAll(() => {
  root = tempDir();
});
afterAll(() => removeDir(root));

function write(dir: string, files: Record<string, string>): void {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
}

function mistaken(c: MistakeCase): Record<string, string> {
  const files = { ...BASE };
  for (const m of [c, ...(c.also ?? [])]) {
    const text = files[m.file]!;
    expect(text.split(m.from).length, `${m.file} holds ${JSON.stringify(m.from)} once`).toBe(2);
    files[m.file] = text.replace(m.from, m.to);
  }
  if (c.crlf) files[c.file] = files[c.file]!.replace(/\n/g, '\r\n');
  return files;
}

/**
 * Applies a hint literally: a hint that rewrites ends with the line(s) as they should read, in backticks
 * ("...: `line`", or "...; write line N as K lines: `a` then `b`", or "...; write lines N to M as: `a` then `b`").
 */
function applyHint(text: string, f: Finding): string {
  const hint = f.hint ?? '';
  const m = /(?:write lines (\d+) to (\d+) as|write line \d+ as \d+ lines|): ((?:(?:`` .*? ``|`[^`]*`)(?: then )?)+)$/.exec(hint);
  expect(m, `hint ends with the rewritten line: ${hint}`).not.toBeNull();
  const lines = [...m![3]!.matchAll(/`` (.*?) ``|`([^`]*)`/g)].map((x) => x[1] ?? x[2]!);
  const first = m![1] ? Number(m![1]) : f.line;
  const last = m![2] ? Number(m![2]) : f.line;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const all = text.split(eol);
  all.splice(first - 1, last - first + 1, ...lines);
  return all.join(eol);
}

async function check(dir: string, run: (a: string[], o: { cwd: string }) => Promise<RunResult> | RunResult = runInProcess): Promise<{ code: number; errors: Finding[] }> {
  const r = await run(['check', '--format', 'json', '--date', '2025-01-01'], { cwd: dir });
  expect(r.stderr).toBe('');
  const errors = (JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics.filter((d) => d.severity === 'error');
  return { code: r.code, errors };
}

describe('the base partnership of the mistakes corpus', () => {
  it('is valid', async () => {
    const dir = join(root, 'base');
    write(dir, BASE);
    expect((await check(dir)).errors).toEqual([]);
  });
  it('has at least 40 mistakes', () => {
    expect(MISTAKES.length).toBeGreaterThanOrEqual(40);
  });
});

describe('real-world mistakes: exact place, plain words, a hint that fixes the file', () => {
  MISTAKES.forEach((c, i) => {
    it(c.name, async () => {
      const dir = join(root, String(i));
      write(dir, mistaken(c));
      const { code, errors } = await check(dir);
      const expected = [c, ...(c.also ?? [])].flatMap((m) => m.at.map((at) => `${m.file}:${at}`)).sort();
      expect(errors.map((e) => `${e.file}:${e.line}:${e.column}`).sort(), JSON.stringify(errors, null, 1)).toEqual(expected);
      expect(code).toBe(1);
      for (const e of errors) {
        expect(e.message, e.message).not.toMatch(JARGON);
        expect(e.hint ?? '', e.hint ?? '').not.toMatch(JARGON);
      }
      const first = errors.find((e) => e.file === c.file)!;
      for (const s of c.says ?? []) expect(`${first.message} ${first.hint}`).toContain(s);
      // Apply every hint, the lowest lines first within a file, and the partnership is valid.
      for (const e of [...errors].sort((a, b) => b.line - a.line)) {
        const path = join(dir, e.file);
        writeFileSync(path, applyHint(readFileSync(path, 'utf8'), e));
      }
      const after = await check(dir);
      expect(after.errors, JSON.stringify(after.errors, null, 1)).toEqual([]);
    });
  });
});

describe('the mistakes against the built binary', () => {
  it.each(MISTAKES.filter((_, i) => i % 8 === 0).map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = join(root, 'bin', c.name.replace(/\W+/g, '-'));
    write(dir, mistaken(c));
    const { code, errors } = await check(dir, runBinary);
    expect(code).toBe(1);
    expect(errors.map((e) => `${e.file}:${e.line}:${e.column}`)).toEqual(c.at.map((at) => `${c.file}:${at}`).concat((c.also ?? []).flatMap((m) => m.at.map((at) => `${m.file}:${at}`))).sort());
  });
});
