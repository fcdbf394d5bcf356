/**
 * Bad input as brokers produce it (pasted from Word or email, edited by hand, shared by partners) and as an
 * attacker might craft it. Each case: the files, the exit code, and the exact findings with their places.
 * Issue 7's corpus; run against the built binary by test/hostile.test.ts.
 */
export interface HostileCase {
  name: string;
  /** Files of the partnership folder; Buffers for bytes that are not UTF-8. `null` makes a folder. */
  files: Record<string, string | Buffer | null>;
  /** Symlinks to create: link path (in the folder) → target (relative to the test's temp root). */
  links?: Record<string, string>;
  code: 0 | 1 | 2;
  /** Exactly these findings, `file:line:col severity rule`. */
  findings?: string[];
  /** Substrings that the output (stdout + stderr) must contain, and must not. */
  says?: string[];
  never?: string[];
  /** Also run with --format stylish and --format github: none of the three may print a raw control character. */
  allFormats?: boolean;
}

const P = 'name: T\nphase: scoping\n';
const S = 'stakeholders:\n  - id: a\n    name: A\n    sector: public\n    interests: [x]\n    motivations: [y]\n  - id: b\n    name: B\n    sector: private\n    interests: [x]\n    motivations: [y]\n';
const ok = { 'partnership.yaml': P, 'stakeholders.yaml': S };

