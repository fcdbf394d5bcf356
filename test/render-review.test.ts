import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReview, buildReviewSummary, overallRating, withUnit } from '../src/core/documents/review/model.js';
import { explain } from '../src/core/documents/review/words.js';
import { AT_RISK_TOLERANCE, expectedAt, indicatorStatus, ON_TRACK_TOLERANCE } from '../src/core/documents/review/status.js';
import type { FolderModel } from '../src/model/index.js';
import { placeFigures } from '../src/render/figures.js';
import { renderBuiltin } from '../src/render/handlebars.js';
import { htmlPage, markdownToSafeHtml } from '../src/render/html.js';
import { drawReviewFigures } from '../src/render/pictures.js';
import { chartGeometry, indicatorChart, type ChartInput } from '../src/render/svg/chart.js';
import { heatmap } from '../src/render/svg/heatmap.js';
import { summaryPicture } from '../src/render/svg/summary.js';
import { textWidth, wrapText, xmlText } from '../src/render/svg/xml.js';
import { copyExample, removeDir, ROOT, RUNNERS, runBinary, tempDir } from './helpers/cli.js';
import { skipWithout } from './helpers/readers.js';
import { visibleText, xmlErrors } from './helpers/markup.js';

/**
 * `partner render review`: the indicator status rule, chart geometry (a measurement at target sits on the target
 * line), hostile names escaped in SVG and HTML, golden Markdown for the Orangi review (read as a broker would before
 * freezing it), the three ways charts are placed (files beside --out, inline data: images, inline SVG in HTML), the
 * changes since a previous review, a partnership with no review yet, and headless Chromium when it is installed.
 * CLI cases run in-process and against the built binary. UPDATE_GOLDEN=1 rewrites the golden file.
 */

const GOLDEN = join(ROOT, 'test', 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const HOSTILE = `<script>alert("x")</script> & ]]> 'quoted' "double" {{x}}`;

let root: string;
const write = (dir: string, files: Record<string, string>) => {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
};

/** An earlier review of the Orangi partnership, so the 1995 one has changes to show. */
const EARLIER_REVIEW = `date: 1994-03-15
period:
  from: 1993-01-01
  to: 1993-12-31
participants: [opp, orangi-lanes, kmc, kwsb, donor]
project_impacts:
  delivery:
    rating: amber
functioning:
  - stakeholder: opp
    communication:
      rating: red
      comment: Minutes take months.
  - stakeholder: kwsb
    resources:
      rating: amber
value_of_partnering:
  - stakeholder: kwsb
    worth_it: yes
decisions:
  - kind: revise-partnership
    description: KWSB budgets the treatment plant in its 1994-95 capital programme.
    stakeholder: kwsb
next_review: 1995-03-15
`;

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
const HOSTILE_FILES = {
  'partnership.yaml': `name: ${quote(HOSTILE)}\nphase: reviewing\n`,
  'stakeholders.yaml': `stakeholders:
  - id: acme
    name: ${quote(HOSTILE)}
    sector: private
    engagement: active-partner
    influence: high
    interest_level: high
  - id: city
    name: ${quote(`City ]]> & <b>Council</b>`)}
    sector: public
    engagement: active-partner
    influence: high
    interest_level: low
`,
  'indicators.yaml': `indicators:
  - id: wells
    name: ${quote(HOSTILE)}
    aspect: project-delivery
    unit: ${quote('<i>wells</i> & "pumps"')}
    baseline: { value: 0, date: 2020-01-01 }
    target: { value: 10, date: 2024-01-01 }
    measurements:
      - { date: 2021-01-01, value: 3, note: ${quote(HOSTILE)} }
      - { date: 2022-01-01, value: 10 }
`,
  'resources.yaml': `commitments:
  - id: c1
    stakeholder: acme
    description: ${quote(HOSTILE)}
    type: in-kind
    due: 2021-06-30
    status: agreed
`,
  'reviews/2022-06-01.yaml': `date: 2022-06-01
functioning:
  - stakeholder: acme
    decision_making: { rating: red, comment: ${quote(HOSTILE)} }
  - stakeholder: city
    roles: { rating: green }
value_of_partnering:
  - stakeholder: acme
    benefits: [${quote(HOSTILE)}]
    costs: ${quote(HOSTILE)}
    worth_it: no
decisions:
  - kind: other
    description: ${quote(HOSTILE)}
    stakeholder: acme
learning: ${quote(HOSTILE)}
`,
};

beforeAll(() => {
  root = tempDir('partner-review-');
  copyExample('orangi-sanitation', root);
  copyExample('bangladesh-immunisation', root);
  const two = copyExample('orangi-sanitation', join(root, 'two-reviews'));
  writeFileSync(join(two, 'reviews', '1994-03-15.yaml'), EARLIER_REVIEW);
  write(join(root, 'hostile'), HOSTILE_FILES);
  write(join(root, 'broken'), { 'partnership.yaml': 'name: Broken\nphase: reviewing\n', 'reviews/2020-01-01.yaml': 'date: 2020-01-01\nfunctioning:\n  - stakeholder: nobody\n    roles: { rating: purple }\n' });
});
afterAll(() => removeDir(root));

function checkNoLeaks(text: string): void {
  expect(text).not.toMatch(/undefined|\[object Object\]|NaN|Infinity/);
}

