import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportIati, type ValidModel } from '../src/core/export/iati.js';
import type { Locate } from '../src/core/export/locate.js';
import { copyExample, removeDir, ROOT, runBinary, tempDir } from './helpers/cli.js';
import { loadRuleset, orgIdPrefixes, runRuleset, validateIati as validateIatiAgainst, type RuleResult } from './helpers/iati-ruleset.js';

/**
 * `partner export iati` against what IATI's own Validator applies beyond the schema: the Standard ruleset of IATI
 * 2.03 (../shared/standards/iati-2.03/rulesets/standard.json), run by test/helpers/iati-ruleset.ts after the ruleset
 * spec (SPEC.rst). Every example and every real-case fixture (the seed cases in other phases, places and flows) is
 * exported by the built binary, and must pass both the 2.03 XSD and every rule that applies to one activity. Then a
 * table from the ruleset's own rule texts, one row per decision the exporter makes.
 */

const STANDARD = join(ROOT, '..', 'shared', 'standards', 'iati-2.03');
const HAS_STANDARD = existsSync(join(STANDARD, 'rulesets', 'standard.json'));
const needsStandard = !HAS_STANDARD && !process.env.CI;
const ruleset = HAS_STANDARD ? loadRuleset(STANDARD) : {};
const prefixes = HAS_STANDARD ? orgIdPrefixes(STANDARD) : [];

const validateIati = (xml: string) => validateIatiAgainst(STANDARD, xml);

const rules = (xml: string, now: string): RuleResult[] => runRuleset(ruleset as never, xml, { now, orgIdPrefixes: prefixes });
const failed = (results: readonly RuleResult[]) => results.filter((r) => !r.passed).map((r) => `${r.info.id} (${r.info.severity}) at ${r.at}: ${r.info.message}`);
/** The message the ruleset gives a rule id (every case with that id says the same). */
const ruleText = (id: string): string => {
  const texts = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const info = (v as { ruleInfo?: { id: string; message: string } }).ruleInfo;
      if (info?.id === id) texts.add(info.message);
      Object.values(v).forEach(walk);
    }
  };
  walk(ruleset);
  expect(texts.size, `rule ${id} in standard.json`).toBe(1);
  return [...texts][0]!;
};

let root: string;
beforeAll(() => {
  root = tempDir('partner-ruleset-');
});
afterAll(() => removeDir(root));
let counter = 0;

/** A seed case as an example, with edits (each must apply), exported as of `date`. */
interface Fixture {
  name: string;
  example: 'orangi-sanitation' | 'bangladesh-immunisation';
  date: string;
  edits?: [file: string, from: string, to: string][];
  /** What the export must say about the case (substrings of the XML). */
  shows: string[];
}

