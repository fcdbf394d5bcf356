import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyExample, removeDir, runBinary, tempDir } from './helpers/cli.js';

/**
 * The entries `add`, `record` and `set` write carry the notes `init` writes (one source: the schemas' words), where
 * their neighbours carry them; where a broker deleted them, none. Everything else in the file stays byte for byte.
 */

let root: string;
beforeAll(() => {
  root = tempDir('partner-notes-');
});
afterAll(() => removeDir(root));

function partner(args: string[], cwd: string) {
  return runBinary(args, { cwd, env: { SOURCE_DATE_EPOCH: undefined } });
}

function ok(args: string[], cwd: string): string {
  const r = partner(args, cwd);
  expect(r.stderr, args.join(' ')).toBe('');
  expect(r.code, args.join(' ')).toBe(0);
  return r.stdout;
}

function expectCheckPasses(dir: string): void {
  const r = partner(['check', '--quiet', '--date', '2025-07-01'], dir);
  expect(r.stdout + r.stderr).not.toMatch(/:\d+:\d+ error |\d+ errors?\b/i);
  expect(r.code).toBe(0);
}

/** A partnership as `partner init` writes it: City Council (active, with an assessment) and Local Builders. */
function initialised(): string {
  const dir = join(mkdtempSync(join(root, 'init-')), 'p');
  ok(['init', dir, '--yes', '--name', 'River Water', '--stakeholder', 'City Council | public | active-partner | working drains', '--stakeholder', 'Local Builders | private | informed'], root);
  return dir;
}