describe('the indicator status rule (src/core/documents/review/status.ts)', () => {
  const base = { value: 0, date: '2020-01-01' };
  const target = { value: 100, date: '2024-01-01' };
  const at = (value: number, date = '2022-01-01') => ({ value, date });
  it.each([
    ['on the line', [at(50)], 'on-track'],
    ['ahead of the line', [at(80)], 'on-track'],
    ['just behind, within a tenth of the distance', [at(41)], 'on-track'],
    ['behind by up to a quarter', [at(30)], 'at-risk'],
    ['behind by more than a quarter', [at(20)], 'off-track'],
    ['at the target before its date', [at(100)], 'achieved'],
    ['no measurement', [], 'not-measured'],
  ] as const)('%s: %s', (_name, measurements, status) => {
    expect(indicatorStatus({ baseline: base, target, measurements }, '2022-06-01').status).toBe(status);
  });
  it('uses the latest measurement up to the date of the report, leaving later ones out', () => {
    const r = indicatorStatus({ baseline: base, target, measurements: [at(20, '2021-01-01'), at(50), at(100, '2023-01-01')] }, '2022-06-01');
    expect(r.latest).toEqual(at(50));
    expect(r.expected).toBeCloseTo(expectedAt(base, target, '2022-01-01'));
    expect(r.status).toBe('on-track');
  });
  it('calls a target not met by its date off track, even when the last measurement was on the line', () => {
    expect(indicatorStatus({ baseline: base, target, measurements: [at(99, '2023-12-31')] }, '2024-01-01').status).toBe('off-track');
    expect(indicatorStatus({ baseline: base, target, measurements: [at(99, '2023-12-31')] }, '2023-12-31').status).toBe('on-track');
  });
  it('draws the line at the tolerances exactly', () => {
    const expected = expectedAt(base, target, '2022-01-01');
    const shortfall = (f: number) => indicatorStatus({ baseline: base, target, measurements: [at(expected - f * 100)] }, '2022-06-01').status;
    expect(shortfall(ON_TRACK_TOLERANCE)).toBe('on-track');
    expect(shortfall(ON_TRACK_TOLERANCE + 0.001)).toBe('at-risk');
    expect(shortfall(AT_RISK_TOLERANCE)).toBe('at-risk');
    expect(shortfall(AT_RISK_TOLERANCE + 0.001)).toBe('off-track');
  });
  it('reads a target below the baseline as "lower is better", unless `better: higher` says otherwise', () => {
    const down = { baseline: { value: 100, date: '2020-01-01' }, target: { value: 20, date: '2024-01-01' } };
    expect(indicatorStatus({ ...down, measurements: [at(20)] }, '2022-06-01').status).toBe('achieved');
    expect(indicatorStatus({ ...down, measurements: [at(60)] }, '2022-06-01').status).toBe('on-track');
    expect(indicatorStatus({ ...down, measurements: [at(90)] }, '2022-06-01').status).toBe('off-track');
    // Orangi: residents pay 92% at the baseline; the target is to stay at 90% or above.
    const floor = { baseline: { value: 92, date: '1982-12-31' }, target: { value: 90, date: '1995-12-31' } };
    expect(indicatorStatus({ ...floor, measurements: [{ value: 94, date: '1994-12-31' }] }, '1995-03-15').status).toBe('off-track');
    expect(indicatorStatus({ ...floor, better: 'higher', measurements: [{ value: 94, date: '1994-12-31' }] }, '1995-03-15').status).toBe('achieved');
    expect(indicatorStatus({ ...floor, better: 'higher', measurements: [{ value: 85, date: '1994-12-31' }] }, '1995-03-15').status).toBe('off-track');
  });
  it('cannot judge an indicator without a target, or without a baseline before the target is met', () => {
    expect(indicatorStatus({ baseline: base, target: null, measurements: [at(5)] }, '2022-06-01').status).toBe('not-assessed');
    expect(indicatorStatus({ baseline: null, target, measurements: [at(5)] }, '2022-06-01').status).toBe('not-assessed');
    expect(indicatorStatus({ baseline: null, target, measurements: [at(100)] }, '2022-06-01').status).toBe('achieved');
  });
  it('interpolates the planned path, flat before the baseline and after the target', () => {
    expect(expectedAt(base, target, '2019-01-01')).toBe(0);
    expect(expectedAt(base, target, '2025-01-01')).toBe(100);
    expect(expectedAt(base, { value: 100, date: '2020-01-11' }, '2020-01-06')).toBe(50);
    expect(expectedAt(base, { value: 100, date: '2020-01-01' }, '2020-01-01')).toBe(100);
  });
  it('takes the worst of the partners\' ratings as an aspect\'s health: one red is not outvoted (issue 13)', () => {
    expect(overallRating(['green', 'green', 'amber'])).toBe('amber');
    expect(overallRating(['green', 'amber'])).toBe('amber');
    expect(overallRating(['green', 'green', 'green', 'amber', 'red'])).toBe('red');
    expect(overallRating(['red', 'red', 'green'])).toBe('red');
    expect(overallRating([])).toBeNull();
  });
  it('writes values with their unit as a broker would say them', () => {
    expect(withUnit(97, '% of area')).toBe('97% of area');
    expect(withUnit(40, 'number of groups')).toBe('40 groups');
    expect(withUnit(1000, 'meetings a year')).toBe('1,000 meetings a year');
    expect(withUnit(3, null)).toBe('3');
  });
  it('expects a count in whole ones, rounded away from the measurement (never 46.8 groups, never "40, behind the 40")', () => {
    const target = { value: 50, date: '1995-12-31' };
    const at = (value: number) => ({ value, date: '1994-12-31' });
    expect(explain('line', 'at-risk', at(40), 46.8, target, 'higher', null, 'number of groups')).toBe('40 groups on 31 December 1994, behind the 47 groups expected by then on the way to the target of 50 groups by 31 December 1995.');
    expect(explain('line', 'on-track', at(40), 40.2, target, 'higher', null, 'number of groups')).toContain('just behind the 41 groups expected');
    expect(explain('line', 'on-track', at(40), 39.6, target, 'higher', null, 'number of groups')).toContain('ahead of the 39 groups expected');
    expect(explain('line', 'at-risk', at(12), 10.2, { value: 0, date: '1995-12-31' }, 'lower', null, 'number of complaints')).toContain('behind the 10 complaints expected');
    // A share or a rate keeps its decimal: 93.6% of area, 3.5 meetings a year.
    expect(explain('line', 'on-track', at(97), 93.6, { value: 100, date: '1995-12-31' }, 'higher', null, '% of area')).toContain('ahead of the 93.6% of area expected');
  });
});

