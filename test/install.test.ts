// Installs a broker can do with only Node and npm (issue 16), each end to end: from the packed tarball (what npm
// publish ships), from a git release tag, through the pre-commit framework, and into a project for `npx partner`.
// Everything comes from npm's cache (--prefer-offline): the packages are the ones `npm ci` already fetched.
// Slow by nature (real npm installs); they share one repository, release and tarball, made once.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT } from './helpers/cli.js';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const SLOW = { timeout: 300_000 };

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a user's shell: none of the npm_* settings of the `npm test` that may be running this. */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_|^NODE_OPTIONS$|^INIT_CWD$/i.test(k)) env[k] = v;
  return {
    ...env,
    GIT_AUTHOR_NAME: 'Amina',
    GIT_AUTHOR_EMAIL: 'amina@example.org',
    GIT_COMMITTER_NAME: 'Amina',
    GIT_COMMITTER_EMAIL: 'amina@example.org',
    GIT_CONFIG_NOSYSTEM: '1',
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    ...extra,
  };
}

function run(command: string, args: string[], cwd: string, options: SpawnSyncOptions & { extraEnv?: Record<string, string> } = {}): Run {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: userEnv(options.extraEnv), timeout: 240_000, ...options });
  return { status: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') + (r.error ? String(r.error) : '') };
}

