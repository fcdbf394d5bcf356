/**
 * The fast YAML path (src/core/yaml/fast.ts) must be invisible: for every text it accepts, the data, the diagnostics
 * and every position `locate()` gives must be those of the `yaml` Document path. Checked on the examples, the check
 * and hostile corpora, and many texts mutated or generated from them (fixed seeds, so failures reproduce).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../src/core/yaml/fast.js';
import { locate, parseYaml, type PathSegment } from '../src/core/yaml/source.js';
import { prng } from '../scripts/prng.mjs';
import { CASES } from './cases/check-cases.js';
import { HOSTILE } from './cases/hostile-cases.js';
import { EXAMPLES } from './helpers/cli.js';

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...yamlFiles(p));
    else if (name.endsWith('.yaml')) out.push(p);
  }
  return out;
}

const EXAMPLE_TEXTS = yamlFiles(EXAMPLES).map((f) => readFileSync(f, 'utf8'));
const CORPUS = [
  ...EXAMPLE_TEXTS,
  ...CASES.flatMap((c) => Object.values(c.files)),
  ...HOSTILE.flatMap((c) => Object.values(c.files)).filter((t): t is string => typeof t === 'string' && t.length < 20_000),
];

/** Every path to a node of `data`, and a few that lead nowhere (locate's fallbacks). */
function paths(data: unknown, prefix: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  out.push(prefix);
  if (Array.isArray(data)) {
    data.forEach((item, i) => paths(item, [...prefix, i], out));
    out.push([...prefix, data.length], [...prefix, 'x']);
  } else if (data && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) paths(v, [...prefix, k], out);
    out.push([...prefix, 'no-such-key'], [...prefix, 0]);
  } else out.push([...prefix, 'below-a-scalar']);
  return out;
}

/** Whether the fast path took the text; throws (a test failure) if it differs from the Document path in anything. */
function same(text: string): boolean {
  const shown = text.length > 600 ? `${text.slice(0, 600)}...` : text;
  const fast = parseYaml('f.yaml', text);
  const full = parseYaml('f.yaml', text, { fast: false });
  const took = fast.source.index !== undefined;
  expect(fast.diagnostics, shown).toEqual(full.diagnostics);
  if (!took) return false;
  expect(full.diagnostics, shown).toEqual([]);
  expect(fast.source.data, shown).toStrictEqual(full.source.data);
  expect(fast.source.lineCounter.lineStarts, shown).toEqual(full.source.lineCounter.lineStarts);
  for (const path of paths(full.source.data)) {
    for (const key of [false, true]) {
      expect(locate(fast.source, path, { key }), `${JSON.stringify(path)} key=${key}\n${shown}`).toEqual(locate(full.source, path, { key }));
    }
  }
  return true;
}

const TOKENS = [':', ' ', '  ', '#', ' #', '-', '- ', '"', "'", '|', '>', '>-', '|-', '|+', '>2', '\n', '\n\n', '\n  ', '\n    ', '\r\n', '\t', 'null', '~', 'true', 'False', '0x1F', '0o17', '1e3', '.5', '-3', '+7', '.inf', '.NaN', '[', ']', '{', '}', ',', '&a ', '*a', '!!str ', '? ', '---', '...', '%', 'ä', '\u00a0', '\u2028', '\\', '\\n', '"a\\tb"', "'it''s'", '"\\u00e9\\x41"', 'key: value', 'a: b: c', '__proto__: 1', 'x:y', ' : ', '@', '`'];

function mutate(text: string, rnd: () => number): string {
  let t = text;
  const edits = 1 + Math.floor(rnd() * 3);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rnd() * (t.length + 1));
    const r = rnd();
    if (r < 0.45) t = t.slice(0, at) + TOKENS[Math.floor(rnd() * TOKENS.length)] + t.slice(at);
    else if (r < 0.65) t = t.slice(0, at) + t.slice(at + 1 + Math.floor(rnd() * 4));
    else {
      // Re-indent a line by -2..+2 spaces.
      const start = t.lastIndexOf('\n', at - 1) + 1;
      const d = Math.floor(rnd() * 5) - 2;
      t = d >= 0 ? t.slice(0, start) + ' '.repeat(d) + t.slice(start) : t.slice(0, start) + t.slice(start).replace(new RegExp(`^ {0,${-d}}`), '');
    }
  }
  return t;
}