const CHART: ChartInput = {
  id: 'indicator-x',
  title: 'Chart: x',
  desc: 'x',
  unit: '% of area',
  baseline: { value: 0, date: '1980-06-30' },
  target: { value: 100, date: '1995-12-31' },
  better: 'higher',
  measurements: [{ value: 40, date: '1985-12-31' }, { value: 100, date: '1994-12-31' }, { value: 55, date: '1990-06-30' }],
  asOf: '1995-03-15',
  asOfLabel: 'Review',
  statusLabel: 'Achieved',
};

describe('chart geometry (src/render/svg/chart.ts)', () => {
  it('puts a measurement at the target on the target line, in the geometry and in the SVG', () => {
    const g = chartGeometry(CHART);
    const atTarget = g.points.find((p) => p.value === 100)!;
    expect(atTarget.y).toBeCloseTo(g.targetY!, 9);
    const svg = indicatorChart(CHART);
    const line = /<line x1="[\d.]+" y1="([\d.]+)" x2="[\d.]+" y2="([\d.]+)" stroke="#a14a00" stroke-width="2" stroke-dasharray="2 4" stroke-linecap="round"\/>/.exec(svg)!;
    expect(line[1]).toBe(line[2]);
    expect(svg).toContain(`<circle cx="${round(atTarget.x)}" cy="${line[1]}"`);
  });
  it('starts the planned path at the baseline and ends it at the target, where the status rule expects them', () => {
    const g = chartGeometry(CHART);
    expect(g.planned).toEqual({ x1: g.x('1980-06-30'), y1: g.y(0), x2: g.x('1995-12-31'), y2: g.y(100) });
    // A measurement exactly on the planned path, as the status rule computes it, lies on the drawn dashed line.
    const date = '1988-03-01';
    const onPath = { x: g.x(date), y: g.y(expectedAt(CHART.baseline!, CHART.target!, date)) };
    const { x1, y1, x2, y2 } = g.planned!;
    expect(onPath.y).toBeCloseTo(y1 + ((onPath.x - x1) / (x2 - x1)) * (y2 - y1), 6);
  });
  it('orders measurements by date from left to right, inside the plot, higher values higher up', () => {
    const g = chartGeometry(CHART);
    expect(g.points.map((p) => p.date)).toEqual(['1985-12-31', '1990-06-30', '1994-12-31']);
    for (const [a, b] of g.points.slice(1).map((p, i) => [g.points[i]!, p] as const)) expect(b.x).toBeGreaterThan(a.x);
    for (const p of g.points) {
      expect(p.x).toBeGreaterThanOrEqual(g.plot.x);
      expect(p.x).toBeLessThanOrEqual(g.plot.x + g.plot.width);
      expect(p.y).toBeGreaterThanOrEqual(g.plot.y);
      expect(p.y).toBeLessThanOrEqual(g.plot.y + g.plot.height);
    }
    expect(g.y(100)).toBeLessThan(g.y(0));
    expect(g.yDomain).toEqual([0, 100]);
    expect(g.yTicks).toEqual([0, 25, 50, 75, 100]);
    expect(g.xTicks.map((t) => t.label)).toEqual(['1985', '1990', '1995']);
  });
  it('gives whole-number ticks for counts, and months for short spans', () => {
    const counts = chartGeometry({ ...CHART, unit: 'partners', baseline: { value: 3, date: '1992-03-15' }, target: { value: 5, date: '1995-03-15' }, measurements: [{ value: 4, date: '1995-03-15' }] });
    expect(counts.yTicks.every(Number.isInteger)).toBe(true);
    // Only a target of 6 partners (of 6), nothing measured: the axis runs from none to all, never past 6.
    const onlyTarget = chartGeometry({ ...CHART, unit: 'partners (of 6)', baseline: null, target: { value: 6, date: '1987-12-15' }, measurements: [], asOf: '1987-03-01' });
    expect(onlyTarget.yDomain).toEqual([0, 6]);
    const short = chartGeometry({ ...CHART, baseline: { value: 0, date: '2024-01-10' }, target: { value: 10, date: '2024-09-30' }, measurements: [{ value: 3, date: '2024-04-01' }], asOf: '2024-05-01' });
    expect(short.xTicks.length).toBeGreaterThan(1);
    expect(short.xTicks[0]!.label).toMatch(/^[A-Z][a-z]{2} 2024$/);
  });
  it('copes with one measurement, none, no target, no baseline, equal values and negative values', () => {
    for (const input of [
      { ...CHART, measurements: [] },
      { ...CHART, target: null },
      { ...CHART, baseline: null },
      { ...CHART, baseline: null, target: null, measurements: [{ value: 5, date: '1995-03-15' }] },
      { ...CHART, baseline: { value: 7, date: '1995-03-15' }, target: { value: 7, date: '1995-03-15' }, measurements: [{ value: 7, date: '1995-03-15' }] },
      { ...CHART, baseline: { value: -40, date: '1990-01-01' }, target: { value: -5, date: '1999-01-01' }, measurements: [{ value: -20, date: '1994-01-01' }] },
      { ...CHART, measurements: Array.from({ length: 60 }, (_v, i) => ({ value: i * 1.5, date: `${1981 + Math.floor(i / 4)}-0${1 + (i % 4) * 2}-15` })) },
    ]) {
      const svg = indicatorChart(input);
      checkNoLeaks(svg);
      const g = chartGeometry(input);
      for (const v of [...g.yTicks, g.targetY ?? 0, ...g.points.flatMap((p) => [p.x, p.y])]) expect(Number.isFinite(v)).toBe(true);
    }
  });
  it('is deterministic, and readable without colour: dash styles, a legend and words', () => {
    expect(indicatorChart(CHART)).toBe(indicatorChart({ ...CHART, measurements: [...CHART.measurements].reverse() }));
    const svg = indicatorChart(CHART);
    for (const s of ['stroke-dasharray="8 5"', 'stroke-dasharray="2 4"', '>Measured<', '>Planned path<', '>Target<', '>Review<', '>Achieved<', '>Target 100<', '>Baseline 0<']) expect(svg).toContain(s);
  });
  it('carries a text alternative: role="img", aria-label, <title> and <desc>', () => {
    const svg = indicatorChart({ ...CHART, title: 'Chart: wells', desc: 'Baseline 0; target 100.' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" role="img" aria-label="Chart: wells" aria-describedby="indicator-x-desc"/);
    expect(svg).toContain('<title>Chart: wells</title>');
    expect(svg).toContain('<desc id="indicator-x-desc">Baseline 0; target 100.</desc>');
  });
});

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}

describe('text in pictures (src/render/svg/xml.ts)', () => {
  it('escapes everything XML could read as markup, and drops characters XML forbids', () => {
    expect(xmlText(`<script>&"']]>`)).toBe('&lt;script&gt;&amp;&quot;&#39;]]&gt;');
    expect(xmlText('a\u0000b\u001bc\ud800d\ufffe')).toBe('abcd');
  });
  it('wraps long text within the width, breaking words too long for a line', () => {
    const lines = wrapText('Karachi Water and Sewerage Board (KWSB), a very long organisation name indeed', 120, 12);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(120);
    const word = wrapText('x'.repeat(200), 100, 12);
    for (const l of word) expect(textWidth(l, 12)).toBeLessThanOrEqual(100);
    expect(word.join('')).toBe('x'.repeat(200));
    const cut = wrapText('word '.repeat(100), 100, 12, { maxLines: 2 });
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
  });
  it('draws hostile names as text in well-formed SVG', async () => {
    const svg = heatmap({ id: 'h', title: HOSTILE, desc: HOSTILE, columns: [HOSTILE, 'b'], rows: [{ name: HOSTILE, cells: ['red', null] }], summary: { name: 'Overall', cells: ['red', null] } });
    expect(await xmlErrors(svg)).toEqual([]);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;');
    const summary = summaryPicture({ id: HOSTILE, title: HOSTILE, desc: HOSTILE, counts: [{ label: HOSTILE, tiles: Array.from({ length: 6 }, (_v, i) => ({ count: i, word: HOSTILE, style: 'amber' as const })) }], health: { label: HOSTILE, tiles: Array.from({ length: 7 }, () => ({ title: HOSTILE, rating: null })) } });
    expect(await xmlErrors(summary)).toEqual([]);
    expect(summary).not.toMatch(/<script|]]>/);
    // Six tiles still fit the picture's width.
    const right = Math.max(...[...summary.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]) + Number(m[2])));
    expect(right).toBeLessThanOrEqual(720);
    const chart = indicatorChart({ ...CHART, id: HOSTILE, title: HOSTILE, desc: HOSTILE, unit: HOSTILE, statusLabel: HOSTILE, asOfLabel: HOSTILE });
    expect(await xmlErrors(chart)).toEqual([]);
    expect(chart).not.toMatch(/<script|]]>/);
  });
});

