import { appendFileSync, chmodSync, readFileSync, renameSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordPhaseChange } from '../src/core/lifecycle/advance.js';
import { copyExample, removeDir, RUNNERS, tempDir } from './helpers/cli.js';

/** A line diff (longest common subsequence): the lines of `before` that are gone and the lines of `after` that are new. */
function lineChanges(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) added.push(b[j++]!);
    else removed.push(a[i++]!);
  }
  return { removed, added };
}

const COMMENTED = `# The River Water partnership.
#   Keep this file tidy: it is read by the partners' focal points.

name: "River Water"   # the name partners use

# Where we are.
phase: scoping  # scoping → building → planning → ...
# The history of moves.
phase_history:
    # Started when the city asked for help.
    -   phase: scoping
        date: 2024-01-10
        reason: >-
            The city asked the NGO to look at the river; a long reason that is folded over two lines
            and must stay exactly as written.

# The issue, in writing.
issue: |
  The river is dirty.
    Indented line kept.
vision: 'A clean river'   # draft
why_multi_sector: Mills, the city and residents each hold part of the answer.
geographic_scope: {level: local, area: "Town"}
`;

describe('recordPhaseChange', () => {
  it('changes only `phase:` and appends one history entry, byte for byte elsewhere', () => {
    const out = recordPhaseChange(COMMENTED, { phase: 'building', date: '2024-06-01', reason: 'Ready: issue, vision and map done' });
    expect(lineChanges(COMMENTED, out)).toEqual({
      removed: ['phase: scoping  # scoping → building → planning → ...'],
      added: ['phase: building  # scoping → building → planning → ...', '    -   phase: building', '        date: 2024-06-01', '        reason: "Ready: issue, vision and map done"'],
    });
    // Every other line is there, in order, unchanged; the new entry follows the last one.
    expect(out).toBe(COMMENTED.replace('phase: scoping  #', 'phase: building  #').replace('must stay exactly as written.\n', 'must stay exactly as written.\n    -   phase: building\n        date: 2024-06-01\n        reason: "Ready: issue, vision and map done"\n'));
    const data = parse(out) as { phase: string; phase_history: unknown[] };
    expect(data.phase).toBe('building');
    expect(data.phase_history).toEqual([
      { phase: 'scoping', date: '2024-01-10', reason: 'The city asked the NGO to look at the river; a long reason that is folded over two lines and must stay exactly as written.' },
      { phase: 'building', date: '2024-06-01', reason: 'Ready: issue, vision and map done' },
    ]);
  });
  it('starts a history right after `phase:` when there is none', () => {
    const text = 'name: X\n\n# phase\nphase: planning\n\n# later\nissue: y\n';
    expect(recordPhaseChange(text, { phase: 'building', date: '2024-06-01', reason: 'back' })).toBe('name: X\n\n# phase\nphase: building\nphase_history:\n  - phase: building\n    date: 2024-06-01\n    reason: back\n\n# later\nissue: y\n');
  });
  it('keeps quotes, CRLF line ends, a byte-order mark and a missing final newline', () => {
    expect(recordPhaseChange("name: X\r\nphase: 'scoping'\r\nphase_history:\r\n- phase: scoping\r\n  date: 2020-01-01\r\n# end\r\n", { phase: 'building', date: '2024-06-01' }))
      .toBe("name: X\r\nphase: 'building'\r\nphase_history:\r\n- phase: scoping\r\n  date: 2020-01-01\r\n- phase: building\r\n  date: 2024-06-01\r\n# end\r\n");
    expect(recordPhaseChange('\ufeffname: X\nphase: scoping', { phase: 'building', date: '2024-06-01' })).toBe('\ufeffname: X\nphase: building\nphase_history:\n  - phase: building\n    date: 2024-06-01\n');
  });
  it('turns an empty or {...} history into a block list', () => {
    expect(recordPhaseChange('name: X\nphase: scoping\nphase_history: []\nissue: y\n', { phase: 'building', date: '2024-06-01' })).toBe('name: X\nphase: building\nphase_history:\n  - phase: building\n    date: 2024-06-01\nissue: y\n');
    expect(recordPhaseChange('name: X\nphase: scoping\nphase_history: [{phase: scoping, date: 2020-01-01}]\n', { phase: 'building', date: '2024-06-01' })).toBe('name: X\nphase: building\nphase_history:\n  - phase: scoping\n    date: 2020-01-01\n  - phase: building\n    date: 2024-06-01\n');
  });
  it('quotes a reason only when it must', () => {
    const out = recordPhaseChange('name: X\nphase: scoping\n', { phase: 'building', date: '2024-06-01', reason: 'line one\nline two: #3' });
    expect((parse(out) as { phase_history: { reason: string }[] }).phase_history[0]!.reason).toBe('line one\nline two: #3');
    expect(out.split('\n')).toHaveLength(7);
  });
});

