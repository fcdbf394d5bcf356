#!/usr/bin/env node
// The build (`npm run build`, also run by `prepare` and `npm test`):
//   1. schemas/ → standalone validators (scripts/compile-validators.mjs), the IATI codelists → one compact file
//      (scripts/compile-codelists.mjs), templates/ → precompiled templates (scripts/precompile-templates.mjs);
//   2. TypeScript → dist/ (tsc -p tsconfig.build.json), one module per source file, as before;
//   3. esbuild → dist/bundle/partner.js: the CLI as ES modules, main (the command table, commander) in one file and a
//      chunk per command, loaded on demand. Commands' heavy dependencies (inquirer, handlebars, marked,
//      sanitize-html) and `yaml` (needed only when a file needs a full YAML Document) stay in node_modules,
//      imported by the chunk that needs them;
//   4. esbuild → dist/bundle/check.cjs: the same CLI as one CommonJS script for `partner check` (other commands'
//      modules left out: check.cjs never runs them), and dist/bundle/check.cache, the V8 code cache of that script
//      after checking the examples, so `partner check` starts with its code compiled; and the same for `partner
//      render` (dist/bundle/render.cjs, with Handlebars's runtime in it, and render.cache).
// bin/load.cjs picks what to run. Every output file is written beside its place and renamed into it, chunks before
// the entry that imports them, the cache after its script (which it names by id): a partner started at any moment of
// a build runs either the old build or the new one.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'dist', 'bundle');
process.chdir(ROOT);

/** Packages bundled into the check path; every other package stays an import from node_modules. */
// docx (with fflate and nanoid) is bundled too, into the chunk of `--format docx` only: the shipped package then
// depends on no nanoid 6, which needs Node 22 (the build's tree holds nanoid 5 through package.json's overrides).
const BUNDLED = new Set(['commander', 'chalk', 'ajv', 'fast-deep-equal', 'docx', 'fflate', 'nanoid']);
/** Commands that check.cjs leaves out (their modules are imported from dist/commands/ if ever asked for). */
const COMMAND = /^\.\/[a-z-]+\.js$/;