/** Random but valid review data: indicators with measurements, and reviews with ratings. */
const hostileName = fc.oneof(fc.constantFrom(HOSTILE, ']]>', '&amp;', '"', "'", '<![CDATA[x]]>', '\u0000\u001b', 'a'.repeat(300), '中文名称很长的组织'), fc.string({ minLength: 1, maxLength: 30 }));
const day = fc.integer({ min: Date.UTC(1980, 0, 1), max: Date.UTC(2030, 11, 31) }).map((t) => new Date(t).toISOString().slice(0, 10));
const rating = fc.option(fc.record({ rating: fc.constantFrom('green' as const, 'amber' as const, 'red' as const), comment: fc.option(hostileName, { nil: undefined }) }), { nil: undefined });
const reviewModel = fc
  .record({
    name: hostileName,
    indicators: fc.array(fc.record({
      name: hostileName,
      unit: fc.option(hostileName, { nil: undefined }),
      baseline: fc.option(fc.record({ value: fc.double({ min: -1e6, max: 1e6, noNaN: true }), date: day }), { nil: undefined }),
      target: fc.option(fc.record({ value: fc.double({ min: -1e6, max: 1e6, noNaN: true }), date: day }), { nil: undefined }),
      better: fc.option(fc.constantFrom('higher' as const, 'lower' as const), { nil: undefined }),
      measurements: fc.array(fc.record({ date: day, value: fc.double({ min: -1e6, max: 1e6, noNaN: true }) }), { maxLength: 12 }),
    }), { maxLength: 4 }),
    reviews: fc.uniqueArray(day, { maxLength: 2 }),
    ratings: fc.array(fc.record({ decision_making: rating, roles: rating, communication: rating, working_relations: rating, resources: rating }), { minLength: 0, maxLength: 3 }),
  })
  .map(({ name, indicators, reviews, ratings }): FolderModel & { partnership: NonNullable<FolderModel['partnership']> } => ({
    partnership: { name, phase: 'reviewing' },
    stakeholders: { stakeholders: ratings.map((_r, i) => ({ id: `s${i}`, name: `${name} ${i}`, sector: 'public' as const, engagement: 'active-partner' as const })) },
    indicators: { indicators: indicators.map((ind, i) => ({ id: `i${i}`, aspect: 'impact' as const, ...ind })) },
    reviews: Object.fromEntries(reviews.map((d) => [d, { date: d, functioning: ratings.map((r, i) => ({ stakeholder: `s${i}`, ...r })), value_of_partnering: ratings.map((_r, i) => ({ stakeholder: `s${i}`, benefits: [name], worth_it: 'unsure' as const })), decisions: [{ kind: 'other' as const, description: name }] }])),
  }));

