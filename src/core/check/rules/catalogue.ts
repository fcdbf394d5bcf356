import { RULES } from './index.js';
import { lessonText } from './lessons.js';
import type { Rule } from './rule.js';

/** Rules built into the checker itself (always on), with what they mean. Good-practice rules live in RULES. */
export const BUILTIN_RULES: Record<string, string> = {
  'yaml-syntax': 'The file cannot be read as YAML. Partnership files are YAML: fields as `name: value`, lists with `- `, indentation with spaces, and text in quotes when it holds `: ` or starts with a special character. The finding names the character that caused the problem and gives the line as it should read; problems that only follow from it are not reported.',
  'yaml-duplicate-key': 'A field is written twice at the same level. YAML tools silently keep only one of them, so part of the record would be lost.',
  'yaml-multiple-documents': 'A file holds several YAML documents (separated by `---`). Each partnership file holds one.',
  'yaml-tag': 'YAML tags (`!!binary`, `!!timestamp`, `!!python/object` ...) are refused: partnership files hold plain text, numbers, dates and lists, and tags are a way to smuggle other kinds of data in.',
  'yaml-alias': 'The file expands anchors and aliases (`&a`, `*a`) so many times (more than 200 aliases, or more than 25,000 values once expanded) that reading it, and every export or document made of it, would take huge time and memory (an "alias bomb").',
  'yaml-too-large': 'The file holds more than 10,000 entries (lines with content, plus items of `[ ]` and `{ }`). It is refused where it passes the limit, before parsing: a file that size takes seconds to read and shows nothing a broker can use. No partnership record comes near it.',
  'too-many-findings': 'A file has more than 100 findings: the first 100 are shown, and this one counts the rest (an error if any of them is). Fix those, then check again. Documents are still made when the only errors, shown or not, are about what the phase still needs or good practice.',
  'yaml-too-deep': 'The file nests lists or mappings more than 100 levels deep. The YAML parser recurses once per level, so such a file would take seconds and gigabytes to read, or exhaust the stack; it is refused, at the place, before parsing. No partnership record needs more than a few levels.',
  encoding: 'The file is not UTF-8 text, or is binary.',
  'file-too-large': 'The file is larger than partner reads (2 MB).',
  'unreadable-file': 'The file cannot be read (permissions or a system error). Exit code 2: this is an environment problem.',
  symlink: 'Partnership files must be real files inside the folder. Symbolic links are not followed, so a shared repository cannot make the tool read files elsewhere.',
  'not-a-file': 'A folder sits where a partnership file should be.',
  'not-a-folder': 'A file sits where the assessments/ or reviews/ folder should be.',
  'file-name': 'Files in assessments/ are named after a stakeholder id (kebab-case), files in reviews/ after the review date (YYYY-MM-DD), files in meetings/ after the meeting date (YYYY-MM-DD, then words if several meetings share a day), with the extension .yaml.',
  'unknown-file': 'A YAML file in the folder that partner does not know, often a misspelt name; it is not checked.',
  'unknown-field': 'A field the file format does not have. Often a typo; the schema in schemas/ lists the fields.',
  'missing-field': 'A field the file format requires is missing.',
  'wrong-type': 'A value of the wrong kind: text where a list is expected, a number where text is expected, and so on.',
  'invalid-value': 'A value outside the allowed ones (the closed vocabularies of the seeds: sectors, engagement levels, phases ...) or not in the expected form.',
  'invalid-date': 'A date that is not YYYY-MM-DD or does not exist.',
  'empty-value': 'A field that is present but empty.',
  'duplicate-value': 'A list that names the same value twice.',
  schema: 'The file does not match its schema.',
  'phase-gate': 'The partnership is in a phase whose requirements are not met. What must exist before each phase follows seed 002 The Partnering Process, seed 003 Table 2 and seed 004 steps 1-7; `partner status` lists it as a checklist, and each finding is at the place that falls short (a missing assessment at its partner\'s entry in stakeholders.yaml).',
  'duplicate-id': 'Two entries share an id. Other files refer to entries by id, so ids must be unique.',
  'unknown-stakeholder': 'A reference to a stakeholder id that stakeholders.yaml does not list.',
  'unknown-body': 'A decision rule names a body that decision-rules.yaml does not define.',
  'unknown-need': 'A commitment names a need that resources.yaml does not list.',
  'assessment-mismatch': 'An assessment file\'s `stakeholder:` differs from its file name.',
  'review-date-mismatch': 'A review file\'s `date:` differs from its file name.',
  'unknown-decision-rule': 'A meeting\'s decision names a kind of decision that decision-rules.yaml does not list.',
  'meeting-date-mismatch': 'A meeting file\'s `date:` differs from the date its file name starts with.',
  'date-order': 'Dates out of order: something ends before it starts, or a measurement predates its baseline.',
  'unknown-rule': '`checks:` in partnership.yaml names a rule that does not exist (often a misspelt id): an error, since the setting would otherwise be silently ignored. The finding suggests the nearest rule id.',
  'unknown-code': 'A code that the IATI 2.03 codelists do not have: a sector of activity (5-digit DAC sector or 3-digit DAC category), a country (ISO 3166-1, two letters), a region (OECD DAC), a target of the Sustainable Development Goals, or a currency (ISO 4217). Registries, donors and IATI read these codes (seed 000: "developing a typology of partnerships; more specifically identifying targets; and measuring progress"); the finding names the nearest codes, and words in place of a code get suggestions by name.',
  'withdrawn-code': 'A code that IATI has withdrawn from its codelist: it was valid once, but registries may now refuse it. Choose the current code in its place.',
  percentages: 'Shares that do not add up. With more than one sector of a kind (5-digit sectors, 3-digit categories), each has a percentage and they add up to 100; the countries and regions together likewise; a single entry has no percentage or 100. These are IATI\'s rules (Standard ruleset 2.1 and 3.1-3.4), and a reader of the record needs them to know where the work goes.',
  'sdg-target-goal': 'A target of the Sustainable Development Goals listed under a goal it does not belong to: target 3.b is part of goal 3, so it goes under `goal: 3`.',
  'schema-line': 'A file\'s first line, `# yaml-language-server: $schema=...`, tells editors (VS Code\'s YAML extension and others using yaml-language-server) which schema gives completion and help. It should point to the schemas kept inside the partnership folder, in .partner/schemas/<version>/: a path outside the folder (such as the place partner was installed on one machine) stops working once the folder is moved or cloned, and editors then show "Unable to load schema". `partner schemas --write` puts the schemas there and fixes the line.',
  'schema-version': 'A file\'s editor schema line points to the schemas of another version of partner in .partner/schemas/, so the editor checks against fields and values that may have changed. `partner schemas --write` writes the schemas of the version you run and points every file to them.',
};

