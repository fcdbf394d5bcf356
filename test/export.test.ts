import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_FILES, csvField, csvTable, exportCsv, neutraliseFormula } from '../src/core/export/csv.js';
import { exportIati, type ValidModel } from '../src/core/export/iati.js';
import { ACTIVITY_STATUS, MEASURE_CODE, ORG_TYPE_CODE, RESULT_TYPE_CODE, ROLE_CODE, TRANSACTION_TYPE, activityStatus, defaultMeasure } from '../src/core/export/iati-codes.js';
import type { Locate } from '../src/core/export/locate.js';
import { formatDecimal, nextDay } from '../src/core/export/numbers.js';
import { el, escapeAttribute, escapeText, serializeXml, stripIllegalXml } from '../src/core/export/xml.js';
import { checkPartnershipModel } from '../src/core/check/check.js';
import { copyExample, removeDir, ROOT, RUNNERS, tempDir } from './helpers/cli.js';
import { validateIati as validateIatiAgainst } from './helpers/iati-ruleset.js';

/**
 * `partner export iati` and `partner export csv`: every example's IATI export validated against the official IATI
 * 2.03 schema (with xmllint compiled to WebAssembly: xmllint-wasm, a devDependency) and its codes against the
 * shipped codelists; findings for what IATI needs, at the field to fill; hostile text in XML and CSV; numbers and
 * dates as the formats want them; --out / --out-dir refusal and --force. CLI cases run in-process and against the
 * built binary (`npm test` builds first).
 */

// In CI the repository is cloned with ../shared beside it; elsewhere the schema tests are skipped, not failed.
const STANDARD = join(ROOT, '..', 'shared', 'standards', 'iati-2.03');
const HAS_STANDARD = existsSync(join(STANDARD, 'iati-activities-schema.xsd'));
const needsStandard = !HAS_STANDARD && !process.env.CI;

const EXAMPLES = [
  { name: 'orangi-sanitation', date: '1995-06-01', identifier: 'PK-VSWA-EXAMPLE-OPP-orangi-sanitation', warnings: 0 },
  // Three indicators have no baseline: IATI recommends one, so they are warnings, and the export goes ahead.
  { name: 'bangladesh-immunisation', date: '1986-10-01', identifier: 'BD-NAB-EXAMPLE-ADAB-epi-ngo-partnership', warnings: 3 },
];

const validateIati = (xml: string) => validateIatiAgainst(STANDARD, xml);

/** The codes of a shipped codelist, e.g. codes('OrganisationType'). */
function codes(list: string): Set<string> {
  const text = readFileSync(join(STANDARD, 'codelists', `${list}.xml`), 'utf8');
  return new Set([...text.matchAll(/<code>([^<]+)<\/code>/g)].map((m) => m[1]!));
}

/** Every value of `attribute` on `element` in an XML text. */
function attributes(xml: string, element: string, attribute: string): string[] {
  return [...xml.matchAll(new RegExp(`<${element}\\b[^>]*\\s${attribute}="([^"]*)"`, 'g'))].map((m) => m[1]!);
}

const fakeLocate: Locate = (key, path) => ({ file: `${key}.yaml`, line: path.length + 1, column: 1 });

let root: string;
beforeAll(() => {
  root = tempDir('partner-export-');
});
afterAll(() => removeDir(root));
let counter = 0;
const fresh = (name: string) => copyExample(name, join(root, `case-${++counter}`));

describe('numbers and dates as the standards want them', () => {
  it('writes plain decimals: no exponent, no separators, no needless zeros', () => {
    expect(formatDecimal(80000000)).toBe('80000000');
    expect(formatDecimal(1500000)).toBe('1500000');
    expect(formatDecimal(0.5)).toBe('0.5');
    expect(formatDecimal(97.25)).toBe('97.25');
    expect(formatDecimal(-3)).toBe('-3');
    expect(formatDecimal(-0)).toBe('0');
    expect(formatDecimal(1e21)).toBe('1000000000000000000000');
    expect(formatDecimal(1.5e22)).toBe('15000000000000000000000');
    expect(formatDecimal(1e-7)).toBe('0.0000001');
    expect(formatDecimal(-2.5e-8)).toBe('-0.000000025');
    expect(formatDecimal(0.1 + 0.2)).toBe('0.30000000000000004');
    for (const n of [1e21, 1.5e22, 1e-7, 123456789.125, 0.000001]) expect(Number(formatDecimal(n))).toBe(n);
    expect(() => formatDecimal(Number.NaN)).toThrow();
    expect(() => formatDecimal(Infinity)).toThrow();
  });

  it('counts days on the calendar', () => {
    expect(nextDay('1994-12-31')).toBe('1995-01-01');
    expect(nextDay('1988-02-28')).toBe('1988-02-29');
    expect(nextDay('1989-02-28')).toBe('1989-03-01');
  });
});

