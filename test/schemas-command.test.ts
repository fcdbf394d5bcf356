// `partner schemas [--write]`, the modeline findings of `partner check`, and `partner check --files` (issue 16).
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findModeline, modelineFindings, modelineFor, withModeline } from '../src/core/folder/editor-schemas.js';
import { VERSION } from '../src/util/version.js';
import { copyExample, removeDir, RUNNERS, tempDir } from './helpers/cli.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) removeDir(d);
});
function fresh(): string {
  const d = tempDir();
  dirs.push(d);
  return d;
}
const OLD = '# yaml-language-server: $schema=../../g/lib/node_modules/partner/schemas/stakeholders.schema.json';

describe('modelines', () => {
  it('are relative to the file, into the folder of this version', () => {
    expect(modelineFor('stakeholders', 'stakeholders.yaml')).toBe(`# yaml-language-server: $schema=.partner/schemas/${VERSION}/stakeholders.schema.json`);
    expect(modelineFor('reviews', 'reviews/2025-01-01.yaml')).toBe(`# yaml-language-server: $schema=../.partner/schemas/${VERSION}/review.schema.json`);
  });

  it('are found among the leading comments only, and replaced or added without touching anything else', () => {
    const text = '# A note\r\n\r\n# yaml-language-server: $schema=x.json\r\nname: a # yaml-language-server: $schema=y\r\n';
    expect(findModeline(text)?.value).toBe('x.json');
    expect(withModeline(text, '# new')).toBe('# A note\r\n\r\n# new\r\nname: a # yaml-language-server: $schema=y\r\n');
    expect(findModeline('name: a\n# yaml-language-server: $schema=late.json\n')).toBeUndefined();
    expect(withModeline('name: a\n', '# new')).toBe('# new\nname: a\n');
  });

  it('pointing elsewhere or to another version are warnings at the place; none, the right one, or a web address are not', () => {
    const files = [
      { key: 'stakeholders' as const, rel: 'stakeholders.yaml', file: 'p/stakeholders.yaml', text: `${OLD}\nstakeholders: []\n` },
      { key: 'assessments' as const, rel: 'assessments/a.yaml', file: 'p/assessments/a.yaml', text: '# yaml-language-server: $schema=../.partner/schemas/0.0.9/assessment.schema.json\n' },
      { key: 'risks' as const, rel: 'risks.yaml', file: 'p/risks.yaml', text: `${modelineFor('risks', 'risks.yaml')}\n` },
      { key: 'resources' as const, rel: 'resources.yaml', file: 'p/resources.yaml', text: 'commitments: []\n' },
      { key: 'indicators' as const, rel: 'indicators.yaml', file: 'p/indicators.yaml', text: '# yaml-language-server: $schema=https://example.org/indicators.json\n' },
      { key: 'partnership' as const, rel: 'partnership.yaml', file: 'p/partnership.yaml', text: '# yaml-language-server: $schema=.partner/schemas/0.0.9/risks.schema.json\n' },
    ];
    const found = modelineFindings(files);
    expect(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual(['p/stakeholders.yaml:1:33 schema-line', 'p/assessments/a.yaml:1:33 schema-version', 'p/partnership.yaml:1:33 schema-line']);
    expect(found[1]!.message).toContain('partner 0.0.9');
    for (const d of found) expect(d.hint).toContain('partner schemas --write');
  });
});

describe.each(RUNNERS)('partner schemas (%s)', (_, run) => {
  it('reports an old folder (exit 1), writes the schemas and the modelines, then is up to date (exit 0); removes old versions', async () => {
    const cwd = fresh();
    const dir = copyExample('orangi-sanitation', cwd);
    const before = readFileSync(join(dir, 'stakeholders.yaml'), 'utf8');
    writeFileSync(join(dir, 'stakeholders.yaml'), `${OLD}\n${before}`);
    mkdirSync(join(dir, '.partner', 'schemas', '0.0.9'), { recursive: true });
    writeFileSync(join(dir, '.partner', 'schemas', '0.0.9', 'stakeholders.schema.json'), '{}');

    const status = await run(['schemas', 'orangi-sanitation'], { cwd });
    expect(status.code).toBe(1);
    expect(status.stdout).toContain(`orangi-sanitation: the schemas of partner ${VERSION} are not in orangi-sanitation/.partner/schemas/${VERSION}/`);
    expect(status.stdout).toContain('old schemas of 0.0.9');
    expect(status.stdout).toContain('Run `partner schemas --write` to update.');

    const write = await run(['schemas', '--write', 'orangi-sanitation'], { cwd });
    expect(write.code, write.stderr).toBe(0);
    expect(write.stdout).toContain(`wrote the schemas of partner ${VERSION} to orangi-sanitation/.partner/schemas/${VERSION}/`);
    expect(write.stdout).toContain('removed the schemas of 0.0.9');
    expect(readdirSync(join(dir, '.partner', 'schemas'))).toEqual([VERSION]);
    expect(readFileSync(join(dir, 'stakeholders.yaml'), 'utf8')).toBe(`${modelineFor('stakeholders', 'stakeholders.yaml')}\n${before}`);
    expect(readFileSync(join(dir, 'assessments', 'opp.yaml'), 'utf8').split('\n')[0]).toBe(modelineFor('assessments', 'assessments/opp.yaml'));
    expect(JSON.parse(readFileSync(join(dir, '.partner', 'schemas', VERSION, 'risks.schema.json'), 'utf8')).title).toBeTruthy();

    const again = await run(['schemas', 'orangi-sanitation'], { cwd });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('up to date');
    const check = await run(['check', 'orangi-sanitation', '--date', '1995-06-01'], { cwd });
    expect(check.code).toBe(0);
    expect(check.stdout).not.toMatch(/schema-line|schema-version/);
    // Writing twice changes nothing.
    const twice = await run(['schemas', '--write', 'orangi-sanitation'], { cwd });
    expect(twice.stdout).not.toContain('pointed');
  });

  it('notices a schema file changed by hand', async () => {
    const cwd = fresh();
    const init = await run(['init', 'river', '--yes'], { cwd });
    expect(init.code, init.stderr).toBe(0);
    expect((await run(['schemas', 'river'], { cwd })).code).toBe(0);
    writeFileSync(join(cwd, 'river', '.partner', 'schemas', VERSION, 'defs.schema.json'), '{}');
    expect((await run(['schemas', 'river'], { cwd })).code).toBe(1);
  });

  it('never writes through a symbolic link', async () => {
    const cwd = fresh();
    const dir = copyExample('orangi-sanitation', cwd);
    mkdirSync(join(cwd, 'elsewhere'));
    symlinkSync(join(cwd, 'elsewhere'), join(dir, '.partner'));
    const r = await run(['schemas', '--write', 'orangi-sanitation'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('orangi-sanitation/.partner is a symbolic link');
    expect(readdirSync(join(cwd, 'elsewhere'))).toEqual([]);
    expect(readFileSync(join(dir, 'stakeholders.yaml'), 'utf8')).not.toContain('yaml-language-server');
  });
});

describe.each(RUNNERS)('partner check --files (%s)', (_, run) => {
  it('checks the partnerships of the files given and skips files that belong to none; with no partnership left, says nothing', async () => {
    const cwd = fresh();
    copyExample('orangi-sanitation', cwd);
    mkdirSync(join(cwd, 'docs'));
    writeFileSync(join(cwd, 'docs', 'risks.yaml'), 'not: a partnership\n');
    const outside = await run(['check', '--files', 'docs/risks.yaml'], { cwd });
    expect(outside).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const both = await run(['check', '--files', 'docs/risks.yaml', 'orangi-sanitation/stakeholders.yaml', '--date', '1995-06-01'], { cwd });
    expect(both.code).toBe(0);
    expect(both.stdout).toContain('1 partnership');
    const without = await run(['check', 'docs/risks.yaml'], { cwd });
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('docs/risks.yaml is not inside a partnership folder');
    expect(without.stderr).toContain('--files');
    expect(existsSync(join(cwd, 'docs', 'risks.yaml'))).toBe(true);
  });
});
