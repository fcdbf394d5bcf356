/**
 * Issue 15, unit by unit: the limits of src/core/base/limits.ts where they are enforced, the duplicate-key scan that
 * replaced `yaml`'s quadratic one (held to the same answers), findings capped per file, terminal output made inert
 * (src/format/inert.ts), a file swapped for a pipe, and the writes that must not lose an update or leave a partial
 * set of files (src/util/atomic-write.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ENTRIES, MAX_FINDINGS_PER_FILE } from '../src/core/base/limits.js';
import type { Diagnostic } from '../src/core/base/diagnostic.js';
import { UsageError } from '../src/core/base/diagnostic.js';
import { capPerFile } from '../src/core/check/check.js';
import { readText } from '../src/core/folder/load.js';
import { scanYaml } from '../src/core/yaml/depth.js';
import { parseYaml } from '../src/core/yaml/source.js';
import { guardOutput, inert, inertJson, inertLine } from '../src/format/inert.js';
import { frame } from '../src/format/stylish.js';
import { guarded } from '../src/main.js';
import { writeFileAtomic, writeFilesAtomic } from '../src/util/atomic-write.js';
import { CASES } from './cases/check-cases.js';
import { HOSTILE } from './cases/hostile-cases.js';
import { EXAMPLES, removeDir, tempDir } from './helpers/cli.js';

let root: string;
beforeAll(() => {
  root = tempDir('partner-limits-');
});
afterAll(() => removeDir(root));

describe('entries counted before parsing', () => {
  it('counts lines, list items and flow items, and stops at the first entry past the limit', () => {
    expect(scanYaml('a: 1\nb: [x, y]\n', 100, 4)).toBeUndefined(); // a, b, [, one comma
    expect(scanYaml('a: 1\nb: [x, y, z]\n', 100, 4)).toEqual({ limit: 'entries', offset: 13 }); // the second comma
    expect(scanYaml('- a\n- b\n', 100, 3)).toEqual({ limit: 'entries', offset: 6 }); // line 2's dash is the fourth
    // Comments, blank lines, quoted commas and block scalars are not entries.
    expect(scanYaml('# c\n\na: "x, y, z"\nb: |\n  1, 2, 3\n  4\n', 100, 2)).toBeUndefined();
  });

  it('leaves every example and every case of the corpora well inside the limit', () => {
    for (const c of [...CASES.flatMap((k) => Object.values(k.files)), ...HOSTILE.filter((h) => !/large|entr|items|keys|stakeholders|aliased|aliases/.test(h.name)).flatMap((h) => Object.values(h.files))]) {
      if (typeof c === 'string') expect(scanYaml(c, 100, MAX_ENTRIES)?.limit).not.toBe('entries');
    }
    // The examples use a small part of it: the largest file holds a few hundred entries.
    for (const file of readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'))) {
      expect(scanYaml(readFileSync(join(EXAMPLES, file), 'utf8'), 100, MAX_ENTRIES / 10), file).toBeUndefined();
    }
  });

  it('the fast path leaves a file of more lines than the limit to the parser, which refuses it at its place', () => {
    const text = `risks:\n${'  - x\n'.repeat(MAX_ENTRIES)}`;
    const { diagnostics, source } = parseYaml('risks.yaml', text);
    expect(source.data).toBeUndefined();
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['5001:5 yaml-too-large']);
  });
});

describe('duplicate keys, found in one pass', () => {
  /** The places of `yaml`'s own DUPLICATE_KEY errors (the quadratic check this replaced). */
  const yamlDuplicates = (text: string) => parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: true }).errors.filter((e) => e.code === 'DUPLICATE_KEY').map((e) => e.pos[0]);
  const ours = (text: string) => parseYaml('f.yaml', text, { fast: false }).diagnostics.filter((d) => d.rule === 'yaml-duplicate-key').map((d) => `${d.line}:${d.column}`);
  const place = (text: string, offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return `${before.length}:${before[before.length - 1]!.length + 1}`;
  };

  it('reports what yaml reported, at the same places', () => {
    const texts = [
      'a: 1\nb: 2\na: 3\n',
      '{a: 1, b: 2, a: 3, b: 4}\n',
      'x:\n  - {k: 1, k: 2}\n  - k: 1\n    k: 2\n',
      '1: a\n"1": b\n',
      'null: a\n~: b\n',
      'a: 1\n"a": 2\n',
      "a: 1\n'a': 2\n",
      '? [a]\n: 1\n? [a]\n: 2\n',
      ...CASES.flatMap((k) => Object.values(k.files)).filter((t): t is string => typeof t === 'string'),
    ];
    for (const text of texts) expect(ours(text), text).toEqual(yamlDuplicates(text).map((o) => place(text, o)));
  });
});

