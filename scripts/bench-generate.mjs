#!/usr/bin/env node
// Deterministic generator of realistic partnership repositories for the benchmark (scripts/bench.mjs).
// Each partnership grows from the Orangi example (its comments and structure kept): 15 stakeholders, 6 internal
// assessments, 10 indicators with measurements, 24+ commitments and 2 reviews, about 1,900 lines of YAML. Names,
// figures and dates vary by a fixed-seed PRNG, so the same `n` gives the same bytes on every machine.
// Usage: node scripts/bench-generate.mjs <n> <dir>
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isSeq, parseDocument, Scalar } from 'yaml';
import { prng } from './prng.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLE = join(ROOT, 'examples', 'orangi-sanitation');
export const SEED = 20250508;

const PLACES = ['Karachi', 'Lahore', 'Dhaka', 'Chittagong', 'Nairobi', 'Kisumu', 'Lima', 'Arequipa', 'Cebu', 'Davao', 'Accra', 'Kumasi', 'Pune', 'Surat', 'Recife', 'Salvador'];
const ISSUES = ['sanitation', 'clean water', 'solid waste', 'drainage', 'school meals', 'immunisation', 'street lighting', 'flood protection'];
const ORGS = ['Chamber of Commerce', 'Teachers\' Union', 'Women\'s Cooperative', 'Youth Forum', 'Water Users\' Association', 'University Extension Office', 'Traders\' Association', 'Health Volunteers Network', 'Transport Union', 'Faith Council'];
const SECTORS = ['private', 'civil-society', 'public', 'private-university', 'cooperative', 'semi-public'];
const ENGAGEMENT = ['informed', 'advisory-group', 'pilot'];
const WORDS = ['lane', 'drain', 'survey', 'meeting', 'budget', 'report', 'training', 'visit', 'map', 'design', 'agreement', 'household', 'contractor', 'committee', 'council', 'ward'];

const read = (rel) => readFileSync(join(EXAMPLE, rel), 'utf8');
const BASE = {
  partnership: read('partnership.yaml'),
  stakeholders: read('stakeholders.yaml'),
  indicators: read('indicators.yaml'),
  review: read('reviews/1995-03-15.yaml'),
  assessment: read('assessments/kmc.yaml'),
  others: ['decision-rules.yaml', 'communication.yaml', 'resources.yaml', 'risks.yaml'].map((f) => [f, read(f)]),
  assessments: readdirSync(join(EXAMPLE, 'assessments')).sort().map((f) => [f, read(join('assessments', f))]),
};

const pick = (rnd, xs) => xs[Math.floor(rnd() * xs.length)];
const sentence = (rnd, n) => {
  const w = Array.from({ length: n }, () => pick(rnd, WORDS));
  return `${w[0][0].toUpperCase()}${w.join(' ').slice(1)}.`;
};

/** One partnership's files, as { relative path: text }. */
export function partnershipFiles(i) {
  const rnd = prng(SEED + i * 7919);
  const place = pick(rnd, PLACES);
  const issue = pick(rnd, ISSUES);
  const files = {};

  const p = parseDocument(BASE.partnership);
  p.set('name', `${place} ${issue} partnership ${String(i).padStart(4, '0')}`);
  files['partnership.yaml'] = p.toString({ lineWidth: 0 });

  // 15 stakeholders: the example's 10, and 5 more (advisory, pilot or informed) built from its advisory member.
  const s = parseDocument(BASE.stakeholders);
  const list = s.get('stakeholders');
  const template = list.items.find((item) => item.get('id') === 'kda');
  const extra = [];
  for (let k = 0; k < 5; k++) {
    const id = `extra-${k + 1}`;
    extra.push(id);
    const node = template.clone();
    node.commentBefore = k === 0 ? ' --- Others the broker mapped (generated) ---' : undefined;
    node.set('id', id);
    node.set('name', `${place} ${pick(rnd, ORGS)} ${k + 1}`);
    node.set('sector', pick(rnd, SECTORS));
    node.set('description', `${sentence(rnd, 12)} ${sentence(rnd, 9)}`);
    node.set('interests', s.createNode([sentence(rnd, 6), sentence(rnd, 5)]));
    node.set('engagement', pick(rnd, ENGAGEMENT));
    node.set('influence', pick(rnd, ['low', 'medium', 'high']));
    list.items.push(node);
  }
  files['stakeholders.yaml'] = s.toString({ lineWidth: 0 });

  // 6 internal assessments: the example's 5, and one for the first extra stakeholder.
  for (const [name, text] of BASE.assessments) files[`assessments/${name}`] = text;
  const a = parseDocument(BASE.assessment);
  a.set('stakeholder', extra[0]);
  a.set('prepared_by', `${pick(rnd, ['A.', 'B.', 'F.', 'N.', 'R.'])} ${pick(rnd, ['Khan', 'Okafor', 'Rahman', 'Mendoza', 'Santos'])} (generated)`);
  a.set('objectives', a.createNode([sentence(rnd, 7), sentence(rnd, 6)]));
  files[`assessments/${extra[0]}.yaml`] = a.toString({ lineWidth: 0 });

  // 10 indicators with measurements: the example's 7, and 3 more owned by partners.
  const ind = parseDocument(BASE.indicators);
  const indicators = ind.get('indicators');
  const model = indicators.items[0];
  for (let k = indicators.items.length; k < 10; k++) {
    const node = model.clone();
    node.set('id', `generated-indicator-${k + 1}`);
    node.set('name', sentence(rnd, 8));
    node.set('owner', pick(rnd, ['opp', 'kmc', 'kwsb', 'donor']));
    const ms = node.get('measurements');
    let value = Math.floor(rnd() * 10);
    for (const m of ms.items) {
      value = Math.min(100, value + Math.floor(rnd() * 25));
      m.set('value', value);
      if (isMap(m) && m.has('note')) m.delete('note');
    }
    indicators.items.push(node);
  }
  files['indicators.yaml'] = ind.toString({ lineWidth: 0 });

  for (const [name, text] of BASE.others) files[name] = text;

  // 2 reviews: the example's 1995 review, and the next year's with varied ratings.
  files['reviews/1995-03-15.yaml'] = BASE.review;
  const r = parseDocument(BASE.review);
  r.set('date', '1996-03-15');
  r.setIn(['period', 'from'], '1995-01-01');
  r.setIn(['period', 'to'], '1995-12-31');
  r.set('next_review', '1997-03-15');
  for (const f of r.get('functioning').items) {
    for (const pair of f.items) {
      if (isMap(pair.value) && pair.value.has('rating')) pair.value.set('rating', pick(rnd, ['green', 'amber', 'red']));
    }
  }
  const decisions = r.get('decisions');
  if (isSeq(decisions)) for (const d of decisions.items) d.set('description', new Scalar(`${sentence(rnd, 10)} ${sentence(rnd, 8)}`));
  files['reviews/1996-03-15.yaml'] = r.toString({ lineWidth: 0 });
  return files;
}

/** Writes a repository of `n` partnerships under `dir` (partnerships/p-0000 ...), replacing what was there. */
export function generateRepo(n, dir) {
  rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < n; i++) {
    const root = join(dir, 'partnerships', `p-${String(i).padStart(4, '0')}`);
    for (const [rel, text] of Object.entries(partnershipFiles(i))) {
      const file = join(root, rel);
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, text);
    }
  }
  return dir;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [n, dir] = process.argv.slice(2);
  if (!n || !dir) {
    console.error('usage: node scripts/bench-generate.mjs <n> <dir>');
    process.exit(2);
  }
  generateRepo(Number(n), dir);
}