describe('the fast YAML path reads as `yaml` does', () => {
  it('on the examples and the corpora, and takes the examples', () => {
    let took = 0;
    for (const text of CORPUS) if (same(text)) took++;
    for (const text of EXAMPLE_TEXTS) expect(fastParse(text), text.slice(0, 200)).toBeDefined();
    expect(took).toBeGreaterThan(EXAMPLE_TEXTS.length);
  });

  it('leaves deep nesting to `yaml`, which reports it', () => {
    const deep = (n: number) => `risks:\n${Array.from({ length: n }, (_, i) => `${' '.repeat(i + 1)}- `).join('\n')}\n`;
    expect(fastParse(deep(20))).toBeDefined();
    expect(fastParse(deep(1500))).toBeUndefined();
    expect(fastParse(`a:\n${Array.from({ length: 100 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')}\n`)).toBeUndefined();
  });

  it('with CR LF line ends and without a final line break', () => {
    for (const text of EXAMPLE_TEXTS) {
      expect(same(text.replace(/\n/g, '\r\n'))).toBe(true);
      expect(same(text.replace(/\n+$/, ''))).toBe(true);
    }
  });

  it('on texts mutated from the examples and corpora', () => {
    const rnd = prng(8);
    let took = 0;
    for (let i = 0; i < 3000; i++) {
      const base = CORPUS[Math.floor(rnd() * CORPUS.length)]!;
      if (same(mutate(base, rnd))) took++;
    }
    expect(took).toBeGreaterThan(300);
    // Most mutated texts are broken, and the cause of each syntax error is looked for (src/core/yaml/syntax.ts,
    // a few parses each): more work than the default time allows on a busy machine.
  }, 180_000);

  it('on generated documents with every construct it reads', () => {
    const scalar = fc.oneof(
      fc.constantFrom('plain', 'two words', 'null', 'Null', '~', 'true', 'FALSE', '12', '-3', '+4', '0o17', '0x1f', '1.5', '.5', '1e3', '-.inf', '.NaN', '1:20', 'a#b', 'C#', 'x]', 'a, b', '2025-06-30', 'é ü', 'text\u00a0nbsp', '-dash', "'single'", "'it''s'", '""', '"double \\" quote"', '"\\u00e9\\n\\t\\x41\\U0001F600"', "''"),
      fc.string({ unit: fc.constantFrom('a', 'b', ' ', ':', '#', '-', "'", '"', '1', '.', '\\'), minLength: 1, maxLength: 8 }),
    );
    const block = fc.tuple(fc.constantFrom('|', '>', '|-', '>-'), fc.array(fc.oneof(fc.constantFrom('', 'line', 'more words here', '# hash', '  deeper', '    deeper still'), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 6 }));
    type Tree = { k: 'map'; entries: [string, Tree][] } | { k: 'seq'; items: Tree[] } | { k: 'scalar'; v: string } | { k: 'block'; header: string; lines: string[] } | { k: 'empty' };
    const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        scalar.map((v): Tree => ({ k: 'scalar', v })),
        block.map(([header, lines]): Tree => ({ k: 'block', header, lines })),
        fc.constant<Tree>({ k: 'empty' }),
        fc.array(fc.tuple(fc.constantFrom('id', 'name', 'a', 'b_c', 'd-e', 'x1', 'phase', 'key'), tie('node')), { minLength: 1, maxLength: 4 }).map((entries): Tree => ({ k: 'map', entries })),
        fc.array(tie('node'), { minLength: 1, maxLength: 4 }).map((items): Tree => ({ k: 'seq', items })),
      ),
    })).node;
    const style = fc.record({ indent: fc.constantFrom(1, 2, 4), sameIndentSeq: fc.boolean(), comments: fc.boolean(), crlf: fc.boolean() });

    function render(t: Tree, indent: number, s: { indent: number; sameIndentSeq: boolean; comments: boolean }, rnd: () => number): string[] {
      const pad = ' '.repeat(indent);
      const comment = () => (s.comments && rnd() < 0.3 ? [`${' '.repeat(Math.floor(rnd() * (indent + 3)))}# note`] : []);
      const inline = (v: Tree, childIndent: number): [string, string[]] => {
        if (v.k === 'scalar') return [` ${v.v}${s.comments && rnd() < 0.2 ? ' # c' : ''}`, []];
        if (v.k === 'empty') return [rnd() < 0.5 ? '' : ' # empty', []];
        if (v.k === 'block') return [` ${v.header}`, v.lines.map((l) => (l === '' ? '' : ' '.repeat(childIndent) + l))];
        return ['', render(v, childIndent, s, rnd)];
      };
      if (t.k === 'map') {
        const seen = new Set<string>();
        return t.entries.flatMap(([key, v]) => {
          if (seen.has(key)) return [];
          seen.add(key);
          const childIndent = v.k === 'seq' && s.sameIndentSeq ? indent : indent + s.indent;
          const [head, body] = inline(v, childIndent);
          return [...comment(), `${pad}${key}:${head}`, ...body];
        });
      }
      if (t.k === 'seq') {
        return t.items.flatMap((v) => {
          if (v.k === 'map' && rnd() < 0.7) {
            const lines = render(v, indent + 2, s, rnd);
            return [...comment(), `${pad}- ${lines[0]!.slice(indent + 2)}`, ...lines.slice(1)];
          }
          const [head, body] = inline(v, indent + s.indent);
          return [...comment(), `${pad}-${head}`, ...body];
        });
      }
      return [`${pad}${inline(t, indent)[0].trim()}`];
    }

    let took = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('name', 'phase', 'stakeholders', 'risks'), tree), { minLength: 1, maxLength: 4 }), style, fc.integer(), (entries, s, seed) => {
        const root: Tree = { k: 'map', entries };
        const lines = render(root, 0, s, prng(seed));
        const text = lines.join(s.crlf ? '\r\n' : '\n') + (seed % 3 ? '\n' : '');
        if (same(text)) took++;
      }),
      { seed: 20250508, numRuns: 1500 },
    );
    expect(took).toBeGreaterThan(300);
  });
});
