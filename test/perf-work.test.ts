/**
 * Performance regressions, asserted as work done and never as time (scripts/bench.mjs judges time): files read once,
 * no YAML Document built for files the fast path reads, no schema compiled at run time, the check path loading
 * nothing that other commands need, the code cache used, and worker threads changing nothing in the output.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgreement } from '../src/core/documents/agreement/model.js';
import { checkPartnership } from '../src/core/check/check.js';
import { loadPartnershipModel } from '../src/core/check/model-load.js';
import { renderBuiltin, templateWork } from '../src/render/handlebars.js';
import { TEMPLATE_DIR } from '../src/render/templates.js';
import { readText } from '../src/core/folder/load.js';
import { schemaStats } from '../src/core/check/schemas.js';
import { parseStats } from '../src/core/yaml/source.js';
import { WORKER_THRESHOLD } from '../src/core/workers/pool.js';
import { BIN, EXAMPLES, removeDir, ROOT, tempDir } from './helpers/cli.js';

const ORANGI = join(EXAMPLES, 'orangi-sanitation');
/** Packages that commands other than check need; check must never load them. */
const NOT_FOR_CHECK = ['@inquirer', 'handlebars', 'marked', 'sanitize-html', 'docx', '@resvg', 'fflate'];
/** Packages only the Word document needs (`render --format docx`). */
const FOR_WORD = ['docx', '@resvg/resvg-js', 'fflate'];

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml') && statSync(join(dir, f)).isFile());
}

let tmp: string;
beforeAll(() => {
  tmp = tempDir('partner-perf-');
});
afterAll(() => removeDir(tmp));

interface Loaded {
  modules: string[];
  builtins: string[];
  status: { build: string; cache: string };
}

/** Runs the built binary with a hook that reports, at exit, every module it loaded and what bin/load.cjs did. */
function runTraced(args: string[], env: Record<string, string> = {}): { code: number; stdout: string; loaded: Loaded } {
  const hook = join(tmp, 'trace.cjs');
  writeFileSync(hook, `process.on('exit', () => {
  const load = require.cache[${JSON.stringify(join(ROOT, 'bin', 'load.cjs'))}];
  process.stderr.write('\\nTRACE ' + JSON.stringify({ modules: Object.keys(require.cache), builtins: process.moduleLoadList, status: load && load.exports.status }) + '\\n');
});
`);
  const r = spawnSync(process.execPath, ['--require', hook, BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 60_000 });
  const line = r.stderr.split('\n').find((l) => l.startsWith('TRACE '));
  if (!line) throw new Error(`no trace: ${r.stderr}`);
  return { code: r.status ?? -1, stdout: r.stdout, loaded: JSON.parse(line.slice(6)) as Loaded };
}