/**
 * Findings of `partner export iati` only, against the IATI Activity Standard 2.03 (../shared/standards/): `partner
 * check` never reports them, as a partnership need not publish to IATI.
 */
export const EXPORT_RULES: Record<string, { severity: 'error' | 'warning'; text: string }> = {
  'iati-required': {
    severity: 'error',
    text: 'Something the IATI Standard 2.03 requires of an activity is missing, so no XML is written. IATI requires the `iati:` settings in partnership.yaml (the reporting organisation with its identifier, name and type, and an `activity_id:`), a description (`issue:` or `vision:`), a start date (`duration:` `start:`), at least one participating organisation, and for each cash commitment its amount, currency and date. Each finding says what to add.',
  },
  'iati-recommended': {
    severity: 'warning',
    text: 'Something the IATI Standard 2.03 asks for is missing; the XML is still written without it. IATI asks for an organisation type for each participating organisation (set `iati: org_type:` on a stakeholder whose sector does not say it), a `delivered_on:` date for a delivered commitment, and a baseline for each indicator.',
  },
};

export function explanationFor(id: string): string {
  const rule = RULES.find((r) => r.id === id);
  if (rule) return ruleExplanation(rule);
  if (Object.hasOwn(BUILTIN_RULES, id)) return BUILTIN_RULES[id]!;
  return Object.hasOwn(EXPORT_RULES, id) ? EXPORT_RULES[id]!.text : 'No explanation recorded.';
}

/** A rule's explanation, then the lessons of seed 003 it supports, quoted. */
export function ruleExplanation(rule: Rule): string {
  const lessons = lessonText(rule.lessons);
  return lessons ? `${rule.explanation}\n\n${lessons}` : rule.explanation;
}
