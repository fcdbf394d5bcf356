// npm's `prepare` script: runs on `npm ci` / `npm install` in a clone, and when npm installs partnering from a git
// branch, before it packs npm's temporary clone. Builds (scripts/build.mjs). A global install from a git branch cannot
// work with npm 11: npm runs `prepare` without installing any dependency (npm/cli#8440: the child `npm install`
// inherits `--global`), and links the package to its temporary clone, which it then deletes (npm/cli#3692). So this
// says so, and what works instead: release tags carry the built files and no scripts (scripts/release.mjs), so they
// install as the published package does, without a build and without an install script for npm to ask about.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const env = process.env;

// The `npm install` that npm runs in its clone only to put the dependencies in place (pacote marks it with
// _PACOTE_NO_PREPARE_): npm runs `prepare` again right after, to pack; building once is enough.
if (env._PACOTE_NO_PREPARE_ && env.npm_package_resolved === 'null') process.exit(0);

const TOOLS = ['typescript', 'esbuild', 'ajv', 'handlebars'];
if (TOOLS.some((name) => !existsSync(join(ROOT, 'node_modules', name, 'package.json')))) {
  if (inNpmGitClone() && env.npm_config_global === 'true') {
    fail(`npm cannot build a global install from a git branch (npm/cli#8440). Install the published package,
  npm install -g partnering
or a release tag, which carries the built files, e.g.
  npm install -g "git+https://<host>/<owner>/partner.git#v${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}"`);
  }
  fail('the build tools are not installed: run `npm ci` first.');
}

const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

/** True in the temporary clone npm makes under its cache to build a git dependency. */
function inNpmGitClone() {
  if (!env.npm_package_resolved || !env.npm_config_cache) return false;
  const real = (p) => (existsSync(p) ? realpathSync(p) : p);
  const root = real(ROOT).replace(/[\\/]$/, '');
  return real(env.npm_package_resolved).replace(/[\\/]$/, '') === root && root.startsWith(join(real(env.npm_config_cache), '_cacache', 'tmp') + sep);
}

function fail(message) {
  process.stderr.write(`partnering: ${message}\n`);
  process.exit(1);
}
