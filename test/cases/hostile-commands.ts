/**
 * Bad input to every command but `check` (whose corpus is test/cases/hostile-cases.ts): broken partnership files met
 * by `status`, `advance` and `render`, hostile flag values for `init`, odd rule ids for `explain`, `hook` outside a
 * repository, and output paths that are folders, links, records or missing. Each case: the command line, the files,
 * the exit code, what the output says and where (a `file:line:col`, or the path the message names), and what may
 * change on disk. Issue 7's corpus for all commands; run against the built binary by test/hostile-commands.test.ts.
 */
export interface CommandCase {
  name: string;
  /** The command line, run in the case's folder (or `cwd` below it). */
  args: string[];
  /** Files of the case's folder; Buffers for bytes that are not UTF-8; `null` makes a folder. */
  files?: Record<string, string | Buffer | null>;
  /** Symbolic links to create: link path → target (as written into the link; relative to the link's folder). */
  links?: Record<string, string>;
  /** Named pipes to create. */
  fifos?: string[];
  /** Permission bits to set after writing (the run is as an unprivileged user when any is given). */
  modes?: Record<string, number>;
  /** A git repository in the case's folder. */
  git?: boolean;
  /** The working folder, relative to the case's folder (made if missing). */
  cwd?: string;
  code: 0 | 1 | 2;
  /** Substrings of standard output + standard error. The first is the message; `at` is the place. */
  says: string[];
  /** A place the output must name: `file:line:col` of a finding, or a path. */
  at?: string;
  never?: string[];
  /** Paths (in the case's folder) that may appear or change; everything else must stay byte for byte. */
  changes?: string[];
  /** After the run: path → content it must contain (a string), match (a RegExp), or `null` when it must not exist. */
  after?: Record<string, string | RegExp | null>;
  /** Run `partner check` on this folder afterwards: it must report no errors. */
  thenCheck?: string;
  /** Environment variables for the run. */
  env?: Record<string, string>;
}

