import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkPartnership } from '../src/core/check/check.js';
import { buildSkeleton, exampleFile, slugify, uniqueIds, type Answers } from '../src/core/record/init/skeleton.js';
import { FOLDERS, ID_PATTERN, SCHEMA_FILE, SINGLE_FILES, type FileKey, type FolderKey } from '../src/core/folder/layout.js';
import { validateFile, SCHEMA_DIR } from '../src/core/check/schemas.js';
import { parseYaml } from '../src/core/yaml/source.js';
import { schemasFolder } from '../src/core/folder/editor-schemas.js';
import { VERSION } from '../src/util/version.js';
import { removeDir, tempDir } from './helpers/cli.js';

const HOSTILE = ['a: b # c', '"quoted"', "it's", 'line one\nline two\n\n  indented', '- x', '# not a comment', 'ünïcödé 水 💧', 'yes', 'null', '2025-01-01', '1.10', '@at', '`tick`', '{ a: 1 }', '[x]', '&anchor *alias', '!tag', '%percent', '> folded', '| literal', 'tab\there', 'trailing space ', ' leading space', '...', '---', 'bell\u0007 and \u2028 separator'];

const hostileAnswers: Answers = {
  name: HOSTILE[0]!,
  issue: HOSTILE[3]!,
  why: HOSTILE[4]!,
  vision: HOSTILE[1]!,
  scopeLevel: 'local',
  scopeArea: HOSTILE[6]!,
  convener: HOSTILE[5]!,
  broker: HOSTILE[8]!,
  stakeholders: HOSTILE.map((name, i) => ({ name, sector: i % 2 ? 'public' : 'civil-society', interests: [name, HOSTILE[(i + 1) % HOSTILE.length]!], ...(i < 3 ? { engagement: 'active-partner' } : {}) })),
};

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

function keyOf(rel: string): FileKey | FolderKey {
  return rel.includes('/') ? (rel.split('/')[0] as FolderKey) : (rel.replace(/\.yaml$/, '') as FileKey);
}