const FIXTURES: Fixture[] = [
  {
    name: 'Orangi under review in 1995 (the example): its own money goes out, the others\' comes in',
    example: 'orangi-sanitation',
    date: '1995-06-01',
    shows: ['<activity-status code="2"/>', '<transaction ref="opp-programme-costs">\n      <transaction-type code="2"/>', '<transaction ref="opp-programme-costs-received">\n      <transaction-type code="3"/>', '<transaction ref="donor-grant">\n      <transaction-type code="11"/>', '<transaction ref="donor-grant-received">\n      <transaction-type code="1"/>', '<tag vocabulary="2" code="6">\n      <narrative>SDG 6: Clean water and sanitation</narrative>'],
  },
  {
    name: 'Bangladesh while planning in 1986 (the example): every commitment still proposed, so planned disbursements only',
    example: 'bangladesh-immunisation',
    date: '1986-10-01',
    shows: ['<activity-status code="1"/>', '<planned-disbursement type="1">', '<recipient-country code="BD">', '<sector vocabulary="1" code="12250">'],
  },
  {
    name: 'Orangi scaling up in 1996: sustaining is still implementation',
    example: 'orangi-sanitation',
    date: '1996-06-01',
    edits: [
      ['partnership.yaml', 'phase: reviewing\n', 'phase: sustaining\n'],
      ['partnership.yaml', 'sustainability:\n', 'sustainability:\n  way_forward: scale-up\n'],
    ],
    shows: ['<activity-status code="2"/>'],
  },
  {
    name: 'Orangi closed after 1995: closed, with its actual end',
    example: 'orangi-sanitation',
    date: '1997-01-01',
    edits: [
      ['partnership.yaml', 'phase: reviewing\n', 'phase: sustaining\n'],
      ['partnership.yaml', 'sustainability:\n', 'sustainability:\n  way_forward: close\n'],
      ['partnership.yaml', '  start: 1980-04-01\n', '  start: 1980-04-01\n  end: 1996-12-31\n'],
    ],
    shows: ['<activity-status code="4"/>', '<activity-date type="4" iso-date="1996-12-31"/>'],
  },
  {
    name: 'Orangi in Pakistan and South Asia, with a sector category beside its sectors, as of 1990: later money planned',
    example: 'orangi-sanitation',
    date: '1990-01-01',
    edits: [
      ['partnership.yaml', 'countries:\n  - code: PK\n', 'countries:\n  - code: PK\n    percentage: 70\nregions:\n  - code: 679\n    percentage: 30\n'],
      ['partnership.yaml', '    percentage: 20\n', '    percentage: 20\n  - code: 430 # Other multisector\n'],
    ],
    shows: ['<recipient-country code="PK" percentage="70">', '<recipient-region code="679" vocabulary="1" percentage="30">', '<sector vocabulary="2" code="430">', '<planned-disbursement type="1">\n      <period-start iso-date="1991-07-01"/>'],
  },
  {
    name: 'Bangladesh implementing in 1988, UNICEF\'s cash agreed and ADAB\'s own money in it',
    example: 'bangladesh-immunisation',
    date: '1988-06-01',
    edits: [
      ['resources.yaml', '    start: 1987-01-01\n    due: 1990-12-31\n    status: proposed\n', '    start: 1987-01-01\n    due: 1990-12-31\n    status: agreed\n'],
      ['resources.yaml', '  - id: unicef-mobilisation-cash\n', '  - id: adab-grants\n    stakeholder: adab\n    description: ADAB\'s own small grants to member NGOs\n    type: cash\n    kind: financial\n    amount: 20000\n    start: 1988-01-01\n    status: delivered\n    delivered_on: 1988-03-31\n  - id: unicef-mobilisation-cash\n'],
    ],
    shows: ['<transaction ref="unicef-mobilisation-cash">\n      <transaction-type code="11"/>', '<transaction ref="adab-grants">\n      <transaction-type code="2"/>', '<transaction ref="adab-grants-received">\n      <transaction-type code="3"/>'],
  },
];

describe.skipIf(needsStandard)('every example and real-case export passes the IATI 2.03 schema and the Standard ruleset', () => {
  const kinds = new Set<string>();
  for (const f of FIXTURES) {
    it(f.name, async () => {
      const dir = copyExample(f.example, join(root, `case-${++counter}`));
      for (const [file, from, to] of f.edits ?? []) {
        const text = readFileSync(join(dir, file), 'utf8');
        expect(text, `${file} has ${JSON.stringify(from)}`).toContain(from);
        writeFileSync(join(dir, file), text.replace(from, to));
      }
      const r = runBinary(['export', 'iati', dir, '--date', f.date], { cwd: ROOT });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toContain(' error ');
      for (const s of f.shows) expect(r.stdout).toContain(s);
      expect(r.stdout).toContain(`last-updated-datetime="${f.date}T00:00:00Z"`);
      expect(await validateIati(r.stdout)).toEqual({ valid: true, errors: [] });
      const results = rules(r.stdout, f.date);
      expect(failed(results)).toEqual([]);
      for (const x of results) kinds.add(x.kind);
    });
  }
  it('ran every kind of rule the exports can meet', () => {
    expect([...kinds].sort()).toEqual(['atleast_one', 'date_now', 'date_order', 'if_then', 'no_more_than_one', 'no_spaces', 'one_or_all', 'range', 'regex_matches', 'startswith', 'strict_sum', 'unique']);
  });
});

// --- The ruleset runner fails what the Validator fails -------------------------------------------------------------