describe('findings capped per file', () => {
  const finding = (file: string, line: number, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({ file, line, column: 1, severity, rule: 'r', message: 'm' });

  it('keeps the first ones of each file, then one finding that counts the rest', () => {
    const many = Array.from({ length: MAX_FINDINGS_PER_FILE + 5 }, (_, i) => finding('a.yaml', i + 1, i === MAX_FINDINGS_PER_FILE + 4 ? 'error' : 'warning'));
    const out = capPerFile([...many, finding('b.yaml', 1)]);
    expect(out).toHaveLength(MAX_FINDINGS_PER_FILE + 2);
    expect(out[MAX_FINDINGS_PER_FILE]).toMatchObject({ file: 'a.yaml', line: MAX_FINDINGS_PER_FILE + 1, severity: 'error', rule: 'too-many-findings', message: '5 more findings in this file from here on are not shown (at most 100 per file).' });
    expect(out[MAX_FINDINGS_PER_FILE + 1]).toEqual(finding('b.yaml', 1));
  });

  it('leaves a file at the limit as it is', () => {
    const list = Array.from({ length: MAX_FINDINGS_PER_FILE }, (_, i) => finding('a.yaml', i + 1));
    expect(capPerFile(list)).toEqual(list);
  });
});

describe('terminal output made inert', () => {
  it('shows every control character but line feed and tab as an escape', () => {
    expect(inert('a\u001b]52;c;aGk=\u0007b\tc\nd\re\u009bf\u202eg\u0000')).toBe('a\\x1b]52;c;aGk=\\x07b\tc\nd\\re\\x9bf\\u202eg\\x00');
    expect(inertLine('a\nb\r\nc\u2028')).toBe('a\\nb\\r\\nc\\u2028');
    expect(inert('Café 😀 – “quotes”')).toBe('Café 😀 – “quotes”');
  });

  it('JSON keeps its data: C1, DEL and bidirectional marks become \\u escapes', () => {
    const json = JSON.stringify({ v: 'a\u001b\u009b\u007f\u202e' });
    expect(inertJson(json)).toBe('{"v":"a\\u001b\\u009b\\u007f\\u202e"}');
    expect(JSON.parse(inertJson(json))).toEqual({ v: 'a\u001b\u009b\u007f\u202e' });
  });

  it('the stream guard lets partner\'s own colours and CR LF line ends through, and nothing else', () => {
    expect(guardOutput('\u001b[31merror\u001b[39m \u001b]0;t\u0007 \u001b[2J')).toBe('\u001b[31merror\u001b[39m \\x1b]0;t\\x07 \\x1b[2J');
    expect(guardOutput('a,b\r\nc,d\r\n')).toBe('a,b\r\nc,d\r\n'); // CSV line ends
    expect(guardOutput('ok\rFAKE\n')).toBe('ok\\rFAKE\n');
  });

  it('text reaches the streams only through the guard; bytes only through writeBytes, as they are', () => {
    const got: { out: unknown[]; err: unknown[]; bytes: Uint8Array[] } = { out: [], err: [], bytes: [] };
    const io = guarded({
      stdout: { write: (c: string) => got.out.push(c) }, stderr: { write: (c: string) => got.err.push(c) },
      writeBytes: (b: Uint8Array) => got.bytes.push(b), stdinIsTTY: false, env: {}, cwd: '/',
    });
    const evil = '\u001b]52;c;aGk=\u0007\u202e';
    io.stdout.write(evil);
    io.stderr.write(evil);
    // @ts-expect-error -- a text stream takes text: bytes cannot be handed to it ...
    io.stdout.write(new TextEncoder().encode(evil));
    expect(got.out).toEqual(['\\x1b]52;c;aGk=\\x07\\u202e', '\\x1b]52;c;aGk=\\x07\\u202e']); // ... and if they are, they are guarded as text
    expect(got.err).toEqual(['\\x1b]52;c;aGk=\\x07\\u202e']);
    const word = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x1b, 0x00]);
    io.writeBytes(word);
    expect(got.bytes).toEqual([word]);
  });

  it('a code frame puts the caret under the column, also after an escape and far to the right', () => {
    expect(frame('a: "\u001bx"', 6)).toEqual({ shown: 'a: "\\x1bx"', caret: 8 });
    const long = `${'x'.repeat(300)}!${'y'.repeat(300)}`;
    const { shown, caret } = frame(long, 301);
    expect(shown[caret]).toBe('!');
    expect(shown.length).toBeLessThanOrEqual(166);
  });
});

