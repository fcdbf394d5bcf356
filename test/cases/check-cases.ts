/**
 * The check corpus: broken partnerships, each with the exact findings (`file:line:col severity rule`) and exit code.
 * Every case runs in-process and against the built binary (test/check.cases.test.ts).
 */
export interface CheckCase {
  name: string;
  /** Files of the partnership folder (relative paths), on top of BASE unless `bare`. */
  files: Record<string, string>;
  bare?: boolean;
  args?: string[];
  code: 0 | 1 | 2;
  /** Exactly these findings, in order, as `file:line:col severity rule`. */
  findings: string[];
  /** Substrings the message or hint of the first finding must contain. */
  says?: string[];
}

export const PARTNERSHIP = `name: Riverside Water Partnership
phase: scoping
issue: Households along the river have no safe drinking water.
vision: Safe water for every household by 2030.
`;

export const STAKEHOLDERS = `stakeholders:
  - id: city-water
    name: City Water Department
    sector: public
    interests: [reliable supply]
    motivations: [public health mandate]
  - id: river-women
    name: Riverside Women's Association
    sector: civil-society
    interests: [clean water close to home]
    motivations: [social development]
`;

export const BASE: Record<string, string> = { 'partnership.yaml': PARTNERSHIP, 'stakeholders.yaml': STAKEHOLDERS };

const building = PARTNERSHIP.replace('phase: scoping', 'phase: building') + 'why_multi_sector: Neither the city nor the community can do it alone.\ngeographic_scope:\n  level: local\n';

