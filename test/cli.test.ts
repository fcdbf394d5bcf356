import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, STAKEHOLDERS } from './cases/check-cases.js';
import { removeDir, RUNNERS, tempDir } from './helpers/cli.js';

let root: string;
const write = (dir: string, files: Record<string, string>) => {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
};

beforeAll(() => {
  root = tempDir();
  write(join(root, 'repo/partnerships/river'), BASE);
  write(join(root, 'repo/partnerships/lake'), { ...BASE, 'stakeholders.yaml': STAKEHOLDERS.replace('civil-society', 'public') });
  write(join(root, 'repo/node_modules/pkg'), { 'partnership.yaml': 'not: checked\n' });
  write(join(root, 'broken'), { ...BASE, 'partnership.yaml': 'name: X\nphase: scoping\nvison: typo\n' });
  write(join(root, 'empty'), { 'README.md': '# nothing here\n' });
});
afterAll(() => removeDir(root));

describe.each(RUNNERS)('partner CLI (%s)', (_name, run) => {
  it('prints help with examples and exit codes', async () => {
    const r = await run(['--help'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: partner');
    expect(r.stdout).toContain('$ partner check');
    expect(r.stdout).toContain('Exit codes: 0 no errors, 1 errors found, 2 usage or environment error.');
  });
  it('prints check help with examples', async () => {
    const r = await run(['check', '--help'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--phase <phase>');
    expect(r.stdout).toContain('$ partner check --phase implementing');
  });
  it('rejects an unknown command with exit 2 and a suggestion', async () => {
    const r = await run(['chek'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'chek'");
    expect(r.stderr).toContain('check');
  });
  it('rejects an unknown phase, naming the allowed ones', async () => {
    const r = await run(['check', '--phase', 'later'], { cwd: join(root, 'broken') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('scoping, building, planning, implementing, reviewing, sustaining');
  });
  it('exits 2 for a path that does not exist, without a stack trace', async () => {
    const r = await run(['check', 'nowhere'], { cwd: root });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'partner: nowhere does not exist.\n  Give the path of a partnership folder (one that holds partnership.yaml).\n' });
  });
  it('exits 2 for a folder without a partnership', async () => {
    const r = await run(['check'], { cwd: join(root, 'empty') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No partnership found in this folder (empty) or the folders above it: a partnership folder holds partnership.yaml.');
    expect(r.stderr).toContain('partner init');
  });
  it('from a folder inside a partnership, works on the partnership above it, as git finds its repository', async () => {
    const inside = join(root, 'repo', 'partnerships', 'lake', 'notes');
    mkdirSync(inside, { recursive: true });
    const check = await run(['check', '--format', 'json'], { cwd: inside });
    expect(JSON.parse(check.stdout).partnerships.map((p: { dir: string }) => p.dir)).toEqual(['..']);
    const status = await run(['status', '--date', '2025-01-01'], { cwd: inside });
    expect(status.stderr).toBe('');
    expect(status.stdout).toContain('Riverside Water Partnership');
    const init = await run(['init', 'nested', '--yes'], { cwd: inside });
    expect(init.code).toBe(2);
    expect(init.stderr).toContain('is inside the partnership in');
    expect(existsSync(join(inside, 'nested'))).toBe(false);
  });
  it('finds every partnership below a repository root, skipping node_modules', async () => {
    const r = await run(['check', 'repo', '--format', 'json'], { cwd: root });
    const out = JSON.parse(r.stdout);
    expect(out.partnerships.map((p: { dir: string }) => p.dir)).toEqual(['repo/partnerships/lake', 'repo/partnerships/river']);
    expect(out.diagnostics.map((d: { file: string; line: number; column: number; rule: string }) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual(['repo/partnerships/lake/stakeholders.yaml:1:1 single-sector']);
    expect(r.code).toBe(0);
  });
  it('--max-warnings turns too many warnings into exit 1', async () => {
    const r = await run(['check', 'repo', '--max-warnings', '0'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('partner: 1 warning, more than --max-warnings 0.\n');
    expect(r.stdout).toMatch(/✖ 0 errors, 1 warning in 2 partnerships, more than --max-warnings 0\.\n$/);
  });
  it('--quiet hides warnings but still counts them in the summary', async () => {
    const r = await run(['check', 'repo', '--quiet'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ 2 partnerships checked: no errors; 1 warning not shown (--quiet).\n');
  });
  it('--quiet --max-warnings 0 with a warning: exit 1, and the output says why rather than "no problems"', async () => {
    const r = await run(['check', 'repo', '--quiet', '--max-warnings', '0'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('✖ 2 partnerships checked: no errors; 1 warning not shown (--quiet), more than --max-warnings 0.\n');
    expect(r.stderr).toBe('partner: 1 warning, more than --max-warnings 0 (not shown: --quiet).\n');
  });
  it('--quiet on a clean partnership still says no problems', async () => {
    const r = await run(['check', 'repo/partnerships/river', '--quiet', '--max-warnings', '0'], { cwd: root });
    expect(r).toMatchObject({ code: 0, stdout: '✔ 1 partnership checked: no problems.\n' });
  });
  it('stylish output names file:line:col, shows the line and a hint', async () => {
    const r = await run(['check', 'broken'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'broken/partnership.yaml\n' +
        '  broken/partnership.yaml:3:1 error Unknown field `vison`; did you mean `vision`? unknown-field\n' +
        '    3 | vison: typo\n' +
        '      | ^\n' +
        '        hint: Write `vision`: `vision: typo`\n' +
        '\n' +
        '✖ 1 error, 0 warnings in 1 partnership.\n',
    );
  });
  it('--explain appends the reasons, citing the seed', async () => {
    const r = await run(['check', 'repo', '--explain'], { cwd: root });
    expect(r.stdout).toContain('About these rules');
    expect(r.stdout).toContain('single-sector: Seeds 003');
  });
  it('colours only when asked or on a terminal', async () => {
    const plain = await run(['check', 'broken'], { cwd: root });
    expect(plain.stdout).not.toContain('\u001b[');
    const forced = await run(['check', 'broken', '--color'], { cwd: root });
    expect(forced.stdout).toContain('\u001b[31merror');
  });
  it('explains a rule, and lists all rules', async () => {
    const one = await run(['explain', 'max-active-partners'], { cwd: root });
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('Seed 002');
    expect(one.stdout).toContain('max-active-partners: off');
    // The words match the setting `checks:` accepts (warn, not "warning").
    expect(one.stdout).toMatch(/^max-active-partners \(default: warn\)\n/);
    const all = await run(['explain'], { cwd: root });
    expect(all.stdout).toMatch(/ {2}single-sector {14}warn {3}The stakeholder map covers only one sector\./);
    expect(all.stdout).toContain('commitment-overdue');
    expect(all.stdout).toContain('unknown-field');
    expect(all.stdout).toContain('iati-recommended');
    const bad = await run(['explain', 'max-active-partner'], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Did you mean `max-active-partners`?');
    const iati = await run(['explain', 'iati-required'], { cwd: root });
    expect(iati.code).toBe(0);
    expect(iati.stdout).toMatch(/^iati-required \(partner export iati: an error, no XML is written\)\n\n.*IATI Standard 2\.03/);
  });
  it('never opens a pipe in place of a file (it would block)', async () => {
    const dir = join(root, `fifo-${_name}`);
    write(dir, { 'partnership.yaml': BASE['partnership.yaml']! });
    execFileSync('mkfifo', [join(dir, 'stakeholders.yaml')]);
    const r = await run(['check', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).diagnostics.map((d: { file: string; rule: string }) => `${d.file} ${d.rule}`)).toEqual(['stakeholders.yaml not-a-file']);
  });
  it.skipIf(process.getuid?.() === 0)('exits 2 when a file cannot be read', async () => {
    const dir = join(root, `unreadable-${_name}`);
    write(dir, BASE);
    chmodSync(join(dir, 'stakeholders.yaml'), 0o000);
    const r = await run(['check', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).diagnostics[0].rule).toBe('unreadable-file');
  });
});