describe.skipIf(needsStandard)('the ruleset runner', () => {
  const good = () => runBinary(['export', 'iati', join(ROOT, 'examples', 'orangi-sanitation'), '--date', '1995-06-01'], { cwd: ROOT }).stdout;
  const ids = (xml: string, now = '1995-06-01') => [...new Set(rules(xml, now).filter((r) => !r.passed).map((r) => r.info.id))].sort();

  it('fails what the exports used to do: no sector, no country, a future transaction, an identifier without an agency code', () => {
    const xml = good();
    expect(ids(xml)).toEqual([]);
    // Without activity-level sectors, every transaction would need its own (6.7.2).
    expect(ids(xml.replace(/\s*<sector [\s\S]*?<\/sector>/g, ''))).toEqual(['6.2.2', '6.7.2']);
    expect(ids(xml.replace(/\s*<recipient-country [\s\S]*?<\/recipient-country>/g, ''))).toEqual(['3.7.1', '3.7.2']);
    expect(ids(xml.replace('<transaction-date iso-date="1981-06-01"/>', '<transaction-date iso-date="1995-07-01"/>'))).toEqual(['11.2.1']);
    expect(ids(xml.replaceAll('PK-VSWA-EXAMPLE-OPP', 'myorg'))).toEqual(['1.14.8']);
    expect(ids(xml.replace(/ last-updated-datetime="[^"]*"/, ' last-updated-datetime="1995-06-02T00:00:00Z"'))).toEqual(['11.1.1']);
  });

  it('fails shares that do not add up, and a country and a region without percentages', () => {
    const xml = good();
    expect(ids(xml.replace('percentage="20"', 'percentage="30"'))).toEqual(['2.1.2']);
    expect(ids(xml.replace('<recipient-country code="PK">', '<recipient-region code="679" vocabulary="1"/>\n    <recipient-country code="PK">'))).toEqual(['3.4.2']);
  });
});

// --- One row per decision the exporter makes, from the ruleset's rule texts ---------------------------------------

const fakeLocate: Locate = (key, path) => ({ file: `${key}.yaml`, line: path.length + 1, column: 1 });

/** A small partnership published by the city, with the river trust's money. */
function model(edit: (m: ValidModel) => void = () => undefined): ValidModel {
  const m: ValidModel = {
    partnership: {
      name: 'River Water Partnership',
      phase: 'implementing',
      issue: 'The river is polluted.',
      duration: { start: '2024-01-15', end: '2026-12-31' },
      sectors: [{ code: 14015 }],
      countries: [{ code: 'KE' }],
      sdgs: [{ goal: 6, targets: ['6.3'] }],
      iati: { reporting_org: { ref: 'XI-IATI-CITY', stakeholder: 'city' }, activity_id: 'river', default_currency: 'USD' },
    },
    stakeholders: {
      stakeholders: [
        { id: 'city', name: 'City Council', sector: 'public', engagement: 'active-partner' },
        { id: 'trust', name: 'River Trust', sector: 'private', engagement: 'active-partner', iati: { ref: 'GB-CHC-1' } },
      ] as never,
    },
    resources: { commitments: [] },
  };
  edit(m);
  return m;
}
const cash = (id: string, stakeholder: string, status: string, start: string, more: Record<string, unknown> = {}) => ({ id, stakeholder, description: `Money from ${stakeholder}`, type: 'cash', amount: 1000, status, start, ...more }) as never;

describe.skipIf(needsStandard)('each decision the exporter makes holds to the ruleset\'s rule', () => {
  const ASOF = '2025-06-01';
  const run = (m: ValidModel) => {
    const r = exportIati(m, { asOf: ASOF, at: fakeLocate });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    return { xml: r.xml!, warnings: r.diagnostics.filter((d) => d.severity === 'warning').map((d) => `${d.message} ${d.hint}`) };
  };
  const passes = (xml: string, id: string) => {
    const mine = rules(xml, ASOF).filter((x) => x.info.id === id);
    expect(mine.length, `rule ${id} applies`).toBeGreaterThan(0);
    expect(failed(mine)).toEqual([]);
  };

  const TABLE: { rule: string; text: string; decision: string; model: ValidModel; shows: RegExp[]; hides?: RegExp[] }[] = [
    {
      rule: '11.2.1', text: 'The transaction date must not be in the future.',
      decision: 'money agreed for a later date is a planned disbursement, not a transaction',
      model: model((m) => m.resources!.commitments!.push(cash('grant', 'trust', 'agreed', '2025-01-01'), cash('later', 'trust', 'agreed', '2026-01-01', { due: '2026-12-31' }))),
      shows: [/<planned-disbursement type="1">\s*<period-start iso-date="2026-01-01"\/>\s*<period-end iso-date="2026-12-31"\/>\s*<value value-date="2026-01-01">1000<\/value>\s*<provider-org ref="GB-CHC-1" type="70">\s*<narrative>River Trust<\/narrative>\s*<\/provider-org>\s*<receiver-org ref="XI-IATI-CITY" type="10">/],
      hides: [/<transaction ref="later"/],
    },
    {
      rule: '11.2.2', text: 'The transaction value date must not be in the future.',
      decision: 'money only proposed, even dated in the past, is a planned disbursement: it is not yet a commitment',
      model: model((m) => m.resources!.commitments!.push(cash('grant', 'trust', 'agreed', '2025-01-01'), cash('maybe', 'trust', 'proposed', '2025-02-01'))),
      shows: [/<planned-disbursement type="1">\s*<period-start iso-date="2025-02-01"\/>/],
      hides: [/<transaction ref="maybe"/],
    },
    {
      rule: '6.9.1', text: 'The provider organisation must have an organisation identifier or a narrative.',
      decision: 'another partner\'s agreed money comes in: incoming commitment (11), provided by that partner and received by the reporting organisation',
      model: model((m) => m.resources!.commitments!.push(cash('grant', 'trust', 'agreed', '2025-01-01'))),
      shows: [/<transaction-type code="11"\/>[\s\S]*<provider-org ref="GB-CHC-1" type="70">\s*<narrative>River Trust<\/narrative>\s*<\/provider-org>\s*<receiver-org ref="XI-IATI-CITY" type="10">/],
    },
    {
      rule: '6.9.1', text: 'The provider organisation must have an organisation identifier or a narrative.',
      decision: 'the reporting organisation\'s own money goes out: outgoing commitment (2) and, once delivered, disbursement (3), provided by itself',
      model: model((m) => m.resources!.commitments!.push(cash('own', 'city', 'delivered', '2025-01-01', { delivered_on: '2025-03-01' }))),
      shows: [/<transaction-type code="2"\/>[\s\S]*<provider-org ref="XI-IATI-CITY" type="10">/, /<transaction ref="own-received">\s*<transaction-type code="3"\/>\s*<transaction-date iso-date="2025-03-01"\/>/],
      hides: [/<transaction-type code="1[13]"\/>/, /<receiver-org/],
    },
    {
      rule: '6.2.2', text: 'Each activity must have a specified sector, either at activity level OR for all transactions.',
      decision: 'the sectors of partnership.yaml at activity level, 5-digit codes as vocabulary 1, with their names',
      model: model(),
      shows: [/<sector vocabulary="1" code="14015">\s*<narrative>Water resources conservation \(including data collection\)<\/narrative>/],
    },
    {
      rule: '2.1.2', text: 'Percentage values for sectors, within a vocabulary (e.g. 1 - OECD DAC), must add up to 100%.',
      decision: 'each sector with its share, 3-digit categories as vocabulary 2',
      model: model((m) => { m.partnership.sectors = [{ code: 14015, percentage: 60 }, { code: 14010, percentage: 40 }, { code: '140' }]; }),
      shows: [/code="14015" percentage="60"/, /code="14010" percentage="40"/, /<sector vocabulary="2" code="140">/],
    },
    {
      rule: '3.4.2', text: 'Percentage values for recipient countries or regions, must add up to 100%.',
      decision: 'countries and regions together, each with its share',
      model: model((m) => { m.partnership.countries = [{ code: 'KE', percentage: 50 }]; m.partnership.regions = [{ code: 1027, percentage: 50 }]; }),
      shows: [/<recipient-country code="KE" percentage="50">/, /<recipient-region code="1027" vocabulary="1" percentage="50">/],
    },
    {
      rule: '11.1.1', text: 'The last updated datetime of the activity must not be in the future.',
      decision: 'last-updated-datetime is the export\'s date when no commit time is given',
      model: model(),
      shows: [/<iati-activity last-updated-datetime="2025-06-01T00:00:00Z"/],
    },
    {
      rule: '1.14.8', text: 'The reporting organisation id must start with an approved agency code.',
      decision: 'an identifier with an agency code passes (one without is a warning, below)',
      model: model(),
      shows: [/<reporting-org ref="XI-IATI-CITY"/],
    },
  ];

  for (const row of TABLE) {
    it(`${row.rule} "${row.text}": ${row.decision}`, async () => {
      expect(ruleText(row.rule)).toBe(row.text);
      const { xml } = run(row.model);
      for (const re of row.shows) expect(xml).toMatch(re);
      for (const re of row.hides ?? []) expect(xml).not.toMatch(re);
      passes(xml, row.rule);
      expect(failed(rules(xml, ASOF))).toEqual([]);
      expect(await validateIati(xml)).toEqual({ valid: true, errors: [] });
    });
  }

  it('1.14.8: an identifier without an agency code is a warning with the org-id.guide hint, and the Validator would warn too', () => {
    const m = model((x) => { x.partnership.iati!.reporting_org!.ref = 'myorg'; });
    const { xml, warnings } = run(m);
    expect(warnings).toEqual([expect.stringMatching(/^The reporting organisation's identifier `myorg` does not start with the code of a registration agency IATI knows.* Look the organisation up on org-id\.guide/)]);
    expect(failed(rules(xml, ASOF))).toEqual([`1.14.8 (warning) at iati-activities[1]/iati-activity[1]: ${ruleText('1.14.8')}`]);
  });

  // ActivityStatus codelist names, read from the shipped codelist.
  const statusName = (code: string) => new RegExp(`<code>${code}</code>\\s*<name>\\s*<narrative>([^<]+)<`).exec(readFileSync(join(STANDARD, 'codelists', 'ActivityStatus.xml'), 'utf8'))![1];
  const STATUSES: [phase: ValidModel['partnership']['phase'], way: string | undefined, end: string, code: string][] = [
    ['planning', undefined, '2026-12-31', '1'],
    ['implementing', undefined, '2026-12-31', '2'],
    ['reviewing', undefined, '2026-12-31', '2'],
    ['sustaining', 'sustain', '2026-12-31', '2'],
    ['sustaining', 'scale-up', '2025-01-31', '2'],
    ['sustaining', 'institutionalise', '2026-12-31', '2'],
    ['sustaining', 'close', '2026-12-31', '3'],
    ['sustaining', 'close', '2025-01-31', '4'],
  ];
  for (const [phase, way, end, code] of STATUSES) {
    it(`activity status: ${phase}${way ? ` (${way})` : ''}, ending ${end}, is ${code}`, () => {
      const { xml } = run(model((m) => { m.partnership.phase = phase; m.partnership.duration!.end = end; if (way) m.partnership.sustainability = { way_forward: way as never }; }));
      expect(xml).toContain(`<activity-status code="${code}"/>`);
      expect(statusName(code)).toBe({ '1': 'Pipeline/identification', '2': 'Implementation', '3': 'Finalisation', '4': 'Closed' }[code]);
      expect(failed(rules(xml, ASOF))).toEqual([]);
    });
  }
});

// --- last-updated-datetime from the record's last commit ----------------------------------------------------------

describe('last-updated-datetime', () => {
  const ENV: Record<string, string | undefined> = {
    ...Object.fromEntries(Object.keys(process.env).filter((k) => k.startsWith('GIT_') || k === 'SOURCE_DATE_EPOCH').map((k) => [k, undefined])),
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
  };
  const git = (cwd: string, args: string[], env: Record<string, string> = {}) => {
    const all: NodeJS.ProcessEnv = { ...process.env, ...ENV, ...env };
    for (const k of Object.keys(all)) if (all[k] === undefined) delete all[k];
    const r = spawnSync('git', args, { cwd, env: all, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  };

  it('is the time of the last commit of the record, the moment of the export once it has changed since, and --date\'s day when given', () => {
    const dir = copyExample('orangi-sanitation', join(root, `git-${++counter}`));
    git(dir, ['init', '-q']);
    git(dir, ['add', '-A']);
    git(dir, ['-c', 'user.name=Broker', '-c', 'user.email=broker@example.org', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'record'], { GIT_COMMITTER_DATE: '2024-03-05T10:20:30+05:00', GIT_AUTHOR_DATE: '2024-03-05T10:20:30+05:00' });
    const committed = runBinary(['export', 'iati', dir], { cwd: ROOT, env: ENV });
    expect(committed.code, committed.stderr).toBe(0);
    expect(committed.stdout).toContain('<iati-activity last-updated-datetime="2024-03-05T10:20:30+05:00"');

    const dated = runBinary(['export', 'iati', dir, '--date', '2024-06-30'], { cwd: ROOT, env: ENV });
    expect(dated.stdout).toContain('<iati-activity last-updated-datetime="2024-06-30T00:00:00Z"');

    writeFileSync(join(dir, 'risks.yaml'), `${readFileSync(join(dir, 'risks.yaml'), 'utf8')}\n# changed\n`);
    const before = Date.now();
    const changed = runBinary(['export', 'iati', dir], { cwd: ROOT, env: ENV });
    const stamp = /last-updated-datetime="([^"]+)"/.exec(changed.stdout)![1]!;
    expect(stamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(Date.parse(stamp)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(Date.parse(stamp)).toBeLessThanOrEqual(Date.now());
  });
});