let root: string;
beforeEach(() => {
  root = tempDir();
});
afterEach(() => removeDir(root));

const read = (dir: string) => readFileSync(join(dir, 'partnership.yaml'), 'utf8');
const NON_NEGOTIABLES = `\nnon_negotiables:\n  - stakeholder: mohfw\n    text: Vaccinators stay Ministry staff.\n${['adab', 'unicef', 'who', 'ngo-a', 'ngo-b'].map((id) => `  - stakeholder: ${id}\n    text: none\n`).join('')}`;

describe.each(RUNNERS)('partner advance (%s)', (_name, run) => {
  it('refuses to move on while the gate fails, lists what is missing, and changes nothing', async () => {
    const dir = copyExample('bangladesh-immunisation', root);
    const before = read(dir);
    const r = await run(['advance', '--date', '1986-10-20'], { cwd: dir });
    expect(r).toEqual({
      code: 1,
      stderr: '',
      stdout:
        'Not ready to move Vaccinate your Child! Ministry-NGO immunisation partnership, Bangladesh from planning to implementing: 3 of 12 requirements missing.\n' +
        '  ✖ Before implementing, agree the protocol for external communication (seed 002, Planning).\n' +
        "  ✖ Before implementing, record the partners' non-negotiables (seed 002, Risks and assumptions).\n" +
        '  ✖ Before implementing, every active partner accepts the agreement, ratified by its organisation where that is needed (seed 002, Partnership agreements: "acceptable to all partners").\n' +
        'Nothing was changed. `partner check --phase implementing` shows where each is missing.\n',
    });
    expect(read(dir)).toBe(before);
  });

  it('moves on when the gate passes, changing only `phase:` and the history', async () => {
    const dir = copyExample('bangladesh-immunisation', root);
    appendFileSync(join(dir, 'risks.yaml'), NON_NEGOTIABLES);
    // Every active partner accepts the agreement (seed 002), ratified by its organisation.
    const stakeholders = join(dir, 'stakeholders.yaml');
    writeFileSync(stakeholders, readFileSync(stakeholders, 'utf8').replaceAll('    engagement: active-partner\n', '    engagement: active-partner\n    acceptance: {date: 1986-10-15, by: Its representative, ratification: done, ratified_on: 1986-10-18}\n'));
    writeFileSync(join(dir, 'communication.yaml'), readFileSync(join(dir, 'communication.yaml'), 'utf8').replace('  status: proposed\n', '  status: agreed\n'));
    const before = read(dir);
    const r = await run(['advance', '.', '--date', '1986-10-20'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Moved Vaccinate your Child! Ministry-NGO immunisation partnership, Bangladesh from planning to implementing on 1986-10-20, recorded in the phase history of partnership.yaml.\nRun `partner status` to see what comes next.\n');
    expect(lineChanges(before, read(dir))).toEqual({ removed: ['phase: planning'], added: ['phase: implementing', '  - phase: implementing', '    date: 1986-10-20'] });
    const after = read(dir).split('\n');
    expect(after.indexOf('  - phase: implementing')).toBe(after.indexOf('      The experiments show that the key issue is getting children to the vaccination teams. Partners agree to plan a joint campaign.') + 1);
    const check = await run(['check', '--date', '1986-10-20', '--quiet'], { cwd: dir });
    expect(check.code).toBe(0);
    const status = JSON.parse((await run(['status', '--format', 'json', '--date', '1986-10-20'], { cwd: dir })).stdout);
    expect(status.phase).toBe('implementing');
    expect(status.next.phase).toBe('reviewing');
  });

  it('moves back only with a reason, and records it', async () => {
    const dir = copyExample('orangi-sanitation', root);
    const before = read(dir);
    const refused = await run(['advance', '--to', 'building', '--date', '1995-06-01'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('partner: Moving back from reviewing to building needs a reason, recorded in the phase history (seed 001: building, reviewing and re-building).\n  Add --reason "why the partnership goes back to building".\n');
    expect(read(dir)).toBe(before);

    const r = await run(['advance', '--to', 'building', '--reason', 'The treatment plant needs the provincial government: bring it in.', '--date', '1995-06-01'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Moved Orangi low-cost sanitation partnership back from reviewing to building on 1995-06-01');
    expect(lineChanges(before, read(dir))).toEqual({
      removed: ['phase: reviewing'],
      added: ['phase: building', '  - phase: building', '    date: 1995-06-01', '    reason: "The treatment plant needs the provincial government: bring it in."'],
    });
  });

  it('moves a fresh `partner init` to building once the scoping work is written down', async () => {
    expect((await run(['init', 'river', '--yes', '--name', 'River Water'], { cwd: root })).code).toBe(0);
    const dir = join(root, 'river');
    const refused = await run(['advance', 'river', '--date', '2025-01-01'], { cwd: root });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/^Not ready to move River Water from scoping to building: \d of 6 requirements missing\.\n/);
    expect(refused.stdout).toContain('  ✖ Before building, draft a vision (seed 002, Scoping).\n');

    appendFileSync(join(dir, 'partnership.yaml'), 'issue: The river is dirty.\nwhy_multi_sector: Mills, the city and residents each hold part of it.\nvision: A clean river.\ngeographic_scope:\n  level: local\n');
    writeFileSync(join(dir, 'stakeholders.yaml'), 'stakeholders:\n  - id: city\n    name: City\n    sector: public\n    interests: [clean water]\n    motivations: [health]\n  - id: mills\n    name: Mills\n    sector: private\n    interests: [low costs]\n    motivations: [licence to operate]\n');
    const before = read(dir);
    const r = await run(['advance', 'river', '--date', '2025-01-01'], { cwd: root });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const after = read(dir);
    expect(lineChanges(before, after)).toEqual({ removed: ['phase: scoping'], added: ['phase: building', 'phase_history:', '  - phase: building', '    date: 2025-01-01'] });
    expect(after).toContain('phase: building\nphase_history:\n  - phase: building\n    date: 2025-01-01\n');
    expect((await run(['check', 'river', '--date', '2025-01-01', '--quiet'], { cwd: root })).code).toBe(0);
  });

  it('refuses when partnership.yaml has errors, showing them, and changes nothing', async () => {
    const dir = copyExample('orangi-sanitation', root);
    writeFileSync(join(dir, 'partnership.yaml'), read(dir).replace('vision: >-', 'vison: >-'));
    const before = read(dir);
    const r = await run(['advance', '--to', 'building', '--reason', 'x'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('partnership.yaml');
    expect(r.stdout).toContain('unknown-field');
    expect(r.stdout).toContain('Nothing was changed: fix partnership.yaml first.\n');
    expect(read(dir)).toBe(before);
  });

  it('never writes through a symbolic link', async () => {
    const dir = copyExample('orangi-sanitation', root);
    renameSync(join(dir, 'partnership.yaml'), join(root, 'real.yaml'));
    symlinkSync(join(root, 'real.yaml'), join(dir, 'partnership.yaml'));
    const before = readFileSync(join(root, 'real.yaml'), 'utf8');
    const r = await run(['advance', '--to', 'building', '--reason', 'x'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is a symbolic link');
    expect(readFileSync(join(root, 'real.yaml'), 'utf8')).toBe(before);
  });

  it('keeps the file\'s permissions', async () => {
    const dir = copyExample('orangi-sanitation', root);
    chmodSync(join(dir, 'partnership.yaml'), 0o600);
    expect((await run(['advance', '--to', 'implementing', '--reason', 'More to do', '--date', '1995-06-01'], { cwd: dir })).code).toBe(0);
    expect(statSync(join(dir, 'partnership.yaml')).mode & 0o777).toBe(0o600);
  });

  it('exits 2 for moves that make no sense', async () => {
    const dir = copyExample('orangi-sanitation', root);
    const before = read(dir);
    const same = await run(['advance', '--to', 'reviewing'], { cwd: dir });
    expect(same).toEqual({ code: 2, stdout: '', stderr: 'partner: Orangi low-cost sanitation partnership is already in reviewing.\n  Give another phase with --to, or leave --to out to move to the next one.\n' });
    const unknown = await run(['advance', '--to', 'finished'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('scoping, building, planning, implementing, reviewing, sustaining');
    const early = await run(['advance', '--to', 'building', '--reason', 'x', '--date', '1990-01-01'], { cwd: dir });
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('The phase history already has a move on 1995-02-01, after 1990-01-01.');
    const nowhere = await run(['advance', 'nowhere'], { cwd: root });
    expect(nowhere.code).toBe(2);
    expect(read(dir)).toBe(before);

    writeFileSync(join(dir, 'partnership.yaml'), before.replace('phase: reviewing', 'phase: sustaining'));
    const last = await run(['advance'], { cwd: dir });
    expect(last.code).toBe(2);
    expect(last.stderr).toContain('is in sustaining, the last phase of the cycle.');
  });

  it('jumps ahead only when every phase on the way is met', async () => {
    const dir = copyExample('bangladesh-immunisation', root);
    const before = read(dir);
    const r = await run(['advance', '--to', 'reviewing', '--date', '1986-10-20'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("  ✖ Before implementing, record the partners' non-negotiables (seed 002, Risks and assumptions).\n");
    expect(r.stdout).toContain('  ✖ Before reviewing, record measurements for at least one indicator (seed 002 Phase 3, Measuring).\n');
    expect(read(dir)).toBe(before);
  });

  it('has help with examples', async () => {
    const r = await run(['advance', '--help'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--to <phase>');
    expect(r.stdout).toContain('$ partner advance --to building --reason');
  });
});