export const CASES: CheckCase[] = [
  { name: 'a valid scoping partnership', files: {}, code: 0, findings: [] },
  // 1. YAML syntax
  { name: 'unclosed flow sequence', files: { 'stakeholders.yaml': 'stakeholders: [\n  - id: a\n' }, code: 1, findings: ['stakeholders.yaml:1:15 error yaml-syntax'], says: ['never closed', '`stakeholders:`'] },
  { name: 'tab indentation', files: { 'partnership.yaml': 'name: T\nphase: scoping\ngeographic_scope:\n\tlevel: local\n' }, code: 1, findings: ['partnership.yaml:4:1 error yaml-syntax'], says: ['tab'] },
  { name: 'duplicate key', files: { 'partnership.yaml': 'name: T\nphase: scoping\nname: U\n' }, code: 1, findings: ['partnership.yaml:3:1 error yaml-duplicate-key'] },
  { name: 'two documents in one file', files: { 'partnership.yaml': 'name: T\nphase: scoping\n---\nname: U\n' }, code: 1, findings: ['partnership.yaml:3:1 error yaml-multiple-documents'] },
  { name: 'alias bomb', files: { 'stakeholders.yaml': `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n` }, code: 1, findings: ['stakeholders.yaml:2:8 error yaml-alias'] },
  { name: 'python tag', files: { 'partnership.yaml': 'name: !!python/object:os.system T\nphase: scoping\n' }, code: 1, findings: ['partnership.yaml:1:7 error yaml-tag'] },
  { name: 'binary and timestamp tags stay refused', files: { 'partnership.yaml': 'name: T\nphase: scoping\nvision: !!binary aGVsbG8=\nissue: !!timestamp 2001-12-14\n' }, code: 1, findings: ['partnership.yaml:3:9 error yaml-tag', 'partnership.yaml:4:8 error yaml-tag'] },
  { name: 'YAML 1.1 directive does not turn no into false', files: { 'partnership.yaml': '%YAML 1.1\n---\nname: no\nphase: scoping\nvision: on\n' }, code: 0, findings: [] },
  { name: 'empty file', files: { 'partnership.yaml': '' }, code: 1, findings: ['partnership.yaml:1:1 error wrong-type'], says: ['empty'] },
  { name: 'root is a list', files: { 'stakeholders.yaml': '- id: a\n  name: A\n' }, code: 1, findings: ['stakeholders.yaml:1:1 error wrong-type'], says: ['a list'] },
  // 2. Schemas
  { name: 'unknown field with a did-you-mean', files: { 'partnership.yaml': PARTNERSHIP + 'visoin: typo\n' }, code: 1, findings: ['partnership.yaml:5:1 error unknown-field'], says: ['did you mean `vision`'] },
  { name: 'misspelt enum value', files: { 'stakeholders.yaml': STAKEHOLDERS.replace('sector: public', 'sector: pubic') }, code: 1, findings: ['stakeholders.yaml:4:13 error invalid-value'], says: ['did you mean `public`', '`    sector: public`'] },
  { name: 'wrong phase', files: { 'partnership.yaml': PARTNERSHIP.replace('phase: scoping', 'phase: implementation') }, code: 1, findings: ['partnership.yaml:2:8 error invalid-value'], says: ['did you mean `implementing`'] },
  { name: 'text where a list is expected', files: { 'stakeholders.yaml': STAKEHOLDERS.replace('interests: [reliable supply]', 'interests: reliable supply') }, code: 1, findings: ['stakeholders.yaml:5:16 error wrong-type'], says: ['should be a list'] },
  { name: 'number where text is expected', files: { 'partnership.yaml': 'name: 1.10\nphase: scoping\n' }, code: 1, findings: ['partnership.yaml:1:7 error wrong-type'], says: ['quotes'] },
  { name: 'boolean where text is expected', files: { 'partnership.yaml': 'name: true\nphase: scoping\n' }, code: 1, findings: ['partnership.yaml:1:7 error wrong-type'] },
  { name: 'missing required field', files: { 'stakeholders.yaml': STAKEHOLDERS.replace('    sector: public\n', '') }, code: 1, findings: ['stakeholders.yaml:2:5 error missing-field'], says: ['`sector`'] },
  { name: 'invalid date', files: { 'partnership.yaml': PARTNERSHIP + 'duration:\n  start: 2025-02-30\n' }, code: 1, findings: ['partnership.yaml:6:10 error invalid-date'] },
  { name: 'invalid id', files: { 'stakeholders.yaml': STAKEHOLDERS.replace('id: city-water', 'id: City Water') }, code: 1, findings: ['stakeholders.yaml:2:9 error invalid-value'], says: ['hyphens', 'orangi-pilot-project'] },
  { name: 'negative amount', files: { 'resources.yaml': 'commitments:\n  - id: c1\n    stakeholder: city-water\n    description: Pipes\n    type: cash\n    amount: -5\n' }, code: 1, findings: ['resources.yaml:6:13 error invalid-value'] },
  // 3. References
  { name: 'duplicate stakeholder id', files: { 'stakeholders.yaml': STAKEHOLDERS.replace('id: river-women', 'id: city-water') }, code: 1, findings: ['stakeholders.yaml:7:9 error duplicate-id'], says: ['line 2'] },
  { name: 'dangling stakeholder reference', files: { 'risks.yaml': 'risks:\n  - id: drought\n    description: Drought lowers the river\n    owner: city-watr\n' }, code: 1, findings: ['risks.yaml:4:12 error unknown-stakeholder'], says: ['did you mean `city-water`'] },
  { name: 'assessment for an unknown stakeholder', files: { 'assessments/acme.yaml': 'stakeholder: acme\n' }, code: 1, findings: ['assessments/acme.yaml:1:1 error unknown-stakeholder'] },
  { name: 'assessment naming another stakeholder', files: { 'assessments/city-water.yaml': 'stakeholder: river-women\n' }, code: 1, findings: ['assessments/city-water.yaml:1:14 error assessment-mismatch'] },
  { name: 'decision rule naming an unknown body', files: { 'decision-rules.yaml': 'bodies:\n  - id: steering\n    name: Steering group\n    kind: task-force\ndecisions:\n  - kind: Budget\n    body: steerin\n    method: consensus\n' }, code: 1, findings: ['decision-rules.yaml:7:11 error unknown-body'] },
  { name: 'measurement before the baseline', files: { 'indicators.yaml': 'indicators:\n  - id: households\n    name: Households with safe water\n    aspect: impact\n    owner: city-water\n    method: survey\n    baseline: {value: 10, date: 2025-01-01}\n    target: {value: 90, date: 2030-01-01}\n    measurements:\n      - {date: 2024-06-01, value: 12}\n' }, code: 1, findings: ['indicators.yaml:10:16 error date-order'] },
  { name: 'due date before start', files: { 'resources.yaml': 'commitments:\n  - id: c1\n    stakeholder: city-water\n    description: Pipes\n    type: in-kind\n    start: 2025-05-01\n    due: 2025-04-01\n' }, code: 1, findings: ['resources.yaml:7:10 error date-order'] },
  { name: 'review file date differs from its name', files: { 'reviews/2025-06-30.yaml': 'date: 2025-06-29\n' }, code: 1, findings: ['reviews/2025-06-30.yaml:1:7 error review-date-mismatch'] },
  // 4. Good practice
  { name: 'only one sector', files: { 'stakeholders.yaml': STAKEHOLDERS.replace('civil-society', 'public') }, code: 0, findings: ['stakeholders.yaml:1:1 warning single-sector'] },
  { name: 'stakeholder without interests', files: { 'stakeholders.yaml': STAKEHOLDERS.replace('    interests: [clean water close to home]\n', '') }, code: 0, findings: ['stakeholders.yaml:7:5 warning stakeholder-interests'] },
  { name: 'more than six active partners', files: { 'stakeholders.yaml': 'stakeholders:\n' + Array.from({ length: 7 }, (_, i) => `  - {id: p${i}, name: P${i}, sector: ${i % 2 ? 'public' : 'private'}, engagement: active-partner, interests: [x], motivations: [y], representative: {name: R, decision_authority: full}}\n`).join('') }, code: 0, findings: [...Array.from({ length: 7 }, (_, i) => `stakeholders.yaml:${i + 2}:5 warning assessment-missing`), 'stakeholders.yaml:8:53 warning max-active-partners'] },
  { name: 'representative authority unknown', files: { 'stakeholders.yaml': STAKEHOLDERS.replace('    sector: public\n', '    sector: public\n    engagement: active-partner\n    representative: {name: Ana, decision_authority: unknown}\n'), 'assessments/city-water.yaml': 'stakeholder: city-water\nbenefits: [a healthier city]\n' }, code: 0, findings: ['stakeholders.yaml:6:53 warning representative-authority'] },
  { name: 'active partner without assessment', files: { 'stakeholders.yaml': STAKEHOLDERS.replace('    sector: public\n', '    sector: public\n    engagement: active-partner\n    representative: {name: Ana, decision_authority: full}\n') }, code: 0, findings: ['stakeholders.yaml:2:5 warning assessment-missing'], says: ['City Water Department has no internal assessment'] },
  // Non-negotiables have one home, risks.yaml; from planning on a partner without them is named (--phase scoping
  // leaves the gates out, so only the good-practice finding shows).
  { name: 'non-negotiables not recorded, from planning on', args: ['--phase', 'scoping'], files: { 'partnership.yaml': PARTNERSHIP.replace('phase: scoping', 'phase: planning'), 'stakeholders.yaml': STAKEHOLDERS.replace('    sector: public\n', '    sector: public\n    engagement: active-partner\n    representative: {name: Ana, decision_authority: full}\n'), 'assessments/city-water.yaml': 'stakeholder: city-water\nbenefits: [healthier city]\n', 'risks.yaml': 'risks: []\n' }, code: 0, findings: ['risks.yaml:1:1 warning non-negotiables-missing'], says: ['What City Water Department cannot accept is not recorded.'] },
  { name: 'non-negotiables: "none" is an answer', args: ['--phase', 'scoping'], files: { 'partnership.yaml': PARTNERSHIP.replace('phase: scoping', 'phase: planning'), 'stakeholders.yaml': STAKEHOLDERS.replace('    sector: public\n', '    sector: public\n    engagement: active-partner\n    representative: {name: Ana, decision_authority: full}\n'), 'assessments/city-water.yaml': 'stakeholder: city-water\nbenefits: [healthier city]\n', 'risks.yaml': 'non_negotiables:\n  - stakeholder: city-water\n    text: none\n' }, code: 0, findings: [] },
  { name: 'non-negotiables in an assessment: told where they live now', files: { 'assessments/city-water.yaml': 'stakeholder: city-water\nnon_negotiables: [no tariff rise]\n' }, code: 1, findings: ['assessments/city-water.yaml:2:1 error unknown-field'], says: ['kept in one place: risks.yaml', 'Move these to risks.yaml'] },
  { name: 'internet-only communication for a partner with limited connectivity', files: { 'stakeholders.yaml': STAKEHOLDERS + '    connectivity: limited\n', 'communication.yaml': 'between_partners:\n  - mode: email\n    frequency: weekly\n' }, code: 0, findings: ['stakeholders.yaml:12:19 warning connectivity'] },
  { name: 'indicator without target, owner or method', files: { 'indicators.yaml': 'indicators:\n  - id: households\n    name: Households with safe water\n    aspect: impact\n' }, code: 0, findings: ['indicators.yaml:2:5 warning indicator-incomplete'] },
  { name: 'money-only resource map', files: { 'resources.yaml': 'commitments:\n  - {id: a, stakeholder: city-water, description: Grant, type: cash, amount: 100, currency: USD, due: 2026-01-01}\n  - {id: b, stakeholder: river-women, description: Fees, type: cash, amount: 10, currency: USD, due: 2026-01-01}\n' }, code: 0, findings: ['resources.yaml:1:1 warning money-only-resources'] },
  { name: 'overdue commitment', args: ['--date', '2025-06-01'], files: { 'resources.yaml': 'commitments:\n  - {id: pipes, stakeholder: city-water, description: Pipes, type: in-kind, due: 2025-03-31, status: agreed}\n' }, code: 0, findings: ['resources.yaml:2:82 warning commitment-overdue'] },
  { name: 'convener credibility not recorded', files: { 'partnership.yaml': PARTNERSHIP + 'convener:\n  name: The Mayor\n' }, code: 0, findings: ['partnership.yaml:5:1 warning convener-credibility'], says: ['whom it is credible with and how that is known'] },
  { name: 'a convener credible with the parties, and how it is known', files: { 'partnership.yaml': PARTNERSHIP + 'convener:\n  name: The Mayor\n  credible_with: [city-water, river-women]\n  credibility: Both asked her to convene.\n' }, code: 0, findings: [] },
  { name: 'convener `neutral:` from an older version: told what to record instead', files: { 'partnership.yaml': PARTNERSHIP + 'convener:\n  name: The Mayor\n  neutral: false\n' }, code: 1, findings: ['partnership.yaml:7:3 error unknown-field'], says: ['credibility with every party', 'credible_with'] },
  { name: 'meetings at one partner\'s premises', files: { 'partnership.yaml': PARTNERSHIP + 'venue:\n  kind: partner-premises\n' }, code: 0, findings: ['partnership.yaml:6:9 warning neutrality-recorded'] },
  { name: 'a donor as a sector, from an older version: told what to write', files: { 'stakeholders.yaml': STAKEHOLDERS.replace('sector: public', 'sector: donor') }, code: 1, findings: ['stakeholders.yaml:4:13 error invalid-value'], says: ['`donor` is not a sector', '`donor: true`'] },
  { name: 'grassroots groups are civil society: one sector', files: { 'stakeholders.yaml': STAKEHOLDERS.replace('sector: public', 'sector: civil-society') }, code: 0, findings: ['stakeholders.yaml:1:1 warning single-sector'] },
  { name: 'a cooperative mixes market and civil society: two sectors', files: { 'stakeholders.yaml': STAKEHOLDERS.replace('sector: public', 'sector: cooperative') }, code: 0, findings: [] },
  // --phase scoping leaves out the planning gate, so only the good-practice finding for a planning partnership shows.
  { name: 'no dispute resolution from planning on', args: ['--phase', 'scoping'], files: { 'partnership.yaml': PARTNERSHIP.replace('phase: scoping', 'phase: planning'), 'decision-rules.yaml': 'bodies: []\n' }, code: 0, findings: ['decision-rules.yaml:1:1 warning dispute-resolution'] },
  { name: 'a rule made an error in partnership.yaml', files: { 'partnership.yaml': PARTNERSHIP + 'checks:\n  single-sector: error\n', 'stakeholders.yaml': STAKEHOLDERS.replace('civil-society', 'public') }, code: 1, findings: ['stakeholders.yaml:1:1 error single-sector'] },
  { name: 'a rule turned off', files: { 'partnership.yaml': PARTNERSHIP + 'checks:\n  single-sector: off\n', 'stakeholders.yaml': STAKEHOLDERS.replace('civil-society', 'public') }, code: 0, findings: [] },
  { name: 'an unknown rule in checks', files: { 'partnership.yaml': PARTNERSHIP + 'checks:\n  single-sectr: off\n' }, code: 1, findings: ['partnership.yaml:6:3 error unknown-rule'], says: ['did you mean `single-sector`'] },
  { name: 'a commitment with no date at all (seed 000: time-bound)', files: { 'resources.yaml': 'commitments:\n  - id: pumps\n    stakeholder: city-water\n    description: Two hand pumps\n    type: in-kind\n' }, code: 0, findings: ['resources.yaml:2:5 warning commitment-undated'], says: ['“Two hand pumps” by City Water Department has no due date'] },
  { name: 'an ongoing contribution with its start is dated', files: { 'resources.yaml': 'commitments:\n  - id: pumps\n    stakeholder: city-water\n    description: Pump maintenance\n    type: in-kind\n    start: 2025-01-01\n' }, code: 0, findings: [] },
  // 5. Phase gates
  { name: 'building without the scoping work', files: { 'partnership.yaml': 'name: T\nphase: building\n' }, code: 1, findings: ['partnership.yaml:1:1 error phase-gate', 'partnership.yaml:1:1 error phase-gate', 'partnership.yaml:1:1 error phase-gate', 'partnership.yaml:1:1 error phase-gate'], says: ['issue'] },
  { name: 'building with the scoping work done', files: { 'partnership.yaml': building }, code: 0, findings: [] },
  { name: 'ready for planning? lists what is missing', args: ['--phase', 'planning'], files: { 'partnership.yaml': building }, code: 1, findings: ['partnership.yaml:1:1 error phase-gate', 'partnership.yaml:1:1 error phase-gate', 'partnership.yaml:1:1 error phase-gate', 'partnership.yaml:1:1 error phase-gate', 'stakeholders.yaml:1:1 error phase-gate', 'stakeholders.yaml:2:5 error phase-gate', 'stakeholders.yaml:7:5 error phase-gate'], says: ['choose a convener'] },
  {
    name: 'files missing for the phase are reported at phase:',
    args: ['--phase', 'implementing'],
    files: { 'partnership.yaml': building },
    code: 1,
    findings: [
      ...Array(4).fill('partnership.yaml:1:1 error phase-gate'),
      // One finding per gap: "every indicator needs a method", "an assessment per active partner" and "each
      // partner's non-negotiables" are not said again when there is no indicator and no active partner.
      ...Array(8).fill('partnership.yaml:2:8 error phase-gate'),
      'stakeholders.yaml:1:1 error phase-gate',
      'stakeholders.yaml:2:5 error phase-gate',
      'stakeholders.yaml:7:5 error phase-gate',
    ],
  },
  // Folder layout
  { name: 'misspelt file name', files: { 'stakholders.yaml': 'x: 1\n' }, code: 0, findings: ['stakholders.yaml:1:1 warning unknown-file'], says: ['Did you mean stakeholders.yaml'] },
  { name: 'review file not named by date', files: { 'reviews/june.yaml': 'date: 2025-06-30\n' }, code: 1, findings: ['reviews/june.yaml:1:1 error file-name'] },
  // Sectors, countries, regions, SDGs and currencies against the IATI codelists (seed 000)
  {
    name: 'sector codes in words and unknown numbers, with the nearest codes',
    files: { 'partnership.yaml': `${PARTNERSHIP}sectors:\n  - code: water supply\n    percentage: 60\n  - code: 14099\n    percentage: 40\n` },
    code: 1,
    findings: ['partnership.yaml:6:11 error unknown-code', 'partnership.yaml:8:11 error unknown-code'],
    says: ['`water supply` is not a DAC sector code', 'Did you mean 14031 Basic drinking water supply', '`code: 14031`'],
  },
  {
    name: 'sector percentages that do not add up to 100',
    files: { 'partnership.yaml': `${PARTNERSHIP}sectors:\n  - code: 14032\n    percentage: 80\n  - code: 14022\n    percentage: 30\n  - code: 140\n    percentage: 50\n` },
    code: 1,
    // The two 5-digit sectors add up to 110; the 3-digit category is alone, so it is 100 or says nothing.
    findings: ['partnership.yaml:6:5 error percentages', 'partnership.yaml:11:17 error percentages'],
    says: ['The percentages of the 5-digit DAC sectors add up to 110 (80 + 30), not 100.'],
  },
  {
    name: 'a country and a region without percentages',
    files: { 'partnership.yaml': `${PARTNERSHIP}countries:\n  - code: PK\nregions:\n  - code: 679\n` },
    code: 1,
    findings: ['partnership.yaml:6:5 error percentages', 'partnership.yaml:8:5 error percentages'],
    says: ['This is one of 2 countries and regions, and it has no percentage'],
  },
  {
    name: 'a country by name, a lower-case code and an unknown region',
    files: { 'partnership.yaml': `${PARTNERSHIP}countries:\n  - code: Bangladesh\n    percentage: 50\n  - code: pk\n    percentage: 50\nregions:\n  - code: 670\n    percentage: 0\n` },
    code: 1,
    findings: ['partnership.yaml:6:11 error unknown-code', 'partnership.yaml:8:11 error unknown-code', 'partnership.yaml:11:11 error unknown-code'],
    says: ['`Bangladesh` is not a country code', 'Did you mean BD Bangladesh? Write the code: `code: BD`.'],
  },
  {
    name: 'an SDG target under the wrong goal, and one that does not exist',
    files: { 'partnership.yaml': `${PARTNERSHIP}sdgs:\n  - goal: 6\n    targets: ['3.b', '6.9']\n` },
    code: 1,
    findings: ['partnership.yaml:7:15 error sdg-target-goal', 'partnership.yaml:7:22 error unknown-code'],
    says: ['Target 3.b belongs to SDG 3: Good health and well-being, not to SDG 6: Clean water and sanitation.', 'Move it under `goal: 3`, or choose a target of goal 6: 6.1, 6.2, 6.3, 6.4, 6.5, 6.6, 6.a or 6.b.'],
  },
  {
    name: 'an SDG target written as a number',
    files: { 'partnership.yaml': `${PARTNERSHIP}sdgs:\n  - goal: 6\n    targets: [6.2]\n` },
    code: 1,
    findings: ['partnership.yaml:7:15 error wrong-type'],
  },
  {
    name: 'a currency IATI does not know, in the IATI settings and a commitment',
    files: {
      'partnership.yaml': `${PARTNERSHIP}iati:\n  default_currency: XYZ\n`,
      'resources.yaml': 'commitments:\n  - id: grant\n    stakeholder: city-water\n    description: A grant\n    type: cash\n    amount: 100\n    currency: USX\n    due: 2026-01-01\n',
    },
    code: 1,
    findings: ['partnership.yaml:6:21 error unknown-code', 'resources.yaml:7:15 error unknown-code'],
    says: ['XYZ is not an ISO 4217 currency code that IATI knows.', 'Use the three-letter ISO 4217 code'],
  },
  {
    name: 'valid sectors, a country and a region sharing 100, goals and targets',
    files: { 'partnership.yaml': `${PARTNERSHIP}sectors:\n  - code: 14032\n    percentage: 75\n  - code: 14022\n    percentage: 25\n  - code: 140\ncountries:\n  - code: PK\n    percentage: 60\nregions:\n  - code: 679\n    percentage: 40\nsdgs:\n  - goal: 6\n    targets: ['6.2', '6.b']\n  - goal: 17\n` },
    code: 0,
    findings: [],
  },
];
