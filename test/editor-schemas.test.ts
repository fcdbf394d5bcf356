// Editor support that survives moving and cloning (issue 16): the real yaml-language-server, driven over stdio as VS
// Code's YAML extension drives it, reads the schemas `partner init` / `partner schemas --write` put in the folder.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../src/util/version.js';
import { runBinary } from './helpers/cli.js';
import { startLanguageServer, type LanguageServer, type LspDiagnostic } from './helpers/yaml-language-server.js';

let work: string;
let server: LanguageServer;

beforeAll(() => {
  work = realpathSync(mkdtempSync(join(tmpdir(), 'partner-editor-')));
  server = startLanguageServer(work);
});
afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

/** A partnership made by the built partner in `parent`/river, with a misspelt sector on stakeholders.yaml's line of `sector:`. */
function partnership(parent: string): string {
  mkdirSync(parent, { recursive: true });
  const r = runBinary(['init', 'river', '--yes', '--name', 'River', '--stakeholder', 'City Council | public | active-partner'], { cwd: parent });
  expect(r.code, r.stderr).toBe(0);
  const file = join(parent, 'river', 'stakeholders.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('sector: public', 'sector: pubic'));
  return join(parent, 'river');
}

const sectorLine = (file: string) => readFileSync(file, 'utf8').split('\n').findIndex((l) => /^\s+sector: /.test(l));
const onSector = (file: string) => (ds: LspDiagnostic[]) => ds.some((d) => d.range.start.line === sectorLine(file));

async function expectEditorWorks(folder: string) {
  const file = join(folder, 'stakeholders.yaml');
  const diagnostics = await server.open(file, onSector(file));
  const wrong = diagnostics.filter((d) => d.range.start.line === sectorLine(file));
  expect(wrong.map((d) => d.message).join('\n')).toMatch(/public/);
  expect(diagnostics.map((d) => d.message).join('\n')).not.toMatch(/Unable to load schema|Unable to resolve/i);
  const line = readFileSync(file, 'utf8').split('\n')[sectorLine(file)]!;
  const items = await server.complete(file, sectorLine(file), line.indexOf('pubic'));
  const labels = items.map((i) => i.label);
  expect(labels).toEqual(expect.arrayContaining(['public', 'private', 'civil-society', 'cooperative']));
  return items;
}

describe('editor schemas with the real yaml-language-server', () => {
  it('a wrong sector gets a diagnostic, and completion lists and explains the sectors, after the folder is copied elsewhere', { timeout: 120_000 }, async () => {
    const made = partnership(join(work, 'made'));
    const moved = join(work, 'elsewhere', 'deeper', 'river');
    cpSync(made, moved, { recursive: true });
    rmSync(made, { recursive: true, force: true });
    const items = await expectEditorWorks(moved);
    const pub = items.find((i) => i.label === 'public')!;
    expect(JSON.stringify(pub.documentation ?? '')).toMatch(/government/i);
  });

  it('offers a snippet for a new stakeholder, with every field the phases ask for', { timeout: 120_000 }, async () => {
    const folder = partnership(join(work, 'snippet'));
    const file = join(folder, 'draft.yaml');
    writeFileSync(file, `# yaml-language-server: $schema=.partner/schemas/${VERSION}/stakeholders.schema.json\nstakeholders:\n  - \n`);
    await server.open(file, () => true);
    const items = await server.complete(file, 2, 4);
    const snippet = items.find((i) => i.label === 'stakeholder');
    expect(snippet, items.map((i) => i.label).join(', ')).toBeDefined();
    expect(snippet!.insertText).toMatch(/sector: \$\{3\|public,private,civil-society/);
    expect(snippet!.insertText).toMatch(/interests:/);
  });

  it('works in a fresh clone of the repository, with partner installed nowhere near it', { timeout: 120_000 }, async () => {
    const repo = join(work, 'repo');
    partnership(repo);
    const git = (args: string[], cwd: string) => spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } });
    git(['init', '-q'], repo);
    git(['add', '-A'], repo);
    expect(git(['commit', '-qm', 'partnership'], repo).status).toBe(0);
    const clone = join(work, 'other-machine', 'clone');
    expect(git(['clone', '-q', repo, clone], work).status).toBe(0);
    await expectEditorWorks(join(clone, 'river'));
  });

  it('an old modeline pointing where partner was once installed fails in the editor, and check says how to fix it', { timeout: 120_000 }, async () => {
    const folder = partnership(join(work, 'old'));
    const file = join(folder, 'stakeholders.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^# yaml-language-server: \$schema=.*$/m, '# yaml-language-server: $schema=../../g/lib/node_modules/partner/schemas/stakeholders.schema.json'));
    const broken = await server.open(file, (ds) => ds.some((d) => /schema/i.test(d.message)));
    expect(broken.map((d) => d.message).join('\n')).toMatch(/Unable to load schema/i);
    const check = runBinary(['check'], { cwd: folder });
    expect(check.stdout).toContain('stakeholders.yaml:1:33 warning');
    expect(check.stdout).toContain('schema-line');
    expect(runBinary(['schemas', '--write'], { cwd: folder }).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});
