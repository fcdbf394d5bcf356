import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMap, naturalCompare, type MapStakeholder } from '../src/core/documents/map/model.js';
import { mapLayout, MAP_WIDTH, stakeholderMap, type MapInput } from '../src/render/svg/map.js';
import { overlapArea, textWidth } from '../src/render/svg/xml.js';
import { copyExample, EXAMPLES, removeDir, ROOT, RUNNERS, runBinary, tempDir } from './helpers/cli.js';
import { skipWithout } from './helpers/readers.js';
import { visibleText, xmlErrors } from './helpers/markup.js';

/**
 * `partner render map`: the label layout (no two labels overlap, even with many stakeholders in one cell; long names
 * wrap inside their cell), hostile names escaped in the SVG and the HTML page, every example rendered, options and
 * refusals, and headless Chromium when it is installed. CLI cases run in-process and against the built binary.
 */

const HOSTILE = `<script>alert("x")</script> & ]]> 'quoted' "double" {{x}}`;
/** Labels may touch; they may not overlap by more than this many square pixels. */
const TOLERANCE = 1;

let root: string;

const stakeholder = (i: number, over: Partial<MapStakeholder> = {}): MapStakeholder => ({
  id: `s${i}`,
  name: `Stakeholder ${i}`,
  sector: 'public',
  sectorLabel: 'Public',
  engagement: 'active-partner',
  engagementLabel: 'Active partner',
  influence: 'high',
  interest: 'high',
  ...over,
});
const input = (stakeholders: MapStakeholder[]): MapInput => ({ id: 'stakeholder-map', title: 'Stakeholder map', desc: 'd', heading: 'Stakeholder map: P', subheading: 'Influence against interest', stakeholders });

/** Every pair of label boxes that overlaps by more than the tolerance. */
function overlaps(layout: ReturnType<typeof mapLayout>): string[] {
  const out: string[] = [];
  layout.entries.forEach((a, i) => {
    for (const b of layout.entries.slice(i + 1)) if (overlapArea(a.box, b.box) > TOLERANCE) out.push(`${a.stakeholder.name} / ${b.stakeholder.name}`);
  });
  return out;
}

/** Each label inside its own cell of the grid. */
function outsideCells(layout: ReturnType<typeof mapLayout>): string[] {
  const cellWidth = layout.grid.width / 3;
  return layout.entries.flatMap((e) => {
    const s = e.stakeholder;
    const col = ['low', 'medium', 'high'].indexOf(s.interest!);
    const row = layout.grid.rows.find((r) => r.influence === s.influence)!;
    const x0 = layout.grid.x + col * cellWidth;
    const inside = e.box.x >= x0 && e.box.x + e.box.width <= x0 + cellWidth && e.box.y >= row.y && e.box.y + e.box.height <= row.y + row.height;
    return inside ? [] : [s.name];
  });
}

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

beforeAll(() => {
  root = tempDir('partner-map-');
  for (const ex of readdirSync(EXAMPLES)) copyExample(ex, root);
  const dir = join(root, 'hostile');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'partnership.yaml'), `name: ${quote(HOSTILE)}\nphase: scoping\n`);
  writeFileSync(join(dir, 'stakeholders.yaml'), `stakeholders:
  - id: a
    name: ${quote(HOSTILE)}
    sector: private
    engagement: pilot
    influence: low
    interest_level: high
  - id: b
    name: ${quote('A ]]> B & C <b>bold</b>')}
    sector: cooperative
    influence: medium
  - id: c
    name: ${quote('Ministère de l’Économie — 经济部 — وزارة الاقتصاد')}
    sector: public
    engagement: informed
    influence: high
    interest_level: high
`);
  const crowd = join(root, 'crowd');
  mkdirSync(crowd, { recursive: true });
  writeFileSync(join(crowd, 'partnership.yaml'), 'name: A crowded map\nphase: scoping\n');
  const sectors = ['public', 'private', 'civil-society', 'cooperative', 'business-federation', 'semi-public', 'political-party', 'private-university'];
  const engagements = ['active-partner', 'pilot', 'advisory-group', 'informed', 'not-engaged'];
  writeFileSync(join(crowd, 'stakeholders.yaml'), `stakeholders:\n${Array.from({ length: 30 }, (_v, i) => `  - id: s${i}
    name: ${quote(i % 3 === 0 ? `The National Association of Very Long Organisation Names and Their Regional Branches, number ${i}` : `Group ${i}`)}
    sector: ${sectors[i % sectors.length]}
    engagement: ${engagements[i % engagements.length]}
    influence: ${i < 20 ? 'high' : 'low'}
    interest_level: ${i < 20 ? 'high' : 'medium'}
`).join('')}`);
});
afterAll(() => removeDir(root));