describe('a file swapped for a pipe is not read', () => {
  it('readText opens without blocking and refuses what fstat says is not a file', () => {
    const fifo = join(root, 'risks.yaml');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // No writer is on the other end: a blocking open would wait for ever.
    const read = readText(fifo);
    expect('error' in read && read.error.rule).toBe('not-a-file');
  });
});

describe('writes that must not lose an update', () => {
  it('writes when the file is still what was read, and refuses (nothing written) when it changed', () => {
    const file = join(root, 'p.yaml');
    writeFileSync(file, 'a: 1\n');
    writeFileAtomic(file, 'a: 2\n', { overwrite: true, record: true, base: 'a: 1\n' });
    expect(readFileSync(file, 'utf8')).toBe('a: 2\n');
    expect(() => writeFileAtomic(file, 'a: 3\n', { overwrite: true, record: true, base: 'a: 1\n' })).toThrow(UsageError);
    expect(readFileSync(file, 'utf8')).toBe('a: 2\n');
    expect(readdirSync(root).filter((n) => n.startsWith('.partner-'))).toEqual([]);
  });

  it('a file that must still not exist', () => {
    const file = join(root, 'new.yaml');
    writeFileSync(file, 'meanwhile\n');
    expect(() => writeFileAtomic(file, 'mine\n', { overwrite: true, base: null })).toThrow('changed while partner was working on it');
    expect(readFileSync(file, 'utf8')).toBe('meanwhile\n');
  });

  it('a lock held by another run refuses the write; a lock left by a killed run (over 30 s old) is taken over', () => {
    const file = join(root, 'locked.yaml');
    writeFileSync(file, 'a: 1\n');
    const lock = join(root, '.partner-lock-locked.yaml');
    writeFileSync(lock, '');
    expect(() => writeFileAtomic(file, 'a: 2\n', { overwrite: true, base: 'a: 1\n' })).toThrow(UsageError);
    expect(readFileSync(file, 'utf8')).toBe('a: 1\n');
    const old = (Date.now() - 60_000) / 1000;
    utimesSync(lock, old, old);
    writeFileAtomic(file, 'a: 2\n', { overwrite: true, base: 'a: 1\n' });
    expect(readFileSync(file, 'utf8')).toBe('a: 2\n');
    expect(existsSync(lock)).toBe(false);
  });
});

describe('several files written all or none', () => {
  it('a failure on the last file leaves none of them, and a replaced file as it was', () => {
    const dir = join(root, 'set');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.csv'), 'old a\n');
    const files = [
      { path: join(dir, 'a.csv'), content: 'new a\n' },
      { path: join(dir, 'b.csv'), content: 'new b\n' },
      { path: join(dir, 'missing', 'c.csv'), content: 'new c\n' },
    ];
    expect(() => writeFilesAtomic(files, { overwrite: true })).toThrow('none of the 3 files was written');
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('old a\n');
    expect(readdirSync(dir).sort()).toEqual(['a.csv']);
  });

  it('every target is checked before any is written', () => {
    const dir = join(root, 'set2');
    mkdirSync(join(dir, 'b.csv'), { recursive: true });
    expect(() => writeFilesAtomic([{ path: join(dir, 'a.csv'), content: 'a\n' }, { path: join(dir, 'b.csv'), content: 'b\n' }], { overwrite: true })).toThrow('is a folder');
    expect(readdirSync(dir)).toEqual(['b.csv']);
  });

  it('writes them all when nothing fails, replacing with overwrite', () => {
    const dir = join(root, 'set3');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.csv'), 'old\n');
    writeFilesAtomic([{ path: join(dir, 'a.csv'), content: 'a\n' }, { path: join(dir, 'b.csv'), content: 'b\n' }], { overwrite: true });
    expect(readdirSync(dir).sort()).toEqual(['a.csv', 'b.csv']);
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('a\n');
  });
});
