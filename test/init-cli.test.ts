import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SINGLE_FILES } from '../src/core/folder/layout.js';
import { removeDir, RUNNERS, tempDir, type Runner } from './helpers/cli.js';

interface JsonOut {
  summary: { errors: number; warnings: number };
  diagnostics: { rule: string; severity: string; message: string }[];
}

let root: string;
beforeAll(() => {
  root = tempDir('partner-init-');
});
afterAll(() => removeDir(root));

let n = 0;
function fresh(): string {
  const dir = join(root, `case-${++n}`);
  mkdirSync(dir);
  return dir;
}

async function check(run: Runner, cwd: string, dir: string): Promise<JsonOut & { code: number }> {
  const r = await run(['check', dir, '--format', 'json', '--date', '2025-01-01'], { cwd });
  return { ...(JSON.parse(r.stdout) as JsonOut), code: r.code };
}

/** Every file and folder below `dir`, with contents, to compare before and after. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, name);
    out[name] = existsSync(path) && !readdirSafe(path) ? readFileSync(path, 'latin1') : '<dir>';
  }
  return out;
}

function readdirSafe(path: string): string[] | undefined {
  try {
    return readdirSync(path);
  } catch {
    return undefined;
  }
}

describe.each(RUNNERS)('partner init (%s)', (_name, run) => {
  it('--yes with flags writes every file, and the folder passes partner check', async () => {
    const cwd = fresh();
    const r = await run([
      'init', 'clean-water', '--yes', '--name', 'Clean Water: phase #1', '--issue', 'Open drains\nspread disease', '--why', '- no one can do it alone',
      '--vision', '"Every lane drained"', '--scope-level', 'Local', '--scope-area', 'Orangi Town, Karachi', '--convener', 'Mayor', '--broker', 'Amina',
      '--stakeholder', 'City Council | public | active-partner | working drains; lower costs',
      '--stakeholder', 'Orangi Pilot Project | civil society | advisory-group',
      '--stakeholder', 'City Council | private',
    ], { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Created the partnership "Clean Water: phase #1" in clean-water/');
    expect(r.stdout).toContain('cd clean-water');
    expect(r.stdout).toContain('partner check');
    const dir = join(cwd, 'clean-water');
    for (const k of SINGLE_FILES) expect(existsSync(join(dir, `${k}.yaml`)), k).toBe(true);
    expect(readdirSync(join(dir, 'assessments')).sort()).toEqual(['README.md', 'city-council.yaml']);
    expect(readdirSync(join(dir, 'reviews'))).toEqual(['README.md']);
    expect(readdirSync(cwd)).toEqual(['clean-water']); // no temp folder left beside it

    const p = parse(readFileSync(join(dir, 'partnership.yaml'), 'utf8')) as Record<string, unknown>;
    expect(p).toMatchObject({ name: 'Clean Water: phase #1', issue: 'Open drains\nspread disease', why_multi_sector: '- no one can do it alone', vision: '"Every lane drained"', geographic_scope: { level: 'local', area: 'Orangi Town, Karachi' } });
    const s = parse(readFileSync(join(dir, 'stakeholders.yaml'), 'utf8')) as { stakeholders: unknown[] };
    expect(s.stakeholders).toEqual([
      { id: 'city-council', name: 'City Council', sector: 'public', interests: ['working drains', 'lower costs'], engagement: 'active-partner' },
      { id: 'orangi-pilot-project', name: 'Orangi Pilot Project', sector: 'civil-society', engagement: 'advisory-group' },
      { id: 'city-council-2', name: 'City Council', sector: 'private' },
    ]);

    const c = await check(run, cwd, 'clean-water');
    expect(c.code).toBe(0);
    expect(c.summary.errors).toBe(0);
    // What remains are the gaps a broker fills in next, not problems with the skeleton; the skeleton of an
    // assessment is not an assessment until it has answers (issue 13).
    expect(new Set(c.diagnostics.map((d) => d.rule))).toEqual(new Set(['stakeholder-interests', 'representative-authority', 'assessment-missing', 'convener-credibility']));
  });

  it('--yes alone in an empty folder names the partnership after the folder; check finds nothing', async () => {
    const cwd = join(fresh(), 'orangi-sanitation_2025');
    mkdirSync(cwd);
    const r = await run(['init', '--yes'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('cd ');
    expect((parse(readFileSync(join(cwd, 'partnership.yaml'), 'utf8')) as { name: string }).name).toBe('Orangi sanitation 2025');
    const c = await check(run, cwd, '.');
    expect(c.code).toBe(0);
    expect(c.diagnostics).toEqual([]);
  });

  it('fills an existing folder that holds other files, leaving them alone', async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, 'notes.txt'), 'keep me\n');
    const r = await run(['init', '.', '--yes', '--name', 'Here'], { cwd });
    expect(r.code).toBe(0);
    expect(readFileSync(join(cwd, 'notes.txt'), 'utf8')).toBe('keep me\n');
    expect(existsSync(join(cwd, 'reviews', 'README.md'))).toBe(true);
    expect((await check(run, cwd, '.')).code).toBe(0);
  });

  it('builds inside an existing empty folder', async () => {
    const cwd = fresh();
    mkdirSync(join(cwd, 'empty'));
    const r = await run(['init', 'empty', '--yes'], { cwd });
    expect(r.code).toBe(0);
    expect(readdirSync(join(cwd, 'empty')).sort()).toEqual(['.partner', 'assessments', 'communication.yaml', 'decision-rules.yaml', 'indicators.yaml', 'meetings', 'partnership.yaml', 'resources.yaml', 'reviews', 'risks.yaml', 'stakeholders.yaml']);
    expect(readdirSync(cwd)).toEqual(['empty']);
  });

  it('creates missing parent folders', async () => {
    const cwd = fresh();
    const r = await run(['init', 'a/b/c', '--yes'], { cwd });
    expect(r.code).toBe(0);
    expect(existsSync(join(cwd, 'a/b/c/partnership.yaml'))).toBe(true);
  });

  it('refuses a folder that already holds a partnership, changing nothing', async () => {
    const cwd = fresh();
    const dir = join(cwd, 'existing');
    mkdirSync(join(dir, 'reviews'), { recursive: true });
    writeFileSync(join(dir, 'partnership.yaml'), 'name: Old  # mine\r\nphase: building\r\n');
    writeFileSync(join(dir, 'reviews', '2024-01-01.yaml'), Buffer.from([0xff, 0x00, 0x41]));
    const before = snapshot(dir);
    const r = await run(['init', 'existing', '--yes', '--name', 'New'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('partner: existing already holds a partnership (partnership.yaml, reviews)');
    expect(r.stdout).toBe('');
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(cwd)).toEqual(['existing']);
  });

  it('refuses a folder with only one known file in it', async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, 'risks.yaml'), 'risks: []\n');
    const r = await run(['init', '--yes'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('already holds a partnership (risks.yaml)');
    expect(readdirSync(cwd)).toEqual(['risks.yaml']);
  });

  it('refuses a target that is a file', async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, 'plan'), 'x');
    const r = await run(['init', 'plan', '--yes'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plan is a file, not a folder');
    expect(readFileSync(join(cwd, 'plan'), 'utf8')).toBe('x');
  });

  it('without a terminal and without --yes, asks nothing: exit 2 naming --yes, nothing written', async () => {
    const cwd = fresh();
    const r = await run(['init', 'target', '--name', 'X'], { cwd, input: 'Some name\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('partner: no terminal to ask questions in; pass --yes with --name');
    expect(r.stdout).toBe('');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('rejects a --stakeholder sector that the schema does not know, listing the allowed ones', async () => {
    const cwd = fresh();
    const r = await run(['init', 'target', '--yes', '--stakeholder', 'Acme | industry'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--stakeholder "Acme | industry": the sector must be one of: public, private, civil-society, cooperative, business-federation, semi-public, political-party, private-university (not "industry")');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it.each([
    [['--stakeholder', 'Acme | publc'], 'did you mean public?'],
    [['--stakeholder', 'Acme | public | boss'], 'the engagement level must be one of: active-partner, pilot, advisory-group, informed, not-engaged'],
    [['--stakeholder', 'Acme'], 'needs at least a name and a sector'],
    [['--stakeholder', 'a | public | pilot | x | y'], 'more than four parts'],
    [['--scope-level', 'planet'], '--scope-level must be one of: local, sub-national, national, regional, global (not "planet")'],
    [['--scope-area', 'Karachi'], '--scope-area needs --scope-level too'],
    [['--name', 'x'.repeat(201)], '--name is 201 characters long; keep it to 200'],
  ])('rejects bad flags %j with a clear message', async (args, says) => {
    const cwd = fresh();
    const r = await run(['init', 'target', '--yes', ...args], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(says);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('--help shows examples', async () => {
    const r = await run(['init', '--help'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('--stakeholder');
  });
});