function run(args) {
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run(['scripts/compile-validators.mjs']);
run(['scripts/compile-codelists.mjs']);
run(['scripts/precompile-templates.mjs']);
run([join('node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json']);

const esbuild = await import('esbuild');
const builtins = new Set(builtinModules);
const packageOf = (path) => (path.startsWith('@') ? path.split('/').slice(0, 2).join('/') : path.split('/')[0]);
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;

/**
 * Bundles BUNDLED packages and `packages`; Node's built-ins and other packages stay imports. With `commands`, the
 * modules of other commands (the dynamic imports of src/commands/index.ts) stay imports too, of dist/commands/.
 */
function externals({ commands, packages = [] } = {}) {
  const bundled = new Set([...BUNDLED, ...packages]);
  return {
    name: 'externals',
    setup(build) {
      build.onResolve({ filter: /^[^./#]/ }, (args) => {
        if (args.path.startsWith('node:') || builtins.has(args.path)) return { path: args.path, external: true };
        if (bundled.has(packageOf(args.path))) return undefined;
        return { path: args.path, external: true };
      });
      // partner always tells chalk the colour level (src/cli/io.ts wantsColor), so chalk's own detection, which
      // loads tty, net and os at start, is left out: its browser variant detects nothing.
      build.onResolve({ filter: /^#supports-color$/ }, (args) => (args.importer.includes(`${join('node_modules', 'chalk')}`) ? { path: join(dirname(args.importer), 'vendor', 'supports-color', 'browser.js') } : undefined));
      // commander requires child_process (and with it net and stream, about 14 ms) at load, for executable
      // subcommands, which partner has none of: load it on first use instead.
      build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        const eager = "const childProcess = require('node:child_process');";
        if (!source.includes(eager)) throw new Error(`${args.path}: commander changed; update the lazy child_process in scripts/build.mjs`);
        return { contents: source.replace(eager, "let childProcess_; const childProcess = { spawn: (...a) => (childProcess_ ??= require('node:child_process')).spawn(...a) };"), loader: 'js' };
      });
      if (commands) {
        const kept = new Set(commands.map((c) => `./${c}.js`));
        build.onResolve({ filter: COMMAND }, (args) =>
          !kept.has(args.path) && args.kind === 'dynamic-import' && args.importer.endsWith(join('src', 'commands', 'index.ts')) ? { path: `../commands/${args.path.slice(2)}`, external: true } : undefined,
        );
      }
    },
  };
}

const result = await esbuild.build({
  entryPoints: { partner: 'src/main.ts' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: OUT,
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  write: false,
  metafile: true,
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  define: { __PARTNER_VERSION__: JSON.stringify(version) },
  // Bundled CommonJS (commander, ajv's runtime helpers) may require Node's built-ins.
  banner: { js: "import { createRequire as __partnerCreateRequire } from 'node:module'; const require = __partnerCreateRequire(import.meta.url);" },
  plugins: [externals()],
});


mkdirSync(OUT, { recursive: true });
const put = (file, contents) => {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, file);
};
const entry = join(OUT, 'partner.js');
const outputs = result.outputFiles;
// Chunks first (their names carry a hash of their content), then the entry that imports them.
for (const f of outputs) if (f.path !== entry) put(f.path, f.contents);
for (const f of outputs) if (f.path === entry) put(f.path, f.contents);
put(join(OUT, 'meta.json'), JSON.stringify(result.metafile));

// 4. The scripts of the commands run most (check on every commit, render before every meeting), each with its
// code cache.
const WARM_CHECK = `
  const broken = mkdtempSync(join(tmpdir(), 'partner-warm-'));
  cpSync('examples/orangi-sanitation', broken, { recursive: true });
  writeFileSync(join(broken, 'risks.yaml'), 'risks:\\n  - id: Flood\\n    likelihood: sometimes\\n    owner: nobody\\n    descripton: x\\n');
  // The commonest run last, so that V8 has not flushed any of its code when the cache is taken.
  for (const args of [
    ['check', broken, '--format', 'github', '--explain'],
    ['check', broken, '--phase', 'sustaining', '--quiet'],
    ['check', 'examples', '--format', 'json'],
    ['check', 'examples', '--date', '2025-06-30'],
  ]) await main(args, io);
  rmSync(broken, { recursive: true, force: true });
`;
const WARM_RENDER = `
  for (const args of [
    ['render', 'map', 'examples/orangi-sanitation', '--date', '2025-06-30'],
    ['render', 'review', 'examples/orangi-sanitation', '--date', '2025-06-30'],
    ['render', 'agreement', 'examples/bangladesh-immunisation', '--date', '2025-06-30'],
    ['render', 'agreement', 'examples/orangi-sanitation', '--date', '2025-06-30'],
  ]) await main(args, io);
`;
await commandScript('check', ['check'], [], WARM_CHECK);
// Handlebars's runtime only: its compiler (for a broker's own template) stays in node_modules.
await commandScript('render', ['render', 'render-review'], ['handlebars'], WARM_RENDER);

/**
 * dist/bundle/<name>.cjs: the CLI as one CommonJS script with the modules of `commands` (src/commands/<command>.ts)
 * and `packages` bundled (other commands' modules are imported from dist/commands/ if ever asked for), and
 * dist/bundle/<name>.cache, its V8 code cache after running `warm` (see warmCodeCache).
 */
async function commandScript(name, commands, packages, warm) {
  const file = join(OUT, `${name}.cjs`);
  const built = await esbuild.build({
    entryPoints: ['src/bundle-entry.ts'],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    write: false,
    outfile: file,
    charset: 'ascii',
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
    define: { __PARTNER_VERSION__: JSON.stringify(version), 'import.meta.url': '__partnerModuleUrl' },
    banner: { js: "var __partnerModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
    metafile: true,
    plugins: [externals({ commands, packages })],
  });
  put(join(OUT, `${name}.meta.json`), JSON.stringify(built.metafile));
  const code = built.outputFiles[0].text;
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(code)) throw new Error(`${name}.cjs must be ASCII (bin/load.cjs reads it as latin1)`);
  // The first line names the build (bin/load.cjs uses a cache only with the script of the same name); the rest is the
  // module wrapped in the function bin/load.cjs calls, so the script is compiled as it is read.
  const id = `// partner ${name} ${createHash('sha256').update(code).digest('hex').slice(0, 32)}`;
  put(file, `${id}\n(function (exports, require, module, __filename, __dirname) {${code}\n})`);
  warmCodeCache(name, warm);
}

/**
 * Runs dist/bundle/<name>.cjs, through bin/load.cjs as the bin does, with `warm` (commands on the examples: valid,
 * with warnings, with errors, each output format), then writes the V8 code cache of everything that ran. The cache
 * works only with the same Node (bin/load.cjs falls back to compiling when V8 refuses it).
 */
function warmCodeCache(name, warm) {
  const script = `
    const { mkdtempSync, rmSync, writeFileSync, renameSync, cpSync } = require('node:fs');
    const { tmpdir } = require('node:os');
    const { join } = require('node:path');
    const load = require(${JSON.stringify(join(ROOT, 'bin', 'load.cjs'))});
    const { main } = load.loadScript(${JSON.stringify(name)});
    const quiet = { write() { return true; }, isTTY: false };
    const io = { stdout: quiet, stderr: quiet, stdinIsTTY: false, env: { NO_COLOR: '1', PARTNER_WORKERS: '0' }, cwd: process.cwd() };
    (async () => {
      ${warm}
      const file = ${JSON.stringify(join(OUT, `${name}.cache`))};
      writeFileSync(file + '.' + process.pid + '.tmp', load.codeCache(${JSON.stringify(name)}));
      renameSync(file + '.' + process.pid + '.tmp', file);
    })();
  `;
  const r = spawnSync(process.execPath, ['-e', script], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// Chunks of earlier builds: removed once they are an hour old, so a command started before this build (an `init`
// waiting for answers) can still load the chunks it expects.
const current = new Set(outputs.map((f) => basename(f.path)));
for (const name of readdirSync(OUT)) {
  if (!name.startsWith('chunk-') || current.has(name)) continue;
  const file = join(OUT, name);
  if (existsSync(file) && Date.now() - statSync(file).mtimeMs > 3_600_000) unlinkSync(file);
}