describe('the XML writer', () => {
  it('escapes & < > " \' in text and attributes, and keeps line breaks where a parser would lose them', () => {
    expect(escapeText(`a & <b> "c" 'd'`)).toBe('a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;');
    expect(escapeText('x]]>y')).toBe('x]]&gt;y');
    expect(escapeText('one\r\ntwo\nthree')).toBe('one&#13;\ntwo\nthree');
    expect(escapeAttribute('a\tb\nc\rd"e')).toBe('a&#9;b&#10;c&#13;d&quot;e');
  });

  it('drops characters XML 1.0 cannot carry, keeping tabs, line breaks and paired surrogates', () => {
    expect(stripIllegalXml('\u0000a\u0001\u0008b\u000B\u000C\u001Fc\uFFFE\uFFFFd')).toBe('abcd');
    expect(stripIllegalXml('x\uD800y\uDC00z')).toBe('xyz');
    expect(stripIllegalXml('tab\there\nline\r😀 é')).toBe('tab\there\nline\r😀 é');
  });

  it('writes elements, attributes and text, and refuses names that are not XML names', () => {
    expect(serializeXml(el('a', { x: '1', y: undefined }, [el('b', {}, 'A & B'), el('c')]))).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<a x="1">\n  <b>A &amp; B</b>\n  <c/>\n</a>\n');
    expect(() => serializeXml(el('a b'))).toThrow();
    expect(() => serializeXml(el('a', { 'x"': '1' }))).toThrow();
  });
});

describe('IATI codes', () => {
  it.skipIf(needsStandard)('are all in the shipped codelists', () => {
    expect(HAS_STANDARD, `${STANDARD} is missing: the repository is expected beside ../shared`).toBe(true);
    const check = (list: string, values: Iterable<string>) => {
      const known = codes(list);
      for (const v of values) expect(known, `${list} ${v}`).toContain(v);
    };
    check('OrganisationType', Object.values(ORG_TYPE_CODE));
    check('OrganisationRole', Object.values(ROLE_CODE));
    check('ActivityStatus', Object.values(ACTIVITY_STATUS));
    check('ResultType', Object.values(RESULT_TYPE_CODE));
    check('IndicatorMeasure', Object.values(MEASURE_CODE));
    check('TransactionType', Object.values(TRANSACTION_TYPE));
    // Every organisation type and role has its code.
    expect(Object.values(ORG_TYPE_CODE).sort()).toEqual([...codes('OrganisationType')].sort());
    expect(Object.values(ROLE_CODE).sort()).toEqual([...codes('OrganisationRole')].sort());
  });

  it('name in the schemas exactly the words the export maps', () => {
    const partnership = JSON.parse(readFileSync(join(ROOT, 'schemas', 'partnership.schema.json'), 'utf8'));
    const stakeholders = JSON.parse(readFileSync(join(ROOT, 'schemas', 'stakeholders.schema.json'), 'utf8'));
    const iati = partnership.properties.iati.properties;
    const own = stakeholders.properties.stakeholders.items.properties.iati.properties;
    expect(iati.reporting_org.properties.org_type.enum).toEqual(Object.keys(ORG_TYPE_CODE));
    expect(own.org_type.enum).toEqual(Object.keys(ORG_TYPE_CODE));
    expect(own.roles.items.enum).toEqual(Object.keys(ROLE_CODE));
    expect(iati.indicators.additionalProperties.properties.result_type.enum).toEqual(Object.keys(RESULT_TYPE_CODE));
    expect(iati.indicators.additionalProperties.properties.measure.enum).toEqual(Object.keys(MEASURE_CODE));
  });

  it('map the phase to an activity status', () => {
    for (const phase of ['scoping', 'building', 'planning'] as const) expect(activityStatus(phase, undefined, undefined, '2025-01-01')).toBe('1');
    for (const phase of ['implementing', 'reviewing'] as const) expect(activityStatus(phase, undefined, undefined, '2025-01-01')).toBe('2');
    // Sustaining while the partnership goes on is still Implementation: Finalisation means the physical activity is complete.
    for (const way of ['sustain', 'scale-up', 'institutionalise', undefined]) expect(activityStatus('sustaining', way, '2024-12-31', '2025-01-01')).toBe('2');
    expect(activityStatus('sustaining', 'close', '2025-06-30', '2025-01-01')).toBe('3');
    expect(activityStatus('sustaining', 'close', undefined, '2025-01-01')).toBe('3');
    expect(activityStatus('sustaining', 'close', '2024-12-31', '2025-01-01')).toBe('4');
  });

  it('measure a unit with % as a percentage, anything else in units', () => {
    expect(defaultMeasure('% of households')).toBe('percentage');
    expect(defaultMeasure('percent of lanes')).toBe('percentage');
    expect(defaultMeasure('number of NGOs')).toBe('unit');
    expect(defaultMeasure(undefined)).toBe('unit');
  });
});

