import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLE_2, TABLE_2_IDS } from '../src/core/lifecycle/table2.js';
import { stageCapacities } from '../src/core/lifecycle/standing.js';
import { ROOT, RUNNERS, EXAMPLES } from './helpers/cli.js';

const SEED = join(ROOT, '..', 'shared', 'seeds', '003_a48d4831f2f75d10.txt');

describe('seed 003 Table 2', () => {
  it.skipIf(!existsSync(SEED))('quotes each row verbatim, at the line it cites, capacities before interventions', () => {
    const lines = readFileSync(SEED, 'utf8').split('\n');
    for (const row of TABLE_2) {
      const line = lines[row.line - 1]!;
      expect(line.startsWith(`${row.label}\t`), row.label).toBe(true);
      const [, capacities, interventions] = line.split('\t');
      for (const e of row.capacities) expect(capacities, e.id).toContain(e.text);
      for (const e of row.interventions) expect(interventions, e.id).toContain(e.text);
    }
  });

  it('maps the rows numbered 1, 2, 2, 3, 4 to the stages 1-5 by name', () => {
    expect(TABLE_2.map((r) => `${r.stage} ${r.label}`)).toEqual(['1 1. Identify Preconditions', '2 2. Convene Partners and Define Problems', '3 2. Set Shared Directions', '4 3. Implement Action Strategies', '5 4. Expand or Institutionalize Success']);
  });

  it('is what partnership.yaml `capacities:` may record, no more, no less', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'partnership.schema.json'), 'utf8'));
    expect(schema.properties.capacities.items.properties.id.enum).toEqual(TABLE_2_IDS);
    expect(new Set(TABLE_2_IDS).size).toBe(TABLE_2_IDS.length);
  });

  it('gives each line of the current stage its recorded state', () => {
    const rows = stageCapacities('reviewing', { partnership: { name: 'x', phase: 'reviewing', capacities: [{ id: 'design-expansion', state: 'under-way', note: 'Plan for two more settlements' }, { id: 'listen-to-perspectives', state: 'in-place' }] } });
    expect(rows.map((r) => r.stage)).toEqual([4, 5]);
    expect(rows[1]!.capacities.find((c) => c.id === 'design-expansion')).toEqual({ id: 'design-expansion', text: 'Design expansion or institutionalization', state: 'under-way', note: 'Plan for two more settlements' });
    expect(rows.flatMap((r) => [...r.capacities, ...r.interventions]).filter((c) => c.state !== 'not-recorded').map((c) => c.id)).toEqual(['design-expansion']);
  });
});

describe.each(RUNNERS)('partner status shows Table 2 (%s)', (_name, run) => {
  it('with what the Bangladesh example records', async () => {
    const r = await run(['status', join(EXAMPLES, 'bangladesh-immunisation'), '--date', '1986-10-01'], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('    ✔ Build shared diagnosis of problems: in place (The experiments agreed that getting children to\n      the vaccination teams is the key issue) [shared-diagnosis]\n');
    expect(r.stdout).toContain('    ✖ Train parties in interest-based negotiations: not yet [train-negotiation]\n');
    expect(r.stdout).toContain('    ○ Listen to other perspectives: not recorded [listen-to-perspectives]\n');
    // The name in brackets is what the broker types to record a line, and the heading says so.
    expect(r.stdout).toContain('record one with `partner record capacity <[name]> in-place|under-way|not-yet`');
  });
});
