import { describe, expect, it } from 'vitest';
import { editYaml } from '../src/core/yaml/edit.js';

const T = "# top\nstakeholders:\n  # first\n  - id: a\n    name: A  # c\n    interests:\n      - x\n    # motivations:\n    #   - \"\"\n\n  - id: b\n    name: 'B'\n\n# tail\nneeds: []\n# needs:\n#   - id: x\nother:\n";
describe('x', () => {
  it('prints', () => {
    console.log(editYaml(T, [{ op: 'append', path: ['stakeholders'], value: { id: 'c', name: 'C: the "third"', interests: ['p', 'q'] } }]));
    console.log('-----');
    console.log(editYaml(T, [{ op: 'append', path: ['needs'], value: { id: 'n', description: 'D' } }]));
    console.log('-----');
    console.log(editYaml(T, [{ op: 'append', path: ['commitments'], value: { id: 'n', description: 'D' } }, { op: 'set', path: ['stakeholders', 1, 'name'], value: "B's" }, { op: 'set', path: ['other', 'name'], value: 'X' }, { op: 'set', path: ['stakeholders', 0, 'representative', 'name'], value: 'Rep' }, { op: 'append', path: ['stakeholders', 0, 'interests'], value: 'z' }]));
    expect(1).toBe(1);
  });
});
