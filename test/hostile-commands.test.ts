import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, openSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_CASES, type CommandCase } from './cases/hostile-commands.js';
import { HOSTILE } from './cases/hostile-cases.js';
import { BIN, removeDir, ROOT, runInProcess, tempDir } from './helpers/cli.js';
import { renderFile, templateWork } from '../src/render/handlebars.js';
import { assertMarkdownTractable } from '../src/render/markdown-probe.js';
import { UsageError } from '../src/core/base/diagnostic.js';
import { inertLine } from '../src/format/inert.js';

/**
 * Issue 7 for every command: the corpus of test/cases/hostile-commands.ts against the built binary; then the check
 * corpus (test/cases/hostile-cases.ts) through status, render and advance, which must report what check reports;
 * interrupted writes; and the bounds on a broker's own template.
 */

let root: string;
const IS_ROOT = process.getuid?.() === 0;
/** Cases with unreadable or unwritable files run as an unprivileged user: root reads and writes anything. */
const NOBODY = { uid: 65534, gid: 65534 };
/** git in a repository of its own: no GIT_* from outside, no global config, and no repository above the temp folder. */
const GIT_ENV: Record<string, string | undefined> = {
  ...Object.fromEntries(Object.keys(process.env).filter((k) => k.startsWith('GIT_')).map((k) => [k, undefined])),
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};

beforeAll(() => {
  root = tempDir('partner-hostile-commands-');
  chmodSync(root, 0o755);
});
afterAll(() => removeDir(root));

const STACK_TRACE = /\n\s+at .+:\d+:\d+\)?\n|internal error/;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  stdout: string;
}

function run(args: string[], cwd: string, options: { asNobody?: boolean; env?: Record<string, string | undefined> } = {}): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, ...GIT_ENV, GIT_CEILING_DIRECTORIES: root, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env, input: '', encoding: 'utf8', timeout: 60_000, ...(options.asNobody ? NOBODY : {}) });
  return { code: r.status, signal: r.signal, out: `${r.stdout}${r.stderr}`, stdout: r.stdout };
}

