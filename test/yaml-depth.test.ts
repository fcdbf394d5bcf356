/**
 * The nesting limit checked before `yaml` parses a file (src/core/yaml/depth.ts): it stops hostile nesting at the
 * exact place, never counts what is not nesting (quoted text, comments, block scalars, brackets inside plain text),
 * and never fires on an honest file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { excessiveNesting, MAX_NESTING } from '../src/core/yaml/depth.js';
import { parseYaml } from '../src/core/yaml/source.js';
import { CASES } from './cases/check-cases.js';
import { HOSTILE } from './cases/hostile-cases.js';
import { EXAMPLES } from './helpers/cli.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml') && statSync(join(dir, f)).isFile()).map((f) => join(dir, f));
}

/** Line and column (1-based) of an offset. */
function place(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}

const flow = (n: number) => `risks: ${'['.repeat(n)}${']'.repeat(n)}\n`;
const compact = (n: number) => `risks:\n  ${'- '.repeat(n)}x\n`;
const stairs = (n: number) => `risks:\n${Array.from({ length: n }, (_, i) => `${' '.repeat(i + 1)}- `).join('\n')}\n`;
const keys = (n: number) => `${Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} x\n`;

describe('the nesting limit', () => {
  it.each([
    // `risks` is level 1; the 100th bracket is level 101, at column 7 + 100.
    ['flow brackets', flow(5000), '1:107'],
    ['flow braces', `risks: ${'{a: '.repeat(300)}1${'}'.repeat(300)}\n`, `1:${7 + 99 * 4 + 1}`],
    // `risks` at 1, the line at 2, then one level per `- `: the 99th dash opens level 101 at column 3 + 99 * 2.
    ['compact sequences', compact(900_000), `2:${3 + 99 * 2}`],
    // Line k is at level k (a dash with nothing after it opens no item on its line): line 101, at its indentation.
    ['indentation stairs', stairs(1500), '101:101'],
    ['keys, one more space each', keys(1400), '101:101'],
    // Line 61 is at level 61; its brackets start at column 64 (after `b: `), and the 40th is level 101.
    ['flow inside block', `a:\n${Array.from({ length: 60 }, (_, i) => `${' '.repeat(i + 1)}b:`).join('\n')} ${'['.repeat(60)}${']'.repeat(60)}\n`, `61:${64 + 39}`],
  ])('stops %s at the exact place it passes the limit', (_name, text, at) => {
    const offset = excessiveNesting(text);
    expect(offset).toBeDefined();
    expect(place(text, offset!)).toBe(at);
  });

  it('takes exactly the limit, and refuses one more', () => {
    // `risks` is one level, so 99 brackets make 100.
    expect(excessiveNesting(flow(MAX_NESTING - 1))).toBeUndefined();
    expect(excessiveNesting(flow(MAX_NESTING))).toBeDefined();
  });

  it.each([
    ['a double-quoted string', `risks:\n  - description: "${'[{'.repeat(500)}\\" still ${'['.repeat(200)}"\n`],
    ['a multi-line single-quoted string', `risks:\n  - description: 'it''s ${'['.repeat(300)}\n      ${'{'.repeat(300)}'\n`],
    ['comments', `# ${'['.repeat(300)}\nrisks: # ${'{'.repeat(300)}\n  - id: a # ${'- '.repeat(300)}\n`],
    ['a block scalar, however indented', `risks:\n  - description: |\n${Array.from({ length: 300 }, (_, i) => `      ${' '.repeat(i)}[ - x`).join('\n')}\n    id: a\n`],
    ['brackets inside plain text', `risks:\n  - description: see ${'[a'.repeat(300)} and O'Brien's ${'{'.repeat(300)}\n`],
    ['quotes inside plain text in flow', `risks: [O'Brien, ${'a'.repeat(10)}]\nnext: ${'[1, '.repeat(50)}${']'.repeat(50)}\n`],
  ])('does not count nesting inside %s', (_name, text) => {
    expect(excessiveNesting(text)).toBeUndefined();
  });

  it('never fires on the examples or the test corpora (nothing honest nests that deep)', () => {
    const texts = [
      ...yamlFiles(EXAMPLES).map((f) => readFileSync(f, 'utf8')),
      ...CASES.flatMap((c) => Object.values(c.files)),
      // The corpus's megabyte cases are about other limits (and, built in memory by repeat(), are ropes that V8 reads a
      // character at a time far more slowly than the flat text of a file): they stay in test/hostile.test.ts.
      ...HOSTILE.filter((c) => !c.name.startsWith('deep ')).flatMap((c) => Object.values(c.files)).filter((t): t is string => typeof t === 'string' && t.length < 100_000),
    ];
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) expect(excessiveNesting(text), text.slice(0, 200)).toBeUndefined();
  });

  it('makes parseYaml refuse the file before parsing it, with the place', () => {
    const { source, diagnostics } = parseYaml('risks.yaml', compact(900_000));
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'risks.yaml', line: 2, column: 201, severity: 'error', rule: 'yaml-too-deep' })]);
    expect(diagnostics[0]!.message).toContain(`more than ${MAX_NESTING} levels`);
    expect(source.data).toBeUndefined();
  });
});