const npm = (args: string[], cwd: string, extraEnv?: Record<string, string>) => run('npm', args, cwd, extraEnv ? { extraEnv } : {});
const git = (args: string[], cwd: string) => {
  const r = run('git', args, cwd);
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
};
/** What npm said that a user would have to act on: warnings (install scripts, deprecations) and errors. */
const complaints = (r: Run) => `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => /npm (warn|error)|install-scripts|allowScripts/i.test(l));

let work: string;
let clone: string;
let tarball: string;

beforeAll(() => {
  work = realpathSync(mkdtempSync(join(tmpdir(), 'partner-install-')));
  // The repository as it stands (committed or not): every file git would track, committed into a new repository.
  const source = join(work, 'source');
  const listed = git(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], ROOT).split('\0').filter(Boolean);
  for (const rel of listed) {
    if (!existsSync(join(ROOT, rel))) continue;
    mkdirSync(dirname(join(source, rel)), { recursive: true });
    cpSync(join(ROOT, rel), join(source, rel));
  }
  git(['init', '-q', '-b', 'main'], source);
  git(['add', '-A'], source);
  git(['commit', '-q', '-m', 'partner as it stands'], source);
  // The maintainer's fresh clone, with the build tools `npm ci` would install (borrowed, to save a minute).
  clone = join(work, 'clone');
  git(['clone', '-q', source, clone], work);
  symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'), 'dir');
  // The build reads the IATI codelists from the shared standards beside the repository (scripts/compile-codelists.mjs).
  const shared = join(ROOT, '..', 'shared');
  if (existsSync(shared)) symlinkSync(shared, join(work, 'shared'), 'dir');
  // The release: `npm pack` (what `npm publish` uploads) and the tag that carries the same files.
  const release = run(process.execPath, ['scripts/release.mjs', '--pack-destination', work], clone);
  if (release.status !== 0) throw new Error(`release failed: ${release.stderr}`);
  tarball = join(work, `partnering-${VERSION}.tgz`);
}, 600_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
}, 300_000);

/** A place far from the repository, holding a copy of the Orangi example (which has the IATI settings). */
function unrelatedFolder(name: string): string {
  const dir = join(work, name, 'my', 'partnerships');
  mkdirSync(dir, { recursive: true });
  cpSync(join(EXAMPLES, 'orangi-sanitation'), join(dir, 'orangi'), { recursive: true });
  return dir;
}

/** Runs the `partner` that an install put in `bin`, as the user's shell would find it on PATH. */
function partnerIn(bin: string) {
  return (args: string[], cwd: string) => run('partner', args, cwd, { extraEnv: { PATH: `${bin}:${process.env.PATH}`, NO_COLOR: '1' } });
}

describe('npm pack and the release tag', () => {
  it('ship the built files and a package.json without scripts or devDependencies, and leave the clone as it was', SLOW, () => {
    const listing = run('tar', ['tzf', tarball], work).stdout.split('\n');
    expect(listing).toEqual(expect.arrayContaining(['package/bin/partner.js', 'package/dist/bundle/check.cjs', 'package/schemas/stakeholders.schema.json', 'package/templates/agreement/agreement.md.hbs']));
    expect(listing.filter((f) => f.startsWith('package/src/') || f.startsWith('package/test/') || f.startsWith('package/scripts/'))).toEqual([]);
    const shipped = JSON.parse(run('tar', ['xzf', tarball, '-O', 'package/package.json'], work).stdout) as Record<string, unknown>;
    expect(shipped).toMatchObject({ name: 'partnering', version: VERSION, bin: { partner: 'bin/partner.js' } });
    expect(shipped.scripts).toBeUndefined();
    expect(shipped.devDependencies).toBeUndefined();
    // The tag holds the same package.json and built files.
    expect(git(['show', `v${VERSION}:package.json`], clone)).toBe(JSON.stringify(shipped, null, 2));
    expect(git(['show', `v${VERSION}:dist/bundle/check.cjs`], clone)).toBe(run('tar', ['xzf', tarball, '-O', 'package/dist/bundle/check.cjs'], work).stdout.trimEnd());
    // postpack put the developer's package.json back.
    expect(git(['status', '--porcelain', '--untracked-files=no'], clone)).toBe('');
    expect(JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')).scripts.prepare).toBeDefined();
  });
});

describe('npm install -g <tarball>', () => {
  it('installs over an older version and again over itself, without a warning; partner works from an unrelated folder: init, check, render agreement --format html, export iati', SLOW, () => {
    const prefix = join(work, 'global-tarball');
    const partner = partnerIn(join(prefix, 'bin'));
    // An older release: the same package as version 0.0.1.
    const old = join(work, 'old');
    mkdirSync(old);
    expect(run('tar', ['xzf', tarball], old).status).toBe(0);
    const manifest = join(old, 'package', 'package.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(`"version": "${VERSION}"`, '"version": "0.0.1"'));
    expect(run('tar', ['czf', join(work, 'partnering-0.0.1.tgz'), 'package'], old).status).toBe(0);
    const first = npm(['install', '-g', '--prefix', prefix, join(work, 'partnering-0.0.1.tgz')], work);
    expect(first.status, first.stderr).toBe(0);
    expect(partner(['--version'], work).stdout.trim()).toBe('0.0.1');

    for (const attempt of ['over 0.0.1', 'again']) {
      const install = npm(['install', '-g', '--prefix', prefix, tarball], work);
      expect(install.status, `${attempt}: ${install.stderr}`).toBe(0);
      expect(complaints(install), attempt).toEqual([]);
      expect(partner(['--version'], work).stdout.trim()).toBe(VERSION);
    }

    const here = unrelatedFolder('broker-a');
    const init = partner(['init', 'river', '--yes', '--name', 'River Water Partnership', '--stakeholder', 'City Council | public | active-partner'], here);
    expect(init.status, init.stderr).toBe(0);
    expect(readFileSync(join(here, 'river', 'stakeholders.yaml'), 'utf8').split('\n')[0]).toBe(`# yaml-language-server: $schema=.partner/schemas/${VERSION}/stakeholders.schema.json`);
    expect(existsSync(join(here, 'river', '.partner', 'schemas', VERSION, 'stakeholders.schema.json'))).toBe(true);
    const checked = partner(['check', 'river'], here);
    expect(checked.status, checked.stdout + checked.stderr).toBe(0);

    expect(partner(['check', 'orangi'], here).status).toBe(0);
    const render = partner(['render', 'agreement', 'orangi', '--format', 'html', '--out', 'agreement.html', '--date', '1995-06-01'], here);
    expect(render.status, render.stderr).toBe(0);
    const html = readFileSync(join(here, 'agreement.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('Orangi');
    const iati = partner(['export', 'iati', 'orangi', '--out', 'activity.xml', '--date', '1995-06-01'], here);
    expect(iati.status, iati.stderr).toBe(0);
    expect(readFileSync(join(here, 'activity.xml'), 'utf8')).toContain('<iati-activity');
  });
});