const P = 'name: T\nphase: scoping\n';
const S = 'stakeholders:\n  - id: a\n    name: A\n    sector: public\n    interests: [x]\n    motivations: [y]\n  - id: b\n    name: B\n    sector: private\n    interests: [x]\n    motivations: [y]\n';
/** A valid partnership in p/, as the commands below meet it. */
const ok = { 'p/partnership.yaml': P, 'p/stakeholders.yaml': S };
const TAB = 'name: T\nphase: scoping\ngeographic_scope:\n\tlevel: local\n';
const BOMB = 'name: T\nphase: scoping\na: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\n';
const BINARY = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
const LATIN1 = Buffer.concat([Buffer.from('name: Caf'), Buffer.from([0xe9]), Buffer.from('\nphase: scoping\n')]);
const DEEP = `name: T\nphase: scoping\nvision: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
const SECRET = { 'secret/passwords.yaml': 'password: hunter2\n' };
/** Ready for building (the gate needs the issue, the vision, the scope and two stakeholders with interests). */
const READY = 'name: T\nphase: scoping\nissue: Dirty water\nwhy_multi_sector: No one can fix it alone\nvision: Clean water\ngeographic_scope:\n  level: local\n';
/** Free text that would be 10,000 nested quotes and lists if it were Markdown. */
const NESTED = `${'>'.repeat(10_000)} ${'- '.repeat(10_000)}${'* '.repeat(5000)}x`;

// ---- issue 15: big, hostile and escaping input (limits in src/core/base/limits.ts; src/format/inert.ts) -------
const BIG_LIST = `risks:\n${'  - x\n'.repeat(200_000)}`;
const MANY_STAKEHOLDERS = `stakeholders:\n${'  - {id: a, name: A, sector: public}\n'.repeat(45_000)}`;
const MANY_KEYS = `${P}${Array.from({ length: 150_000 }, (_, i) => `k${i}: 1`).join('\n')}\n`;
const ALIASED = `risks: []\na: &a [${'x,'.repeat(9_000)}x]\nb: [${'*a,'.repeat(189)}*a]\n`;
/** Escape sequences a terminal would act on: window title, clipboard (OSC 52), clear screen, a C1 CSI, a bidi override, a carriage return. */
const EVIL = '\\e]0;pwned\\a\\e]52;c;aGVsbG8=\\a\\e[2J\\u009b31m\\u202e\\rFAKE';
const EVIL_READY = `name: "Evil ${EVIL}"\nphase: scoping\nissue: "Water ${EVIL}"\nwhy_multi_sector: No one can fix it alone\nvision: Clean water\ngeographic_scope:\n  level: local\n`;
const EVIL_STAKEHOLDERS = `stakeholders:\n  - id: a\n    name: "A ${EVIL}"\n    sector: public\n    interests: ["x ${EVIL}"]\n    motivations: [y]\n  - id: b\n    name: B\n    sector: private\n    interests: [x]\n    motivations: [y]\n`;
const EVIL_RESOURCES = `commitments:\n  - {id: c, stakeholder: a, description: "Pay ${EVIL}", type: cash, amount: 5, currency: USD, due: 2020-01-01}\n`;
/** No raw control character (but line feed and tab) and no bidi override may reach the terminal. */
const RAW = ['\u001b', '\u0007', '\u009b', '\u202e', '\r'];

export const COMMAND_CASES: CommandCase[] = [
  // ---- issue 15: each command stops big input early, at its place ------------------------------------------------
  { name: 'status: a list of 200,000 items in risks.yaml', args: ['status', 'p', '--date', '2025-01-01'], files: { ...ok, 'p/risks.yaml': BIG_LIST }, code: 1, says: ['files with errors: risks.yaml'], at: 'risks.yaml' },
  { name: 'render agreement: 45,000 stakeholders with one id', args: ['render', 'agreement', 'p', '--date', '2025-01-01'], files: { ...ok, 'p/stakeholders.yaml': MANY_STAKEHOLDERS }, code: 1, says: ['more than 10,000 entries', 'the agreement was not rendered'], at: 'p/stakeholders.yaml:2001:20' },
  { name: 'render review: a list of 200,000 items', args: ['render', 'review', 'p', '--date', '2025-01-01'], files: { ...ok, 'p/risks.yaml': BIG_LIST }, code: 1, says: ['more than 10,000 entries'], at: 'p/risks.yaml:5001:5' },
  { name: 'export csv: a list of 200,000 items', args: ['export', 'csv', 'p', '--out-dir', 'out'], files: { ...ok, 'p/risks.yaml': BIG_LIST }, code: 1, says: ['more than 10,000 entries', 'no CSV file was written'], at: 'p/risks.yaml:5001:5', after: { out: null } },
  { name: 'export iati: an anchored list aliased 190 times', args: ['export', 'iati', 'p', '--date', '2025-01-01'], files: { ...ok, 'p/risks.yaml': ALIASED }, code: 1, says: ['expand to more than 25,000 values'], at: 'p/risks.yaml:3:5' },
  { name: 'export csv: an anchored list aliased 190 times writes nothing', args: ['export', 'csv', 'p', '--out-dir', 'out'], files: { ...ok, 'p/risks.yaml': ALIASED }, code: 1, says: ['expand to more than 25,000 values'], at: 'p/risks.yaml:3:5', after: { out: null } },
  { name: 'advance: 150,000 keys in partnership.yaml', args: ['advance', 'p', '--date', '2025-01-01'], files: { ...ok, 'p/partnership.yaml': MANY_KEYS }, code: 1, says: ['more than 10,000 entries', 'Nothing was changed'], at: 'p/partnership.yaml:10001:1' },
  { name: 'check --format github: a list of 200,000 items', args: ['check', 'p', '--format', 'github'], files: { ...ok, 'p/risks.yaml': BIG_LIST }, code: 1, says: ['::error file=p/risks.yaml,line=5001,col=5,title=partner yaml-too-large::'], at: 'line=5001' },

  // ---- issue 15: amounts IATI cannot hold are refused where they are written -------------------------------------
  { name: 'export iati: an amount of 1e24 is refused at its place', args: ['export', 'iati', 'p', '--date', '2025-01-01'], files: { ...ok, 'p/resources.yaml': 'commitments:\n  - {id: c, stakeholder: a, description: d, type: cash, amount: 1e24, currency: USD}\n' }, code: 1, says: ['more than the largest number partner reads here (999,999,999,999,999)'], at: 'p/resources.yaml:2:65', never: ['<iati-activities'] },
  { name: 'export iati: an amount of 5e-324 is refused at its place', args: ['export', 'iati', 'p', '--date', '2025-01-01'], files: { ...ok, 'p/resources.yaml': 'commitments:\n  - {id: c, stakeholder: a, description: d, type: cash, amount: 5e-324, currency: USD}\n' }, code: 1, says: ['less than 0.01'], at: 'p/resources.yaml:2:65', never: ['<iati-activities'] },

  // ---- issue 15: no escape sequence reaches the terminal, from any command ---------------------------------------
  { name: 'status: escape sequences in names are shown inert (text)', args: ['status', 'p', '--date', '2025-01-01'], files: { 'p/partnership.yaml': EVIL_READY, 'p/stakeholders.yaml': EVIL_STAKEHOLDERS, 'p/resources.yaml': EVIL_RESOURCES }, code: 0, says: ['Evil \\x1b]0;pwned\\x07', '\\u202e\\rFAKE'], at: 'Evil \\x1b', never: RAW },
  { name: 'status: escape sequences are shown inert (Markdown)', args: ['status', 'p', '--format', 'md', '--date', '2025-01-01'], files: { 'p/partnership.yaml': EVIL_READY, 'p/stakeholders.yaml': EVIL_STAKEHOLDERS, 'p/resources.yaml': EVIL_RESOURCES }, code: 0, says: ['# Evil \\x1b'], at: 'Evil \\x1b', never: RAW },
  { name: 'status: escape sequences are escaped (JSON)', args: ['status', 'p', '--format', 'json', '--date', '2025-01-01'], files: { 'p/partnership.yaml': EVIL_READY, 'p/stakeholders.yaml': EVIL_STAKEHOLDERS, 'p/resources.yaml': EVIL_RESOURCES }, code: 0, says: ['"name": "Evil \\u001b]0;pwned\\u0007', '\\u009b31m\\u202e\\rFAKE'], at: 'Evil \\u001b', never: RAW },
  { name: 'advance: escape sequences in the name are shown inert', args: ['advance', 'p', '--date', '2025-01-01'], files: { 'p/partnership.yaml': EVIL_READY, 'p/stakeholders.yaml': EVIL_STAKEHOLDERS }, code: 0, says: ['Moved Evil \\x1b]0;pwned\\x07'], at: 'p/partnership.yaml', never: RAW, changes: ['p/partnership.yaml'] },
  { name: 'advance: escape sequences in the name of a partnership not ready', args: ['advance', 'p', '--date', '2025-01-01'], files: { 'p/partnership.yaml': `name: "Evil ${EVIL}"\nphase: scoping\n`, 'p/stakeholders.yaml': EVIL_STAKEHOLDERS }, code: 1, says: ['Not ready to move Evil \\x1b]0;pwned'], at: 'scoping', never: RAW },
  { name: 'check: escape sequences in values, a source line and a hint are shown inert (stylish)', args: ['check', 'p'], files: { ...ok, 'p/partnership.yaml': `${P}visoin: "${EVIL}"\n"k${EVIL}": 1\n` }, code: 1, says: ['visoin: "\\e]0;pwned', 'Unknown field `k\\x1b]0;pwned'], at: 'p/partnership.yaml:3:1', never: RAW },
  { name: 'render: a file name with an escape sequence in its findings', args: ['render', 'agreement', 'p'], files: { ...ok, 'p/assessments/\u001b[2J\u001b]0;x\u0007.yaml': 'stakeholder: a\n' }, code: 1, says: ['\\x1b[2J\\x1b]0;x\\x07.yaml'], at: 'p/assessments/', never: RAW },
  { name: 'export iati: escape sequences in the messages are shown inert', args: ['export', 'iati', 'p', '--date', '2025-01-01'], files: { 'p/partnership.yaml': EVIL_READY, 'p/stakeholders.yaml': EVIL_STAKEHOLDERS, 'p/resources.yaml': EVIL_RESOURCES.replace('amount: 5', 'amount: 1e24') }, code: 1, says: ['more than the largest number'], at: 'p/resources.yaml:2:', never: RAW },
  { name: 'a usage error naming a path with escape sequences', args: ['status', 'p\u001b]0;pwned\u0007'], code: 2, says: ['p\\x1b]0;pwned\\x07 does not exist'], at: 'p\\x1b', never: RAW },

  // ---- issue 15: dates from the environment --------------------------------------------------------------------
  { name: 'render: SOURCE_DATE_EPOCH after the year 9999 is a usage error', args: ['render', 'agreement', 'p'], files: ok, env: { SOURCE_DATE_EPOCH: '999999999999' }, code: 2, says: ['SOURCE_DATE_EPOCH=999999999999 is after 9999-12-31'], at: 'SOURCE_DATE_EPOCH' },
  { name: 'render: SOURCE_DATE_EPOCH at the last second of 9999 dates the document 31 December 9999', args: ['render', 'agreement', 'p'], files: ok, env: { SOURCE_DATE_EPOCH: '253402300799' }, code: 0, says: ['9999'], at: '9999' },
  { name: 'export iati: SOURCE_DATE_EPOCH after the year 9999 is a usage error', args: ['export', 'iati', 'p'], files: ok, env: { SOURCE_DATE_EPOCH: '999999999999' }, code: 2, says: ['is after 9999-12-31'], at: 'SOURCE_DATE_EPOCH' },

  // ---- issue 15: several output files are written all or none --------------------------------------------------
  { name: 'export csv --force: one target a symbolic link, so none is written', args: ['export', 'csv', 'p', '--out-dir', 'out', '--force'], files: { ...ok, ...SECRET, 'out/': null }, links: { 'out/risks.csv': '../secret/passwords.yaml' }, code: 2, says: ['risks.csv is a symbolic link', 'nothing was written'], at: 'out/risks.csv', after: { 'out/stakeholders.csv': null, 'out/commitments.csv': null, 'out/indicators.csv': null, 'secret/passwords.yaml': 'password: hunter2\n' } },
  { name: 'export csv --force: one target a folder, so none is written', args: ['export', 'csv', 'p', '--out-dir', 'out', '--force'], files: { ...ok, 'out/stakeholders.csv': 'old\n', 'out/indicators.csv/': null }, code: 2, says: ['indicators.csv is a folder'], at: 'out/indicators.csv', after: { 'out/stakeholders.csv': 'old\n', 'out/commitments.csv': null } },
  { name: 'render review --out: a picture target that is a link, so nothing is written', args: ['render', 'review', 'p', '--out', 'r.md', '--date', '2025-01-01'], files: ok, links: { 'r-summary.svg': 'elsewhere.svg' }, code: 2, says: ['symbolic link'], at: 'r-summary.svg', after: { 'r.md': null } },

  // ---- partner status -------------------------------------------------------------------------------------------
  { name: 'status: tab indentation in partnership.yaml', args: ['status', 'p'], files: { ...ok, 'p/partnership.yaml': TAB }, code: 1, says: ['Now: not known, because partnership.yaml has errors', 'partner check: 1 error, 0 warnings; files with errors: partnership.yaml'], at: 'partnership.yaml' },
  { name: 'status: an empty partnership.yaml', args: ['status', 'p'], files: { ...ok, 'p/partnership.yaml': '' }, code: 1, says: ['(unnamed partnership)', 'files with errors: partnership.yaml'], at: 'partnership.yaml' },
  { name: 'status: a binary stakeholders.yaml', args: ['status', 'p', '--date', '2025-01-01'], files: { ...ok, 'p/stakeholders.yaml': BINARY }, code: 1, says: ['Now: scoping', 'files with errors: stakeholders.yaml'], at: 'stakeholders.yaml' },
  { name: 'status: Latin-1 text', args: ['status', 'p'], files: { ...ok, 'p/partnership.yaml': LATIN1 }, code: 1, says: ['files with errors: partnership.yaml'], at: 'partnership.yaml' },
  { name: 'status: an alias bomb', args: ['status', 'p', '--format', 'json'], files: { ...ok, 'p/partnership.yaml': BOMB }, code: 1, says: ['"errors": 1', '"files_with_errors": [\n    "partnership.yaml"'], at: 'partnership.yaml' },
  { name: 'status: deep nesting', args: ['status', 'p', '--format', 'md'], files: { ...ok, 'p/partnership.yaml': DEEP }, code: 1, says: ['files with errors: `partnership.yaml`', "the record has errors in the partnership's basics"], at: 'partnership.yaml' },
  { name: 'status: a symlink leaving the folder is refused, its target never printed', args: ['status', 'p'], files: { ...ok, ...SECRET }, links: { 'p/risks.yaml': '../secret/passwords.yaml' }, code: 1, says: ['files with errors: risks.yaml'], at: 'risks.yaml', never: ['passwords', 'hunter2', 'secret'] },
  { name: 'status: a byte-order mark and CRLF stay valid', args: ['status', 'p', '--date', '2025-01-01'], files: { 'p/partnership.yaml': `\uFEFF${P.replace(/\n/g, '\r\n')}`, 'p/stakeholders.yaml': S.replace(/\n/g, '\r\n') }, code: 0, says: ['Now: scoping', 'partner check: 0 errors, 0 warnings.'], at: 'p' },
  { name: 'status: a missing partnership.yaml', args: ['status', 'p'], files: { 'p/stakeholders.yaml': S }, code: 2, says: ['No partnership found in p', 'partner init'], at: 'p' },
  { name: 'status: a path that does not exist', args: ['status', 'nowhere'], files: ok, code: 2, says: ['nowhere does not exist.'], at: 'nowhere' },
  { name: 'status: a file instead of the folder', args: ['status', 'p/stakeholders.yaml'], files: ok, code: 2, says: ['p/stakeholders.yaml is a file'], at: 'p/stakeholders.yaml' },
  { name: 'status: a date that does not exist', args: ['status', 'p', '--date', '2025-02-30'], files: ok, code: 2, says: ['--date 2025-02-30 is not a valid date.'], at: '--date' },
  { name: 'status: an unknown format', args: ['status', 'p', '--format', 'xml'], files: ok, code: 2, says: ["argument 'xml' is invalid", 'text, json, md'], at: '--format' },
  { name: 'status: a file that cannot be read is an environment error (exit 2)', args: ['status', 'p'], files: ok, modes: { 'p/stakeholders.yaml': 0o000 }, code: 2, says: ['files with errors: stakeholders.yaml'], at: 'stakeholders.yaml' },
  { name: 'status: a very large file', args: ['status', 'p'], files: { ...ok, 'p/risks.yaml': `risks:\n${'  - {id: r, description: x}\n'.repeat(90_000)}` }, code: 1, says: ['files with errors: risks.yaml'], at: 'risks.yaml' },
  { name: 'status: a %YAML 1.1 directive and YAML 1.1 words change nothing', args: ['status', 'p', '--date', '2025-01-01'], files: { ...ok, 'p/partnership.yaml': '%YAML 1.1\n---\nname: on\nphase: scoping\nvision: no\n' }, code: 0, says: ['on\n', 'Now: scoping'], at: 'p' },
  { name: 'status: a misspelt file name is a warning, with a hint from check', args: ['status', 'p', '--date', '2025-01-01'], files: { 'p/partnership.yaml': P, 'p/stakholders.yaml': S }, code: 0, says: ['partner check: 0 errors, 1 warning.'], at: 'p' },
  { name: 'status: a folder where a file should be', args: ['status', 'p'], files: { ...ok, 'p/risks.yaml': null }, code: 1, says: ['files with errors: risks.yaml'], at: 'risks.yaml' },

  // ---- partner advance ------------------------------------------------------------------------------------------
  { name: 'advance: tab indentation, with the place, nothing changed', args: ['advance', 'p'], files: { ...ok, 'p/partnership.yaml': TAB }, code: 1, says: ['indented with a tab', 'Nothing was changed: fix partnership.yaml first.'], at: 'p/partnership.yaml:4:1' },
  { name: 'advance: an empty partnership.yaml', args: ['advance', 'p'], files: { ...ok, 'p/partnership.yaml': '' }, code: 1, says: ['partnership.yaml is empty', 'Nothing was changed'], at: 'p/partnership.yaml:1:1' },
  { name: 'advance: a binary partnership.yaml', args: ['advance', 'p'], files: { ...ok, 'p/partnership.yaml': BINARY }, code: 1, says: ['binary file', 'Nothing was changed'], at: 'p/partnership.yaml:1:1' },
  { name: 'advance: invalid UTF-8', args: ['advance', 'p'], files: { ...ok, 'p/partnership.yaml': LATIN1 }, code: 1, says: ['not valid UTF-8', 'Nothing was changed'], at: 'p/partnership.yaml:1:1' },
  { name: 'advance: an alias bomb', args: ['advance', 'p'], files: { ...ok, 'p/partnership.yaml': BOMB }, code: 1, says: ['alias bomb', 'Nothing was changed'], at: 'p/partnership.yaml:4:8' },
  { name: 'advance: a duplicate key', args: ['advance', 'p'], files: { ...ok, 'p/partnership.yaml': `${P}name: U\n` }, code: 1, says: ['This field is written twice', 'Nothing was changed'], at: 'p/partnership.yaml:3:1' },
  { name: 'advance: two documents', args: ['advance', 'p'], files: { ...ok, 'p/partnership.yaml': `${P}---\n${P}` }, code: 1, says: ['more than one YAML document', 'Nothing was changed'], at: 'p/partnership.yaml:3:1' },
  { name: 'advance: a JavaScript tag', args: ['advance', 'p'], files: { ...ok, 'p/partnership.yaml': "name: !!js/function 'function(){}'\nphase: scoping\n" }, code: 1, says: ['`!!js/function`', 'Nothing was changed'], at: 'p/partnership.yaml:1:7' },
  { name: 'advance: a root that is a list', args: ['advance', 'p'], files: { ...ok, 'p/partnership.yaml': '- name: T\n' }, code: 1, says: ['holds a list', 'Nothing was changed'], at: 'p/partnership.yaml:1:1' },
  { name: 'advance: a number where the name should be', args: ['advance', 'p'], files: { ...ok, 'p/partnership.yaml': 'name: 2030\nphase: scoping\n' }, code: 1, says: ['Nothing was changed'], at: 'p/partnership.yaml:1:7' },
  { name: 'advance: YAML 1.1 `on` is text, and a %YAML 1.1 directive survives the edit', args: ['advance', 'p', '--date', '2025-01-01'], files: { ...ok, 'p/partnership.yaml': `%YAML 1.1\n---\n${READY.replace('name: T', 'name: on')}` }, code: 0, says: ['Moved on from scoping to building on 2025-01-01'], at: 'p/partnership.yaml', changes: ['p/partnership.yaml'], after: { 'p/partnership.yaml': /^%YAML 1\.1\n---\nname: on\nphase: building\nphase_history:\n {2}- phase: building\n {4}date: 2025-01-01\n/ }, thenCheck: 'p' },
  { name: 'advance: a byte-order mark and CRLF are kept', args: ['advance', 'p', '--date', '2025-01-01'], files: { 'p/partnership.yaml': `\uFEFF${READY.replace(/\n/g, '\r\n')}`, 'p/stakeholders.yaml': S }, code: 0, says: ['from scoping to building'], at: 'p/partnership.yaml', changes: ['p/partnership.yaml'], after: { 'p/partnership.yaml': /^\uFEFFname: T\r\nphase: building\r\nphase_history:\r\n {2}- phase: building\r\n {4}date: 2025-01-01\r\n/ }, thenCheck: 'p' },
  { name: 'advance: a reason with YAML, quotes, a line break and control characters is recorded literally', args: ['advance', 'p', '--to', 'scoping', '--reason', 'a: b # not a comment\n- "q" \'s\' \u0007 {{x}} <b>'], files: { ...ok, 'p/partnership.yaml': 'name: T\nphase: building\nissue: x\nwhy_multi_sector: y\nvision: z\ngeographic_scope:\n  level: local\n' }, code: 0, says: ['Moved T back from building to scoping'], at: 'p/partnership.yaml', changes: ['p/partnership.yaml'], after: { 'p/partnership.yaml': '    reason: "a: b # not a comment\\n- \\"q\\" \'s\' \\u0007 {{x}} <b>"\n' }, thenCheck: 'p' },
  { name: 'advance: a folder written as one {...} mapping is not edited', args: ['advance', 'p', '--to', 'scoping', '--reason', 'r'], files: { ...ok, 'p/partnership.yaml': '{name: T, phase: building, issue: x, why_multi_sector: y, vision: z, geographic_scope: {level: local}}\n' }, code: 2, says: ['cannot edit partnership.yaml in place', 'nothing was written'], at: 'partnership.yaml' },
  { name: 'advance: a symlinked partnership.yaml is never written', args: ['advance', 'p', '--to', 'scoping', '--reason', 'r'], files: { 'p/stakeholders.yaml': S, 'elsewhere.yaml': 'name: T\nphase: building\n' }, links: { 'p/partnership.yaml': '../elsewhere.yaml' }, code: 2, says: ['is a symbolic link', 'never writes through a link'], at: 'p/partnership.yaml' },
  { name: 'advance: partnership.yaml is a folder', args: ['advance', 'p'], files: { 'p/partnership.yaml': null, 'p/stakeholders.yaml': S }, code: 2, says: ['is not a regular file'], at: 'p/partnership.yaml' },
  { name: 'advance: a phase that does not exist', args: ['advance', 'p', '--to', 'finished'], files: ok, code: 2, says: ["argument 'finished' is invalid", 'scoping, building'], at: '--to' },
  { name: 'advance: a date that does not exist', args: ['advance', 'p', '--date', '2025-13-01'], files: ok, code: 2, says: ['--date 2025-13-01 is not a valid date.'], at: '--date' },
  { name: 'advance: a broken stakeholders.yaml is left out of the gate, by name', args: ['advance', 'p'], files: { 'p/partnership.yaml': READY, 'p/stakeholders.yaml': BINARY }, code: 1, says: ['Not ready to move T from scoping to building', 'Left out because they have errors: stakeholders.yaml'], at: 'stakeholders.yaml' },
  { name: 'advance: partnership.yaml that cannot be read', args: ['advance', 'p'], files: ok, modes: { 'p/partnership.yaml': 0o000 }, code: 2, says: ['Cannot read this file (permission denied)'], at: 'p/partnership.yaml' },
  { name: 'advance: a folder that cannot be written leaves the file as it was', args: ['advance', 'p', '--date', '2025-01-01'], files: { 'p/partnership.yaml': READY, 'p/stakeholders.yaml': S }, modes: { p: 0o555 }, code: 2, says: ['Cannot write', 'permission denied'], at: 'p/partnership.yaml' },

  // ---- partner render agreement ---------------------------------------------------------------------------------
  { name: 'render: tab indentation stops rendering, with the same finding as check', args: ['render', 'agreement', 'p'], files: { ...ok, 'p/stakeholders.yaml': S.replace('    sector: public', '\tsector: public') }, code: 1, says: ['indented with a tab', 'the agreement was not rendered'], at: 'p/stakeholders.yaml:4:1' },
  { name: 'render: a binary file', args: ['render', 'agreement', 'p'], files: { ...ok, 'p/risks.yaml': BINARY }, code: 1, says: ['binary file', 'the agreement was not rendered'], at: 'p/risks.yaml:1:1' },
  { name: 'render: a Python object tag', args: ['render', 'agreement', 'p'], files: { ...ok, 'p/partnership.yaml': 'name: !!python/object/apply:os.system ["rm -rf /"]\nphase: scoping\n' }, code: 1, says: ['`!!python/object/apply:os.system`', 'the agreement was not rendered'], at: 'p/partnership.yaml:1:7' },
  { name: 'render: a symlink leaving the folder, its target never printed', args: ['render', 'agreement', 'p', '--format', 'html'], files: { ...ok, ...SECRET }, links: { 'p/risks.yaml': '../secret/passwords.yaml' }, code: 1, says: ['This is a symbolic link', 'the agreement was not rendered'], at: 'p/risks.yaml:1:1', never: ['passwords', 'hunter2', 'secret/'] },
  { name: 'render: a file that cannot be read (exit 2)', args: ['render', 'agreement', 'p'], files: ok, modes: { 'p/stakeholders.yaml': 0o000 }, code: 2, says: ['Cannot read this file (permission denied)', 'the agreement was not rendered'], at: 'p/stakeholders.yaml:1:1' },
  { name: 'render: a date written the wrong way round', args: ['render', 'agreement', 'p'], files: { ...ok, 'p/resources.yaml': 'commitments:\n  - {id: c, stakeholder: a, description: d, type: cash, due: 31/12/2025}\n' }, code: 1, says: ['the agreement was not rendered'], at: 'p/resources.yaml:2:62' },
  { name: 'render: a number where the name should be', args: ['render', 'agreement', 'p'], files: { ...ok, 'p/partnership.yaml': 'name: 2030\nphase: scoping\n' }, code: 1, says: ['`name` should be text', 'the agreement was not rendered'], at: 'p/partnership.yaml:1:7' },
  { name: 'render: merge keys are not merged', args: ['render', 'agreement', 'p'], files: { ...ok, 'p/risks.yaml': 'base: &b {likelihood: low}\nrisks:\n  - <<: *b\n    id: r\n    description: x\n' }, code: 1, says: ['the agreement was not rendered'], at: 'p/risks.yaml:3:5' },
  { name: 'render: two documents', args: ['render', 'agreement', 'p'], files: { ...ok, 'p/stakeholders.yaml': `${S}---\n${S}` }, code: 1, says: ['more than one YAML document'], at: 'p/stakeholders.yaml:12:1' },
  { name: 'render: a very long line is rendered whole', args: ['render', 'agreement', 'p', '--date', '2025-01-01'], files: { ...ok, 'p/partnership.yaml': `${P}vision: ${'v'.repeat(200_000)}\n` }, code: 0, says: ['v'.repeat(200_000)], at: 'p' },
  { name: 'render: a misspelt file name does not stop the agreement', args: ['render', 'agreement', 'p', '--date', '2025-01-01'], files: { ...ok, 'p/risk.yaml': 'risks: []\n' }, code: 0, says: ['# Draft partnership agreement: T'], at: 'p' },
  { name: 'render: 10,000 nested quote and list markers in the data stay text', args: ['render', 'agreement', 'p', '--format', 'html', '--date', '2025-01-01'], files: { ...ok, 'p/partnership.yaml': `${P}vision: "${NESTED}"\n` }, code: 0, says: ['<!DOCTYPE html>', `${'&gt;'.repeat(100)} - - - `], at: 'p', never: ['<blockquote><blockquote>', '<ul>\n<li><ul>'] },
  { name: 'render: template syntax and markup in the data stay text', args: ['render', 'agreement', 'p', '--format', 'html', '--date', '2025-01-01'], files: { ...ok, 'p/partnership.yaml': `name: "{{constructor.constructor('return process')()}} <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>"\nphase: scoping\n` }, code: 0, says: ["<h1>Draft partnership agreement: {{constructor.constructor('return process')()}} &lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;</h1>"], at: 'p', never: ['<script', 'href="javascript', '<img'] },
  { name: 'render: --out that is a folder', args: ['render', 'agreement', 'p', '--out', 'docs', '--force'], files: { ...ok, docs: null }, code: 2, says: ['docs is a folder, not a file; nothing was written.'], at: 'docs' },
  { name: 'render: --out ending in a slash', args: ['render', 'agreement', 'p', '--out', 'docs/'], files: ok, code: 2, says: ['docs/ is a folder, not a file'], at: 'docs/' },
  { name: 'render: --out that is a symbolic link, even with --force', args: ['render', 'agreement', 'p', '--out', 'agreement.md', '--force'], files: { ...ok, ...SECRET }, links: { 'agreement.md': 'secret/passwords.yaml' }, code: 2, says: ['agreement.md is a symbolic link; partner never writes through a link'], at: 'agreement.md', never: ['passwords', 'hunter2'] },
  { name: 'render: --out that is a dangling symbolic link', args: ['render', 'agreement', 'p', '--out', 'agreement.md'], files: ok, links: { 'agreement.md': 'nowhere/agreement.md' }, code: 2, says: ['agreement.md is a symbolic link'], at: 'agreement.md', after: { 'nowhere': null } },
  { name: 'render: --out over a partnership record, even with --force', args: ['render', 'agreement', 'p', '--out', 'p/stakeholders.yaml', '--force'], files: ok, code: 2, says: ["p/stakeholders.yaml is one of the partnership's own files", 'nothing was written'], at: 'p/stakeholders.yaml' },
  // ---- partner render --format docx (issue 18) -----------------------------------------------------------------
  { name: 'render docx: --out over a partnership record, even with --force', args: ['render', 'agreement', 'p', '--format', 'docx', '--out', 'p/partnership.yaml', '--force'], files: ok, code: 2, says: ["p/partnership.yaml is one of the partnership's own files", 'nothing was written'], at: 'p/partnership.yaml' },
  { name: 'render docx: --out that is a symbolic link, even with --force', args: ['render', 'agreement', 'p', '--format', 'docx', '--out', 'agreement.docx', '--force'], files: { ...ok, ...SECRET }, links: { 'agreement.docx': 'secret/passwords.yaml' }, code: 2, says: ['agreement.docx is a symbolic link; partner never writes through a link'], at: 'agreement.docx', never: ['passwords', 'hunter2'] },
  { name: 'render docx: --reference-doc that is a folder', args: ['render', 'agreement', 'p', '--format', 'docx', '--reference-doc', 'styles', '--out', 'a.docx'], files: { ...ok, styles: null }, code: 2, says: ['--reference-doc styles is not a file.', 'Give a Word document'], at: 'styles', after: { 'a.docx': null } },
  { name: 'render docx: --reference-doc that is a broken zip', args: ['render', 'agreement', 'p', '--format', 'docx', '--reference-doc', 'broken.docx', '--out', 'a.docx'], files: { ...ok, 'broken.docx': Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 0xff)]) }, code: 2, says: ['--reference-doc broken.docx is not a Word document'], at: 'broken.docx', after: { 'a.docx': null } },
  { name: 'render docx: a very long line, and 10,000 nested quote and list markers, stay text in a Word document', args: ['render', 'agreement', 'p', '--format', 'docx', '--date', '2025-01-01', '--out', 'a.docx'], files: { ...ok, 'p/partnership.yaml': `${P}vision: "${NESTED}"\nissue: ${'v'.repeat(200_000)}\n` }, code: 0, says: ['partner: wrote a.docx'], at: 'a.docx', changes: ['a.docx'], after: { 'a.docx': /^PK/ } },
  { name: 'render docx: --paper that is not a paper size', args: ['render', 'review', 'p', '--format', 'docx', '--paper', 'A3', '--out', 'r.docx'], files: ok, code: 2, says: ['--paper A3 is not a paper size partner knows.', 'Give --paper a4 or --paper letter.'], at: '--paper', after: { 'r.docx': null } },
  { name: 'render: --out as a new YAML file in the partnership folder (it would be read)', args: ['render', 'agreement', 'p', '--out', 'p/Agreement.YML'], files: ok, code: 2, says: ["one of the partnership's own files, or would be read as one"], at: 'p/Agreement.YML' },
  { name: 'render: --out into assessments/', args: ['render', 'agreement', 'p', '--out', 'p/assessments/agreement.md'], files: { ...ok, 'p/assessments': null }, code: 2, says: ["one of the partnership's own files"], at: 'p/assessments/agreement.md' },
  { name: 'render: --out as a file named reviews beside the records', args: ['render', 'agreement', 'p', '--out', 'p/reviews'], files: ok, code: 2, says: ["one of the partnership's own files"], at: 'p/reviews' },
  { name: 'render: --out beside the records (not YAML) is allowed', args: ['render', 'agreement', 'p', '--out', 'p/agreement.md', '--date', '2025-01-01'], files: ok, code: 0, says: ['partner: wrote p/agreement.md'], at: 'p/agreement.md', changes: ['p/agreement.md'], after: { 'p/agreement.md': '# Draft partnership agreement: T' }, thenCheck: 'p' },
  { name: 'render: --out through a linked folder that stays inside the working folder', args: ['render', 'agreement', 'p', '--out', 'out/agreement.md'], files: { ...ok, 'outside/': null }, links: { out: 'outside' }, cwd: '', code: 0, says: ['partner: wrote out/agreement.md'], at: 'out/agreement.md', changes: ['outside/agreement.md'] },
  { name: 'render: --out through a link to a folder outside the working folder is refused', args: ['render', 'agreement', '../p', '--out', 'out/agreement.md'], files: { ...ok, 'work/': null, 'outside/': null }, links: { 'work/out': '../outside' }, cwd: 'work', code: 2, says: ['out/agreement.md leads out of the working folder through a symbolic link; nothing was written.'], at: 'out/agreement.md', after: { 'outside/agreement.md': null } },
  { name: 'render: --out with .. is taken as typed', args: ['render', 'agreement', '../p', '--out', '../agreement.md', '--date', '2025-01-01'], files: { ...ok, 'work/': null }, cwd: 'work', code: 0, says: ['partner: wrote ../agreement.md'], at: '../agreement.md', changes: ['agreement.md'], after: { 'agreement.md': '# Draft partnership agreement: T' } },
  { name: 'render: --out in a folder that does not exist', args: ['render', 'agreement', 'p', '--out', 'missing/agreement.md'], files: ok, code: 2, says: ['Cannot write missing/agreement.md: the folder does not exist'], at: 'missing/agreement.md', after: { missing: null } },
  { name: 'render: --out below a file', args: ['render', 'agreement', 'p', '--out', 'notes.txt/agreement.md'], files: { ...ok, 'notes.txt': 'x\n' }, code: 2, says: ['a part of the path is a file, not a folder'], at: 'notes.txt/agreement.md' },
  { name: 'render: --out that is a device', args: ['render', 'agreement', 'p', '--out', '/dev/null', '--force'], files: ok, code: 2, says: ['/dev/null is not a regular file'], at: '/dev/null' },
  { name: 'render: --out that exists, without --force', args: ['render', 'agreement', 'p', '--out', 'agreement.md'], files: { ...ok, 'agreement.md': 'my notes\n' }, code: 2, says: ['agreement.md already exists; nothing was written.', '--force'], at: 'agreement.md' },
  { name: 'render: --out that is empty', args: ['render', 'agreement', 'p', '--out', ''], files: ok, code: 2, says: ['The output file name is empty; nothing was written.'], at: '--out agreement.md' },
  { name: 'render: --out in a folder that cannot be written', args: ['render', 'agreement', 'p', '--out', 'ro/agreement.md'], files: { ...ok, 'ro/': null }, modes: { ro: 0o555 }, code: 2, says: ['Cannot write', 'permission denied'], at: 'ro/agreement.md' },
  { name: 'render: a template that is a named pipe is not read (no hang)', args: ['render', 'agreement', 'p', '--template', 'pipe.hbs'], files: ok, fifos: ['pipe.hbs'], code: 2, says: ['The template pipe.hbs is not a regular file'], at: 'pipe.hbs' },
  { name: 'render: a template that is a device is not read (no hang, no memory exhausted)', args: ['render', 'agreement', 'p', '--template', '/dev/zero'], files: ok, code: 2, says: ['The template /dev/zero is not a regular file'], at: '/dev/zero' },
  { name: 'render: a template that is a folder', args: ['render', 'agreement', 'p', '--template', 'tpl'], files: { ...ok, 'tpl/': null }, code: 2, says: ['The template tpl is a folder, not a file.'], at: 'tpl' },
  { name: 'render: a binary template', args: ['render', 'agreement', 'p', '--template', 't.hbs'], files: { ...ok, 't.hbs': Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x00]) }, code: 2, says: ['The template t.hbs is not UTF-8 text.'], at: 't.hbs' },
  { name: 'render: a template larger than 1 MB', args: ['render', 'agreement', 'p', '--template', 't.hbs'], files: { ...ok, 't.hbs': 'x'.repeat(1024 * 1024 + 1) }, code: 2, says: ['t.hbs is larger than 1 MB'], at: 't.hbs' },
  { name: 'render: a template that cannot be read', args: ['render', 'agreement', 'p', '--template', 't.hbs'], files: { ...ok, 't.hbs': '# {{partnership.name}}\n' }, modes: { 't.hbs': 0o000 }, code: 2, says: ['Cannot read the template t.hbs (permission denied)'], at: 't.hbs' },
  { name: 'render: a template reading the environment', args: ['render', 'agreement', 'p', '--template', 't.hbs'], files: { ...ok, 't.hbs': '# {{process.env.HOME}} {{global.process}}\n' }, code: 2, says: ['partner: t.hbs: `env` is read from something that is not a record'], at: 't.hbs', never: ['/root', '/home'] },
  { name: 'render: a template reaching for prototypes through lookup', args: ['render', 'agreement', 'p', '--template', 't.hbs', '--date', '2025-01-01'], files: { ...ok, 't.hbs': '[{{#with (lookup partnership "__proto__")}}{{#with (lookup this "constructor")}}{{name}}{{/with}}{{/with}}]\n' }, code: 0, says: ['[]\n'], at: '[]', never: ['Object', 'function'] },
  { name: 'render: a template whose output doubles 40 times is stopped at 5 MB', args: ['render', 'agreement', 'p', '--template', 't.hbs', '--out', 'a.md'], files: { ...ok, 't.hbs': `{{#*inline "p0"}}abcdefghij{{/inline}}\n${Array.from({ length: 40 }, (_, i) => `{{#*inline "p${i + 1}"}}{{> p${i}}}{{> p${i}}}{{/inline}}`).join('\n')}\n{{> p40}}\n` }, code: 2, says: ["t.hbs: the template's output is larger than 5 MB and was stopped; nothing was written."], at: 't.hbs', after: { 'a.md': null } },
  { name: 'render: a template whose partial includes itself', args: ['render', 'agreement', 'p', '--template', 't.hbs'], files: { ...ok, 't.hbs': '{{#*inline "r"}}x{{> r}}{{/inline}}{{> r}}\n' }, code: 2, says: ['t.hbs: the template includes partials inside one another too deeply'], at: 't.hbs' },
  { name: 'render: thousands of nested quotes from a template end in a clear error', args: ['render', 'agreement', 'p', '--template', 't.hbs', '--format', 'html', '--out', 'a.html'], files: { ...ok, 't.hbs': Array.from({ length: 8000 }, (_, i) => `${'>'.repeat((i % 16) + 1)} x`).join('\n') }, code: 2, says: ['t.hbs: the Markdown this template produces', 'nothing was written'], at: 't.hbs', after: { 'a.html': null } },
  { name: 'render: thousands of nested list markers from a template end in a clear error', args: ['render', 'agreement', 'p', '--template', 't.hbs', '--format', 'html'], files: { ...ok, 't.hbs': `${'- '.repeat(10_000)}x\n` }, code: 2, says: ['t.hbs: the Markdown this template produces', 'too deeply'], at: 't.hbs' },
  { name: 'render: an unknown document', args: ['render', 'contract', 'p'], files: ok, code: 2, says: ["unknown command 'contract'"], at: 'contract' },

  // ---- partner init ---------------------------------------------------------------------------------------------
  { name: 'init: YAML, quotes, a comment sign and a line break in --name are kept literally', args: ['init', 'new', '--yes', '--name', 'a: b # c\n- "d" \'e\' &f *g !h %i @j `k` {l} [m] |n >o'], code: 0, says: ['Created the partnership "a: b # c'], at: 'new/', changes: ['new'], thenCheck: 'new' },
  { name: 'init: YAML 1.1 words and numbers as names stay text', args: ['init', 'new', '--yes', '--name', 'no', '--issue', '0777', '--vision', '1:20', '--convener', 'null', '--broker', '~', '--stakeholder', 'on | public', '--stakeholder', 'yes | private | active-partner | true; 2025-01-01; 1e3'], code: 0, says: ['Created the partnership "no"'], at: 'new/', changes: ['new'], after: { 'new/partnership.yaml': /^name: "no"\n[\s\S]*^issue: "0777"\n[\s\S]*^vision: "1:20"\n[\s\S]*^ {2}name: "null"\n/m, 'new/stakeholders.yaml': /^ {4}name: "on"\n[\s\S]*^ {4}name: "yes"\n[\s\S]*^ {6}- "true"\n {6}- "2025-01-01"\n {6}- "1e3"\n/m }, thenCheck: 'new' },
  { name: 'init: control characters and right-to-left text in answers', args: ['init', 'new', '--yes', '--name', 'R\u0007ing \u202eevil\u202c \u001b[31m', '--stakeholder', 'Caf\u00e9 \u{1F600} | civil-society'], code: 0, says: ['Created the partnership'], at: 'new/', changes: ['new'], thenCheck: 'new' },
  { name: 'init: a name that is only spaces falls back to the folder name', args: ['init', 'river-water', '--yes', '--name', '   '], code: 0, says: ['Created the partnership "River water"'], at: 'river-water/', changes: ['river-water'], thenCheck: 'river-water' },
  { name: 'init: a name that is too long', args: ['init', 'new', '--yes', '--name', 'x'.repeat(5000)], code: 2, says: ['--name is 5000 characters long; keep it to'], at: '--name', after: { new: null } },
  { name: 'init: a stakeholder with an unknown sector', args: ['init', 'new', '--yes', '--stakeholder', 'City | pubic'], code: 2, says: ['the sector must be one of: public, private', 'did you mean public?'], at: '--stakeholder "City | pubic"', after: { new: null } },
  { name: 'init: a stakeholder with five parts', args: ['init', 'new', '--yes', '--stakeholder', 'A | public | pilot | x | y'], code: 2, says: ['has more than four parts separated by |'], at: '--stakeholder', after: { new: null } },
  { name: 'init: a stakeholder without a name', args: ['init', 'new', '--yes', '--stakeholder', ' | public'], code: 2, says: ['needs at least a name and a sector'], at: '--stakeholder', after: { new: null } },
  { name: 'init: two stakeholders whose names make the same id', args: ['init', 'new', '--yes', '--stakeholder', 'City Council | public', '--stakeholder', 'city council! | public'], code: 0, says: ['2 stakeholders'], at: 'new/', changes: ['new'], thenCheck: 'new' },
  { name: 'init: an unknown scope level', args: ['init', 'new', '--yes', '--scope-level', 'planet'], code: 2, says: ['--scope-level must be one of: local'], at: '--scope-level', after: { new: null } },
  { name: 'init: --scope-area without --scope-level', args: ['init', 'new', '--yes', '--scope-area', 'Karachi'], code: 2, says: ['--scope-area needs --scope-level too.'], at: '--scope-area', after: { new: null } },
  { name: 'init: into a file', args: ['init', 'notes.txt', '--yes'], files: { 'notes.txt': 'x\n' }, code: 2, says: ['notes.txt is a file, not a folder; nothing was written.'], at: 'notes.txt' },
  { name: 'init: below a file', args: ['init', 'notes.txt/new', '--yes'], files: { 'notes.txt': 'x\n' }, code: 2, says: ['a part of the path is a file, not a folder', 'nothing was written'], at: 'notes.txt/new' },
  { name: 'init: into a symbolic link to a folder', args: ['init', 'link', '--yes'], files: { 'real/': null }, links: { link: 'real' }, code: 2, says: ['link is a symbolic link; partner init never writes through a link'], at: 'link' },
  { name: 'init: into an existing partnership', args: ['init', 'p', '--yes'], files: ok, code: 2, says: ['p already holds a partnership (partnership.yaml, stakeholders.yaml); nothing was written.'], at: 'p' },
  { name: 'init: into a folder with a stray .yml partnership file', args: ['init', 'p', '--yes'], files: { 'p/risks.yml': 'risks: []\n' }, code: 2, says: ['p already holds a partnership (risks.yml)'], at: 'p' },
  { name: 'init: into a folder that cannot be written', args: ['init', 'ro/new', '--yes'], files: { 'ro/': null }, modes: { ro: 0o555 }, code: 2, says: ['Cannot create the partnership in', 'permission denied; nothing was written.'], at: 'ro/new', after: { 'ro/new': null } },
  { name: 'init: without a terminal and without --yes', args: ['init', 'new'], code: 2, says: ['no terminal to ask questions in; pass --yes'], at: '--yes', after: { new: null } },

  // ---- partner explain ------------------------------------------------------------------------------------------
  { name: 'explain: __proto__ is not a rule', args: ['explain', '__proto__'], code: 2, says: ['There is no rule or term called `__proto__`.'], at: '__proto__', never: ['[object Object]', 'always an error'] },
  { name: 'explain: constructor is not a rule', args: ['explain', 'constructor'], code: 2, says: ['There is no rule or term called `constructor`.'], at: 'constructor', never: ['native code', 'always an error'] },
  { name: 'explain: toString is not a rule', args: ['explain', 'toString'], code: 2, says: ['There is no rule or term called `toString`.'], at: 'toString', never: ['native code'] },
  { name: 'explain: a path is not a rule', args: ['explain', '../../etc/passwd'], code: 2, says: ['There is no rule or term called `../../etc/passwd`.'], at: '../../etc/passwd', never: ['root:'] },
  { name: 'explain: escape sequences are not echoed to the terminal', args: ['explain', '\u001b[2J\u001b[31mred'], code: 2, says: ['There is no rule or term called `\\x1b[2J\\x1b[31mred`.'], at: 'red', never: ['\u001b'] },
  { name: 'explain: a very long id is cut short', args: ['explain', 'y'.repeat(10_000)], code: 2, says: [`There is no rule or term called \`${'y'.repeat(79)}…\`.`], at: 'yyy' },
  { name: 'explain: a rule in capitals gets a hint', args: ['explain', 'MAX-ACTIVE-PARTNERS'], code: 2, says: ['There is no rule or term called `MAX-ACTIVE-PARTNERS`.', 'Did you mean `max-active-partners`?'], at: 'MAX-ACTIVE-PARTNERS' },

  // ---- partner hook and check --staged, outside a repository -----------------------------------------------------
  { name: 'hook install outside a git repository', args: ['hook', 'install'], files: ok, code: 2, says: ['This folder is not inside a git repository, so there is no hook to manage.', 'git init'], at: 'hook' },
  { name: 'hook uninstall outside a git repository', args: ['hook', 'uninstall'], files: ok, code: 2, says: ['not inside a git repository'], at: 'hook' },
  { name: 'check --staged outside a git repository', args: ['check', '--staged'], files: ok, code: 2, says: ['this folder is not inside a git work tree'], at: '--staged' },
  { name: 'hook install: a pre-commit hook that is a symbolic link is left alone', args: ['hook', 'install', '--chain'], files: { 'hooks-elsewhere/pre-commit': '#!/bin/sh\necho mine\n' }, git: true, links: { '.git/hooks/pre-commit': '../../hooks-elsewhere/pre-commit' }, code: 2, says: ['pre-commit is a symbolic link; partner never writes through a link'], at: '.git/hooks/pre-commit', after: { 'hooks-elsewhere/pre-commit': '#!/bin/sh\necho mine\n' } },
  { name: 'hook install: a pre-commit hook that is a folder', args: ['hook', 'install'], files: { '.git/hooks/pre-commit/': null }, git: true, code: 2, says: ['Cannot read', 'EISDIR'], at: '.git/hooks/pre-commit' },

  // ---- partner check: odd options ---------------------------------------------------------------------------------
  { name: 'check: --max-warnings that is not a number', args: ['check', 'p', '--max-warnings', '-1'], files: ok, code: 2, says: ['give a whole number'], at: '--max-warnings' },
  { name: 'check: a file that cannot be read (exit 2)', args: ['check', 'p'], files: ok, modes: { 'p/stakeholders.yaml': 0o000 }, code: 2, says: ['Cannot read this file (permission denied)'], at: 'p/stakeholders.yaml:1:1' },
  { name: 'check: a path that does not exist', args: ['check', 'nowhere'], files: ok, code: 2, says: ['nowhere does not exist.'], at: 'nowhere' },
  { name: 'check: an option that does not exist', args: ['check', '--fix'], files: ok, code: 2, says: ["unknown option '--fix'"], at: '--fix' },
];
