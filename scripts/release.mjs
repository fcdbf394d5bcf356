// `npm run release`: tags a release that installs from git as the published package does. npm cannot build a global
// install from a git branch (see scripts/prepare.mjs), and the pre-commit framework installs hooks from a git tag,
// so the tag points at a release commit: the commit checked out (HEAD, which must be clean) plus exactly what
// `npm pack` ships of what git does not track (dist/, built afresh by prepack, and the shipped package.json: no
// devDependencies, no scripts, so npm runs nothing when it installs it; scripts/pack-manifest.mjs). The release
// commit's parent is HEAD; no branch moves and the working folder is not touched (a temporary index is used).
//
//   node scripts/release.mjs                             tags v<version> from package.json
//   node scripts/release.mjs --force                     moves an existing tag of that name
//   node scripts/release.mjs --pack-destination <dir>    also keeps the tarball there (what `npm publish` uploads)
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const force = args.includes('--force');
const keep = args.includes('--pack-destination') ? resolve(args[args.indexOf('--pack-destination') + 1] ?? fail('--pack-destination needs a folder.')) : undefined;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const tag = `v${pkg.version}`;

const git = (gitArgs, options = {}) => {
  const r = spawnSync('git', gitArgs, { cwd: ROOT, encoding: 'utf8', ...options });
  if (r.status !== 0) fail(`git ${gitArgs.join(' ')} failed: ${(r.stderr || '').trim()}`);
  return r.stdout.trim();
};

if (git(['status', '--porcelain', '--untracked-files=no'])) fail('the working folder has uncommitted changes; commit them first, so the release is what HEAD holds.');
if (!force && spawnSync('git', ['rev-parse', '-q', '--verify', `refs/tags/${tag}`], { cwd: ROOT }).status === 0) fail(`tag ${tag} exists; raise the version in package.json, or pass --force to move it.`);

const temp = mkdtempSync(join(tmpdir(), 'partnering-release-'));
try {
  // npm pack runs prepack (a fresh build, the shipped package.json) and postpack (package.json put back).
  rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
  const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
  const pack = spawnSync(npm[0], [...npm.slice(1), 'pack', '--pack-destination', temp, '--loglevel=warn'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], shell: npm.length === 1 && process.platform === 'win32' });
  if (pack.status !== 0) fail('npm pack failed.');
  const tarball = join(temp, `${pkg.name}-${pkg.version}.tgz`);
  if (spawnSync('tar', ['xzf', tarball], { cwd: temp }).status !== 0) fail(`cannot unpack ${tarball}.`);

  const env = { ...process.env, GIT_INDEX_FILE: join(temp, 'index') };
  git(['read-tree', 'HEAD'], { env });
  git(['--work-tree', join(temp, 'package'), 'add', '--force', '--', 'dist', 'package.json'], { env });
  const tree = git(['write-tree'], { env });
  const commit = git(['commit-tree', tree, '-p', 'HEAD', '-m', `Release ${tag}: the built files, and package.json as published`]);
  git(['tag', ...(force ? ['--force'] : []), '-a', tag, '-m', `partnering ${pkg.version}`, commit]);
  if (keep) {
    mkdirSync(keep, { recursive: true });
    copyFileSync(tarball, join(keep, `${pkg.name}-${pkg.version}.tgz`));
  }
  process.stdout.write(`Tagged ${tag} (${commit.slice(0, 12)}): install it with\n  npm install -g "git+<repository url>#${tag}"\nPush it with: git push origin ${tag}\n`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}

function fail(message) {
  process.stderr.write(`release: ${message}\n`);
  process.exit(2);
}
