'use strict';
/* global require, module, __dirname */ // CommonJS, see bin/package.json
/* eslint-disable @typescript-eslint/no-require-imports */
// Loads the build of main() that `npm run build` wrote (scripts/build.mjs):
// - for `partner check`, run on every commit: dist/bundle/check.cjs, the CLI as one CommonJS script, compiled with the
//   V8 code cache the build made for it (dist/bundle/check.cache), so Node neither resolves a module graph nor parses
//   and compiles the code again. The cache is used only with the very script it was made from (both carry the build's
//   id) and only if this Node's V8 accepts it; otherwise the script is compiled as usual. `partner render` likewise
//   runs dist/bundle/render.cjs with dist/bundle/render.cache.
// - for every other command: dist/bundle/partner.js (ES modules, a chunk per command).
// A bundle older than dist/main.js (tsc run alone after the last build) is not used: dist/main.js is, for every
// command.
const { readFileSync, statSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const DIST = join(__dirname, '..', 'dist');
const BUNDLE = join(DIST, 'bundle');
const MAIN = join(DIST, 'main.js');
/** The commands that have a script of their own (dist/bundle/<name>.cjs), by the command's first word. */
const SCRIPTS = { check: 'check', render: 'render' };

/** The scripts run so far, by name: { script, id, exports }. */
const scripts = {};
/** What was loaded, for test/perf-work.test.ts: the build run, and whether the code cache was used. */
const status = { build: 'none', cache: 'none' };

/** The exports of dist/bundle/<name>.cjs: main, processIo, useWorkers, workerMain. */
function loadScript(name) {
  if (scripts[name]) return scripts[name].exports;
  const vm = require('node:vm');
  const file = join(BUNDLE, `${name}.cjs`);
  // ASCII (scripts/build.mjs makes sure), and latin1 is the quickest way to read it; it is a function expression.
  const source = readFileSync(file, 'latin1');
  const id = source.slice(0, source.indexOf('\n'));
  let cachedData;
  try {
    const cache = readFileSync(join(BUNDLE, `${name}.cache`));
    const nl = cache.indexOf(10);
    if (nl > 0 && cache.toString('utf8', 0, nl) === id) cachedData = cache.subarray(nl + 1);
  } catch {
    // No cache: compile as usual.
  }
  const script = new vm.Script(source, { filename: file, cachedData });
  status.build = `${name}.cjs`;
  status.cache = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  const mod = { exports: {} };
  script.runInThisContext().call(mod.exports, mod.exports, createRequire(file), mod, file, BUNDLE);
  scripts[name] = { script, id, exports: mod.exports };
  return mod.exports;
}

/** The check script, for worker threads (bin/check-worker.cjs). */
function loadCheck() {
  return loadScript('check');
}

/** The V8 code cache of script `name` as run so far, headed by the build id (for scripts/build.mjs). */
function codeCache(name) {
  loadScript(name);
  const { script, id } = scripts[name];
  return Buffer.concat([Buffer.from(`${id}\n`), script.createCachedData()]);
}

/** Whether `file` exists and was built with or after dist/main.js. */
function fresh(file) {
  const built = statSync(file, { throwIfNoEntry: false });
  const main = statSync(MAIN, { throwIfNoEntry: false });
  return built !== undefined && (main === undefined || built.mtimeMs >= main.mtimeMs);
}

function main(argv) {
  guardStreams();
  const name = Object.hasOwn(SCRIPTS, argv[0]) ? SCRIPTS[argv[0]] : undefined;
  if (name !== undefined && fresh(join(BUNDLE, `${name}.cjs`))) {
    const cli = loadScript(name);
    if (name === 'check') cli.useWorkers(join(__dirname, 'check-worker.cjs'));
    // Once the command is done, with its output flushed, nothing is left to do: exit then, rather than after V8's
    // background work (optimising compilers, collectors) winds down, which costs every commit some milliseconds.
    return cli.main(argv, cli.processIo()).then((code) => flushed(process.stdout).then(() => flushed(process.stderr)).then(() => process.exit(code)));
  }
  const bundle = join(BUNDLE, 'partner.js');
  status.build = fresh(bundle) ? 'partner.js' : 'main.js';
  return import(pathToFileURL(status.build === 'partner.js' ? bundle : MAIN).href).then((m) => m.main(argv));
}

/**
 * When the output cannot be written: a closed pipe (`partner render review p | head -1`) ends the run quietly with
 * exit 0, as `head` expects (git and ripgrep do the same); any other failure (a full disk, `> /dev/full`) is one line
 * on standard error and exit 2. Never Node's "Unhandled 'error' event" and its stack trace.
 */
function guardStreams() {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
      if (error && error.code === 'EPIPE') process.exit(0);
      if (stream === process.stdout) {
        try {
          require('node:fs').writeSync(2, `partner: cannot write the output (${writeFailure(error)}); it is incomplete.\n`);
        } catch {
          // Standard error is gone too: the exit code says it.
        }
      }
      process.exit(2);
    });
  }
}

/** A write error in a few words. */
function writeFailure(error) {
  const code = error && error.code;
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'EDQUOT') return 'disk quota exceeded';
  if (code === 'EIO') return 'input/output error';
  return code || 'write error';
}

/** Resolves once everything written to `stream` so far is handed to the system. */
function flushed(stream) {
  return new Promise((resolve) => stream.write('', resolve));
}

module.exports = { main, loadScript, loadCheck, codeCache, status };