export const HOSTILE: HostileCase[] = [
  { name: 'empty partnership.yaml', files: { ...ok, 'partnership.yaml': '' }, code: 1, findings: ['partnership.yaml:1:1 error wrong-type'], says: ['partnership.yaml is empty'] },
  { name: 'comment-only file', files: { ...ok, 'risks.yaml': '# to do\n# later\n' }, code: 1, findings: ['risks.yaml:1:1 error wrong-type'], says: ['risks.yaml is empty'] },
  { name: 'byte-order mark', files: { ...ok, 'partnership.yaml': `\uFEFF${P}` }, code: 0, findings: [] },
  { name: 'CRLF line endings', files: { 'partnership.yaml': P.replace(/\n/g, '\r\n'), 'stakeholders.yaml': S.replace(/\n/g, '\r\n') }, code: 0, findings: [] },
  { name: 'CRLF with an error keeps the place', files: { ...ok, 'partnership.yaml': 'name: T\r\nphase: scoping\r\nnam: x\r\n' }, code: 1, findings: ['partnership.yaml:3:1 error unknown-field'] },
  { name: 'tab indentation', files: { ...ok, 'partnership.yaml': 'name: T\nphase: scoping\ngeographic_scope:\n\tlevel: local\n' }, code: 1, findings: ['partnership.yaml:4:1 error yaml-syntax'], says: ['tab'] },
  { name: 'invalid UTF-8 (Latin-1 from an old editor)', files: { ...ok, 'stakeholders.yaml': Buffer.concat([Buffer.from('stakeholders:\n  - id: a\n    name: Caf'), Buffer.from([0xe9]), Buffer.from('\n')]) }, code: 1, findings: ['stakeholders.yaml:3:1 error encoding'], says: ['UTF-8'] },
  { name: 'a binary file', files: { ...ok, 'risks.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) }, code: 1, findings: ['risks.yaml:1:1 error encoding'], says: ['binary'] },
  { name: 'a very large file', files: { ...ok, 'risks.yaml': `risks:\n${'  - {id: r, description: x}\n'.repeat(90_000)}` }, code: 1, findings: ['risks.yaml:1:1 error file-too-large'] },
  { name: 'a very long line is read, and its frame is cut', files: { ...ok, 'partnership.yaml': `${P}vision: ${'v'.repeat(200_000)}\nvisoin: x\n` }, code: 1, findings: ['partnership.yaml:4:1 error unknown-field'] },
  // Refused before parsing, where the nesting passes 100 levels (src/core/yaml/depth.ts), on any stack.
  { name: 'deep flow nesting', files: { ...ok, 'risks.yaml': `risks: ${'['.repeat(5000)}${']'.repeat(5000)}\n` }, code: 1, findings: ['risks.yaml:1:107 error yaml-too-deep'], says: ['nested more than 100 levels deep'] },
  { name: 'deep block nesting', files: { ...ok, 'risks.yaml': `risks:\n${Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i + 1)}- `).join('\n')}\n` }, code: 1, findings: ['risks.yaml:101:101 error yaml-too-deep'] },
  { name: 'deep flow nesting, a million brackets', files: { ...ok, 'risks.yaml': `risks: ${'['.repeat(900_000)}${']'.repeat(900_000)}\n` }, code: 1, findings: ['risks.yaml:1:107 error yaml-too-deep'] },
  { name: 'deep compact sequences (- - - ...)', files: { ...ok, 'risks.yaml': `risks:\n  ${'- '.repeat(900_000)}x\n` }, code: 1, findings: ['risks.yaml:2:201 error yaml-too-deep'] },
  { name: 'alias bomb', files: { ...ok, 'risks.yaml': 'a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\n' }, code: 1, findings: ['risks.yaml:2:8 error yaml-alias'] },
  { name: 'merge keys are not merged (an unknown field instead)', files: { ...ok, 'risks.yaml': 'base: &b {likelihood: low}\nrisks:\n  - <<: *b\n    id: r\n    description: x\n' }, code: 1, findings: ['risks.yaml:1:1 error unknown-field', 'risks.yaml:3:5 error unknown-field'] },
  { name: 'a YAML 1.1 directive changes nothing', files: { ...ok, 'partnership.yaml': '%YAML 1.1\n---\nname: on\nphase: scoping\nvision: no\n' }, code: 0, findings: [] },
  { name: 'a JavaScript function tag', files: { ...ok, 'partnership.yaml': "name: !!js/function 'function(){}'\nphase: scoping\n" }, code: 1, findings: ['partnership.yaml:1:7 error yaml-tag'], says: ['!!js/function'] },
  { name: 'a Python object tag', files: { ...ok, 'partnership.yaml': 'name: !!python/object/apply:os.system ["rm -rf /"]\nphase: scoping\n' }, code: 1, findings: ['partnership.yaml:1:7 error yaml-tag', 'partnership.yaml:1:39 error wrong-type'] },
  { name: 'a timestamp tag', files: { ...ok, 'partnership.yaml': `${P}vision: !!timestamp 2025-01-01\n` }, code: 1, findings: ['partnership.yaml:3:9 error yaml-tag'] },
  { name: 'a binary tag', files: { ...ok, 'partnership.yaml': `${P}vision: !!binary aGVsbG8=\n` }, code: 1, findings: ['partnership.yaml:3:9 error yaml-tag'] },
  { name: 'a local tag', files: { ...ok, 'partnership.yaml': `${P}vision: !secret x\n` }, code: 1, findings: ['partnership.yaml:3:9 error yaml-tag'] },
  { name: 'two documents', files: { ...ok, 'partnership.yaml': `${P}---\n${P}` }, code: 1, findings: ['partnership.yaml:3:1 error yaml-multiple-documents'] },
  { name: 'a root that is a list', files: { ...ok, 'stakeholders.yaml': '- id: a\n' }, code: 1, findings: ['stakeholders.yaml:1:1 error wrong-type'], says: ['holds a list'] },
  { name: 'a root that is a scalar', files: { ...ok, 'partnership.yaml': 'Riverside\n' }, code: 1, findings: ['partnership.yaml:1:1 error wrong-type'], says: ['holds text'] },
  { name: 'a number where text is expected', files: { ...ok, 'partnership.yaml': 'name: 2030\nphase: scoping\n' }, code: 1, findings: ['partnership.yaml:1:7 error wrong-type'], says: ['quotes'] },
  { name: 'a boolean where text is expected', files: { ...ok, 'partnership.yaml': `${P}vision: yes\nissue: true\n` }, code: 1, findings: ['partnership.yaml:4:8 error wrong-type'] },
  { name: 'null where text is expected', files: { ...ok, 'partnership.yaml': 'name:\nphase: scoping\n' }, code: 1, findings: ['partnership.yaml:1:6 error wrong-type'] },
  { name: 'text where a number is expected', files: { ...ok, 'resources.yaml': 'commitments:\n  - {id: c, stakeholder: a, description: d, type: cash, amount: "1,000"}\n' }, code: 1, findings: ['resources.yaml:2:65 error wrong-type'], says: ['plain number'] },
  { name: 'a date that does not exist', files: { ...ok, 'resources.yaml': 'commitments:\n  - {id: c, stakeholder: a, description: d, type: cash, due: 2025-02-29}\n' }, code: 1, findings: ['resources.yaml:2:62 error invalid-date'] },
  { name: 'a date written the wrong way round', files: { ...ok, 'resources.yaml': 'commitments:\n  - {id: c, stakeholder: a, description: d, type: cash, due: 31/12/2025}\n' }, code: 1, findings: ['resources.yaml:2:62 error invalid-date'] },
  { name: 'YAML 1.1 octal 0777 as a name is a number', files: { ...ok, 'partnership.yaml': 'name: 0777\nphase: scoping\n' }, code: 1, findings: ['partnership.yaml:1:7 error wrong-type'] },
  { name: 'YAML 1.1 sexagesimal 1:20 stays text', files: { ...ok, 'partnership.yaml': 'name: 1:20\nphase: scoping\n' }, code: 0, findings: [] },
  { name: 'a duplicate key', files: { ...ok, 'stakeholders.yaml': S.replace('    name: A\n', '    name: A\n    name: B\n') }, code: 1, findings: ['stakeholders.yaml:4:5 error yaml-duplicate-key'] },
  { name: 'a duplicate id', files: { ...ok, 'stakeholders.yaml': S.replace('id: b', 'id: a') }, code: 1, findings: ['stakeholders.yaml:7:9 error duplicate-id'] },
  { name: 'a folder where a file should be', files: { ...ok, 'risks.yaml': null }, code: 1, findings: ['risks.yaml:1:1 error not-a-file'] },
  { name: 'a file where a folder should be', files: { ...ok, assessments: 'stakeholder: a\n' }, code: 1, findings: ['assessments:1:1 error not-a-folder'] },
  { name: 'a symlink leaving the folder is refused and its target never printed', files: ok, links: { 'risks.yaml': '../secret/passwords.yaml' }, code: 1, findings: ['risks.yaml:1:1 error symlink'], never: ['passwords', 'secret', 'hunter2'] },
  { name: 'a symlinked folder is refused', files: ok, links: { reviews: '../secret' }, code: 1, findings: ['reviews:1:1 error symlink'], never: ['passwords'] },
  { name: 'a missing partnership.yaml', files: { 'stakeholders.yaml': S }, code: 2, says: ['No partnership found in this folder (', 'partner init'] },
  { name: 'a misspelt file name gets a hint', files: { ...ok, 'stakholders.yaml': S }, code: 0, findings: ['stakholders.yaml:1:1 warning unknown-file'], says: ['Did you mean stakeholders.yaml?'] },
  { name: 'a .yml extension gets a hint', files: { 'partnership.yaml': P, 'stakeholders.yml': S }, code: 0, findings: ['stakeholders.yml:1:1 warning unknown-file'], says: ['Did you mean stakeholders.yaml?'] },
  { name: 'an assessment file not named by id', files: { ...ok, 'assessments/City Water.yaml': 'stakeholder: a\n' }, code: 1, findings: ['assessments/City Water.yaml:1:1 error file-name'], says: ['city-water.yaml'] },
  { name: 'an unknown field deep inside', files: { ...ok, 'stakeholders.yaml': S.replace('    sector: public\n', '    sector: public\n    representative: {name: R, authorty: full}\n') }, code: 1, findings: ['stakeholders.yaml:5:31 error unknown-field'], says: ['did you mean `decision_authority`'] },
  { name: 'prototype keys in data are plain unknown fields', files: { ...ok, 'partnership.yaml': `${P}__proto__: {polluted: true}\nconstructor: x\n` }, code: 1, findings: ['partnership.yaml:3:1 error unknown-field', 'partnership.yaml:4:1 error unknown-field'] },
  { name: 'control characters in text are kept literally', files: { ...ok, 'partnership.yaml': `${P}vision: "a\\u0007b\\u001b[31mred"\n` }, code: 0, findings: [] },

  // ---- issue 15: limits (src/core/base/limits.ts), each stopped early at its place ------------------------------
  { name: 'a list of 200,000 items (800 KB) stops at the entry limit', files: { ...ok, 'risks.yaml': `risks:\n${'  - x\n'.repeat(200_000)}` }, code: 1, findings: ['risks.yaml:5001:5 error yaml-too-large'], says: ['more than 10,000 entries'] },
  { name: '45,000 stakeholders with one id (1.5 MB)', files: { ...ok, 'stakeholders.yaml': `stakeholders:\n${'  - {id: a, name: A, sector: public}\n'.repeat(45_000)}` }, code: 1, findings: ['stakeholders.yaml:2001:20 error yaml-too-large'] },
  { name: 'a flow mapping of 150,000 keys', files: { ...ok, 'risks.yaml': `{${Array.from({ length: 150_000 }, (_, i) => `k${i}: 1`).join(', ')}}\n` }, code: 1, findings: ['risks.yaml:1:98880 error yaml-too-large'] },
  { name: '150,000 block keys', files: { ...ok, 'risks.yaml': `${Array.from({ length: 150_000 }, (_, i) => `k${i}: 1`).join('\n')}\n` }, code: 1, findings: ['risks.yaml:10001:1 error yaml-too-large'] },
  { name: 'a flow list of a million items on one line', files: { ...ok, 'risks.yaml': `risks: [${'x,'.repeat(1_000_000)}x]\n` }, code: 1, findings: ['risks.yaml:1:20006 error yaml-too-large'] },
  { name: 'just under the entry limit: 1,000 stakeholders with one id, findings capped per file', files: { ...ok, 'stakeholders.yaml': `stakeholders:\n${'  - {id: a, name: A, sector: public, interests: [x], motivations: [y]}\n'.repeat(1_000)}` }, code: 1, says: ['more findings in this file from here on are not shown (at most 100 per file)'] },
  { name: 'just under the entry limit: 9,000 unknown keys in a flow mapping, findings capped', files: { ...ok, 'risks.yaml': `{${Array.from({ length: 9_000 }, (_, i) => `k${i}: 1`).join(', ')}}\n` }, code: 1, says: ['8,900 more findings in this file from here on are not shown'] },
  { name: 'just under the entry limit: 4,000 duplicate keys, found in linear time', files: { ...ok, 'risks.yaml': `risks: []\n${'a: 1\n'.repeat(4_000)}` }, code: 1, says: ['yaml-duplicate-key', '3,899 more findings in this file from here on are not shown'] },
  { name: 'an anchored list of 9,000 items aliased 190 times (alias amplification)', files: { ...ok, 'risks.yaml': `a: &a [${'x,'.repeat(9_000)}x]\nrisks: [${'*a,'.repeat(189)}*a]\n` }, code: 1, findings: ['risks.yaml:2:9 error yaml-alias'], says: ['expand to more than 25,000 values'] },
  { name: 'more than 200 aliases of one scalar', files: { ...ok, 'risks.yaml': `a: &a x\nb: [${'*a,'.repeat(250)}*a]\n` }, code: 1, findings: ['risks.yaml:2:5 error yaml-alias'], says: ['uses more than 200 aliases'] },
  { name: 'an alias inside its own anchor does not loop', files: { ...ok, 'risks.yaml': 'a: &a [x, *a]\n' }, code: 1 },
  { name: 'a key refused under checks: is reported at its own place (__proto__)', files: { ...ok, 'partnership.yaml': `${P}checks:\n  single-sector: off\n  "__proto__": off\n` }, code: 1, findings: ['partnership.yaml:5:3 error invalid-value'] },
  { name: 'an amount IATI cannot hold: 1e24', files: { ...ok, 'resources.yaml': 'commitments:\n  - {id: c, stakeholder: a, description: d, type: cash, amount: 1e24}\n' }, code: 1, findings: ['resources.yaml:2:65 error invalid-value'], says: ['more than the largest number partner reads here (999,999,999,999,999)'] },
  { name: 'an amount IATI cannot hold: 1.79e308', files: { ...ok, 'resources.yaml': 'commitments:\n  - {id: c, stakeholder: a, description: d, type: cash, amount: 1.79e308}\n' }, code: 1, findings: ['resources.yaml:2:65 error invalid-value'] },
  { name: 'an amount IATI cannot hold: 5e-324', files: { ...ok, 'resources.yaml': 'commitments:\n  - {id: c, stakeholder: a, description: d, type: cash, amount: 5e-324}\n' }, code: 1, findings: ['resources.yaml:2:65 error invalid-value'], says: ['less than 0.01'] },
  { name: 'an amount that is .nan', files: { ...ok, 'resources.yaml': 'commitments:\n  - {id: c, stakeholder: a, description: d, type: cash, amount: .nan}\n' }, code: 1, findings: ['resources.yaml:2:65 error wrong-type'], says: ['not .nan (not a number a partnership can use)'] },
  { name: 'the largest amount IATI can hold, and the smallest', files: { ...ok, 'resources.yaml': 'commitments:\n  - {id: c, stakeholder: a, description: d, type: cash, amount: 999999999999999, due: 2099-12-31}\n  - {id: e, stakeholder: a, description: d, type: cash, amount: 0.01, due: 2099-12-31}\n  - {id: f, stakeholder: a, description: d, type: cash, amount: 0, due: 2099-12-31}\n' }, code: 0, findings: ['resources.yaml:1:1 warning money-only-resources'] },

  // ---- issue 15: escape sequences never reach the terminal (src/format/inert.ts) -------------------------------
  { name: 'escape sequences (OSC 52, clear screen, C1 CSI, bidi override) in a value stay inert', files: { ...ok, 'partnership.yaml': `name: "Evil\\e]52;c;aGVsbG8=\\a\\e[2J\\u009b31m\\u202e"\nphase: scoping\nvision: x\nvisoin: "\\e[31mred\\rfake"\n` }, code: 1, findings: ['partnership.yaml:4:1 error unknown-field'], never: ['\u001b', '\u0007', '\u009b', '\u202e', '\r'], allFormats: true },
  { name: 'escape sequences in a file name stay inert', files: { ...ok, 'assessments/\u001b]0;pwned\u0007.yaml': 'stakeholder: a\n', '\u001b[2Jnotes\u009b.yaml': 'x: 1\n' }, code: 1, never: ['\u001b', '\u0007', '\u009b'], says: ['\\u001b]0;pwned\\u0007.yaml'], allFormats: true },
  { name: 'an escape sequence in a key stays inert', files: { ...ok, 'partnership.yaml': `${P}"k\\e[2J\\u009b": 1\n` }, code: 1, findings: ['partnership.yaml:3:1 error unknown-field'], never: ['\u001b', '\u009b'], allFormats: true },
];
