import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPartnership } from '../src/core/check/check.js';
import { loadPartnershipModel } from '../src/core/check/model-load.js';
import { largePartnership } from './cases/large-partnership.js';
import { removeDir, runInProcess, tempDir } from './helpers/cli.js';

let root: string;
beforeAll(() => {
  root = tempDir('partner-model-load-');
});
afterAll(() => removeDir(root));

function write(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [rel, text] of Object.entries(files)) writeFileSync(join(dir, rel), text);
  return dir;
}

describe('documents are refused for broken data, never for what the phase still needs', () => {
  it('renders a partnership with more open items in one file than check shows (the per-file cap is not a refusal)', () => {
    const dir = write('many-open', largePartnership('Many open items'));
    const found = checkPartnership(dir, { today: '2025-06-30' }).diagnostics;
    // One rule counts what is not shown, whatever it is; the judgement of documents is made on every finding instead.
    expect(found.filter((d) => /^too-many-/.test(d.rule)).map((d) => `${d.rule} ${d.severity}`)).toEqual(['too-many-findings warning', 'too-many-findings error']);
    expect(loadPartnershipModel(dir, { today: '2025-06-30' }).ok).toBe(true);
  });
  it('explains the one count of findings not shown, and no other', async () => {
    const root = process.cwd();
    const count = await runInProcess(['explain', 'too-many-findings'], { cwd: root });
    expect(count.code).toBe(0);
    expect(count.stdout).toContain('Documents are still made when the only errors, shown or not, are about what the phase still needs');
    expect((await runInProcess(['explain', 'too-many-gaps'], { cwd: root })).code).toBe(2);
  });
  it('still refuses a file of many schema errors, showing at most the capped number of them', () => {
    const bad = Array.from({ length: 150 }, (_, i) => `  - id: s${i}\n    name: S${i}\n    sector: nowhere\n`).join('');
    const dir = write('many-broken', { 'partnership.yaml': 'name: Broken\nphase: scoping\n', 'stakeholders.yaml': `stakeholders:\n${bad}` });
    const load = loadPartnershipModel(dir, { today: '2025-06-30' });
    expect(load.ok).toBe(false);
    if (load.ok) return;
    expect(load.blocking.filter((d) => d.rule === 'invalid-value')).toHaveLength(100);
    expect(load.blocking.at(-1)!.rule).toBe('too-many-findings');
  });
});
