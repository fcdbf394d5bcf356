import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/core/base/diagnostic.js';
import { github } from '../src/format/github.js';
import { json } from '../src/format/json.js';
import { stylish } from '../src/format/stylish.js';

const d: Diagnostic[] = [
  { file: 'p/stakeholders.yaml', line: 2, column: 13, severity: 'error', rule: 'invalid-value', message: '`pubic` is not a valid `sector`; did you mean `public`?', hint: 'Use one of: public, private.' },
  { file: 'p/stakeholders.yaml', line: 1, column: 1, severity: 'warning', rule: 'single-sector', message: 'One sector, 100%, a:b' },
];
const texts = new Map([['p/stakeholders.yaml', 'stakeholders:\n  - sector: pubic\n']]);
const input = { diagnostics: d, partnerships: [{ dir: 'p' }], texts, color: false };

describe('formatters', () => {
  it('stylish groups by file and shows the offending line with a caret', () => {
    expect(stylish(input)).toBe(
      'p/stakeholders.yaml\n' +
        '  p/stakeholders.yaml:2:13 error `pubic` is not a valid `sector`; did you mean `public`? invalid-value\n' +
        '    2 |   - sector: pubic\n' +
        '      |             ^\n' +
        '        hint: Use one of: public, private.\n' +
        '  p/stakeholders.yaml:1:1 warning One sector, 100%, a:b single-sector\n' +
        '    1 | stakeholders:\n' +
        '      | ^\n' +
        '\n' +
        '✖ 1 error, 1 warning in 1 partnership.\n',
    );
  });
  it('stylish says so when all is well', () => {
    expect(stylish({ ...input, diagnostics: [] })).toBe('✔ 1 partnership checked: no problems.\n');
  });
  it('json has the documented shape', () => {
    const out = JSON.parse(json(input) as string);
    expect(out.version).toBe(1);
    expect(out.summary).toEqual({ errors: 1, warnings: 1, partnerships: 1 });
    expect(out.diagnostics[1]).toEqual({ file: 'p/stakeholders.yaml', line: 1, column: 1, severity: 'warning', rule: 'single-sector', message: 'One sector, 100%, a:b', hint: null });
  });
  it('github escapes data so a message cannot inject a command', () => {
    expect(github({ ...input, diagnostics: [{ ...d[1]!, message: 'a\n::error::x 100%' }] })).toBe('::warning file=p/stakeholders.yaml,line=1,col=1,title=partner single-sector::a%0A::error::x 100%25\n');
  });
});