describe('the map layout (src/render/svg/map.ts)', () => {
  it('places twenty-five stakeholders in one cell without any two labels overlapping, each inside its cell', () => {
    const many = Array.from({ length: 25 }, (_v, i) => stakeholder(i, { name: i % 2 ? `Organisation ${i}` : `A rather long name for an organisation with a branch in every district, number ${i}` }));
    const layout = mapLayout(input(many));
    expect(layout.entries).toHaveLength(25);
    expect(overlaps(layout)).toEqual([]);
    expect(outsideCells(layout)).toEqual([]);
    // The row grew to hold them; the others keep their minimum height.
    expect(layout.grid.rows[0]!.height).toBeGreaterThan(25 * 28);
    expect(layout.height).toBeGreaterThan(layout.grid.y + layout.grid.height);
  });
  it('wraps long names within the cell (at most four lines, then an ellipsis) and breaks words too long for a line', () => {
    const layout = mapLayout(input([stakeholder(1, { name: 'word '.repeat(80) }), stakeholder(2, { name: 'x'.repeat(120), interest: 'low' })]));
    const cellText = layout.grid.width / 3 - 10 * 2 - 24;
    for (const e of layout.entries) {
      expect(e.nameLines.length).toBeLessThanOrEqual(4);
      for (const l of e.nameLines) expect(textWidth(l, 12.5, true)).toBeLessThanOrEqual(cellText + 0.01);
    }
    expect(layout.entries.find((e) => e.stakeholder.id === 's1')!.nameLines[3]!.endsWith('…')).toBe(true);
    expect(layout.entries.find((e) => e.stakeholder.id === 's2')!.nameLines.length).toBeGreaterThan(1);
    expect(outsideCells(layout)).toEqual([]);
  });
  it('never overlaps labels, whatever the stakeholders (property, fixed seed)', () => {
    const level = fc.option(fc.constantFrom('low' as const, 'medium' as const, 'high' as const), { nil: null });
    const one = fc.record({
      name: fc.oneof(fc.string({ minLength: 1, maxLength: 120 }), fc.constantFrom(HOSTILE, 'W'.repeat(90), '中'.repeat(40), 'a b c d e f g h i j k l m n o p q r s t u v w x y z '.repeat(3))),
      sector: fc.constantFrom('public', 'private', 'civil-society', 'donor', 'academic', 'community'),
      engagement: fc.option(fc.constantFrom('active-partner', 'pilot', 'advisory-group', 'informed', 'not-engaged'), { nil: null }),
      influence: level,
      interest: level,
    });
    fc.assert(
      fc.property(fc.array(one, { maxLength: 40 }), (list) => {
        const stakeholders = list.map((s, i) => stakeholder(i, { ...s, sectorLabel: s.sector, engagementLabel: s.engagement ?? 'Engagement not recorded' }));
        const layout = mapLayout(input(stakeholders));
        expect(overlaps(layout)).toEqual([]);
        expect(outsideCells(layout)).toEqual([]);
        expect(layout.entries).toHaveLength(stakeholders.filter((s) => s.influence && s.interest).length);
        for (const e of layout.entries) expect(e.box.x + e.box.width).toBeLessThanOrEqual(MAP_WIDTH);
        const svg = stakeholderMap(input(stakeholders));
        expect(svg).not.toMatch(/NaN|undefined|Infinity|<script/);
      }),
      { seed: 20250604, numRuns: 150 },
    );
  });
  it('is deterministic, with a legend of the sectors and engagement levels present, and a text alternative', async () => {
    const list = [stakeholder(1, { sector: 'donor', sectorLabel: 'Donor' }), stakeholder(2, { engagement: 'pilot', engagementLabel: 'Pilot', influence: 'low' }), stakeholder(3, { influence: null })];
    const svg = stakeholderMap(input(list));
    expect(stakeholderMap(input([...list]))).toBe(svg);
    for (const s of ['>Sector (colour of the mark):<', '>Donor<', '>Public<', '>Engagement (shape of the mark):<', '>Active partner<', '>Pilot<', 'Not on the grid (influence or interest not recorded): Stakeholder 3.', '>Influence over the outcome →<', '>Interest in the issue →<']) expect(svg).toContain(s);
    expect(svg).not.toContain('>Private<');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" role="img" aria-label="Stakeholder map" aria-describedby="stakeholder-map-desc"/);
    expect(await xmlErrors(svg)).toEqual([]);
  });
});

