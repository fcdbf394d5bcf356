import type { Io } from '../cli/io.js';
import { ExitCode, UsageError } from '../core/base/diagnostic.js';
import { BUILTIN_RULES, EXPORT_RULES, ruleExplanation } from '../core/check/rules/catalogue.js';
import { findTerm, TERMS } from '../core/base/terms.js';
import { RULES } from '../core/check/rules/index.js';
import { didYouMean } from '../util/did-you-mean.js';
import { inertLine } from '../format/inert.js';

export async function runExplain(id: string | undefined, io: Io): Promise<number> {
  if (!id) {
    let out = 'Good-practice rules (severity can be set per partnership in partnership.yaml `checks:`):\n';
    for (const r of RULES) out += `  ${r.id.padEnd(26)} ${r.defaultSetting === 'warn' ? 'warn ' : 'error'}  ${r.summary}\n`;
    out += '\nChecks that are always errors:\n';
    for (const [rid, text] of Object.entries(BUILTIN_RULES)) out += `  ${rid.padEnd(26)} ${text.split(/(?<=\.) /)[0]}\n`;
    out += '\nFindings of `partner export iati` (the IATI Standard 2.03):\n';
    for (const [rid, { severity, text }] of Object.entries(EXPORT_RULES)) out += `  ${rid.padEnd(26)} ${severity.padEnd(7)}  ${text.split(/(?<=\.) /)[0]}\n`;
    out += '\nTerms the messages use:\n';
    for (const t of TERMS) out += `  ${t.term.padEnd(26)} ${t.text.split(/(?<=[a-z)]\.) (?=[A-Z])/)[0]}\n`;
    out += '\nRun `partner explain <rule>` or `partner explain <term>` for the full explanation.\n';
    io.stdout.write(out);
    return ExitCode.Ok;
  }
  const rule = RULES.find((r) => r.id === id);
  if (rule) {
    io.stdout.write(`${rule.id} (default: ${rule.defaultSetting})\n\n${rule.summary}\n\n${ruleExplanation(rule)}\n\nChange its severity for one partnership in partnership.yaml:\n\n  checks:\n    ${rule.id}: off   # or warn, error\n`);
    return ExitCode.Ok;
  }
  // Own properties only: `partner explain constructor` must not print Object's constructor.
  const builtin = Object.hasOwn(BUILTIN_RULES, id) ? BUILTIN_RULES[id] : undefined;
  if (typeof builtin === 'string') {
    io.stdout.write(`${id} (always an error)\n\n${builtin}\n`);
    return ExitCode.Ok;
  }
  const exported = Object.hasOwn(EXPORT_RULES, id) ? EXPORT_RULES[id] : undefined;
  if (exported) {
    io.stdout.write(`${id} (partner export iati: ${exported.severity === 'error' ? 'an error, no XML is written' : 'a warning, the XML is still written'})\n\n${exported.text}\n`);
    return ExitCode.Ok;
  }
  const term = findTerm(id);
  if (term) {
    io.stdout.write(`${term.term}\n\n${term.text}\n`);
    return ExitCode.Ok;
  }
  const ids = [...RULES.map((r) => r.id), ...Object.keys(BUILTIN_RULES), ...Object.keys(EXPORT_RULES), ...TERMS.map((t) => t.term)];
  const guess = ids.find((r) => r === id.toLowerCase()) ?? didYouMean(id, ids);
  throw new UsageError(`There is no rule or term called \`${printable(id)}\`.`, guess ? `Did you mean \`${guess}\`? Run \`partner explain\` for the list.` : 'Run `partner explain` for the list.');
}

/** What the user typed, safe to echo to a terminal: control characters shown inert (as \x1b ...), at most 80 characters. */
function printable(text: string): string {
  const shown = inertLine(text);
  return shown.length > 80 ? `${shown.slice(0, 79)}…` : shown;
}
