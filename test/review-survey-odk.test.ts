// @vitest-environment jsdom
/**
 * The review questionnaire's XForm run through ODK's own form engine (@getodk/xforms-engine, which ODK Web Forms and
 * Central are built on): the form loads, every partner can be chosen, it is answered programmatically, its
 * submission is serialised as ODK Central would receive it, and `partner review import` turns that submission into
 * the review file with exactly the answers given.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// test/helpers/cli.ts reads import.meta.url with Node's URL, which jsdom replaces: the same helpers, by path.
const ROOT = process.cwd();
const runBinary = (args: string[], options: { cwd: string }) => {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'partner.js'), ...args], { cwd: options.cwd, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
};
const tempDir = () => realpathSync(mkdtempSync(join(tmpdir(), 'partner-odk-')));
const removeDir = (d: string) => rmSync(d, { recursive: true, force: true });
const copyExample = (name: string, into: string) => {
  cpSync(join(ROOT, 'examples', name), join(into, name), { recursive: true });
  return join(into, name);
};

let root: string;
let dir: string;
let xform: string;
beforeAll(() => {
  root = tempDir();
  dir = copyExample('orangi-sanitation', root);
  const r = runBinary(['review', 'survey', dir, '--out', 'forms', '--format', 'xform', '--date', '1995-06-01'], { cwd: root });
  expect(r.code).toBe(0);
  xform = readFileSync(join(root, 'forms', 'partner_review_orangi_low_cost_sanitation_partnership.xml'), 'utf8');
});
afterAll(() => removeDir(root));

interface EngineNode {
  nodeType: string;
  currentState: { reference: string; children: EngineNode[] | null; valueOptions?: { value: string }[]; value: unknown };
  selectValue?(v: string): void;
  setValue?(v: string): void;
}

async function engine() {
  // The engine's bundled tree-sitter looks for __dirname when it sees Node; it loads its WebAssembly from data URLs.
  (globalThis as { __dirname?: string }).__dirname = process.cwd();
  return import('@getodk/xforms-engine');
}

function nodes(n: EngineNode, out = new Map<string, EngineNode>()): Map<string, EngineNode> {
  out.set(n.currentState.reference.split('/').pop()!, n);
  for (const c of n.currentState.children ?? []) nodes(c, out);
  return out;
}

const ANSWERS: Record<string, string> = {
  partner: 'orangi-lanes',
  respondent: 'Shamim Bano, lane manager',
  delivery_rating: 'green',
  delivery_comment: 'Lanes keep building their sewers',
  impact_rating: 'amber',
  decision_making_rating: 'green',
  roles_rating: 'green',
  communication_rating: 'amber',
  communication_comment: 'KMC letters reach us late & in English',
  working_relations_rating: 'green',
  resources_rating: 'red',
  resources_comment: 'Trunk sewers are still missing',
  benefit_reputation: 'medium',
  benefit_networks: 'high',
  benefit_capacity: 'high',
  benefit_advocacy: 'low',
  benefit_money: 'none',
  benefit_core_delivery: 'high',
  costs_level: 'high',
  costs: 'Our own money and labour for every lane',
  worth_it: 'yes',
  society_level: 'high',
  best_for_goal: 'yes',
  best_for_us: 'unsure',
  fair_sharing: 'partly',
  fair_comment: 'Agencies should finish the trunk works they promised',
  learning: 'Start with the lanes that ask',
};

describe('the XForm in ODK\'s engine', () => {
  it('loads, offers every active partner and pilot, and yields a submission that imports exactly', async () => {
    const { createInstance } = await engine();
    const instance = await createInstance(xform);
    const byName = nodes(instance.root as unknown as EngineNode);
    expect(byName.get('partner')!.currentState.valueOptions!.map((o) => o.value)).toEqual(['opp', 'orangi-lanes', 'kmc', 'kwsb', 'donor', 'thallas']);
    for (const [name, value] of Object.entries(ANSWERS)) {
      const node = byName.get(name);
      expect(node, name).toBeDefined();
      if (node!.nodeType === 'select') node!.selectValue!(value);
      else node!.setValue!(value);
    }
    const payload = await instance.root.prepareInstancePayload();
    expect(payload.status).toBe('ready');
    const file = payload.data[0].get('xml_submission_file') as Blob;
    const submission = await file.text();
    expect(submission).toContain('<partner>orangi-lanes</partner>');
    writeFileSync(join(root, 'submission.xml'), submission);

    const r = runBinary(['review', 'import', 'submission.xml', dir, '--date', '1995-06-01'], { cwd: root });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Imported the answers of Orangi lane (street) organisations into');
    const review = parse(readFileSync(join(dir, 'reviews', '1995-06-01.yaml'), 'utf8'));
    expect(review.respondents).toEqual([{ stakeholder: 'orangi-lanes', by: 'Shamim Bano, lane manager', answered_on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), via: 'odk' }]);
    expect(review.project_views).toEqual([{ stakeholder: 'orangi-lanes', delivery: { rating: 'green', comment: 'Lanes keep building their sewers' }, impact: { rating: 'amber' } }]);
    expect(review.functioning).toEqual([{
      stakeholder: 'orangi-lanes',
      decision_making: { rating: 'green' },
      roles: { rating: 'green' },
      communication: { rating: 'amber', comment: 'KMC letters reach us late & in English' },
      working_relations: { rating: 'green' },
      resources: { rating: 'red', comment: 'Trunk sewers are still missing' },
    }]);
    expect(review.value_of_partnering).toEqual([{
      stakeholder: 'orangi-lanes',
      benefit_levels: { reputation: 'medium', networks: 'high', capacity: 'high', advocacy: 'low', money: 'none', core_delivery: 'high' },
      costs: 'Our own money and labour for every lane',
      costs_level: 'high',
      worth_it: 'yes',
      society: { level: 'high' },
      best_approach: { for_goal: 'yes', for_us: 'unsure' },
      fair_sharing: { rating: 'partly', comment: 'Agencies should finish the trunk works they promised' },
      learning: 'Start with the lanes that ask',
    }]);
    expect(review.participants).toEqual(['orangi-lanes']);
    const check = runBinary(['check', dir, '--date', '1995-06-01', '--format', 'json'], { cwd: root });
    expect(JSON.parse(check.stdout).summary.errors).toBe(0);
  }, 60_000);

  it('marks a required question unanswered as not ready to submit', async () => {
    const { createInstance } = await engine();
    const instance = await createInstance(xform);
    const payload = await instance.root.prepareInstancePayload();
    expect(payload.status).not.toBe('ready');
  }, 60_000);
});