describe('rendering any review (property, fixed seed)', () => {
  it('never prints undefined or NaN, never lets data become markup, and draws well-formed pictures', async () => {
    const pictures: string[] = [];
    fc.assert(
      fc.property(reviewModel, (model) => {
        const view = buildReview(model, { date: '2025-01-01', commit: null, uncommitted: false });
        const figures = drawReviewFigures(view);
        placeFigures(figures, { kind: 'inline' });
        const md = renderBuiltin('review', view);
        checkNoLeaks(md);
        for (const f of figures) {
          checkNoLeaks(f.svg);
          expect(f.svg).not.toMatch(/<script|<!\[CDATA\[/);
          expect(f.svg.includes(String.fromCharCode(0))).toBe(false);
          if (pictures.length < 12 && /&(lt|amp|quot|#39);/.test(f.svg)) pictures.push(f.svg);
        }
        expect(markdownToSafeHtml(md)).not.toMatch(/<script|<img(?![^>]*src="data:image\/svg\+xml;base64,)|\son[a-z]+=/i);
      }),
      { seed: 20250604, numRuns: 120 },
    );
    expect(pictures.length).toBeGreaterThanOrEqual(8);
    for (const svg of pictures) expect(await xmlErrors(svg)).toEqual([]);
  });
});

describe('the review summary alone (the portfolio\'s pictures)', () => {
  it('is buildReview\'s summary and functioning, and draws the same summary picture and heat map', () => {
    fc.assert(
      fc.property(reviewModel, fc.boolean(), (model, latest) => {
        const dates = Object.keys(model.reviews ?? {}).sort();
        const options = { date: '2025-01-01', ...(latest && dates.length ? { review: dates[dates.length - 1]! } : {}) };
        const view = buildReview(model, { ...options, commit: null, uncommitted: false });
        const summary = buildReviewSummary(model, options);
        expect(summary).toEqual({ review: { recorded: view.review.recorded, asOf: view.review.asOf }, summary: { ...view.summary, attention: [] }, functioning: view.functioning });
        const whole = drawReviewFigures({ ...view, impacts: { ...view.impacts, indicators: [] } });
        expect(drawReviewFigures({ ...summary, impacts: { indicators: [] } })).toEqual(whole);
      }),
      { seed: 20250604, numRuns: 150 },
    );
  });
});

describe('wrapping text for pictures', () => {
  it('wraps as measuring each candidate line whole would, remembered or not', () => {
    // The reference: the line so far plus the next word, measured whole (what wrapText did before it kept a running width).
    const reference = (text: string, width: number, size: number, bold: boolean): string[] => {
      const words = text.replace(/\s+/g, ' ').trim().split(/(?<=[ \-/])/).filter((w) => w !== '');
      const lines: string[] = [];
      let line = '';
      for (const word of words) {
        if (textWidth((line + word).trimEnd(), size, bold) <= width) {
          line += word;
          continue;
        }
        if (line.trim() !== '') lines.push(line.trimEnd());
        line = word;
      }
      if (line.trim() !== '') lines.push(line.trimEnd());
      return lines.length ? lines : [''];
    };
    const word = fc.constantFrom('a', 'word', 'partnership', 'x-y', 'and/or', ' ', '  ', '-', '/', 'Ünïcødé', '中文', '\t', 'W', ' - ');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.integer({ min: 60, max: 400 }), fc.constantFrom(10, 12, 13), fc.boolean(), (words, width, size, bold) => {
        const text = words.join('');
        // Words no wider than a line: the reference leaves cutting long words out.
        fc.pre(text.split(/\s+/).every((w) => textWidth(w, size, bold) <= width));
        const expected = reference(text, width, size, bold);
        expect(wrapText(text, width, size, { bold })).toEqual(expected);
        expect(wrapText(text, width, size, { bold })).toEqual(expected);
      }),
      { seed: 20250604, numRuns: 400 },
    );
  });
});

describe('figures in HTML', () => {
  it('puts each SVG inline in a <figure>, after sanitising, and nothing else gets through', () => {
    const view = buildReview({ partnership: { name: HOSTILE, phase: 'reviewing' }, indicators: { indicators: [{ id: 'a', name: HOSTILE, aspect: 'impact', measurements: [{ date: '2020-01-01', value: 1 }] }] } }, { date: '2025-01-01', commit: null, uncommitted: false });
    const figures = drawReviewFigures(view);
    const placed = placeFigures(figures, { kind: 'html' });
    const md = renderBuiltin('review', view);
    const html = htmlPage(md, { title: view.document.title, figures: placed.inline });
    expect(html).toContain('<figure class="picture">\n<svg xmlns="http://www.w3.org/2000/svg" role="img"');
    expect(html).not.toMatch(/PARTNERFIGURE|<script|<img/);
    expect(visibleText(html.split('<main>')[1]!)).toContain(HOSTILE);
    // A placeholder written by data or by a template, not made by this render, stays text.
    const forged = htmlPage(`PARTNERFIGURE${'0'.repeat(32)}X0\n`, { title: 't', figures: placed.inline });
    expect(forged).not.toContain('<svg');
  });
});

const asText = (svg: string) => visibleText(svg);

for (const [runner, run] of RUNNERS) {
  describe(`partner render review (${runner})`, () => {
    it('renders the Orangi review as its golden Markdown, with a chart per indicator and the heat map beside it', async () => {
      const out = join(root, `golden-${runner}`);
      mkdirSync(out, { recursive: true });
      const r = await run(['render', 'review', '../orangi-sanitation', '--date', '1995-06-01', '--out', 'review.md'], { cwd: out });
      expect(r.stderr).toBe('partner: wrote review.md and 9 pictures beside it.\n');
      expect(r.code).toBe(0);
      const md = readFileSync(join(out, 'review.md'), 'utf8');
      const file = join(GOLDEN, 'review-orangi-sanitation.md');
      if (UPDATE) writeFileSync(file, md);
      expect(md).toBe(readFileSync(file, 'utf8'));
      checkNoLeaks(md);
      const svgs = readdirSync(out).filter((n) => n.endsWith('.svg')).sort();
      expect(svgs).toEqual(['review-functioning.svg', ...['area-served', 'committee-meetings', 'external-works-done', 'families-with-latrine', 'partners-find-it-worthwhile', 'resident-groups-other-activities', 'residents-cost-share'].map((i) => `review-indicator-${i}.svg`), 'review-summary.svg']);
      for (const n of svgs) {
        expect(md).toContain(`](${n})`);
        const svg = readFileSync(join(out, n), 'utf8');
        expect(await xmlErrors(svg, n)).toEqual([]);
      }
      expect(asText(readFileSync(join(out, 'review-functioning.svg'), 'utf8'))).toContain('Karachi Water and Sewerage Board (KWSB)');
    });

    it('on standard output, puts the same pictures inline as data: images', async () => {
      const r = await run(['render', 'review', 'orangi-sanitation', '--date', '1995-06-01'], { cwd: root });
      expect(r.code).toBe(0);
      const images = [...r.stdout.matchAll(/!\[([^\]]*)\]\(data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)\)/g)];
      expect(images).toHaveLength(9);
      const heat = images.find((m) => m[1]!.startsWith('Heat map'))!;
      expect(Buffer.from(heat[2]!, 'base64').toString('utf8')).toBe(readFileSync(join(root, `golden-${runner}`, 'review-functioning.svg'), 'utf8'));
      // Apart from where the pictures are, the Markdown is the golden one.
      const golden = readFileSync(join(GOLDEN, 'review-orangi-sanitation.md'), 'utf8');
      expect(r.stdout.replace(/\]\(data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+\)/g, '](x)')).toBe(golden.replace(/\]\(review-[a-z-]+\.svg\)/g, '](x)'));
    });

    it('renders one self-contained HTML page with the charts inline, sanitised, with print styles', async () => {
      const r = await run(['render', 'review', 'orangi-sanitation', '--date', '1995-06-01', '--format', 'html'], { cwd: root });
      expect(r.code).toBe(0);
      const html = r.stdout;
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(html).toContain('<title>Partnership review of 15 March 1995: Orangi low-cost sanitation partnership</title>');
      expect(html.match(/<figure class="picture">\n<svg /g)).toHaveLength(9);
      expect(html).toContain('figure.picture svg');
      expect(html).not.toMatch(/<script|<link|<img|<iframe|\son[a-z]+=|href="javascript:|PARTNERFIGURE/i);
      const again = await run(['render', 'review', 'orangi-sanitation', '--date', '1995-06-01', '--format', 'html'], { cwd: root });
      expect(again.stdout).toBe(html);
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('shows what changed since the previous review, and renders an earlier review with --review', async () => {
      const latest = await run(['render', 'review', 'two-reviews/orangi-sanitation', '--date', '1995-06-01'], { cwd: root });
      expect(latest.code).toBe(0);
      const md = latest.stdout;
      expect(md).toContain('- **Period covered:** 1 April 1980 to 31 December 1994');
      expect(md).toContain('## 7. Changes since the review of 15 March 1994');
      expect(md).toContain('| The review | Delivery and progress | Amber | **Green** (better) |');
      expect(md).toContain('| Orangi Pilot Project (OPP) | Communication systems | Red | **Amber** (better) |');
      expect(md).toContain('| Karachi Water and Sewerage Board (KWSB) | Financial operations and resources | Amber | **Red** (worse) |');
      expect(md).toContain('- Karachi Water and Sewerage Board (KWSB): "Yes" then, "Unsure" now.');
      expect(md).toContain('| KWSB budgets the treatment plant in its 1994-95 capital programme. | Revise the partnership | Karachi Water and Sewerage Board (KWSB) |');
      expect(md).toContain('Grant to OPP to expand the pilot to the whole settlement (30 November 1994)');
      expect(md).toMatch(/\| Government external works completed, against the government's commitments \| 35% of committed works \(31 December 1991\): At risk \| 58% of committed works \(31 December 1994\): \*\*Off track\*\* \|/);
      const earlier = await run(['render', 'review', 'two-reviews/orangi-sanitation', '--review', '1994-03-15', '--date', '1995-06-01'], { cwd: root });
      expect(earlier.code).toBe(0);
      expect(earlier.stdout).toContain('# Partnership review of 15 March 1994: Orangi low-cost sanitation partnership');
      expect(earlier.stdout).not.toContain('Changes since');
      // As of that review: the 1994 measurements are not yet in, and the treatment plant is not yet late.
      expect(earlier.stdout).toContain('| Share of Orangi\'s area served by the new underground sewage system | % of area | 0 (30 June 1980) | 82 (31 December 1991) |');
      expect(earlier.stdout).not.toContain('Late: 74 days');
      expect(earlier.stdout).toContain('- **Phase:** Implementing');
    });

    it('prepares the first review when none is recorded (Bangladesh, in planning)', async () => {
      const r = await run(['render', 'review', 'bangladesh-immunisation', '--date', '1986-10-01'], { cwd: root });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      checkNoLeaks(r.stdout);
      expect(r.stdout).toContain('# Preparing the first review: Vaccinate your Child! Ministry-NGO immunisation partnership, Bangladesh');
      expect(r.stdout).toContain('No review is recorded yet.');
      expect(r.stdout).toContain('- **Indicators:** 7 indicators: 7 not measured yet.');
      expect(r.stdout).toContain('> To rate at the review, each partner on its own');
      expect(r.stdout).toContain('> To decide at the review: whether to continue, end, expand or replicate the partnership;');
      expect(r.stdout.match(/data:image\/svg\+xml;base64,/g)).toHaveLength(8);
      const html = await run(['render', 'review', 'bangladesh-immunisation', '--date', '1986-10-01', '--format', 'html'], { cwd: root });
      expect(html.code).toBe(0);
      expect(html.stdout.match(/<figure class="picture">/g)).toHaveLength(8);
    });

    it('shows hostile data as text in Markdown, HTML and every SVG', async () => {
      const out = join(root, `hostile-out-${runner}`);
      mkdirSync(out, { recursive: true });
      const r = await run(['render', 'review', '../hostile', '--date', '2022-07-01', '--out', 'r.md'], { cwd: out });
      expect(r.stderr).toBe('partner: wrote r.md and 3 pictures beside it.\n');
      expect(r.code).toBe(0);
      const md = readFileSync(join(out, 'r.md'), 'utf8');
      checkNoLeaks(md);
      const text = visibleText(markdownToSafeHtml(md));
      expect(text.split(HOSTILE).length - 1).toBeGreaterThanOrEqual(8);
      for (const n of readdirSync(out).filter((f) => f.endsWith('.svg'))) {
        const svg = readFileSync(join(out, n), 'utf8');
        expect(await xmlErrors(svg, n)).toEqual([]);
        expect(svg).not.toMatch(/<script|<b>|<i>|]]>/);
        // The summary picture holds counts and ratings only; the others name the data.
        if (!n.endsWith('-summary.svg')) expect(asText(svg)).toContain(HOSTILE);
      }
      const html = await run(['render', 'review', 'hostile', '--date', '2022-07-01', '--format', 'html'], { cwd: root });
      expect(html.code).toBe(0);
      expect(html.stdout).not.toMatch(/<script|<b>|<i>|\son[a-z]+=/i);
      expect(visibleText(html.stdout.split('<main>')[1]!)).toContain(HOSTILE);
      expect(html.stdout).toContain(`<title>Partnership review of 1 June 2022: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ]]&gt; &#x27;quoted&#x27; &quot;double&quot; {{x}}</title>`);
    });

    it('refuses to replace the Markdown or a chart beside it without --force (exit 2, nothing written)', async () => {
      const out = join(root, `refuse-${runner}`);
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'review-functioning.svg'), 'mine\n');
      const r = await run(['render', 'review', '../orangi-sanitation', '--out', 'review.md'], { cwd: out });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('review-functioning.svg already exists beside the output; nothing was written.');
      expect(readdirSync(out)).toEqual(['review-functioning.svg']);
      const forced = await run(['render', 'review', '../orangi-sanitation', '--out', 'review.md', '--force', '--date', '1995-06-01'], { cwd: out });
      expect(forced.code).toBe(0);
      expect(readFileSync(join(out, 'review-functioning.svg'), 'utf8')).toContain('<svg');
      expect(readdirSync(out).filter((n) => n.startsWith('.partner-tmp'))).toEqual([]);
      const md = await run(['render', 'review', '../orangi-sanitation', '--out', 'review.md'], { cwd: out });
      expect(md.code).toBe(2);
      expect(md.stderr).toContain('review.md already exists; nothing was written.');
      // A link where a picture would go is refused even with --force, and nothing is written.
      const linked = join(root, `linked-${runner}`);
      mkdirSync(linked, { recursive: true });
      writeFileSync(join(root, `target-${runner}.txt`), 'keep\n');
      symlinkSync(join(root, `target-${runner}.txt`), join(linked, 'review-summary.svg'));
      const link = await run(['render', 'review', '../orangi-sanitation', '--out', 'review.md', '--force'], { cwd: linked });
      expect(link.code).toBe(2);
      expect(link.stderr).toContain('review-summary.svg is a symbolic link');
      expect(readdirSync(linked)).toEqual(['review-summary.svg']);
      expect(readFileSync(join(root, `target-${runner}.txt`), 'utf8')).toBe('keep\n');
    });

    it('names the pictures after --out, with links that survive spaces', async () => {
      const out = join(root, `spaces-${runner}`);
      mkdirSync(out, { recursive: true });
      const r = await run(['render', 'review', '../orangi-sanitation', '--date', '1995-06-01', '--out', 'my review.md'], { cwd: out });
      expect(r.code).toBe(0);
      expect(existsSync(join(out, 'my review-functioning.svg'))).toBe(true);
      expect(readFileSync(join(out, 'my review.md'), 'utf8')).toContain('](my%20review-functioning.svg)');
    });

    it('exits 2 for an unknown or invalid --review date, and 1 with the findings for broken files', async () => {
      const unknown = await run(['render', 'review', 'orangi-sanitation', '--review', '1990-01-01'], { cwd: root });
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('No review of 1990-01-01 is recorded.');
      expect(unknown.stderr).toContain('Reviews recorded: 1995-03-15.');
      const none = await run(['render', 'review', 'bangladesh-immunisation', '--review', '1990-01-01'], { cwd: root });
      expect(none.code).toBe(2);
      expect(none.stderr).toContain('reviews/ holds none yet');
      const bad = await run(['render', 'review', 'orangi-sanitation', '--review', '1995-02-30'], { cwd: root });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('--review 1995-02-30 is not a valid date.');
      const broken = await run(['render', 'review', 'broken'], { cwd: root });
      expect(broken.code).toBe(1);
      expect(broken.stdout).toBe('');
      expect(broken.stderr).toContain('purple');
      expect(broken.stderr).toContain('the review report was not rendered');
    });

    it('renders a broker\'s own template with the same data and the figure helper', async () => {
      write(join(root, 'templates'), { 'review.md.hbs': '# {{partnership.name}}\n\n{{#each impacts.indicators}}\n- {{name}}: {{statusLabel}}\n{{/each}}\n\n{{figure functioning.figure}}\n\n{{> summary}}\n', 'bad.md.hbs': '{{shout x}}\n' });
      const r = await run(['render', 'review', 'orangi-sanitation', '--date', '1995-06-01', '--template', 'templates/review.md.hbs'], { cwd: root });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("- Government external works completed, against the government's commitments: Off track");
      expect(r.stdout).toContain('![Heat map: how each partner rates the partnership’s functioning](data:image/svg+xml;base64,');
      expect(r.stdout).toContain('## At a glance');
      const bad = await run(['render', 'review', 'orangi-sanitation', '--template', 'templates/bad.md.hbs'], { cwd: root });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('The helpers are: cell, date, each, eq, figure, if, list, lookup, md, money, number, open, paragraphs, quantity, unless, with.');
    });

    it('prints help with examples', async () => {
      const r = await run(['render', 'review', '--help'], { cwd: root });
      expect(r.code).toBe(0);
      for (const s of ['--review <YYYY-MM-DD>', '--format <format>', '--out <file>', '--force', '--template <file>', '--date <YYYY-MM-DD>', '$ partner render review --format html --out review.html', 'Exit codes: 0 rendered']) expect(r.stdout).toContain(s);
      const parent = await run(['render', '--help'], { cwd: root });
      expect(parent.stdout).toContain('review');
      expect(parent.stdout).toContain('map');
    });
  });
}