/** Every file below `dir` (not .git) with its bytes, links with their target, to prove what a command changed. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      const rel = p.slice(dir.length + 1);
      if (e.name === '.git') continue;
      if (e.isSymbolicLink()) out.set(rel, `link:${readlinkSync(p)}`);
      else if (e.isDirectory()) {
        out.set(rel, 'folder');
        walk(p);
      } else if (e.isFile()) out.set(rel, `${lstatSync(p).mtimeMs}:${readFileSync(p).toString('base64')}`);
      else out.set(rel, 'other');
    }
  };
  walk(dir);
  return out;
}

function setUp(c: CommandCase, dir: string): void {
  mkdirSync(dir, { recursive: true });
  if (c.git) {
    const r = spawnSync('git', ['init', '-q'], { cwd: dir, env: { ...process.env, ...GIT_ENV } as NodeJS.ProcessEnv });
    expect(r.status).toBe(0);
  }
  for (const [rel, content] of Object.entries(c.files ?? {})) {
    const path = join(dir, rel);
    if (content === null) mkdirSync(path, { recursive: true });
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
  }
  for (const [link, target] of Object.entries(c.links ?? {})) {
    mkdirSync(dirname(join(dir, link)), { recursive: true });
    symlinkSync(target, join(dir, link));
  }
  for (const fifo of c.fifos ?? []) expect(spawnSync('mkfifo', [join(dir, fifo)]).status).toBe(0);
  if (c.cwd) mkdirSync(join(dir, c.cwd), { recursive: true });
  for (const [rel, mode] of Object.entries(c.modes ?? {})) chmodSync(join(dir, rel), mode);
}

function changed(before: Map<string, string>, after: Map<string, string>, allowed: readonly string[]): string[] {
  const ok = (rel: string) => allowed.some((a) => rel === a || rel.startsWith(`${a}/`));
  const diff: string[] = [];
  for (const [rel, v] of before) if (after.get(rel) !== v && !ok(rel)) diff.push(`changed or removed: ${rel}`);
  for (const rel of after.keys()) if (!before.has(rel) && !ok(rel)) diff.push(`appeared: ${rel}`);
  return diff;
}

describe('hostile and broken input to every command (built binary)', () => {
  COMMAND_CASES.forEach((c, i) => {
    it(c.name, () => {
      const dir = join(root, `case-${i}`);
      setUp(c, dir);
      const before = snapshot(dir);
      const asNobody = IS_ROOT && c.modes !== undefined;
      const r = run(c.args, join(dir, c.cwd ?? ''), { asNobody, ...(c.env ? { env: c.env } : {}) });
      // Restore permissions so the snapshot (and the clean-up) can read everything.
      for (const rel of Object.keys(c.modes ?? {})) chmodSync(join(dir, rel), 0o755);
      expect(r.out, 'never a stack trace').not.toMatch(STACK_TRACE);
      expect(r.signal).toBeNull();
      expect(r.code, r.out).toBe(c.code);
      for (const s of c.says) expect(r.out).toContain(s);
      if (c.at) expect(r.out).toContain(c.at);
      for (const s of c.never ?? []) expect(r.out).not.toContain(s);
      expect(changed(before, snapshot(dir), c.changes ?? [])).toEqual([]);
      expect(readdirSync(dir, { recursive: true }).map(String).filter((n) => /\.partner-(tmp|init)-/.test(n))).toEqual([]);
      for (const [rel, want] of Object.entries(c.after ?? {})) {
        const path = join(dir, rel);
        if (want === null) expect(existsSync(path), `${rel} must not exist`).toBe(false);
        else if (typeof want === 'string') expect(readFileSync(path, 'utf8')).toContain(want);
        else expect(readFileSync(path, 'utf8')).toMatch(want);
      }
      if (c.thenCheck) {
        const check = run(['check', c.thenCheck, '--quiet'], dir);
        expect(check.out).not.toMatch(/ error /);
        expect(check.code, check.out).toBe(0);
      }
    });
  });

  it('has at least 40 cases, covering every command', () => {
    expect(COMMAND_CASES.length).toBeGreaterThanOrEqual(40);
    const commands = new Set(COMMAND_CASES.map((c) => c.args[0]));
    for (const command of ['status', 'advance', 'render', 'init', 'explain', 'hook', 'check']) expect(commands).toContain(command);
  });
});

describe('status, render and advance report what check reports, for every case of the check corpus (in-process)', () => {
  const CONTENT_RULES = new Set(['phase-gate', 'unknown-rule']);
  HOSTILE.forEach((c, i) => {
    it(c.name, async () => {
      const dir = join(root, `same-${i}`);
      mkdirSync(join(dir, 'secret'), { recursive: true });
      writeFileSync(join(dir, 'secret', 'passwords.yaml'), 'password: hunter2\n');
      const p = join(dir, 'p');
      mkdirSync(p);
      for (const [rel, content] of Object.entries(c.files)) {
        mkdirSync(dirname(join(p, rel)), { recursive: true });
        if (content === null) mkdirSync(join(p, rel));
        else writeFileSync(join(p, rel), content);
      }
      for (const [link, target] of Object.entries(c.links ?? {})) symlinkSync(target, join(p, link));
      const before = snapshot(dir);
      const date = ['--date', '2025-01-01'];

      const check = await runInProcess(['check', 'p', '--format', 'json', ...date], { cwd: dir });
      expect(check.code).toBe(c.code);
      const status = await runInProcess(['status', 'p', '--format', 'json', ...date], { cwd: dir });
      const render = await runInProcess(['render', 'agreement', 'p', ...date], { cwd: dir });
      for (const r of [check, status, render]) expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
      for (const s of c.never ?? []) for (const r of [status, render]) expect(r.stdout + r.stderr).not.toContain(s);
      expect(changed(before, snapshot(dir), [])).toEqual([]);

      if (c.code === 2 && !check.stdout) {
        // No partnership at all: every command says so, the same way.
        expect(status.code).toBe(2);
        expect(render.code).toBe(2);
        for (const r of [check, status, render]) expect(r.stderr).toContain('No partnership found in p');
        return;
      }
      const found = (JSON.parse(check.stdout) as { diagnostics: { file: string; line: number; column: number; severity: string; rule: string }[] }).diagnostics;
      const errors = found.filter((d) => d.severity === 'error');
      const s = JSON.parse(status.stdout) as { check: { errors: number; warnings: number } };
      expect(status.code).toBe(check.code);
      const blocking = errors.filter((d) => !CONTENT_RULES.has(d.rule));
      expect(render.code).toBe(blocking.length ? c.code : 0);
      expect(s.check).toEqual({ errors: errors.length, warnings: found.length - errors.length });
      for (const d of blocking) expect(render.stderr).toContain(`${inertLine(d.file)}:${d.line}:${d.column} error `);

      // advance reads partnership.yaml alone first: its findings are check's findings for that file.
      const mine = errors.filter((d) => d.file === join('p', 'partnership.yaml'));
      const advance = await runInProcess(['advance', 'p', ...date], { cwd: dir });
      expect(advance.stdout + advance.stderr).not.toMatch(STACK_TRACE);
      if (mine.length && mine.every((d) => d.rule !== 'unreadable-file' && d.rule !== 'symlink' && d.rule !== 'not-a-file')) {
        expect(advance.code).toBe(1);
        for (const d of mine) expect(advance.stdout).toContain(`${inertLine(d.file)}:${d.line}:${d.column} error `);
        expect(advance.stdout).toContain('Nothing was changed');
        expect(changed(before, snapshot(dir), [])).toEqual([]);
      } else expect([0, 1, 2]).toContain(advance.code);
    });
  });
});

describe('interrupted writes leave no partial or temp files (built binary, SIGINT and SIGTERM)', () => {
  /** Starts `partner`, waits until a temp file of the write exists, sends `signal`, and waits for the end. */
  async function interrupt(args: string[], cwd: string, signal: NodeJS.Signals, watch: string, prefix: string): Promise<{ code: number | null; signal: NodeJS.Signals | null; sawTemp: boolean }> {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', PARTNER_TEST_PAUSE_BEFORE_RENAME: '1500' }, stdio: 'ignore' });
    let sawTemp = false;
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && child.exitCode === null) {
      if (existsSync(watch) && readdirSync(watch).some((n) => n.startsWith(prefix))) {
        sawTemp = true;
        child.kill(signal);
        break;
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    const [code, sig] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve([child.exitCode, child.signalCode]);
      else child.once('exit', (c, s) => resolve([c, s]));
    });
    return { code, signal: sig, sawTemp };
  }

  /**
   * A signal that comes during a (synchronous) write is handled once it is done: the process then ends by the signal.
   * Node may not see a signal that came while it was blocked until its event loop polls, and the loop may end first:
   * then the command ends normally, its write complete. Either way, nothing is left half-written.
   */
  const endedBy = (r: { code: number | null; signal: NodeJS.Signals | null }, signal: NodeJS.Signals) => {
    if (r.signal === null) expect(r.code).toBe(0);
    else expect(r.signal).toBe(signal);
  };
  const leftovers = (dir: string) => readdirSync(dir, { recursive: true }).map(String).filter((n) => /\.partner-(tmp|init)-/.test(n));

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`render --out: ${signal} between the temp file and the rename`, async () => {
      const dir = join(root, `signal-render-${signal}`);
      mkdirSync(join(dir, 'p'), { recursive: true });
      writeFileSync(join(dir, 'p', 'partnership.yaml'), 'name: T\nphase: scoping\n');
      const expected = (await runInProcess(['render', 'agreement', 'p', '--date', '2025-01-01'], { cwd: dir })).stdout;
      const r = await interrupt(['render', 'agreement', 'p', '--date', '2025-01-01', '--out', 'agreement.md'], dir, signal, dir, '.partner-tmp-');
      expect(r.sawTemp).toBe(true);
      endedBy(r, signal);
      expect(leftovers(dir)).toEqual([]);
      // The write in progress finishes or never happens: the file is whole, or not there.
      if (existsSync(join(dir, 'agreement.md'))) expect(readFileSync(join(dir, 'agreement.md'), 'utf8')).toBe(expected);
    });

    it(`init: ${signal} while the new partnership is built beside its place`, async () => {
      const dir = join(root, `signal-init-${signal}`);
      mkdirSync(dir, { recursive: true });
      const r = await interrupt(['init', 'new', '--yes', '--name', 'N'], dir, signal, dir, '.partner-init-');
      expect(r.sawTemp).toBe(true);
      endedBy(r, signal);
      expect(leftovers(dir)).toEqual([]);
      if (existsSync(join(dir, 'new'))) expect((await runInProcess(['check', 'new', '--quiet'], { cwd: dir })).code).toBe(0);
    });
  }

  it('advance: SIGTERM before the rename leaves partnership.yaml whole (old or new)', async () => {
    const dir = join(root, 'signal-advance');
    mkdirSync(join(dir, 'p'), { recursive: true });
    const old = 'name: T\nphase: building\n';
    writeFileSync(join(dir, 'p', 'partnership.yaml'), old);
    const r = await interrupt(['advance', 'p', '--to', 'scoping', '--reason', 'r', '--date', '2025-01-01'], dir, 'SIGTERM', join(dir, 'p'), '.partner-tmp-');
    expect(r.sawTemp).toBe(true);
    expect(leftovers(dir)).toEqual([]);
    expect(readFileSync(join(dir, 'p', 'partnership.yaml'), 'utf8')).toMatch(/^name: T\nphase: (building\n|scoping\nphase_history:\n {2}- phase: scoping\n {4}date: 2025-01-01\n {4}reason: r\n)$/);
  });

  it('the pause hook is inert unless set to a number of milliseconds', () => {
    const dir = join(root, 'pause-inert');
    mkdirSync(dir, { recursive: true });
    const started = Date.now();
    const r = run(['init', 'x', '--yes'], dir, { env: { PARTNER_TEST_PAUSE_BEFORE_RENAME: 'yes please' } });
    expect(r.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('a broker\'s own template is bounded in time and output size (in-process)', () => {
  const data = { partnership: { name: 'P' }, parties: { rows: [{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }, { name: 'e' }] } };
  const template = (name: string, text: string) => {
    const path = join(root, name);
    writeFileSync(path, text);
    return path;
  };
  const fails = (fn: () => unknown): UsageError => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      return error as UsageError;
    }
    throw new Error('expected a UsageError');
  };

  it('stops nested loops that run too long, with a clear message', () => {
    const path = template('slow.hbs', `${'{{#each @root.parties.rows}}'.repeat(12)}${'{{/each}}'.repeat(12)}\n`);
    const started = Date.now();
    const error = fails(() => renderFile('agreement', path, 'slow.hbs', data, { outputBytes: 5 * 1024 * 1024, milliseconds: 300 }));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(error.message).toBe('slow.hbs: the template ran for more than 0.3 seconds and was stopped; nothing was written.');
  });

  it('stops partials that include each other twice over, before memory runs out', () => {
    const path = template('double.hbs', `{{#*inline "p0"}}{{partnership.name}}{{/inline}}\n${Array.from({ length: 60 }, (_, i) => `{{#*inline "p${i + 1}"}}{{> p${i}}}{{> p${i}}}{{/inline}}`).join('\n')}\n{{> p60}}\n`);
    const error = fails(() => renderFile('agreement', path, 'double.hbs', data, { outputBytes: 64 * 1024, milliseconds: 10_000 }));
    expect(error.message).toBe("double.hbs: the template's output is larger than 0.0625 MB and was stopped; nothing was written.");
  });

  it('renders an ordinary template within the bounds', () => {
    const path = template('fine.hbs', '{{#each parties.rows}}- {{name}}\n{{/each}}');
    expect(renderFile('agreement', path, 'fine.hbs', data)).toBe('- a\n- b\n- c\n- d\n- e\n');
  });

  it('probes Markdown that the parser would take too long over, and stops it', async () => {
    await expect(assertMarkdownTractable('*a '.repeat(100_000), 't.hbs', { milliseconds: 300, memoryMb: 256 })).rejects.toThrow('t.hbs: the Markdown this template produces took more than 0.3 seconds to turn into HTML; nothing was written.');
    await expect(assertMarkdownTractable('# Title\n\n> a quote\n\n- a list\n', 't.hbs')).resolves.toBeUndefined();
  });
});

describe('issue 15: closed pipes, full disks, races and the staged copy (built binary)', () => {
  const EXAMPLE = join(ROOT, 'examples', 'orangi-sanitation');

  it('a closed pipe (`| head -1`) ends the run quietly with exit 0, from every command that writes much', async () => {
    for (const args of [['render', 'review', EXAMPLE, '--date', '2025-01-01'], ['render', 'agreement', EXAMPLE, '--date', '2025-01-01'], ['status', EXAMPLE, '--format', 'json', '--date', '2025-01-01']]) {
      const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      // Like `head -1`: read the first chunk, then close the pipe.
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
      expect(stderr, args.join(' ')).toBe('');
      expect(code, args.join(' ')).toBe(0);
    }
  });

  it('a full disk (`> /dev/full`) is one line and exit 2, never a stack trace', () => {
    for (const args of [['render', 'review', EXAMPLE, '--date', '2025-01-01'], ['status', EXAMPLE, '--format', 'json', '--date', '2025-01-01'], ['check', EXAMPLE, '--date', '2025-01-01']]) {
      const full = openSync('/dev/full', 'w');
      try {
        const r = spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', full, 'pipe'], encoding: 'utf8', timeout: 60_000 });
        expect(r.status, args.join(' ')).toBe(2);
        expect(r.stderr).toBe('partner: cannot write the output (no space left on the device); it is incomplete.\n');
      } finally {
        closeSync(full);
      }
    }
  });

  it('ten `partner advance` at once: one moves the phase, the other nine exit 2 and write nothing', async () => {
    const dir = join(root, 'race');
    mkdirSync(dir);
    writeFileSync(join(dir, 'partnership.yaml'), 'name: T\nphase: building\nphase_history:\n  - phase: scoping\n    date: 2024-01-01\n');
    writeFileSync(join(dir, 'stakeholders.yaml'), 'stakeholders:\n  - {id: a, name: A, sector: public}\n');
    // Every run reads the same file, then waits before its rename: all of them race for the one write.
    const runs = Array.from({ length: 10 }, (_, i) => new Promise<{ code: number | null; out: string }>((done) => {
      const child = spawn(process.execPath, [BIN, 'advance', '.', '--to', 'scoping', '--reason', `run ${i}`, '--date', '2025-01-01'], { cwd: dir, env: { ...process.env, NO_COLOR: '1', PARTNER_TEST_PAUSE_BEFORE_RENAME: '1500' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      child.on('close', (code) => done({ code, out }));
    }));
    const results = await Promise.all(runs);
    const won = results.filter((r) => r.code === 0);
    const lost = results.filter((r) => r.code === 2);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(9);
    // A run that read the file before the winner's rename finds it changed; one started after it (a loaded machine)
    // reads the new phase. Either way it writes nothing.
    for (const r of lost) expect(r.out).toMatch(/partnership\.yaml changed while partner was working on it \(another partner command, or an editor, saved it first\); nothing was written\.|T is already in scoping\./);
    expect(lost.filter((r) => r.out.includes('changed while')).length).toBeGreaterThan(0);
    const text = readFileSync(join(dir, 'partnership.yaml'), 'utf8');
    expect(text.match(/reason: run \d/g)).toHaveLength(1);
    expect(text).toContain(won[0]!.out.match(/Reason: (run \d)/)![1]);
    expect(readdirSync(dir).filter((n) => n.startsWith('.partner-'))).toEqual([]);
  });

  /** A repository with a partnership staged, and `risks.yaml` staged as a symbolic link whose target is `target`. */
  function stagedLink(name: string, target: Buffer): string {
    const dir = join(root, name);
    mkdirSync(dir);
    const git = (args: string[], input?: Buffer) => {
      const r = spawnSync('git', args, { cwd: dir, env: { ...process.env, ...GIT_ENV } as NodeJS.ProcessEnv, ...(input ? { input } : {}), encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout.trim();
    };
    git(['init', '-q']);
    writeFileSync(join(dir, 'partnership.yaml'), 'name: T\nphase: scoping\n');
    writeFileSync(join(dir, 'stakeholders.yaml'), 'stakeholders:\n  - {id: a, name: A, sector: public, interests: [x], motivations: [y]}\n  - {id: b, name: B, sector: private, interests: [x], motivations: [y]}\n');
    git(['add', '.']);
    const oid = git(['hash-object', '-w', '--stdin'], target);
    git(['update-index', '--add', '--cacheinfo', `120000,${oid},risks.yaml`]);
    return dir;
  }

  it('check --staged: a staged link whose target holds a NUL byte, or is 5,000 characters long, is a finding', () => {
    for (const [name, target] of [['staged-nul', Buffer.from('a\0b')], ['staged-long', Buffer.from('x'.repeat(5000))]] as const) {
      const dir = stagedLink(name, target);
      const r = run(['check', '--staged', '--format', 'json'], dir);
      expect(r.out).not.toMatch(STACK_TRACE);
      expect(r.code, r.out).toBe(1);
      const found = (JSON.parse(r.stdout) as { diagnostics: { file: string; line: number; column: number; rule: string }[] }).diagnostics;
      expect(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toContain('risks.yaml:1:1 symlink');
      expect(r.out).not.toContain('xxxxxxxxxx');
    }
  });

  it('check --staged: a missing or unwritable TMPDIR is one line naming it, exit 2', () => {
    const dir = stagedLink('staged-tmp', Buffer.from('elsewhere.yaml'));
    const missing = run(['check', '--staged'], dir, { env: { TMPDIR: join(root, 'no-such-tmp') } });
    expect(missing.code).toBe(2);
    expect(missing.out).toBe(`partner: Cannot copy the staged files to the temp folder ${join(root, 'no-such-tmp')}: the folder does not exist.\n  Set TMPDIR to a folder that exists, with free space, that you may write to.\n`);
    mkdirSync(join(root, 'ro-tmp'), { mode: 0o555 });
    const readOnly = run(['check', '--staged'], dir, { env: { TMPDIR: join(root, 'ro-tmp') }, asNobody: IS_ROOT });
    chmodSync(join(root, 'ro-tmp'), 0o755);
    if (IS_ROOT) return; // the unprivileged user cannot read the repository either; the missing folder above suffices
    expect(readOnly.code).toBe(2);
    expect(readOnly.out).toContain('permission denied');
  });
});

describe('issue 15: a template\'s whole output is bounded as it is made (in-process)', () => {
  it('stops a partial repeated at the top level once the output passes the bound, not after all of it', () => {
    const path = join(root, 'repeated.hbs');
    writeFileSync(path, `{{#*inline "p"}}${'x'.repeat(1000)}{{/inline}}\n${'{{> p}}\n'.repeat(500)}`);
    const before = templateWork.pieces;
    expect(() => renderFile('agreement', path, 'repeated.hbs', { partnership: { name: 'P' } }, { outputBytes: 64 * 1024, milliseconds: 10_000 })).toThrow("repeated.hbs: the template's output is larger than 0.0625 MB and was stopped; nothing was written.");
    // Each piece is small; the bound is on their sum: about 66 of the 500 were made.
    expect(templateWork.pieces - before).toBeLessThan(100);
  });

  it('refuses a template of more than 20,000 nodes before compiling it', () => {
    const path = join(root, 'huge.hbs');
    writeFileSync(path, '{{> agreement}}\n'.repeat(65_000));
    expect(() => renderFile('agreement', path, 'huge.hbs', { partnership: { name: 'P' } })).toThrow('huge.hbs: the template holds more than 20,000 expressions and text pieces, so it is not compiled; nothing was written.');
  });
});