describe('work done by partner check', () => {
  it('reads each file of a partnership once, validates each once, and builds no YAML Document', () => {
    const files = yamlFiles(ORANGI);
    const fast = parseStats.fast;
    const documents = parseStats.documents;
    const validations = schemaStats.validations;
    const check = checkPartnership(ORANGI, { today: '2025-06-30' });
    expect(check.filesRead).toBe(files.length);
    expect(parseStats.fast - fast).toBe(files.length);
    expect(parseStats.documents - documents).toBe(0);
    // One validation per file; the phase gate reads the model (src/core/check/requirements.ts), not a schema.
    expect(schemaStats.validations - validations).toBe(files.length);
  });

  it('builds a YAML Document only for a file the fast path leaves to `yaml`', () => {
    const dir = join(tmp, 'flow');
    cpSync(ORANGI, dir, { recursive: true });
    // A flow mapping: valid YAML that the fast path leaves to `yaml`.
    writeFileSync(join(dir, 'risks.yaml'), readFileSync(join(ORANGI, 'risks.yaml'), 'utf8').replace(/^risks:\n/m, 'risks:\n  - {id: flood, description: The river floods, mitigation: Drains kept clear}\n'));
    const documents = parseStats.documents;
    const check = checkPartnership(dir, { today: '1995-06-01' });
    expect(parseStats.documents - documents).toBe(1);
    expect(check.filesRead).toBe(yamlFiles(dir).length);
    expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('runs the check bundle with its code cache, and loads no other command\'s packages, no schema compiler and no `yaml`', () => {
    const r = runTraced(['check', 'examples/orangi-sanitation', '--date', '1995-06-01']);
    expect(r.code).toBe(0);
    expect(r.loaded.status).toEqual({ build: 'check.cjs', cache: 'used' });
    const packages = r.loaded.modules.filter((m) => m.includes('node_modules'));
    for (const p of [...NOT_FOR_CHECK, 'ajv', 'yaml', 'commander', 'chalk']) expect(packages.filter((m) => m.includes(`node_modules/${p}`))).toEqual([]);
    // One partnership: no threads. No child processes (commander's are loaded on use), and no terminal detection
    // (chalk is always told the colour level): Node modules a check does not need.
    for (const builtin of ['worker_threads', 'child_process', 'tty', 'os']) expect(r.loaded.builtins).not.toContain(`NativeModule ${builtin}`);
  });

  it('loads `yaml` only when a file needs it', () => {
    const dir = join(tmp, 'syntax');
    cpSync(ORANGI, dir, { recursive: true });
    writeFileSync(join(dir, 'risks.yaml'), 'risks: [\n');
    const r = runTraced(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.loaded.modules.some((m) => m.includes('node_modules/yaml/'))).toBe(true);
    for (const p of NOT_FOR_CHECK) expect(r.loaded.modules.filter((m) => m.includes(`node_modules/${p}`))).toEqual([]);
  });

  it('keeps other commands\' packages out of the check path of the ES module bundle', () => {
    const meta = JSON.parse(readFileSync(join(ROOT, 'dist', 'bundle', 'meta.json'), 'utf8')) as { outputs: Record<string, { entryPoint?: string; imports: { path: string; kind: string; external?: boolean }[] }> };
    const entry = Object.entries(meta.outputs).find(([, o]) => o.entryPoint === 'src/commands/check.ts');
    expect(entry).toBeDefined();
    const seen = new Set<string>();
    const externals: string[] = [];
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const i of meta.outputs[file]?.imports ?? []) {
        if (i.kind !== 'import-statement') continue;
        if (i.external) externals.push(i.path);
        else walk(i.path);
      }
    };
    walk(entry![0]);
    expect(externals.filter((p) => NOT_FOR_CHECK.some((n) => p.startsWith(n)))).toEqual([]);
    const script = readFileSync(join(ROOT, 'dist', 'bundle', 'check.cjs'), 'latin1');
    for (const p of NOT_FOR_CHECK) expect(script).not.toContain(`require("${p}`);
  });
});

