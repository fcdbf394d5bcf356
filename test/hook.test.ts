import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeDir, runBinary, RUNNERS, tempDir } from './helpers/cli.js';

/** git and the hook run in a repository of their own: no GIT_* from outside (a hook we may run in), no global config. */
const ENV: Record<string, string | undefined> = {
  ...Object.fromEntries(Object.keys(process.env).filter((k) => k.startsWith('GIT_')).map((k) => [k, undefined])),
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};

const VALID = 'name: Acme\nphase: scoping\n';
const BROKEN = 'name: Acme\nphase: scoping\ncolour: blue\n';
const FOREIGN = '#!/bin/sh\necho foreign-hook-ran\n';

let repo: string;

function git(...args: string[]): { code: number; out: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, ...ENV, NO_COLOR: '1' };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync('git', args, { cwd: repo, env, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

function partner(...args: string[]) {
  return runBinary(args, { cwd: repo, env: ENV });
}

function write(rel: string, content: string): void {
  mkdirSync(join(repo, rel, '..'), { recursive: true });
  writeFileSync(join(repo, rel), content);
}

const FILE = 'partnerships/acme/partnership.yaml';
const commits = () => Number(git('rev-list', '--count', 'HEAD').out.trim());

beforeEach(() => {
  repo = tempDir('partner-hook-');
  git('init', '-q');
  git('config', 'user.name', 'Test');
  git('config', 'user.email', 'test@example.org');
  git('config', 'commit.gpgsign', 'false');
  write(FILE, VALID);
  write('README.md', 'hello\n');
});

afterEach(() => removeDir(repo));

describe('partner hook install: the pre-commit hook checks what is staged', () => {
  it('refuses a broken staged partnership, even fixed in the work tree, until the fix is staged', () => {
    expect(partner('hook', 'install').code).toBe(0);
    expect(readFileSync(join(repo, '.git/hooks/pre-commit'), 'utf8')).toMatch(/^#!\/bin\/sh\n/);
    git('add', '-A');
    expect(git('commit', '-m', 'start').code).toBe(0);

    write(FILE, BROKEN);
    git('add', FILE);
    const refused = git('commit', '-m', 'broken');
    expect(refused.code).not.toBe(0);
    expect(refused.out).toContain(`${FILE}:3:1`);
    expect(refused.out).toContain('unknown-field');
    expect(refused.out).not.toContain('partner-staged-');

    write(FILE, VALID.replace('Acme', 'Acme Ltd'));
    expect(git('commit', '-m', 'fixed in the work tree only').code).not.toBe(0);

    git('add', FILE);
    expect(git('commit', '-m', 'fixed').code).toBe(0);
    expect(commits()).toBe(2);
  });

  it('checks the temporary index of `git commit -a` and `git commit -- <file>` (GIT_INDEX_FILE)', () => {
    git('add', '-A');
    git('commit', '-m', 'start');
    expect(partner('hook', 'install').code).toBe(0);

    // Staged broken, work tree fixed: `commit -- file` commits the work tree version, which is fine.
    write(FILE, BROKEN);
    git('add', FILE);
    write(FILE, VALID.replace('Acme', 'Acme Ltd'));
    expect(git('commit', '-m', 'only', '--', FILE).code).toBe(0);

    // Staged fine, work tree broken: `commit -a` would commit the broken one.
    write(FILE, VALID.replace('Acme', 'Acme Group'));
    git('add', FILE);
    write(FILE, BROKEN);
    const refused = git('commit', '-a', '-m', 'all');
    expect(refused.code).not.toBe(0);
    expect(refused.out).toContain(`${FILE}:3:1`);
    expect(commits()).toBe(2);
  });

  it('lets commits through quietly when they touch no partnership', () => {
    git('add', '-A');
    git('commit', '-m', 'start');
    partner('hook', 'install');
    write(FILE, BROKEN); // not staged, not committed
    write('README.md', 'hello again\n');
    git('add', 'README.md');
    const r = git('commit', '-q', '-m', 'docs');
    expect(r).toEqual({ code: 0, out: '' });
  });

  it('never replaces a hook that is not ours; --chain adds to it and uninstall takes only our part out (core.hooksPath)', () => {
    git('config', 'core.hooksPath', '.githooks');
    write('.githooks/pre-commit', FOREIGN);
    chmodSync(join(repo, '.githooks/pre-commit'), 0o755);

    const refused = partner('hook', 'install');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('.githooks/pre-commit');
    expect(refused.stderr).toContain('partner check --staged');
    expect(readFileSync(join(repo, '.githooks/pre-commit'), 'utf8')).toBe(FOREIGN);
    expect(existsSync(join(repo, '.git/hooks/pre-commit'))).toBe(false);

    expect(partner('hook', 'install', '--chain').code).toBe(0);
    expect(partner('hook', 'install', '--chain').stdout).toContain('already installed');
    write(FILE, BROKEN);
    git('add', '-A');
    const blocked = git('commit', '-m', 'broken');
    expect(blocked.code).not.toBe(0);
    expect(blocked.out).toContain(`${FILE}:3:1`);
    write(FILE, VALID);
    git('add', '-A');
    const passed = git('commit', '-m', 'fine');
    expect(passed.code).toBe(0);
    expect(passed.out).toContain('foreign-hook-ran');

    expect(partner('hook', 'uninstall').code).toBe(0);
    expect(readFileSync(join(repo, '.githooks/pre-commit'), 'utf8')).toBe(FOREIGN);
  });

  it('is idempotent, is shared by worktrees, and uninstall removes only our hook', () => {
    const hook = join(repo, '.git/hooks/pre-commit');
    expect(partner('hook', 'install').code).toBe(0);
    const first = readFileSync(hook, 'utf8');
    const again = partner('hook', 'install');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already installed');
    expect(readFileSync(hook, 'utf8')).toBe(first);

    git('add', '-A');
    git('commit', '-m', 'start');
    git('worktree', 'add', '-q', join(repo, 'wt'));
    expect(runBinary(['hook', 'install'], { cwd: join(repo, 'wt'), env: ENV }).stdout).toContain('already installed');

    expect(partner('hook', 'uninstall').code).toBe(0);
    expect(existsSync(hook)).toBe(false);
    expect(existsSync(join(repo, '.git/hooks/pre-commit.sample'))).toBe(true);
    expect(partner('hook', 'uninstall').code).toBe(0);

    writeFileSync(hook, FOREIGN);
    const left = partner('hook', 'uninstall');
    expect(left.code).toBe(0);
    expect(left.stdout).toContain('left unchanged');
    expect(readFileSync(hook, 'utf8')).toBe(FOREIGN);
  });

  it('stops with exit 2 outside a git repository', () => {
    const outside = tempDir('partner-nogit-');
    try {
      const r = runBinary(['hook', 'install'], { cwd: outside, env: { ...ENV, GIT_CEILING_DIRECTORIES: outside } });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('not inside a git repository');
    } finally {
      removeDir(outside);
    }
  });
});

describe.each(RUNNERS)('partner check --staged (%s)', (_name, run) => {
  it('reports the repository paths, relative to where it runs, and exits 0 quietly when nothing is touched', async () => {
    mkdirSync(join(repo, 'docs'));
    const env = ENV;
    expect(await run(['check', '--staged'], { cwd: repo, env })).toEqual({ code: 0, stdout: '', stderr: '' });

    write(FILE, BROKEN);
    git('add', '-A');
    write(FILE, VALID); // the work tree is fine; the index is not
    const atRoot = await run(['check', '--staged', '--format', 'json'], { cwd: repo, env });
    expect(atRoot.code).toBe(1);
    const report = JSON.parse(atRoot.stdout) as { partnerships: { dir: string }[]; diagnostics: { file: string; line: number; column: number }[] };
    expect(report.partnerships.map((p) => p.dir)).toEqual(['partnerships/acme']);
    expect(report.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual([`${FILE}:3:1`]);

    const below = await run(['check', '--staged'], { cwd: join(repo, 'docs'), env });
    expect(below.code).toBe(1);
    expect(below.stdout).toContain(`../${FILE}:3:1`);
  });

  it('takes no paths, and needs a git repository', async () => {
    expect((await run(['check', '--staged', 'partnerships'], { cwd: repo, env: ENV })).code).toBe(2);
    const outside = tempDir('partner-nogit-');
    try {
      const r = await run(['check', '--staged'], { cwd: outside, env: { ...ENV, GIT_CEILING_DIRECTORIES: outside } });
      expect(r.code).toBe(2);
    } finally {
      removeDir(outside);
    }
  });
});

describe('partner check <file> (as the pre-commit framework calls it)', () => {
  it('checks the partnership a file in assessments/ belongs to', () => {
    write('partnerships/acme/assessments/acme.yaml', 'stakeholder: acme\ncolour: blue\n');
    const r = partner('check', FILE, 'partnerships/acme/assessments/acme.yaml');
    expect(r.stdout).toContain('partnerships/acme/assessments/acme.yaml:2:1');
    expect(r.stdout).toContain('in 1 partnership');
    expect(r.code).toBe(1);
  });
});
