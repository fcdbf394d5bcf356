/**
 * Real-world mistakes a broker makes when editing partnership files by hand (test/mistakes.test.ts). Each case
 * changes one of the valid BASE files and names the exact place of each error it causes. The test checks that the
 * message speaks no parser jargon, and applies every hint literally: the file must then be valid.
 */
export interface MistakeCase {
  name: string;
  file: string;
  /** Text of the BASE file to replace (exactly once), and what replaces it. */
  from: string;
  to: string;
  /** Every error, as `line:column`, in order. */
  at: string[];
  /** Words the first message must contain. */
  says?: string[];
  /** Write the whole file with Windows line endings. */
  crlf?: boolean;
  /** Other files changed the same way, with their own errors. */
  also?: { file: string; from: string; to: string; at: string[] }[];
}

export const BASE: Record<string, string> = {
  'partnership.yaml': `name: Riverside Water Partnership
phase: scoping
issue: Households along the river have no safe drinking water.
vision: Safe water for every household by 2030.
convener:
  name: Riverside Council of Elders
  credibility: The elders settled the last dispute over the wells.
`,
  'stakeholders.yaml': `stakeholders:
  - id: city-water
    name: City Water Department
    sector: public
    interests:
      - reliable supply
      - fair tariffs
    motivations:
      - public health mandate
  - id: river-women
    name: Riverside Women's Association
    sector: civil-society
    interests:
      - clean water close to home
    motivations:
      - social development
  - id: river-bottling
    name: Riverside Bottling Company
    sector: private
    donor: true
    interests:
      - a clean river upstream of its plant
    motivations:
      - its name in the town
`,
  'resources.yaml': `commitments:
  - id: city-pipes
    stakeholder: city-water
    description: Pipes for the river lanes
    type: cash
    amount: 25000
    currency: USD
    due: 2026-06-30
    status: agreed
  - id: women-labour
    stakeholder: river-women
    description: Digging the trenches
    type: in-kind
    due: 2026-03-31
    status: agreed
`,
};

const P = 'partnership.yaml';
const S = 'stakeholders.yaml';
const R = 'resources.yaml';