describe('work done by partner render', () => {
  it('runs the render bundle with its code cache, and never loads Handlebars\'s compiler for the built-in templates', () => {
    for (const args of [['render', 'agreement', 'examples/orangi-sanitation'], ['render', 'review', 'examples/orangi-sanitation'], ['render', 'map', 'examples/bangladesh-immunisation']]) {
      const r = runTraced([...args, '--date', '2025-06-30']);
      expect(r.code).toBe(0);
      expect(r.loaded.status).toEqual({ build: 'render.cjs', cache: 'used' });
      // Handlebars's runtime is inside the bundle: nothing of the package is loaded from node_modules.
      expect(r.loaded.modules.filter((m) => /node_modules\/(handlebars|@inquirer|marked|sanitize-html|yaml|docx|@resvg|fflate)\//.test(m))).toEqual([]);
    }
    // The HTML page's template is precompiled too: HTML needs marked and sanitize-html, never Handlebars's compiler.
    const html = runTraced(['render', 'agreement', 'examples/orangi-sanitation', '--format', 'html', '--out', join(tmp, 'agreement.html')]);
    expect(html.code).toBe(0);
    expect(html.loaded.modules.some((m) => m.includes('node_modules/sanitize-html/'))).toBe(true);
    expect(html.loaded.modules.filter((m) => m.includes('node_modules/handlebars/'))).toEqual([]);
    for (const p of FOR_WORD) expect(html.loaded.modules.filter((m) => m.includes(`node_modules/${p}/`))).toEqual([]);
  });

  it('loads the Word packages (docx, the rasteriser, the zip library) only for --format docx', () => {
    const word = runTraced(['render', 'review', 'examples/orangi-sanitation', '--date', '2025-06-30', '--format', 'docx', '--out', join(tmp, 'review.docx')]);
    expect(word.code).toBe(0);
    expect(word.loaded.status).toEqual({ build: 'render.cjs', cache: 'used' });
    // The rasteriser (a prebuilt binary) comes from node_modules; docx and its zip library are bundled into the script
    // (scripts/build.mjs), so the installed package needs neither, nor docx's nanoid 6 (Node 22 only).
    expect(word.loaded.modules.some((m) => m.includes('node_modules/@resvg/resvg-js/')), '@resvg/resvg-js').toBe(true);
    for (const p of ['docx', 'fflate', 'nanoid']) expect(word.loaded.modules.filter((m) => m.includes(`node_modules/${p}/`)), p).toEqual([]);
    expect(word.loaded.modules.filter((m) => m.includes('node_modules/handlebars/'))).toEqual([]);
  });

  it('runs the built-in templates as precompiled, and compiles them only once a file changed since the build', () => {
    const load = loadPartnershipModel(ORANGI, { today: '2025-06-30' });
    if (!load.ok) throw new Error('the example has errors');
    const view = buildAgreement(load.model, { date: '2025-06-30', commit: null, uncommitted: false });
    const before = { ...templateWork };
    const precompiled = renderBuiltin('agreement', view);
    expect(templateWork.compiled - before.compiled).toBe(0);
    expect(templateWork.compilerLoaded).toBe(false);
    expect(templateWork.precompiled - before.precompiled).toBe(readdirSync(join(TEMPLATE_DIR, 'agreement', 'partials')).length + 1);

    // A copy of templates/ with one partial changed: that document's templates are compiled, and the change shows.
    const dir = join(tmp, 'templates');
    cpSync(TEMPLATE_DIR, dir, { recursive: true });
    const disputes = join(dir, 'agreement', 'partials', 'disputes.md.hbs');
    writeFileSync(disputes, `${readFileSync(disputes, 'utf8')}\nChanged after the build.\n`);
    const compiled = renderBuiltin('agreement', view, dir);
    expect(templateWork.compiled - before.compiled).toBe(readdirSync(join(dir, 'agreement', 'partials')).length + 1);
    expect(templateWork.compilerLoaded).toBe(true);
    expect(compiled).toContain('Changed after the build.');
    expect(compiled.replace('\nChanged after the build.\n', '')).toBe(precompiled);
  });
});

describe('many partnerships on worker threads', () => {
  let repo: string;
  beforeAll(() => {
    repo = join(tmp, 'repo');
    const examples = readdirSync(EXAMPLES).filter((n) => statSync(join(EXAMPLES, n)).isDirectory());
    for (let i = 0; i < WORKER_THRESHOLD + 9; i++) {
      const dir = join(repo, `p-${String(i).padStart(3, '0')}`);
      cpSync(join(EXAMPLES, examples[i % examples.length]!), dir, { recursive: true });
      // Some with errors, so that findings (and their code frames) come from every thread.
      if (i % 5 === 0) writeFileSync(join(dir, 'risks.yaml'), 'risks:\n  - id: Flood\n    likelihod: high\n');
      if (i % 7 === 0) mkdirSync(join(dir, 'reviews'), { recursive: true });
    }
  });

  it('gives the same output, in the same order, as one thread', () => {
    for (const format of ['stylish', 'json', 'github']) {
      const args = ['check', repo, '--format', format, '--date', '2025-06-30'];
      const one = runTraced(args, { PARTNER_WORKERS: '0' });
      const three = runTraced(args, { PARTNER_WORKERS: '3' });
      expect(one.code).toBe(1);
      expect(three.code).toBe(1);
      expect(three.stdout).toBe(one.stdout);
      expect(one.loaded.builtins).not.toContain('NativeModule worker_threads');
      expect(three.loaded.builtins).toContain('NativeModule worker_threads');
    }
  });
});

describe('reading files', () => {
  it('decodes exactly as a fatal TextDecoder does, byte-order mark and all', () => {
    const file = join(tmp, 'bytes.yaml');
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }).map((s) => new Uint8Array(Buffer.from(`\uFEFF${s}`)))), (bytes) => {
        writeFileSync(file, bytes);
        const read = readText(file);
        if (bytes.includes(0)) return;
        let expected: string | undefined;
        try {
          expected = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          expected = undefined;
        }
        if (expected === undefined) expect('error' in read && read.error.rule).toBe('encoding');
        else expect(read).toEqual({ text: expected });
      }),
      { seed: 7, numRuns: 400 },
    );
  });
});
