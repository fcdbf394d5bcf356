import { describe, expect, it } from 'vitest';
import { IATI_RULES } from '../src/core/export/iati.js';
import { BUILTIN_RULES, EXPORT_RULES, explanationFor } from '../src/core/check/rules/catalogue.js';
import { RULES } from '../src/core/check/rules/index.js';
import { CASES } from './cases/check-cases.js';
import { HOSTILE } from './cases/hostile-cases.js';
import { parseYaml, locate } from '../src/core/yaml/source.js';
import { didYouMean, editDistance } from '../src/util/did-you-mean.js';
import { isValidDate, daysBetween } from '../src/core/base/dates.js';
import { bestErrors, pointerToPath } from '../src/core/check/schema-findings.js';
import { describePlace } from '../src/core/check/places.js';
import type { SchemaError } from '../src/core/check/schemas.js';

describe('parseYaml', () => {
  it('reads YAML 1.2 core: no, on, 1.10 and dates stay as they look', () => {
    const { source, diagnostics } = parseYaml('f.yaml', '%YAML 1.1\n---\na: no\nb: on\nc: 1.10\nd: 2025-01-31\ne: 0777\n');
    expect(diagnostics).toEqual([]);
    expect(source.data).toEqual({ a: 'no', b: 'on', c: 1.1, d: '2025-01-31', e: 777 });
  });
  it('strips a byte-order mark and accepts CRLF line endings', () => {
    const { source, diagnostics } = parseYaml('f.yaml', '\uFEFFname: A\r\nphase: scoping\r\n');
    expect(diagnostics).toEqual([]);
    expect(source.data).toEqual({ name: 'A', phase: 'scoping' });
    expect(locate(source, ['phase'])).toEqual({ line: 2, column: 8 });
  });
  it('does not merge `<<` keys (they stay ordinary keys, so the schema reports them)', () => {
    expect(parseYaml('f.yaml', 'a: &x {b: 1}\nc:\n  <<: *x\n').source.data).toEqual({ a: { b: 1 }, c: { '<<': { b: 1 } } });
  });
  it('reports an alias bomb instead of expanding it', () => {
    const bomb = 'a: &a [x,x,x,x,x,x,x,x,x,x]\n' + 'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${i ? 'bcdefgh'[i - 1] : 'a'}`).join(',')}]`).join('\n') + '\n';
    const { diagnostics } = parseYaml('f.yaml', bomb);
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['2:8 yaml-alias']);
  });
  it('locates keys and values, falling back to the deepest existing node', () => {
    const { source } = parseYaml('f.yaml', 'list:\n  - id: a\n    name: A\n');
    expect(locate(source, ['list', 0, 'name'])).toEqual({ line: 3, column: 11 });
    expect(locate(source, ['list', 0, 'name'], { key: true })).toEqual({ line: 3, column: 5 });
    expect(locate(source, ['list', 0, 'missing'])).toEqual({ line: 2, column: 5 });
    expect(locate(source, ['list', 7])).toEqual({ line: 2, column: 3 });
  });
});

describe('didYouMean', () => {
  it('suggests close names and prefixes, not distant ones', () => {
    expect(didYouMean('stakholders.yaml', ['stakeholders.yaml', 'risks.yaml'])).toBe('stakeholders.yaml');
    expect(didYouMean('implementation', ['implementing', 'planning'])).toBe('implementing');
    expect(didYouMean('goverment', ['public', 'private'])).toBeUndefined();
    expect(didYouMean('public', ['public'])).toBeUndefined();
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2025-02-29')).toBe(false);
    expect(isValidDate('2025-13-01')).toBe(false);
    expect(isValidDate('25-01-01')).toBe(false);
    expect(daysBetween('2025-01-01', '2025-03-01')).toBe(59);
  });
});

describe('schema error helpers', () => {
  it('turns JSON pointers into readable paths', () => {
    expect(pointerToPath('/stakeholders/2/a~1b')).toEqual(['stakeholders', 2, 'a/b']);
    expect(describePlace({ stakeholders: [{}, {}, { id: 'kwsb' }] }, ['stakeholders', 2, 'representative'])).toBe('`representative` of stakeholder `kwsb` (the 3rd)');
  });
  it('keeps only the best-matching branch of an anyOf', () => {
    const e = (keyword: string, instancePath: string, schemaPath: string) => ({ keyword, instancePath, schemaPath, params: {} }) as SchemaError;
    const errors = [e('type', '/x', '#/anyOf/0/type'), e('enum', '/x/deep/er', '#/anyOf/1/properties/deep/enum'), e('anyOf', '/x', '#/anyOf')];
    expect(bestErrors(errors).map((x) => x.keyword)).toEqual(['enum']);
  });
});

describe('the rule catalogue', () => {
  it('explains every rule a finding in the corpora or an export can carry', () => {
    const seen = new Set<string>([...Object.values(IATI_RULES), ...RULES.map((r) => r.id), ...Object.keys(BUILTIN_RULES), ...Object.keys(EXPORT_RULES)]);
    for (const finding of [...CASES, ...HOSTILE].flatMap((c) => c.findings ?? [])) seen.add(finding.split(' ').pop()!);
    expect(seen.size).toBeGreaterThan(40);
    for (const id of seen) expect(explanationFor(id), id).not.toBe('No explanation recorded.');
  });
});