describe('buildSkeleton', () => {
  const files = buildSkeleton(hostileAnswers, { schemaDir: schemasFolder() });
  const yamlFiles = [...files].filter(([rel]) => rel.endsWith('.yaml'));

  it('writes every single file, the two folders, and an assessment per active partner', () => {
    expect([...files.keys()].sort()).toEqual([
      ...SINGLE_FILES.map((k) => `${k}.yaml`),
      'assessments/README.md', 'assessments/b-c.yaml', 'assessments/quoted.yaml', 'assessments/its.yaml',
      'meetings/README.md',
      'reviews/README.md',
    ].sort());
  });

  it('writes YAML that parses cleanly and passes each file schema', () => {
    for (const [rel, text] of yamlFiles) {
      const { source, diagnostics } = parseYaml(rel, text);
      expect(diagnostics, rel).toEqual([]);
      expect(validateFile(keyOf(rel), source.data), rel).toEqual([]);
    }
  });

  it('keeps hostile answers exactly as typed', () => {
    const partnership = parse(files.get('partnership.yaml')!) as Record<string, unknown>;
    expect(partnership).toMatchObject({
      name: hostileAnswers.name, phase: 'scoping', issue: hostileAnswers.issue, why_multi_sector: hostileAnswers.why, vision: hostileAnswers.vision,
      geographic_scope: { level: 'local', area: hostileAnswers.scopeArea }, convener: { name: hostileAnswers.convener }, broker: { name: 'null' },
    });
    const { stakeholders } = parse(files.get('stakeholders.yaml')!) as { stakeholders: { name: string; interests: string[] }[] };
    expect(stakeholders.map((s) => s.name)).toEqual(HOSTILE);
    expect(stakeholders.map((s) => s.interests)).toEqual(hostileAnswers.stakeholders.map((s) => s.interests));
  });

  it('starts each YAML file with the editor schema line, relative to the file', () => {
    for (const [rel, text] of yamlFiles) {
      const depth = rel.includes('/') ? '../' : '';
      expect(text.split('\n')[0], rel).toBe(`# yaml-language-server: $schema=${depth}.partner/schemas/${VERSION}/${SCHEMA_FILE[keyOf(rel)]}`);
    }
  });

  it('explains every top-level field with its schema description, and shows the unfilled ones as comments', () => {
    for (const [rel, text] of yamlFiles) {
      const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, SCHEMA_FILE[keyOf(rel)]), 'utf8')) as { properties: Record<string, { description?: string }> };
      const notes = text.split('\n').filter((l) => l.trimStart().startsWith('#')).map((l) => l.replace(/^[\s#]+/, '')).join(' ');
      for (const [key, p] of Object.entries(schema.properties)) {
        expect(text, `${rel}: ${key}`).toMatch(new RegExp(`^(# )?${key}:`, 'm'));
        if (p.description) expect(notes.replace(/\s+/g, ' '), `${rel}: ${key}`).toContain(p.description);
      }
    }
  });

  it('passes partner check at the scoping phase with no errors', () => {
    const dir = tempDir();
    dirs.push(dir);
    for (const [rel, text] of files) {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), text);
    }
    const result = checkPartnership(dir, { today: '2025-01-01' });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.phase).toBe('scoping');
  });

  it('with only a name, gives a folder that checks with no findings at all', () => {
    const dir = tempDir();
    dirs.push(dir);
    for (const [rel, text] of buildSkeleton({ name: 'Just a name', stakeholders: [] }, { schemaDir: schemasFolder() })) {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), text);
    }
    expect(checkPartnership(dir, { today: '2025-01-01' }).diagnostics).toEqual([]);
  });

  it('writes an absolute schema path as it is', () => {
    const text = buildSkeleton({ name: 'x', stakeholders: [{ name: 'A', sector: 'public', engagement: 'active-partner', interests: [] }] }, { schemaDir: '/opt/partner/schemas' });
    expect(text.get('assessments/a.yaml')!.split('\n')[0]).toBe('# yaml-language-server: $schema=/opt/partner/schemas/assessment.schema.json');
  });
});

describe('examples in the skeleton', () => {
  // Text the broker must write is shown as "": once uncommented, only those empty texts stand out.
  const problems = (errors: ReturnType<typeof validateFile>) => errors.filter((e) => !(e.keyword === 'minLength' && e.data === ''));
  it.each([...SINGLE_FILES, ...FOLDERS])('the commented-out example of %s passes its schema once uncommented and filled in', (key) => {
    expect(problems(validateFile(key, exampleFile(key, ['city-council'])))).toEqual([]);
    expect(problems(validateFile(key, exampleFile(key)))).toEqual([]);
  });
});

describe('stakeholder ids', () => {
  it('are kebab-case, short and unique, whatever the names', () => {
    const long = 'A very long organisation name '.repeat(10);
    const names = ['City Council', 'City Council', 'city-council', 'CITY   council!', 'Ünïcode Straße', '水务局', '水务局', '', '---', long, long, long, 'x-2', 'X'];
    const ids = uniqueIds(names);
    expect(new Set(ids).size).toBe(names.length);
    for (const id of ids) {
      expect(id).toMatch(ID_PATTERN);
      expect(id.length).toBeLessThanOrEqual(32);
    }
    expect(uniqueIds(["Ministry of Community Development and Women's Affairs"])).toEqual(['ministry-community-development']);
    expect(ids.slice(0, 5)).toEqual(['city-council', 'city-council-2', 'city-council-3', 'city-council-4', 'unicode-strasse']);
    expect(ids.slice(5, 9)).toEqual(['stakeholder', 'stakeholder-2', 'stakeholder-3', 'stakeholder-4']);
  });

  it('slugify keeps letters and digits only', () => {
    expect(slugify('Orangi Pilot Project (OPP)')).toBe('orangi-pilot-project-opp');
    expect(slugify('Ministère de l’Eau')).toBe('ministere-de-l-eau');
  });
});