/** A small valid partnership, for the pure export. */
function model(overrides: { partnership?: Partial<ValidModel['partnership']>; stakeholders?: unknown[] } = {}): ValidModel {
  return {
    partnership: {
      name: 'River Water Partnership',
      phase: 'implementing',
      issue: 'The river is polluted.',
      duration: { start: '2024-01-15', end: '2026-12-31' },
      iati: { reporting_org: { ref: 'GB-CHC-202918', name: 'Oxfam GB', org_type: 'international-ngo' }, activity_id: 'river', default_currency: 'USD' },
      sectors: [{ code: 14015 }],
      countries: [{ code: 'KE' }],
      ...overrides.partnership,
    },
    stakeholders: { stakeholders: (overrides.stakeholders ?? [{ id: 'city', name: 'City Council', sector: 'public', engagement: 'active-partner' }]) as never },
    resources: { commitments: [{ id: 'city-grant', stakeholder: 'city', description: 'A grant', type: 'cash', amount: 1e21, start: '2024-02-01', status: 'agreed' }] },
    indicators: {
      indicators: [{ id: 'clean', name: 'Clean samples', aspect: 'impact', unit: '% of samples', baseline: { value: 0.5, date: '2023-12-31' }, target: { value: 90, date: '2026-12-31' }, measurements: [{ date: '2024-12-31', value: 12.25, note: 'First year' }] }],
    },
  };
}

