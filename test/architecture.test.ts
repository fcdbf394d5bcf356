// The layers of src/ (README, Development): a module imports only from its own layer or the layers below, and no
// modules import each other in a circle. A new circle or upward import fails here with the import that causes it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '..', 'src');

/** Lowest first. A path belongs to the longest prefix that matches it. */
const LAYERS: readonly (readonly string[])[] = [
  ['util/', 'model/', 'types/'],
  ['core/base/'],
  // Compiled at build time: the validators use base's date format; render runs the templates.
  ['generated/'],
  ['core/yaml/'],
  ['core/folder/'],
  ['core/check/'],
  ['core/lifecycle/', 'core/git/', 'core/record/', 'core/workers/'],
  ['core/documents/'],
  ['core/export/'],
  ['core/portfolio/'],
  ['cli/', 'render/', 'format/'],
  ['commands/'],
  ['main.ts', 'bundle-entry.ts'],
];

function layerOf(file: string): number {
  let best = -1;
  let bestLength = -1;
  LAYERS.forEach((prefixes, rank) => {
    for (const p of prefixes) if (file.startsWith(p) && p.length > bestLength) [best, bestLength] = [rank, p.length];
  });
  return best;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|js)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [relative(SRC, path)] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

export function importsOf(file: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2]!;
    out.push(relative(SRC, resolve(dirname(join(SRC, file)), spec)).replace(/\.js$/, '.ts'));
  }
  return out;
}

function graph(): Map<string, string[]> {
  const files = sourceFiles(SRC);
  const known = new Set(files);
  const withJs = (f: string) => (known.has(f) ? f : f.replace(/\.ts$/, '.js'));
  return new Map(files.map((f) => [f, importsOf(f, readFileSync(join(SRC, f), 'utf8')).map(withJs)]));
}

/** Strongly connected components of more than one module (Tarjan), each a circle of imports. */
function circles(g: Map<string, string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of g.get(v) ?? []) {
      if (!g.has(w)) continue;
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (g.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of g.keys()) if (!indices.has(v)) visit(v);
  return found;
}

describe('the layers of src/', () => {
  const g = graph();

  it('places every module in a layer', () => {
    expect([...g.keys()].filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it('has no upward imports', () => {
    const upward = [...g].flatMap(([file, imports]) => imports.filter((i) => layerOf(i) > layerOf(file)).map((i) => `${file} imports ${i}`));
    expect(upward).toEqual([]);
  });

  it('has no circles of imports', () => {
    expect(circles(g)).toEqual([]);
  });

  it('finds a circle and an upward import when there is one (the test itself can fail)', () => {
    const bad = new Map([
      ['core/check/a.ts', ['core/check/b.ts']],
      ['core/check/b.ts', ['core/check/a.ts']],
    ]);
    expect(circles(bad)).toEqual([['core/check/a.ts', 'core/check/b.ts']]);
    expect(layerOf('core/base/wording.ts')).toBeLessThan(layerOf('render/markdown.ts'));
    expect(importsOf('core/check/x.ts', "import type { A } from '../base/diagnostic.js';\nconst m = await import('./y.js');")).toEqual(['core/base/diagnostic.ts', 'core/check/y.ts']);
  });
});