describe('the map view model (src/core/documents/map/model.ts)', () => {
  it('lists every stakeholder in words, high influence first, the most engaged first in each cell', () => {
    const view = buildMap({
      partnership: { name: 'P', phase: 'scoping' },
      stakeholders: { stakeholders: [
        { id: 'b', name: 'B', sector: 'public', engagement: 'informed', influence: 'high', interest_level: 'high' },
        { id: 'a', name: 'A', sector: 'semi-public', engagement: 'active-partner', influence: 'high', interest_level: 'high' },
        { id: 'c', name: 'C', sector: 'private', influence: 'low' },
      ] },
    }, { date: '2025-01-01', commit: null, uncommitted: false });
    expect(view.grid[0]!.influence).toBe('High');
    expect(view.grid[0]!.cells[2]!.stakeholders.map((s) => s.name)).toEqual(['A', 'B']);
    expect(view.unplaced).toEqual([{ name: 'C', sector: 'Private', engagement: 'Engagement not recorded', missing: 'interest' }]);
    expect(view.figure.desc).toContain('High influence, high interest: A (semi-public, active partner); B (public, kept informed).');
  });
});

for (const [runner, run] of RUNNERS) {
  describe(`partner render map (${runner})`, () => {
    for (const ex of readdirSync(EXAMPLES)) {
      it(`draws ${ex} as a well-formed SVG picture, and as an HTML page`, async () => {
        const svg = await run(['render', 'map', ex, '--date', '2025-01-01'], { cwd: root });
        expect(svg.stderr).toBe('');
        expect(svg.code).toBe(0);
        expect(svg.stdout.startsWith('<svg xmlns="http://www.w3.org/2000/svg" role="img"')).toBe(true);
        expect(await xmlErrors(svg.stdout)).toEqual([]);
        const names = (readFileSync(join(root, ex, 'stakeholders.yaml'), 'utf8').match(/^ {4}name: (.+)$/gm) ?? []).map((l) => l.replace(/^ {4}name: /, ''));
        expect(names.length).toBeGreaterThan(5);
        const desc = visibleText(/<desc[^>]*>([\s\S]*?)<\/desc>/.exec(svg.stdout)![1]!);
        for (const n of names) expect(desc).toContain(n);
        const html = await run(['render', 'map', ex, '--date', '2025-01-01', '--format', 'html'], { cwd: root });
        expect(html.code).toBe(0);
        expect(html.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(html.stdout).toContain('<figure class="picture">\n<svg ');
        expect(html.stdout).toContain('<h2>The map in words</h2>');
        expect(html.stdout).not.toMatch(/<script|<img|\son[a-z]+=|PARTNERFIGURE/i);
        const words = visibleText(html.stdout.split('<h2>The map in words</h2>')[1]!);
        for (const n of names) expect(words).toContain(n);
      });
    }

    it('shows hostile names as text in the SVG and the page, and lists stakeholders missing from the grid', async () => {
      const svg = await run(['render', 'map', 'hostile', '--date', '2025-01-01'], { cwd: root });
      expect(svg.code).toBe(0);
      expect(await xmlErrors(svg.stdout)).toEqual([]);
      expect(svg.stdout).not.toMatch(/<script|<b>|]]>/);
      expect(visibleText(svg.stdout)).toContain(HOSTILE);
      expect(svg.stdout).toContain('经济部');
      const html = await run(['render', 'map', 'hostile', '--date', '2025-01-01', '--format', 'html'], { cwd: root });
      expect(html.code).toBe(0);
      expect(html.stdout).not.toMatch(/<script|<b>|\son[a-z]+=/i);
      const main = visibleText(html.stdout.split('<main>')[1]!);
      expect(main.split(HOSTILE).length - 1).toBeGreaterThanOrEqual(3);
      expect(main).toContain('A ]]> B & C <b>bold</b> (Cooperative, Engagement not recorded): interest not recorded.');
    });

    it('keeps every label apart on a crowded map, as drawn', async () => {
      const r = await run(['render', 'map', 'crowd', '--date', '2025-01-01'], { cwd: root });
      expect(r.code).toBe(0);
      expect(await xmlErrors(r.stdout)).toEqual([]);
      // Each stakeholder drawn once, in its own group.
      expect(r.stdout.match(/<g>/g)).toHaveLength(30);
      expect(r.stdout).toContain('Not engaged');
    });

    it('writes --out atomically, refusing an existing file without --force; --template only for HTML', async () => {
      const out = join(root, `out-${runner}`);
      mkdirSync(out, { recursive: true });
      const first = await run(['render', 'map', '../orangi-sanitation', '--out', 'map.svg', '--date', '2025-01-01'], { cwd: out });
      expect(first.code).toBe(0);
      expect(first.stderr).toBe('partner: wrote map.svg.\n');
      const again = await run(['render', 'map', '../orangi-sanitation', '--out', 'map.svg'], { cwd: out });
      expect(again.code).toBe(2);
      expect(again.stderr).toContain('map.svg already exists; nothing was written.');
      const forced = await run(['render', 'map', '../orangi-sanitation', '--out', 'map.svg', '--force', '--format', 'html'], { cwd: out });
      expect(forced.code).toBe(0);
      expect(readFileSync(join(out, 'map.svg'), 'utf8').startsWith('<!DOCTYPE html>')).toBe(true);
      expect(readdirSync(out).filter((n) => n.startsWith('.partner-tmp'))).toEqual([]);
      writeFileSync(join(out, 'map.md.hbs'), '# {{document.title}}\n\n{{figure figure}}\n\n{{> grid}}\n');
      const svgTemplate = await run(['render', 'map', '../orangi-sanitation', '--template', 'map.md.hbs'], { cwd: out });
      expect(svgTemplate.code).toBe(2);
      expect(svgTemplate.stderr).toContain('--template shapes the HTML page around the map');
      const own = await run(['render', 'map', '../orangi-sanitation', '--template', 'map.md.hbs', '--format', 'html', '--date', '2025-01-01'], { cwd: out });
      expect(own.code).toBe(0);
      expect(own.stdout).toContain('<h1>Stakeholder map: Orangi low-cost sanitation partnership</h1>\n<figure class="picture">');
      const md = await run(['render', 'map', '../orangi-sanitation', '--format', 'md'], { cwd: out });
      expect(md.code).toBe(2);
      expect(md.stderr).toContain('svg, html');
    });

    it('is reproducible, and prints help with examples', async () => {
      const a = await run(['render', 'map', 'orangi-sanitation', '--date', '2025-01-01', '--format', 'html'], { cwd: root });
      const b = await run(['render', 'map', 'orangi-sanitation', '--date', '2025-01-01', '--format', 'html'], { cwd: root });
      expect(a.stdout).toBe(b.stdout);
      const help = await run(['render', 'map', '--help'], { cwd: root });
      expect(help.code).toBe(0);
      for (const s of ['--format <format>', 'svg (the picture alone)', '--out <file>', '$ partner render map --out stakeholder-map.svg', 'Exit codes: 0 rendered']) expect(help.stdout).toContain(s);
    });
  });
}