export const MISTAKES: MistakeCase[] = [
  // Text that YAML reads as something else
  { name: 'a colon and a space in text', file: P, from: 'issue: Households', to: 'issue: Note: households', at: ['3:12'], says: ['colon', 'quotes'] },
  { name: 'text ending with a colon', file: P, from: 'vision: Safe water for every household by 2030.', to: 'vision: Three aims:', at: ['4:19'], says: ['ends with a colon'] },
  { name: 'a colon in a nested field', file: P, from: '  name: Riverside Council of Elders', to: '  name: Council: the elders of Riverside', at: ['6:16'] },
  { name: 'a colon in a list item that also has a colon', file: S, from: '      - fair tariffs', to: '      - Tariffs: fair: under 5% of income', at: ['7:16'] },
  { name: 'curly quotes around text with a colon', file: P, from: 'issue: Households along the river have no safe drinking water.', to: 'issue: “Note: no safe drinking water”', at: ['3:8'], says: ['Curly quotes'] },
  { name: 'text starting with @', file: P, from: '  name: Riverside', to: '  name: @Riverside', at: ['6:9'], says: ['`@`'] },
  { name: 'text starting with a backtick', file: P, from: 'vision: Safe water', to: 'vision: `Safe` water', at: ['4:9'] },
  { name: 'text starting with %', file: P, from: 'vision: Safe water for every household by 2030.', to: 'vision: %100 of households with safe water', at: ['4:9'] },
  { name: 'text starting with * for emphasis', file: P, from: 'vision: Safe water', to: 'vision: *Safe* water', at: ['4:9'] },
  { name: 'text starting with | as a separator', file: P, from: 'vision: Safe water', to: 'vision: |Safe| water', at: ['4:9'] },
  { name: 'text starting with > as in an e-mail', file: P, from: 'vision: Safe water', to: 'vision: > 5 years of safe water', at: ['4:9'] },
  // Quotes and brackets
  { name: 'a double quote never closed', file: P, from: 'issue: Households along the river have no safe drinking water.', to: 'issue: "Households along the river have no safe drinking water.', at: ['3:8'], says: ['never closed'] },
  { name: 'a single quote never closed', file: P, from: 'vision: Safe water for every household by 2030.', to: "vision: 'Safe water for every household by 2030.", at: ['4:9'] },
  { name: 'a quote never closed, far above the end of the file', file: S, from: '    name: City Water Department', to: '    name: "City Water Department', at: ['3:11'] },
  { name: 'an apostrophe inside single quotes', file: P, from: 'name: Riverside Water Partnership', to: "name: 'Riverside's Water Partnership'", at: ['1:17'], says: ['apostrophe'] },
  { name: 'quoted words inside double quotes', file: P, from: 'vision: Safe water for every household by 2030.', to: 'vision: "Safe "clean" water for all"', at: ['4:15'] },
  { name: 'text after the closing quote', file: P, from: 'name: Riverside Water Partnership', to: 'name: "Riverside" Water Partnership', at: ['1:17'], says: ['closing quote'] },
  { name: 'a backslash inside double quotes', file: P, from: 'issue: Households along the river have no safe drinking water.', to: 'issue: "Wells at C:\\data show no safe water"', at: ['3:20'], says: ['backslash'] },
  { name: 'a bracket never closed', file: S, from: '    interests:\n      - reliable supply\n      - fair tariffs', to: '    interests: [reliable supply, fair tariffs', at: ['5:16'], says: ['never closed'] },
  // Indentation
  { name: 'a tab for indentation', file: P, from: '  name: Riverside', to: '\tname: Riverside', at: ['6:1'], says: ['tab', 'spaces'] },
  { name: 'a tab before a list item', file: S, from: '  - id: river-women', to: '\t- id: river-women', at: ['10:1'] },
  { name: 'two tabs for a nested field', file: S, from: '    sector: public', to: '\t\tsector: public', at: ['4:1'] },
  { name: 'a tab after spaces', file: R, from: '    amount: 25000', to: '  \tamount: 25000', at: ['6:3'] },
  { name: 'a field indented one space too far', file: S, from: '    sector: public', to: '     sector: public', at: ['4:6'], says: ['line up'] },
  { name: 'a field indented one space short', file: S, from: '    sector: public', to: '   sector: public', at: ['4:4'] },
  { name: 'a list item out of line with the one before', file: S, from: '  - id: river-women', to: '   - id: river-women', at: ['10:4'] },
  { name: 'a nested field out of line', file: P, from: '  credibility:', to: '   credibility:', at: ['7:4'] },
  { name: 'a list item indented less than its siblings', file: S, from: '      - fair tariffs', to: '     - fair tariffs', at: ['7:6'] },
  // Missing spaces and marks
  { name: 'no space after the colon', file: P, from: 'phase: scoping', to: 'phase:scoping', at: ['2:6'], says: ['space after'] },
  { name: 'no space after a nested colon', file: P, from: '  credibility: The', to: '  credibility:The', at: ['7:14'] },
  { name: 'no space after the dash', file: S, from: '      - fair tariffs', to: '      -fair tariffs', at: ['7:7'], says: ['space after its dash'] },
  { name: 'no colon after a field name', file: P, from: 'phase: scoping', to: 'phase scoping', at: ['2:6'], says: ['no colon'] },
  { name: 'a long text wrapped onto an unindented line', file: P, from: 'issue: Households along the river have no safe drinking water.', to: 'issue: Households along the river have\nno safe drinking water.', at: ['4:1'], says: ['goes on with'] },
  { name: 'a list started on the same line as its field', file: S, from: '    interests:\n      - reliable supply', to: '    interests: - reliable supply', at: ['5:16'] },
  // Line endings and several problems at once
  { name: 'Windows line endings and a colon in text', file: P, from: 'issue: Households', to: 'issue: Note: households', at: ['3:12'], crlf: true },
  { name: 'Windows line endings and a tab', file: S, from: '    sector: public', to: '\tsector: public', at: ['4:1'], crlf: true },
  { name: 'two independent mistakes in one file', file: P, from: 'issue: Households along the river have no safe drinking water.\nvision: Safe water for every household by 2030.\nconvener:\n  name: Riverside', to: 'issue: Note: households along the river have no safe drinking water.\nvision: Safe water for every household by 2030.\nconvener:\n\tname: Riverside', at: ['3:12', '6:1'] },
  { name: 'three mistakes in one file', file: S, from: '    sector: public\n    interests:\n      - reliable supply\n      - fair tariffs', to: '    sector:public\n    interests:\n      - reliable supply\n      -fair tariffs', at: ['4:11', '7:7'], also: [{ file: P, from: 'phase: scoping', to: 'phase scoping', at: ['2:6'] }] },
  { name: 'a syntax error in one file, a wrong value in another', file: P, from: 'issue: Households', to: 'issue: Note: households', at: ['3:12'], also: [{ file: S, from: '    sector: public', to: '    sector: pubic', at: ['4:13'] }] },
  // Values YAML reads, but not as meant
  { name: 'a number with thousands separators', file: R, from: '    amount: 25000', to: '    amount: 25,000', at: ['6:13'], says: ['25000'] },
  { name: 'a number with a currency sign', file: R, from: '    amount: 25000', to: '    amount: $25,000', at: ['6:13'] },
  { name: 'a number with spaces between thousands', file: R, from: '    amount: 25000', to: '    amount: 25 000', at: ['6:13'] },
  { name: 'a number with its currency after it', file: R, from: '    amount: 25000', to: '    amount: 25000 USD', at: ['6:13'] },
  { name: 'a number in quotes', file: R, from: '    amount: 25000', to: '    amount: "25000"', at: ['6:13'] },
  { name: 'a date written day/month/year', file: R, from: '    due: 2026-06-30', to: '    due: 30/06/2026', at: ['8:10'], says: ['2026-06-30'] },
  { name: 'a date written month/day/year', file: R, from: '    due: 2026-06-30', to: '    due: 06/30/2026', at: ['8:10'] },
  { name: 'a date written with dots', file: R, from: '    due: 2026-03-31', to: '    due: 31.03.2026', at: ['14:10'] },
  { name: 'a date that does not exist', file: R, from: '    due: 2026-06-30', to: '    due: 2026-06-31', at: ['8:10'] },
  { name: 'yes for true', file: S, from: '    donor: true', to: '    donor: yes', at: ['20:12'], says: ['true'] },
  { name: 'No for false', file: S, from: '    donor: true', to: '    donor: No', at: ['20:12'] },
  { name: 'true in quotes', file: S, from: '    donor: true', to: '    donor: "true"', at: ['20:12'] },
  { name: 'a list written as a sentence', file: S, from: '    interests:\n      - reliable supply\n      - fair tariffs', to: '    interests: reliable supply, fair tariffs', at: ['5:16'], says: ['list'] },
  { name: 'a list written with "and"', file: S, from: '    motivations:\n      - social development', to: '    motivations: social development and health', at: ['15:18'] },
  { name: 'a list pasted with bullets', file: S, from: '      - reliable supply\n      - fair tariffs', to: '      • reliable supply\n      • fair tariffs', at: ['6:7'], says: ['•'] },
  { name: 'a list item with a colon', file: S, from: '      - fair tariffs', to: '      - Fair tariffs: under 5% of income', at: ['7:21'], says: ['colon'] },
  { name: 'a list item starting with #', file: S, from: '      - fair tariffs', to: '      - #2 fair tariffs', at: ['7:9'], says: ['#'] },
  { name: 'a number where text is meant', file: P, from: 'name: Riverside Water Partnership', to: 'name: 2030', at: ['1:7'] },
  { name: 'a field name misspelt', file: P, from: 'vision:', to: 'vison:', at: ['4:1'], says: ['vision'] },
  { name: 'a field name with a space instead of an underscore', file: R, from: '    status: agreed\n  - id: women', to: '    status: agreed\n    delivered on: 2026-01-10\n  - id: women', at: ['10:5'] },
  { name: 'a value misspelt', file: S, from: '    sector: public', to: '    sector: pubic', at: ['4:13'], says: ['public'] },
  { name: 'a value with a capital', file: P, from: 'phase: scoping', to: 'phase: Scoping', at: ['2:8'] },
  { name: 'a value written as words', file: S, from: '    sector: civil-society', to: '    sector: Civil society', at: ['12:13'] },
  { name: 'non-breaking spaces pasted from a word processor', file: P, from: '  credibility:', to: '\u00a0\u00a0credibility:', at: ['7:1'], says: ['non-breaking'] },
];
