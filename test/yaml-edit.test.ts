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