/** What was inserted: the old text is all there, before and after one stretch. */
function inserted(before: string, after: string): string {
  let p = 0;
  while (p < before.length && before[p] === after[p]) p++;
  let s = 0;
  while (s < before.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  expect(before.slice(p, before.length - s), 'nothing of the file was removed').toBe('');
  return after.slice(p, after.length - s);
}

/** Runs of comment lines, without their indentation. */
function noteBlocks(text: string): string[] {
  const blocks: string[] = [];
  let run: string[] = [];
  for (const line of text.split('\n')) {
    if (/^\s*#/.test(line)) run.push(line.trim());
    else if (run.length) {
      blocks.push(run.join('\n'));
      run = [];
    }
  }
  return run.length ? [...blocks, run.join('\n')] : blocks;
}

const trimmed = (text: string) => text.split('\n').map((l) => l.trim()).join('\n');

describe('new entries are explained like init explains its own', () => {
  it('a stakeholder: each field under the note init writes for it, the first above the dash', () => {
    const dir = initialised();
    const file = join(dir, 'stakeholders.yaml');
    const before = readFileSync(file, 'utf8');
    ok(['add', 'stakeholder', '--yes', '--name', 'Water Board', '--sector', 'semi-public', '--interest', 'fewer leaks', '--motivation', 'its mandate', '--engagement', 'pilot', '--connectivity', 'limited'], dir);
    const entry = inserted(before, readFileSync(file, 'utf8'));
    expect(entry).toMatch(/^ {2}# Id: [^\n]+\n {2}- id: water-board\n {4}# Name: [^\n]+\n {4}name: Water Board\n {4}# Sector: /);
    const blocks = noteBlocks(entry);
    expect(blocks).toHaveLength(7);
    // Every note is the one init wrote above the same field of City Council (the words of the schema).
    for (const block of blocks) expect(trimmed(before), block).toContain(block);
    expectCheckPasses(dir);
  });

  it('none where the broker deleted the notes; the rest of the file unchanged', () => {
    const dir = initialised();
    const file = join(dir, 'stakeholders.yaml');
    const bare = readFileSync(file, 'utf8').split('\n').filter((l) => !/^\s+#/.test(l) && !/^# [A-Z][\w ]*:/.test(l)).join('\n');
    writeFileSync(file, bare);
    ok(['add', 'stakeholder', '--yes', '--name', 'Water Board', '--sector', 'semi-public', '--interest', 'fewer leaks'], dir);
    expect(inserted(bare, readFileSync(file, 'utf8'))).toBe('  - id: water-board\n    name: Water Board\n    sector: semi-public\n    interests:\n      - fewer leaks\n');
  });

  it('a first commitment, measurement and delivery date: placed and explained where init commented them out', () => {
    const dir = initialised();
    const resources = join(dir, 'resources.yaml');
    const before = readFileSync(resources, 'utf8');
    ok(['add', 'commitment', '--yes', '--stakeholder', 'City Council', '--description', 'Trunk sewer', '--type', 'cash', '--amount', '50000', '--currency', 'USD', '--due', '2026-06-30', '--status', 'agreed'], dir);
    const after = readFileSync(resources, 'utf8');
    const entry = inserted(before, after);
    // Under init's own note for `commitments:`, above its commented-out example: not repeated, not at the end.
    expect(after).toContain(`# Commitments: What each partner commits (seed 002: track and follow through on commitments).\ncommitments:\n  # Id: `);
    expect(after.indexOf('commitments:\n')).toBeLessThan(after.indexOf('# commitments:\n'));
    expect(entry).not.toContain('# Commitments:');
    // init wrote these notes inside its commented-out example (`#     # Amount: ...`).
    const example = before.split('\n').map((l) => l.trim().replace(/^#\s+(?=#)/, '')).join('\n');
    for (const block of noteBlocks(entry)) expect(example, block).toContain(block);
    expectCheckPasses(dir);

    ok(['record', 'commitment-status', 'city-council-trunk-sewer', 'delivered', '--date', '2025-06-30'], dir);
    expect(readFileSync(resources, 'utf8')).toContain('    # Status: proposed, agreed, in-progress, delivered, late or withdrawn.\n    status: delivered\n    # Delivered on: When it was delivered.\n    delivered_on: 2025-06-30\n');
    expectCheckPasses(dir);

    ok(['add', 'indicator', '--yes', '--name', 'Households with a latrine', '--aspect', 'project-delivery', '--unit', 'households', '--owner', 'city-council', '--method', 'Door-to-door count', '--frequency', 'quarterly'], dir);
    const indicators = join(dir, 'indicators.yaml');
    const withIndicator = readFileSync(indicators, 'utf8');
    expect(withIndicator).not.toContain('Empty for now: to fill it in, replace the line "indicators: []"');
    ok(['record', 'measurement', 'households-with-latrine', '--value', '42', '--date', '2025-06-30'], dir);
    expect(inserted(withIndicator, readFileSync(indicators, 'utf8'))).toBe('    # Measurements: Values recorded over time.\n    measurements:\n      # Date: A calendar date written YYYY-MM-DD.\n      - date: 2025-06-30\n        # Value.\n        value: 42\n');
    expectCheckPasses(dir);
  });

  it('a new assessment reads like the one init wrote, and a meeting like init\'s files; in a folder without notes, neither has any', () => {
    const dir = initialised();
    ok(['add', 'assessment', 'local-builders', '--yes'], dir);
    const byInit = readFileSync(join(dir, 'assessments', 'city-council.yaml'), 'utf8');
    const byAdd = readFileSync(join(dir, 'assessments', 'local-builders.yaml'), 'utf8');
    const body = (t: string) => t.slice(t.indexOf('\n# Lines starting with # are notes.'));
    expect(byAdd.split('\n')[0]).toBe(byInit.split('\n')[0]);
    expect(body(byAdd)).toBe(body(byInit).replace('stakeholder: city-council', 'stakeholder: local-builders'));
    ok(['record', 'meeting', '--yes', '--date', '2025-06-30', '--kind', 'exploratory', '--present', 'City Council', '--action', 'Send the minutes | city-council | 2025-07-07'], dir);
    const meeting = readFileSync(join(dir, 'meetings', '2025-06-30.yaml'), 'utf8');
    expect(meeting.startsWith('# yaml-language-server: $schema=../.partner/schemas/')).toBe(true);
    expect(meeting).toContain('\n# Date: The day of the meeting; must match the file name.\ndate: "2025-06-30"\n');
    expect(meeting).toContain('\n# Notes: Anything else worth keeping.\n# notes: ""\n');
    expectCheckPasses(dir);

    const orangi = copyExample('orangi-sanitation', mkdtempSync(join(root, 'orangi-')));
    ok(['record', 'meeting', '--yes', '--date', '1995-03-01', '--kind', 'steering', '--present', 'opp'], orangi);
    ok(['add', 'assessment', 'kda', '--yes', '--objective', 'Fewer blocked sewers'], orangi);
    for (const rel of ['meetings/1995-03-01.yaml', 'assessments/kda.yaml']) {
      const text = readFileSync(join(orangi, rel), 'utf8');
      // Its lead comment, then the data alone.
      expect(text.slice(text.indexOf('\n\n')).split('\n').filter((l) => /^\s*#/.test(l)), rel).toEqual([]);
      expect(text, rel).not.toContain('yaml-language-server');
    }
  });
});
