import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectImpactsOf } from '../src/model/index.js';
import { copyExample, removeDir, runBinary, tempDir } from './helpers/cli.js';

/**
 * A review whose project ratings come from each partner's own view (what `partner review import` writes from a
 * survey) is a review of the project: the gate, the lesson rule and the report all read it (seed 002 Fig. 1), and the
 * report shows the lowest rating given, so that one partner's red is never hidden.
 */
let root: string;
beforeAll(() => (root = tempDir()));
afterAll(() => removeDir(root));

const VIEWS = 'project_views:\n  - stakeholder: opp\n    delivery: {rating: green}\n    impact: {rating: green}\n  - stakeholder: kmc\n    delivery: {rating: red}\n    impact: {rating: amber}\n';

/** The Orangi example with its shared project ratings replaced by two partners' own views. */
function withViewsOnly(): string {
  const dir = copyExample('orangi-sanitation', root);
  const file = join(dir, 'reviews', '1995-03-15.yaml');
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf('project_impacts:\n');
  const end = text.indexOf('\n', text.indexOf('\n', text.indexOf('  impact:', start)) + 1);
  let next = end;
  while (/^ {2,}/.test(text.slice(next + 1, next + 3))) next = text.indexOf('\n', next + 1);
  writeFileSync(file, text.slice(0, start) + VIEWS + text.slice(next + 1));
  return dir;
}

describe('project ratings from each partner\'s view', () => {
  it('takes the shared rating where recorded, else the lowest of the partners\' own', () => {
    expect(projectImpactsOf({ date: '2025-01-01', project_impacts: { delivery: { rating: 'amber' } }, project_views: [{ stakeholder: 'a', delivery: { rating: 'red' } }] }).delivery).toEqual({ rating: 'amber' });
    expect(projectImpactsOf({ date: '2025-01-01', project_views: [{ stakeholder: 'a', delivery: { rating: 'green' } }, { stakeholder: 'b', delivery: { rating: 'red' } }, { stakeholder: 'c' }] })).toEqual({ delivery: { rating: 'red', fromViews: 2 } });
    expect(projectImpactsOf({ date: '2025-01-01' })).toEqual({});
  });

  it('counts for the sustaining gate and the lesson rule, and the report shows the red', () => {
    const dir = withViewsOnly();
    const check = runBinary(['check', dir, '--phase', 'sustaining', '--date', '1995-06-01', '--format', 'json'], { cwd: root });
    const found = JSON.parse(check.stdout).diagnostics as { rule: string; message: string }[];
    expect(found.filter((d) => d.rule === 'process-and-product')).toEqual([]);
    expect(found.filter((d) => d.message.includes('project impacts'))).toEqual([]);
    const md = runBinary(['render', 'review', dir, '--date', '1995-06-01'], { cwd: root });
    expect(md.stderr).toBe('');
    expect(md.stdout).toMatch(/Delivery and progress \| \*\*Red\*\*/);
    expect(md.stdout).toContain("the lowest of 2 partners' ratings");
    expect(md.stdout).not.toContain('Not rated');
  });
});