describe('the HTML in headless Chromium', () => {
  it.skipIf(skipWithout('chromium'))('renders the review page without errors, to a non-trivial screenshot (scripts/screenshot.mjs)', async () => {
    const dir = join(root, 'chromium');
    mkdirSync(dir, { recursive: true });
    const r = runBinary(['render', 'review', '../orangi-sanitation', '--date', '1995-06-01', '--format', 'html', '--out', 'review.html'], { cwd: dir });
    expect(r.code).toBe(0);
    const shot = spawnSync(process.execPath, [join(ROOT, 'scripts', 'screenshot.mjs'), join(dir, 'review.html'), join(dir, 'review.png'), '--width', '1200', '--height', '3000'], { encoding: 'utf8', timeout: 120_000 });
    expect(shot.status, shot.stderr).toBe(0);
    expect(shot.stdout).toContain('1200x3000 PNG');
    // A page of text, tables and charts compresses to far more than a blank or error page does.
    expect(statSync(join(dir, 'review.png')).size).toBeGreaterThan(150_000);
    // The script fails on a page that logs anything: here, a script and an image the page's policy blocks.
    writeFileSync(join(dir, 'bad.html'), `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body><img src="http://example.invalid/x.png"><script>console.log(1)</script></body></html>`);
    const bad = spawnSync(process.execPath, [join(ROOT, 'scripts', 'screenshot.mjs'), join(dir, 'bad.html'), join(dir, 'bad.png'), '--width', '400', '--height', '300'], { encoding: 'utf8', timeout: 120_000 });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('The page logged 2 messages');
  }, 120_000);
});