describe('npm install -g git+file://<clone>', () => {
  it('at a release tag: installs without a warning and works', SLOW, () => {
    const prefix = join(work, 'global-git');
    const install = npm(['install', '-g', '--prefix', prefix, `git+file://${clone}#v${VERSION}`], work);
    expect(install.status, install.stderr).toBe(0);
    expect(complaints(install)).toEqual([]);
    const partner = partnerIn(join(prefix, 'bin'));
    const here = unrelatedFolder('broker-b');
    expect(partner(['--version'], here).stdout.trim()).toBe(VERSION);
    const checked = partner(['check', 'orangi', '--date', '1995-06-01'], here);
    expect(checked.status, checked.stdout).toBe(0);
    expect(partner(['render', 'agreement', 'orangi', '--format', 'html', '--date', '1995-06-01'], here).stdout).toContain('Orangi');
  });

  it('from a branch: npm cannot build it (npm/cli#8440), and partner says what works instead', SLOW, () => {
    const install = npm(['install', '-g', '--prefix', join(work, 'global-branch'), `git+file://${clone}`], work);
    expect(install.status).not.toBe(0);
    expect(install.stderr).toContain('npm install -g partnering');
    expect(install.stderr).toContain(`#v${VERSION}`);
  });
});

describe('the pre-commit framework', () => {
  it('installs the hook from a fresh clone at a tag; refuses a broken partnership, accepts the fixed one, skips YAML outside partnerships', SLOW, () => {
    const found = run('pre-commit', ['--version'], work);
    // .ci/run installs pre-commit (Debian's package); a machine without it must not pass this silently.
    expect(found.status, 'pre-commit is not installed: `apt-get install pre-commit` (Debian), or `pipx install pre-commit`').toBe(0);
    const repo = join(work, 'broker-repo');
    mkdirSync(repo);
    git(['init', '-q', '-b', 'main'], repo);
    const home = { PRE_COMMIT_HOME: join(work, 'pre-commit-home') };
    const precommit = (args: string[]) => run('pre-commit', args, repo, { extraEnv: home });
    const commit = (message: string) => run('git', ['commit', '-q', '-m', message], repo, { extraEnv: home });
    writeFileSync(join(repo, '.pre-commit-config.yaml'), `repos:\n  - repo: ${clone}\n    rev: v${VERSION}\n    hooks:\n      - id: partner-check\n`);
    cpSync(join(EXAMPLES, 'orangi-sanitation'), join(repo, 'partnerships', 'orangi'), { recursive: true });
    const stakeholders = join(repo, 'partnerships', 'orangi', 'stakeholders.yaml');
    const good = readFileSync(stakeholders, 'utf8');
    writeFileSync(stakeholders, good.replace(/sector: public/, 'sector: pubic'));
    mkdirSync(join(repo, 'docs'));
    writeFileSync(join(repo, 'docs', 'risks.yaml'), 'not: a partnership\n');
    expect(precommit(['install']).status).toBe(0);
    git(['add', '-A'], repo);

    const refused = commit('broken');
    expect(refused.status).not.toBe(0);
    const said = refused.stdout + refused.stderr;
    expect(said).toContain('partnerships/orangi/stakeholders.yaml:');
    expect(said).toContain('pubic');
    expect(said).not.toContain('docs/risks.yaml');

    writeFileSync(stakeholders, good);
    git(['add', '-A'], repo);
    const accepted = commit('fixed');
    expect(accepted.status, accepted.stdout + accepted.stderr).toBe(0);
    expect(git(['log', '--format=%s'], repo)).toBe('fixed');

    // Only files outside partnerships: the hook runs and passes.
    writeFileSync(join(repo, 'docs', 'risks.yaml'), 'still: not a partnership\n');
    git(['add', '-A'], repo);
    const outside = commit('docs only');
    expect(outside.status, outside.stdout + outside.stderr).toBe(0);
  });
});

describe('a project-local install, run by npx partner', () => {
  it('installs as a devDependency without a warning; npx partner runs it', SLOW, () => {
    const project = join(work, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{ "name": "our-partnerships", "private": true }\n');
    const install = npm(['install', '--save-dev', tarball], project);
    expect(install.status, install.stderr).toBe(0);
    expect(complaints(install)).toEqual([]);
    const npx = (args: string[]) => run('npx', ['partner', ...args], project, { extraEnv: { NO_COLOR: '1' } });
    expect(npx(['--version']).stdout.trim()).toBe(VERSION);
    const init = npx(['init', 'river', '--yes', '--stakeholder', 'City Council | public | active-partner']);
    expect(init.status, init.stderr).toBe(0);
    const checked = npx(['check', 'river', '--format', 'json']);
    expect(checked.status, checked.stderr).toBe(0);
    expect(JSON.parse(checked.stdout)).toMatchObject({ version: 1, summary: { errors: 0, partnerships: 1 } });
  });
});
