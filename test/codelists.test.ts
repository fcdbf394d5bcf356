import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPartnership } from '../src/core/check/check.js';
import { codelist, codelistStats, lookup, nearestByCode, nearestByName, sdgGoalLabel } from '../src/core/check/codelists.js';
import { removeDir, ROOT, tempDir } from './helpers/cli.js';

/**
 * The IATI codelists as partner carries them: compiled at build time from ../shared/standards/iati-2.03/codelists/
 * into dist/generated/iati-codelists.json (scripts/compile-codelists.mjs), read at run time only when a partnership
 * uses a coded field, and searched by name for "did you mean".
 */

const SHARED = join(ROOT, '..', 'shared', 'standards', 'iati-2.03', 'codelists');
const needsStandard = !existsSync(SHARED) && !process.env.CI;

let root: string;
beforeAll(() => {
  root = tempDir('partner-codelists-');
});
afterAll(() => removeDir(root));

describe('reading the codelists', () => {
  it('reads nothing for a partnership without coded fields, then the compiled file once, each list once', () => {
    const plain = join(root, 'plain');
    mkdirSync(plain);
    writeFileSync(join(plain, 'partnership.yaml'), 'name: Acme\nphase: scoping\nissue: No water.\n');
    expect(checkPartnership(plain, { today: '2025-01-01' }).diagnostics).toEqual([]);
    expect(codelistStats).toEqual({ fileReads: 0, listsParsed: 0 });

    checkPartnership(join(ROOT, 'examples', 'orangi-sanitation'), { today: '1995-06-01' });
    checkPartnership(join(ROOT, 'examples', 'bangladesh-immunisation'), { today: '1986-10-01' });
    expect(codelistStats.fileReads).toBe(1);
    // Sector, Country, UNSDG-Targets and Currency, each parsed once for both partnerships.
    expect(codelistStats.listsParsed).toBe(4);
  });

  it('never reads ../shared at run time', () => {
    const sources = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    for (const file of sources(join(ROOT, 'src'))) expect(readFileSync(file, 'utf8'), file).not.toMatch(/['"](\.\.[/\\])*shared['"/\\]|['"]standards['"]|['"]codelists['"]/);
  });

  it.skipIf(needsStandard)('holds every code of the shipped codelists, with its English name and whether it is withdrawn', () => {
    for (const list of ['Sector', 'SectorCategory', 'Country', 'Region', 'Currency', 'UNSDG-Goals', 'UNSDG-Targets', 'TransactionType', 'OrganisationRegistrationAgency'] as const) {
      const xml = readFileSync(join(SHARED, `${list}.xml`), 'utf8');
      const codes = [...xml.matchAll(/<code>([^<]+)<\/code>/g)].map((m) => m[1]);
      expect([...codelist(list).keys()], list).toEqual(codes);
      const withdrawn = [...xml.matchAll(/<codelist-item[^>]*status="withdrawn"[^>]*>\s*<code>([^<]+)</g)].map((m) => m[1]);
      expect([...codelist(list).values()].filter((i) => i.withdrawn).map((i) => i.code), list).toEqual(withdrawn);
    }
    expect(lookup('Sector', '14030')?.name).toBe('Basic drinking water supply and basic sanitation');
    expect(lookup('Country', 'PK')?.name).toBe('Pakistan');
    expect(lookup('UNSDG-Goals', '6')?.name).toBe('Goal 6. Ensure availability and sustainable management of water and sanitation for all');
  });
});

describe('did you mean', () => {
  it('finds codes by the words of their names, the best match first', () => {
    expect(nearestByName('Sector', 'water supply').map((i) => i.code)).toEqual(['14031', '14021', '14020']);
    expect(nearestByName('Sector', 'immunisation vaccines')).toEqual([]);
    expect(nearestByName('Sector', 'infectious disease').map((i) => i.code)[0]).toBe('12250');
    expect(nearestByName('Country', 'Pakistan').map((i) => i.code)).toEqual(['PK']);
    expect(nearestByName('Region', 'south asia').map((i) => i.code)[0]).toBe('679');
    expect(nearestByName('Sector', '')).toEqual([]);
  });

  it('finds the codes nearest an unknown number', () => {
    expect(nearestByCode('Sector', '14033').map((i) => i.code)).toEqual(['14032', '14031', '14030']);
    expect(nearestByCode('Sector', '99999').every((i) => i.code.startsWith('9'))).toBe(true);
  });

  it('names the goals as the UN does', () => {
    expect(sdgGoalLabel(6)).toBe('SDG 6: Clean water and sanitation');
    expect(sdgGoalLabel(17)).toBe('SDG 17: Partnerships for the goals');
    expect(sdgGoalLabel(18)).toBeUndefined();
    expect(sdgGoalLabel(1.5)).toBeUndefined();
  });
});