describe('the IATI export (pure)', () => {
  it('makes one activity with identifier, status, dates, partners, money and results', async () => {
    const r = exportIati(model(), { asOf: '2025-06-01', at: fakeLocate });
    expect(r.diagnostics).toEqual([]);
    expect(r.identifier).toBe('GB-CHC-202918-river');
    const xml = r.xml!;
    expect(xml).toContain('<iati-identifier>GB-CHC-202918-river</iati-identifier>');
    expect(xml).toContain('<reporting-org ref="GB-CHC-202918" type="21">');
    expect(xml).toContain('<participating-org type="10" role="1">');
    expect(xml).toContain('<activity-status code="2"/>');
    expect(xml).toContain('<activity-date type="2" iso-date="2024-01-15"/>'); // started: actual start
    expect(xml).toContain('<activity-date type="3" iso-date="2026-12-31"/>'); // still to come: planned end
    expect(xml).toContain('<value value-date="2024-02-01">1000000000000000000000</value>');
    expect(xml).toContain('<baseline year="2023" iso-date="2023-12-31" value="0.5"/>');
    expect(xml).toContain('<period-start iso-date="2024-01-01"/>');
    expect(xml).toContain('<actual value="12.25">');
    expect(xml).toContain('<target value="90"/>');
    if (HAS_STANDARD) expect(await validateIati(xml)).toEqual({ valid: true, errors: [] });
  });

  it('takes a full identifier as it is, a planned start before the activity starts, and each amount\'s currency', () => {
    const m = model({ partnership: { iati: { reporting_org: { ref: 'XM-1', name: 'X', org_type: 'other' }, activity_id: 'XM-1-abc', default_currency: 'EUR' } } });
    m.resources!.commitments![0]!.currency = 'USD';
    const r = exportIati(m, { asOf: '2023-01-01', at: fakeLocate });
    expect(r.identifier).toBe('XM-1-abc');
    expect(r.xml).toContain('<iati-activity last-updated-datetime="2023-01-01T00:00:00Z" xml:lang="en" default-currency="EUR">');
    expect(r.xml).toContain('<activity-date type="1" iso-date="2024-01-15"/>');
    // A commitment in another currency than the default says its own.
    expect(r.xml).toContain('<value currency="USD" value-date="2024-02-01">');
  });

  it('closes a partnership that chose to close once its end date has passed, with an actual end', () => {
    const closing = (asOf: string) => exportIati(model({ partnership: { phase: 'sustaining', sustainability: { way_forward: 'close' }, duration: { start: '2020-01-01', end: '2024-12-31' } } }), { asOf, at: fakeLocate }).xml!;
    expect(closing('2025-01-01')).toContain('<activity-status code="4"/>\n    <activity-date type="2" iso-date="2020-01-01"/>\n    <activity-date type="4" iso-date="2024-12-31"/>');
    expect(closing('2024-06-30')).toContain('<activity-status code="3"/>\n    <activity-date type="2" iso-date="2020-01-01"/>\n    <activity-date type="3" iso-date="2024-12-31"/>');
  });

  it.skipIf(needsStandard)('escapes hostile text in elements and attributes, and the result still validates', async () => {
    const hostile = `<script>alert("x")</script> & 'q' ]]> \u0000\u0007\uFFFE\uD800 é 😀`;
    const m = model({
      partnership: { name: hostile, issue: hostile, iati: { reporting_org: { ref: `<r>"'`, name: hostile, org_type: 'other' }, activity_id: `a<&>"'`, default_currency: 'USD' } },
      stakeholders: [{ id: 'city', name: hostile, sector: 'public', engagement: 'active-partner', iati: { ref: `<x>&"'` } }],
    });
    const r = exportIati(m, { asOf: '2025-06-01', at: fakeLocate });
    const xml = r.xml!;
    expect(xml).not.toContain('<script>');
    for (const c of ['\u0000', '\u0007', '\uFFFE']) expect(xml).not.toContain(c);
    expect(xml).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;q&apos; ]]&gt;  é 😀');
    expect(xml).toContain('ref="&lt;x&gt;&amp;&quot;&apos;"');
    expect(xml).toContain('<iati-identifier>&lt;r&gt;&quot;&apos;-a&lt;&amp;&gt;&quot;&apos;</iati-identifier>');
    expect(await validateIati(xml)).toEqual({ valid: true, errors: [] });
  });

  it('reports what IATI requires and the partnership lacks, and makes no XML', () => {
    const m = model({ partnership: { iati: undefined, issue: undefined, duration: undefined }, stakeholders: [{ id: 'x', name: 'X', sector: 'donor', engagement: 'informed' }] });
    m.partnership.sectors = undefined;
    m.partnership.countries = undefined;
    m.resources = { commitments: [{ id: 'c', stakeholder: 'x', description: 'Money', type: 'cash', status: 'agreed' }] };
    const r = exportIati(m, { asOf: '2025-06-01', at: fakeLocate });
    expect(r.xml).toBeUndefined();
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.file} ${d.rule}`)).toEqual([
      'partnership.yaml iati-required', // no iati:
      'partnership.yaml iati-required', // no issue
      'partnership.yaml iati-required', // no start
      'partnership.yaml iati-required', // no sectors
      'partnership.yaml iati-required', // no countries nor regions
      'resources.yaml iati-required', // agreed money with no amount, currency nor date
    ]);
    expect(errors.map((d) => d.message).join('\n')).toMatch(/no `iati:`[\s\S]*no `issue:`[\s\S]*`duration:` `start:`[\s\S]*no `sectors:`[\s\S]*no `countries:` nor `regions:`[\s\S]*IATI reports confirmed money with its amount, currency and date, and the commitment “Money” by X has no `amount:`, no `currency:` \(or `default_currency:` under `iati:` in partnership.yaml\), no `start:` or `due:`\./);
    // The donor's type is ambiguous: a warning, not an error.
    expect(r.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message)).toEqual([expect.stringContaining('sector `donor` of X does not say')]);
  });

  it('still reads the older `iati: recipient_country:` when partnership.yaml has no `countries:`', () => {
    const m = model({ partnership: { countries: undefined } });
    m.partnership.iati!.recipient_country = 'KE';
    const r = exportIati(m, { asOf: '2025-06-01', at: fakeLocate });
    expect(r.diagnostics).toEqual([]);
    expect(r.xml).toContain('<recipient-country code="KE">\n      <narrative>Kenya</narrative>');
  });

  it('reports unknown ids in the IATI settings, with a suggestion', () => {
    const m = model({ partnership: { iati: { reporting_org: { ref: 'XM-DAC-1', stakeholder: 'cty' }, activity_id: 'a', default_currency: 'USD', indicators: { claen: { result_type: 'impact' } } } } });
    const r = exportIati(m, { asOf: '2025-06-01', at: fakeLocate });
    expect(r.xml).toBeUndefined();
    expect(r.diagnostics.map((d) => `${d.message} ${d.hint}`)).toEqual([
      'There is no stakeholder `cty` in stakeholders.yaml. Did you mean `city`?',
      'There is no indicator `claen` in indicators.yaml. Did you mean `clean`?',
    ]);
  });

  it('reports values as comments for a qualitative measure, and leaves out a stakeholder with no roles', async () => {
    const m = model({ stakeholders: [{ id: 'city', name: 'City Council', sector: 'public', engagement: 'active-partner' }, { id: 'np', name: 'Not participating', sector: 'private', engagement: 'active-partner', iati: { roles: [] } }] });
    m.partnership.iati!.indicators = { clean: { measure: 'qualitative', result_type: 'impact' } };
    const xml = exportIati(m, { asOf: '2025-06-01', at: fakeLocate }).xml!;
    expect(xml).toContain('<result type="3">');
    expect(xml).toContain('<indicator measure="5" ascending="1">');
    expect(xml).not.toMatch(/<(baseline|actual|target)[^>]*value=/);
    expect(xml).toContain('<narrative>12.25 % of samples — First year</narrative>');
    expect(xml).not.toContain('Not participating');
    if (HAS_STANDARD) expect((await validateIati(xml)).valid).toBe(true);
  });
});

describe('CSV', () => {
  it('neutralises text a spreadsheet would run as a formula', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '\n=1', '  =1']) expect(neutraliseFormula(s)).toBe(`'${s}`);
    for (const s of ['1+1', 'a=b', 'email@x.org', '', ' plain']) expect(neutraliseFormula(s)).toBe(s);
  });

  it('quotes fields as RFC 4180 says, and keeps numbers as numbers', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('\u0000bell\u0007')).toBe('bell');
    expect(csvField(-5)).toBe('-5');
    expect(csvField(1e21)).toBe('1000000000000000000000');
    expect(csvField(undefined)).toBe('');
  });

  it('writes UTF-8 with a byte-order mark, a header row and CRLF line ends', () => {
    expect(csvTable(['a', 'b'], [['é', 1], [undefined, 'x,y']])).toBe('\uFEFFa,b\r\né,1\r\n,"x,y"\r\n');
    expect(csvTable(['a'], [], { bom: false })).toBe('a\r\n');
  });

  it('makes a table of every part of the record, one indicator row per measurement, sectors, countries and SDGs, in words', () => {
    const { model: m } = checkPartnershipModel(join(ROOT, 'examples', 'orangi-sanitation'), { today: '1995-06-01' });
    const files = exportCsv(m);
    expect(files.map((f) => f.name)).toEqual([...CSV_FILES]);
    const measured = (m.indicators?.indicators ?? []).reduce((n, i) => n + Math.max(1, i.measurements?.length ?? 0), 0);
    const review = m.reviews!['1995-03-15']!;
    expect(files.map((f) => f.rows)).toEqual([
      m.stakeholders!.stakeholders.length, m.resources!.commitments!.length, m.resources!.needs!.length, measured, m.risks!.risks!.length,
      m.risks!.non_negotiables?.length ?? 0 /* one home: risks.yaml (issue 13) */, 1, review.functioning!.length * 5, review.value_of_partnering!.length, review.decisions!.length,
      11, // classification: 2 sectors, 1 country, 3 goals with 5 targets
    ]);
    expect(files.find((f) => f.name === 'classification.csv')!.content.split('\r\n').slice(0, 5)).toEqual(['\uFEFFWhat it is,Code,Name,Share in percent', 'Sector,14032,Basic sanitation,80', 'Sector,14022,Sanitation - large systems,20', 'Country,PK,Pakistan,', 'Goal,6,SDG 6: Clean water and sanitation,']);
    const table = (name: string) => files.find((f) => f.name === name)!.content.split('\r\n');
    const indicators = table('indicators.csv');
    expect(indicators[0]).toBe('\uFEFFIndicator,Aspect,Unit,Baseline,Baseline date,Target,Target date,How it is measured,Responsible,How often,Measured on,Value measured,Note on the measurement');
    expect(indicators[1]).toMatch(/^Share of Orangi's area .*,Project delivery,% of area,0,1980-06-30,100,1995-12-31,.*,Orangi Pilot Project \(OPP\),Yearly,1982-12-31,5,$/);
    expect(files[1]!.content).toContain(',80000000,PKR,1981-06-01,1994-12-31,Delivered,');
    // Headers in words, values as labels, and a list one item per line within its cell.
    expect(table('stakeholders.csv')[0]).toContain(',Decision-making authority,');
    expect(files[0]!.content).toContain('\r\nOrangi lane (street) organisations,Civil society,Active partner,');
    expect(files[0]!.content).toContain(',Refers back,');
    expect(files[0]!.content).toContain('"Show that poor residents can finance and manage their own sanitation\nScale the model');
    expect(table('ratings.csv')[1]).toBe('1995-03-15,Orangi Pilot Project (OPP),Decision-making and governance,Green,"The rotating chair works; lane delegates carry weight."');
    expect(table('decisions.csv')[0]).toBe('\uFEFFReview,Kind of decision,Decision,Partner concerned');
    for (const f of files) expect(f.content, f.name).not.toMatch(/\b(?:active-partner|refer-back|in-kind|twice-yearly|interest_level|decision_authority)\b/);
  });
});

