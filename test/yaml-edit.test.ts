import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CannotEdit, editYaml } from '../src/core/yaml/edit.js';

const T = "# top\nstakeholders:\n  # first\n  - id: a\n    name: A  # c\n    interests:\n      - x\n    # motivations:\n    #   - \"\"\n\n  - id: b\n    name: 'B'\n\n# tail\nneeds: []\n# needs:\n#   - id: x\nother:\n";

describe('editYaml: in-place edits that keep every other byte', () => {
  it('appends an entry after the last one and its own commented fields, with the blank line its neighbours have', () => {
    const out = editYaml(T, [{ op: 'append', path: ['stakeholders'], value: { id: 'c', name: 'C: the "third"', interests: ['p'] } }]);
    expect(out).toBe(T.replace("    name: 'B'\n", "    name: 'B'\n\n  - id: c\n    name: 'C: the \"third\"'\n    interests:\n      - p\n"));
  });

  it('turns `[]` into a block list, and creates a missing list at the end', () => {
    const out = editYaml(T, [{ op: 'append', path: ['needs'], value: { id: 'n', description: 'D' } }, { op: 'append', path: ['risks'], value: { id: 'r', description: 'R' } }]);
    expect(out).toContain('needs:\n  - id: n\n    description: D\n# needs:\n');
    expect(out.endsWith('other:\nrisks:\n  - id: r\n    description: R\n')).toBe(true);
  });

  it('sets a value keeping its quoting, fills an empty key, and adds nested keys', () => {
    const out = editYaml(T, [{ op: 'set', path: ['stakeholders', 1, 'name'], value: "B's" }, { op: 'set', path: ['other', 'name'], value: 'X' }, { op: 'set', path: ['stakeholders', 0, 'representative', 'name'], value: 'Rep' }]);
    expect(out).toContain("    name: 'B''s'\n");
    expect(out).toContain('other:\n  name: X\n');
    expect(out).toContain('      - x\n    representative:\n      name: Rep\n    # motivations:');
    expect(parse(out).stakeholders[0].name).toBe('A');
  });

  it('keeps CRLF line ends and a byte-order mark', () => {
    const crlf = `\ufeff${T.replace(/\n/g, '\r\n')}`;
    const out = editYaml(crlf, [{ op: 'append', path: ['stakeholders', 0, 'interests'], value: 'y' }]);
    expect(out.startsWith('\ufeff# top\r\n')).toBe(true);
    expect(out).toContain('      - x\r\n      - y\r\n');
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('appends to a [...] list of values, and refuses what it cannot edit in place', () => {
    expect(editYaml('tags: [a, b]\n', [{ op: 'append', path: ['tags'], value: 'c d' }])).toBe('tags: [a, b, c d]\n');
    expect(() => editYaml('a: [1\n', [{ op: 'set', path: ['a'], value: 1 }])).toThrow(CannotEdit);
    expect(() => editYaml('a: {b: 1}\n', [{ op: 'set', path: ['a', 'c'], value: 1 }])).toThrow(CannotEdit);
  });

  it('writes into an empty file', () => {
    expect(editYaml('', [{ op: 'append', path: ['risks'], value: { id: 'r' } }])).toBe('risks:\n  - id: r\n');
  });
});

describe('editYaml: notes on new fields, like the neighbours', () => {
  /** Notes as init writes them: "Title: ..." from the last key of the path. */
  const notes = (path: readonly (string | number)[]) => {
    const last = path[path.length - 1];
    return typeof last === 'string' ? [`${last.charAt(0).toUpperCase()}${last.slice(1)}: about ${last}.`] : [];
  };
  const INIT = '# head\n\n# Items: the list.\nitems:\n  # Id: about id.\n  - id: a\n    # Name: about name.\n    name: A\n    # Note: about note.\n    # note: ""\n  - id: b\n    name: B\n# Empty for now: to fill it in, replace the line "others: []" with entries like this example.\nothers: []\n# others:\n#   - id: x\n# Extra: about extra.\n# extra:\n#   - id: y\n';

  it('writes each field under its note, the first above the dash, when an entry carries notes', () => {
    const out = editYaml(INIT, [{ op: 'append', path: ['items'], value: { id: 'c', name: 'C', tags: ['t'], rep: { who: 'W' } }, notes }]);
    expect(out).toBe(INIT.replace('    name: B\n', '    name: B\n  # Id: about id.\n  - id: c\n    # Name: about name.\n    name: C\n    # Tags: about tags.\n    tags:\n      - t\n    # Rep: about rep.\n    rep:\n      # Who: about who.\n      who: W\n'));
  });

  it('writes none where the neighbours carry none, and none without notes to give', () => {
    const bare = INIT.replace(/^ *# (Id|Name|Note|Items):.*\n/gm, '');
    const out = editYaml(bare, [{ op: 'append', path: ['items'], value: { id: 'c' }, notes }]);
    expect(out).toBe(bare.replace('    name: B\n', '    name: B\n  - id: c\n'));
    expect(editYaml(INIT, [{ op: 'append', path: ['items'], value: { id: 'c' } }])).toBe(INIT.replace('    name: B\n', '    name: B\n  - id: c\n'));
  });

  it('fills `[]` dropping init\'s "Empty for now" line, and puts a missing key where init commented it out, under its note', () => {
    const out = editYaml(INIT, [{ op: 'append', path: ['others'], value: { id: 'o' }, notes }, { op: 'append', path: ['extra'], value: { id: 'e' }, notes }]);
    expect(out).toBe(INIT.replace('# Empty for now: to fill it in, replace the line "others: []" with entries like this example.\nothers: []\n', 'others:\n  # Id: about id.\n  - id: o\n').replace('# Extra: about extra.\n', '# Extra: about extra.\nextra:\n  # Id: about id.\n  - id: e\n'));
    const set = editYaml(INIT, [{ op: 'set', path: ['items', 0, 'note'], value: 'N', notes }]);
    expect(set).toBe(INIT.replace('    # note: ""\n', '    note: N\n    # note: ""\n'));
  });

  it('falls back to the end of the mapping when the key cannot go where it is commented out (inside a list there)', () => {
    const text = 'a:\n  - 1\n# b: 0\n  - 2\nc: 1\n';
    expect(editYaml(text, [{ op: 'set', path: ['b'], value: 2 }])).toBe(`${text}b: 2\n`);
    expect(editYaml('a: 1\n# b: 0\n', [{ op: 'set', path: ['b'], value: 2 }])).toBe('a: 1\nb: 2\n# b: 0\n');
  });
});
