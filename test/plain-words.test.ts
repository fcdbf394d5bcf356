/** Unit tests of the words a broker reads: places, the line as it should read, and the terms `partner explain` knows. */
import { describe, expect, it } from 'vitest';
import { describePlace, ordinal, singular } from '../src/core/check/places.js';
import { isoDate, likelyField, likelyValue, plainNumber } from '../src/core/check/value-fixes.js';
import { findTerm, TERMS } from '../src/core/base/terms.js';
import { quoteText, rewriteHint, syntaxCauses, type ParserError } from '../src/core/yaml/syntax.js';
import { withoutCitations } from '../src/format/status-agenda.js';
import { parseDocument } from 'yaml';
import { RUNNERS, ROOT } from './helpers/cli.js';

describe('places named as people count', () => {
  const data = { commitments: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'kwsb-trunk', amount: 'x' }], stakeholders: [{ id: 'city', interests: ['x', { y: 1 }] }], convener: { neutral: 'yes' }, benefits: ['x', 'y'] };
  it('by the id of the item, and its place counted from 1', () => {
    expect(describePlace(data, ['commitments', 3, 'amount'])).toBe('`amount` of commitment `kwsb-trunk` (the 4th)');
    expect(describePlace(data, ['commitments', 3])).toBe('commitment `kwsb-trunk` (the 4th)');
  });
  it('an item without an id by its place in its list, and what holds the list', () => {
    expect(describePlace(data, ['stakeholders', 0, 'interests', 1])).toBe('the 2nd item of `interests` of stakeholder `city`');
    expect(describePlace(data, ['benefits', 1])).toBe('the 2nd item of `benefits`');
  });
  it('a nested field by the fields that hold it', () => {
    expect(describePlace(data, ['convener', 'neutral'])).toBe('`neutral` in `convener`');
    expect(describePlace(data, ['name'])).toBe('`name`');
  });
  it('ordinals and singulars', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st', '111th']);
    expect(['commitments', 'bodies', 'measurements', 'non_negotiables', 'process'].map(singular)).toEqual(['commitment', 'body', 'measurement', 'non negotiable', 'process']);
  });
});

describe('values whose meaning is plain', () => {
  it('numbers with separators, currency or quotes', () => {
    expect(['25,000', '$25,000', '25 000', '25.000,50', '25000 USD', 'PKR 1,000,000', '"25000"', '1.5'].map(plainNumber)).toEqual(['25000', '25000', '25000', '25000.50', '25000', '1000000', '25000', '1.5']);
    expect(['about 25k', '25,00', 'twelve'].map(plainNumber)).toEqual([undefined, undefined, undefined]);
  });
  it('dates in other orders, and days past the end of the month', () => {
    expect(isoDate('30/06/2026')).toEqual({ date: '2026-06-30' });
    expect(isoDate('06/30/2026')).toEqual({ date: '2026-06-30' });
    expect(isoDate('03/04/2026')?.date).toBe('2026-04-03');
    expect(isoDate('03/04/2026')?.note).toContain('swap day and month');
    expect(isoDate('2026-06-31')).toEqual({ date: '2026-06-30', note: 'June 2026 has 30 days' });
    expect(isoDate('31/02/2026')).toBeUndefined();
  });
  it('values and fields in other case or spelling', () => {
    expect(likelyValue('Civil society', ['public', 'civil-society'])).toBe('civil-society');
    expect(likelyValue('pubic', ['public', 'private'])).toBe('public');
    expect(likelyField('delivered on', ['delivered_on', 'due'])).toBe('delivered_on');
    expect(likelyField('\u00a0\u00a0vison', ['vision'])).toBe('vision');
  });
});

describe('syntax causes', () => {
  const errorsOf = (t: string): ParserError[] => parseDocument(t, { version: '1.2', uniqueKeys: true, prettyErrors: false }).errors.map((e) => ({ code: e.code, offset: e.pos[0] }));
  const own = new Set(['DUPLICATE_KEY', 'MULTIPLE_DOCS']);
  it('quotes text as YAML reads it back', () => {
    for (const text of ['Note: x', 'say "hi"', "it's", 'a\\b "c" it\'s']) expect(parseDocument(`k: ${quoteText(text)}`).toJS()).toEqual({ k: text });
  });
  it('one cause, one finding: a tab that gives the parser three errors is one finding', () => {
    const text = 'a:\n  b: 1\n\tc: 2\n  d: 3\n';
    expect(errorsOf(text).length).toBeGreaterThan(0);
    const { causes, unexplained } = syntaxCauses(text, errorsOf, { own });
    expect(unexplained).toBeUndefined();
    expect(causes).toEqual([{ line: 3, column: 1, message: 'This line is indented with a tab; YAML files are indented with spaces only.', hint: rewriteHint('Indent it with spaces, in line with the lines it belongs with', 3, ['  c: 2']) }]);
  });
  it('independent problems each once, in one run', () => {
    const { causes } = syntaxCauses('a: Note: x\nb: 1\nc:\n\td: 2\ne: "open\n', errorsOf, { own });
    expect(causes.map((c) => `${c.line}:${c.column}`)).toEqual(['1:8', '4:1', '5:4']);
  });
  it('gives up at an error whose cause it cannot find, and says where', () => {
    // A list item after a field at the same level: which of the two was meant, no fix can tell.
    const { causes, unexplained } = syntaxCauses('- a\nb: 1\n', errorsOf, { own });
    expect(causes).toEqual([]);
    expect(unexplained).toMatchObject({ line: 2, column: 1 });
  });
  it('hints end with the line(s) as they should read', () => {
    expect(rewriteHint('Do it', 3, ['a: "b"'])).toBe('Do it: `a: "b"`');
    expect(rewriteHint('Do it', 3, ['a:', '  - b'])).toBe('Do it; write line 3 as 2 lines: `a:` then `  - b`');
    expect(rewriteHint('Do it', 3, ['- a', '- b'], 4)).toBe('Do it; write lines 3 to 4 as: `- a` then `- b`');
    expect(rewriteHint('Do it', 3, ['a: "`b`"'])).toBe('Do it: `` a: "`b`" ``');
  });
});

describe('terms the messages use', () => {
  it('each term found by its name and its other spellings', () => {
    for (const t of TERMS) {
      expect(findTerm(t.term)).toBe(t);
      for (const a of t.also) expect(findTerm(a)).toBe(t);
    }
    expect(findTerm('Seed  003')?.term).toBe('seed 003');
    expect(findTerm('constructor')).toBeUndefined();
  });
  it('citations left out of what partners read', () => {
    expect(withoutCitations('Hold a review (seed 002 Phase 3).')).toBe('Hold a review.');
    expect(withoutCitations('How do successful ISPs decide?')).toBe('How do successful partnerships decide?');
  });
  for (const [name, run] of RUNNERS) {
    it(`partner explain seed 003 and partner explain ISP (${name})`, async () => {
      const seed = await run(['explain', 'seed', '003'], { cwd: ROOT });
      expect(seed.code).toBe(0);
      expect(seed.stdout).toContain('Seed 003: Steve Waddell and L. David Brown, Fostering Intersectoral Partnering');
      const isp = await run(['explain', 'ISP'], { cwd: ROOT });
      expect(isp.stdout).toMatch(/^ISP\n\nISP: intersectoral partnership/);
      const all = await run(['explain'], { cwd: ROOT });
      expect(all.stdout).toContain('Terms the messages use:');
      expect(all.stdout).toMatch(/ {2}seed 003 +Seed 003: Steve Waddell/);
    });
  }
});