describe('the map in headless Chromium', () => {
  it.skipIf(skipWithout('chromium'))('renders the map page and the bare SVG without errors, to non-trivial screenshots', async () => {
    const dir = join(root, 'chromium');
    mkdirSync(dir, { recursive: true });
    for (const [format, file] of [['html', 'map.html'], ['svg', 'map.svg']] as const) {
      const r = runBinary(['render', 'map', '../crowd', '--date', '2025-01-01', '--format', format, '--out', file], { cwd: dir });
      expect(r.code).toBe(0);
      const png = join(dir, `${file}.png`);
      const shot = spawnSync(process.execPath, [join(ROOT, 'scripts', 'screenshot.mjs'), join(dir, file), png, '--width', '1000', '--height', '1400'], { encoding: 'utf8', timeout: 120_000 });
      expect(shot.status, shot.stderr).toBe(0);
      expect(statSync(png).size).toBeGreaterThan(40_000);
    }
  }, 120_000);
});

describe('the order of stakeholders in a cell', () => {
  it('sorts numbers in names by value, the same in every locale', () => {
    expect(['Group 10', 'Group 5', 'Group 1', 'Alpha', 'Group 05b'].sort(naturalCompare)).toEqual(['Alpha', 'Group 1', 'Group 5', 'Group 05b', 'Group 10']);
  });
});