for (const [runner, run] of RUNNERS) {
  describe(`partner export (${runner})`, () => {
    for (const ex of EXAMPLES) {
      it.skipIf(needsStandard)(`exports ${ex.name} as IATI XML that the IATI 2.03 schema accepts, with codes from its codelists`, async () => {
        const r = await run(['export', 'iati', `examples/${ex.name}`, '--date', ex.date], { cwd: ROOT });
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03">')).toBe(true);
        expect(r.stdout).toContain(`<iati-identifier>${ex.identifier}</iati-identifier>`);
        expect(r.stderr.match(/ warning /g)?.length ?? 0).toBe(ex.warnings);
        expect(r.stderr).not.toContain(' error ');
        expect(await validateIati(r.stdout)).toEqual({ valid: true, errors: [] });

        const xml = r.stdout;
        const inList = (list: string, values: string[]) => {
          const known = codes(list);
          expect(values.length, list).toBeGreaterThan(0);
          for (const v of values) expect(known, `${list} ${v}`).toContain(v);
        };
        inList('OrganisationType', [...attributes(xml, 'reporting-org', 'type'), ...attributes(xml, 'participating-org', 'type'), ...attributes(xml, 'provider-org', 'type')]);
        inList('OrganisationRole', attributes(xml, 'participating-org', 'role'));
        inList('ActivityStatus', attributes(xml, 'activity-status', 'code'));
        inList('ResultType', attributes(xml, 'result', 'type'));
        inList('IndicatorMeasure', attributes(xml, 'indicator', 'measure'));
        // Dates as xsd:date wants them, values as plain decimals.
        for (const d of attributes(xml, '[a-z-]+', 'iso-date')) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        for (const d of attributes(xml, 'value', 'value-date')) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        for (const v of [...attributes(xml, 'baseline', 'value'), ...attributes(xml, 'target', 'value'), ...attributes(xml, 'actual', 'value'), ...[...xml.matchAll(/<value [^>]*>([^<]*)</g)].map((m) => m[1]!)]) expect(v).toMatch(/^-?\d+(\.\d+)?$/);
        for (const y of attributes(xml, 'baseline', 'year')) expect(y).toMatch(/^[1-9]\d{3}$/);
      });
    }

    it('reports a partnership with no IATI settings at partnership.yaml, exit 1, nothing written', async () => {
      const dir = fresh('orangi-sanitation');
      const file = join(dir, 'partnership.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/\n# For `partner export iati`[\s\S]*$/, '\n'));
      const out = join(dir, '..', 'activity.xml');
      const r = await run(['export', 'iati', dir, '--out', out], { cwd: ROOT });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(existsSync(out)).toBe(false);
      expect(r.stderr).toContain(`  ${file}:7:1 error IATI needs the organisation that publishes this activity and the activity's identifier, and partnership.yaml has no \`iati:\` settings. iati-required\n`);
      expect(r.stderr).toContain('    7 | name: Orangi low-cost sanitation partnership\n');
      expect(r.stderr).toContain('hint: Add `iati:` with `reporting_org:`');
      expect(r.stderr).toMatch(/✖ 1 error, 0 warnings in 1 partnership\.\npartner: the IATI file was not written/);
    });

    it('names the file and field to fill for each thing IATI needs (reporting organisation, start date), and leaves out a proposal without an amount', async () => {
      const dir = fresh('bangladesh-immunisation');
      const edit = (name: string, from: string | RegExp, to: string) => {
        const text = readFileSync(join(dir, name), 'utf8');
        expect(text).toMatch(from);
        writeFileSync(join(dir, name), text.replace(from, to));
      };
      edit('partnership.yaml', '    ref: BD-NAB-EXAMPLE-ADAB\n', '');
      edit('partnership.yaml', '  start: 1985-11-20\n', '');
      edit('resources.yaml', '    amount: 1500000\n', '');
      const lineOf = (name: string, text: string) => readFileSync(join(dir, name), 'utf8').split('\n').indexOf(text) + 1;
      const r = await run(['export', 'iati', dir], { cwd: ROOT });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      const errors = r.stderr.split('\n').filter((l) => /:\d+:\d+ error /.test(l)).map((l) => l.trim().split(' error ')[0]);
      expect(errors).toEqual([
        `${join(dir, 'partnership.yaml')}:${lineOf('partnership.yaml', '  end: 1990-12-31')}:3`, // inside duration: where start goes
        `${join(dir, 'partnership.yaml')}:${lineOf('partnership.yaml', '    stakeholder: adab')}:5`, // inside reporting_org: where ref goes
      ]);
      // A proposal without an amount is not money yet: a warning at the commitment, never a reason to refuse the export.
      const warnings = r.stderr.split('\n').filter((l) => /:\d+:\d+ warning /.test(l)).map((l) => l.trim());
      expect(warnings).toContain(`${join(dir, 'resources.yaml')}:${lineOf('resources.yaml', '  - id: unicef-mobilisation-cash')}:5 warning The commitment “Cash for social mobilisation, including the small-grants window run by ADAB” by UNICEF Bangladesh is proposed and has no \`amount:\`, so it is left out of the IATI file until it has. iati-recommended`);
      expect(r.stderr).toContain("IATI needs the date the activity started or is planned to start: partnership.yaml has no `duration:` `start:`.");
      expect(r.stderr).toContain("hint: Add `duration:` with `start:` (YYYY-MM-DD); the phase history begins on 1985-06-01.");
      expect(r.stderr).toContain("IATI needs the reporting organisation's identifier: `reporting_org:` has no `ref:`.");
    });

    it('stops at schema errors in the IATI settings, as partner check does', async () => {
      const dir = fresh('orangi-sanitation');
      const file = join(dir, 'stakeholders.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('org_type: local-government', 'org_type: local-govt'));
      const r = await run(['export', 'iati', dir], { cwd: ROOT });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/stakeholders\.yaml:\d+:17 error `local-govt` is not a valid `org_type`\. invalid-value\n[\s\S]*hint: Use one of: government, local-government,/);
      expect(r.stderr).toContain('partner: the IATI file was not written; fix these errors first');
    });

    it('writes --out atomically, refuses to replace it without --force, and replaces it with --force', async () => {
      const dir = join(root, `out-${++counter}`);
      mkdirSync(dir);
      const ex = join(ROOT, 'examples', 'orangi-sanitation');
      const first = await run(['export', 'iati', ex, '--out', 'activity.xml', '--date', '1995-06-01'], { cwd: dir });
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toBe('');
      expect(first.stderr).toBe('partner: wrote activity.xml (IATI activity PK-VSWA-EXAMPLE-OPP-orangi-sanitation).\n');
      const written = readFileSync(join(dir, 'activity.xml'), 'utf8');
      expect(written).toContain('<iati-activities version="2.03">');
      writeFileSync(join(dir, 'activity.xml'), 'mine');
      const again = await run(['export', 'iati', ex, '--out', 'activity.xml'], { cwd: dir });
      expect(again.code).toBe(2);
      expect(again.stderr).toContain('activity.xml already exists; nothing was written.');
      expect(readFileSync(join(dir, 'activity.xml'), 'utf8')).toBe('mine');
      const forced = await run(['export', 'iati', ex, '--out', 'activity.xml', '--force', '--date', '1995-06-01'], { cwd: dir });
      expect(forced.code).toBe(0);
      expect(readFileSync(join(dir, 'activity.xml'), 'utf8')).toBe(written);
    });

    it('writes the CSV files, neutralising formulas and escaping hostile text', async () => {
      const dir = fresh('orangi-sanitation');
      const file = join(dir, 'stakeholders.yaml');
      const hostile = `=HYPERLINK("http://evil.example","click"), 'x'; "y"`;
      writeFileSync(file, readFileSync(file, 'utf8').replace('name: Orangi Pilot Project (OPP)', `name: ${JSON.stringify(hostile)}`).replace('name: Karachi Metropolitan Corporation (KMC)', `name: "@SUM(A1)\\u0000\\nsecond line"`));
      const out = join(root, `tables-${counter}`, 'nested');
      const r = await run(['export', 'csv', dir, '--out-dir', out], { cwd: ROOT });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`partner: wrote stakeholders.csv (10 rows), commitments.csv (13 rows), needs.csv (11 rows), indicators.csv (23 rows), risks.csv (7 rows), non-negotiables.csv (6 rows), reviews.csv (1 row), ratings.csv (25 rows), value-of-partnering.csv (5 rows), decisions.csv (7 rows), classification.csv (11 rows) to ${out}.\n`);
      const stakeholders = readFileSync(join(out, 'stakeholders.csv'), 'utf8');
      expect(stakeholders.startsWith('\uFEFFStakeholder,Sector,Engagement,')).toBe(true);
      expect(stakeholders).toContain(`\r\n"'=HYPERLINK(""http://evil.example"",""click""), 'x'; ""y""",Civil society,Active partner,`);
      expect(stakeholders).toContain(`\r\n"'@SUM(A1)\nsecond line",Public,`);
      expect(stakeholders).not.toContain('\u0000');
      const commitments = readFileSync(join(out, 'commitments.csv'), 'utf8');
      expect(commitments).toContain(`\r\n"'=HYPERLINK(""http://evil.example"",""click""), 'x'; ""y""","OPP programme costs, of which`);

      // The same names in the IATI export: escaped, the NUL dropped, and still valid.
      const iati = await run(['export', 'iati', dir, '--date', '1995-06-01'], { cwd: ROOT });
      expect(iati.code, iati.stderr).toBe(0);
      expect(iati.stdout).toContain('<narrative>=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;), &apos;x&apos;; &quot;y&quot;</narrative>');
      expect(iati.stdout).toContain('<narrative>@SUM(A1)\nsecond line</narrative>');
      expect(iati.stdout).not.toContain('\u0000');
      if (!needsStandard) expect(await validateIati(iati.stdout)).toEqual({ valid: true, errors: [] });
    });

    it('refuses to replace CSV files without --force (any one of them), then replaces them with --force', async () => {
      const out = join(root, `tables-${++counter}`);
      mkdirSync(out);
      writeFileSync(join(out, 'risks.csv'), 'mine');
      const ex = join(ROOT, 'examples', 'bangladesh-immunisation');
      const refused = await run(['export', 'csv', ex, '--out-dir', out], { cwd: ROOT });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(`risks.csv already exists in ${out}; nothing was written.`);
      expect(existsSync(join(out, 'stakeholders.csv'))).toBe(false);
      expect(readFileSync(join(out, 'risks.csv'), 'utf8')).toBe('mine');
      const forced = await run(['export', 'csv', ex, '--out-dir', out, '--force', '--no-bom'], { cwd: ROOT });
      expect(forced.code, forced.stderr).toBe(0);
      expect(readFileSync(join(out, 'risks.csv'), 'utf8').startsWith('Risk,Likelihood,Impact,Mitigation,Responsible,Status\r\n"Vaccine stock-outs')).toBe(true);
    });

    it('never writes CSV files into the partnership folder', async () => {
      const dir = fresh('orangi-sanitation');
      for (const target of ['.', 'exports']) {
        const r = await run(['export', 'csv', '--out-dir', target], { cwd: dir });
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('is inside the partnership folder');
      }
      expect(CSV_FILES.some((f) => existsSync(join(dir, f)))).toBe(false);
      expect(existsSync(join(dir, 'exports'))).toBe(false);
      const missing = await run(['export', 'csv', dir], { cwd: ROOT });
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain("required option '-d, --out-dir <dir>' not specified");
    });

    it('has help with examples', async () => {
      const r = await run(['export', 'iati', '--help'], { cwd: ROOT });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('$ partner export iati --out activity.xml --force');
      const top = await run(['export', '--help'], { cwd: ROOT });
      expect(top.stdout).toMatch(/iati \[options\] \[dir\][\s\S]*csv \[options\] \[dir\]/);
      const csv = await run(['export', 'csv', '--help'], { cwd: ROOT });
      expect(csv.stdout).toContain('$ partner export csv --out-dir ../river-tables');
    });
  });
}
