import { Chalk } from 'chalk';
import { countBySeverity, type Diagnostic } from '../core/base/diagnostic.js';
import type { Formatter } from './types.js';

/** Grouped per file, compiler-style `file:line:col severity message rule`, each with the offending line shown. */
export const stylish: Formatter = ({ diagnostics, texts, color, explanations, partnerships }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  let out = '';
  for (const [file, list] of byFile) {
    out += `${c.underline(file)}\n`;
    const lines = texts.get(file)?.split(/\r?\n/);
    for (const d of list) {
      const sev = d.severity === 'error' ? c.red('error') : c.yellow('warning');
      out += `  ${file}:${d.line}:${d.column} ${sev} ${d.message} ${c.dim(d.rule)}\n`;
      const src = lines?.[d.line - 1];
      if (src !== undefined && src.trim() !== '') {
        const shown = src.length > 160 ? `${src.slice(0, 157)}...` : src;
        const gutter = String(d.line).padStart(5);
        out += `${c.dim(`${gutter} |`)} ${shown}\n`;
        out += `${c.dim(`${' '.repeat(5)} |`)} ${' '.repeat(Math.min(d.column - 1, 160))}${c.red('^')}\n`;
      }
      if (d.hint) out += `        ${c.cyan('hint:')} ${d.hint}\n`;
    }
    out += '\n';
  }
  if (explanations?.size) {
    out += `${c.bold('About these rules')}\n`;
    for (const [rule, text] of explanations) out += `  ${c.bold(rule)}: ${text}\n`;
    out += '\n';
  }
  // Messages cite the seeds (the source documents of the rules): say once what they are.
  if (diagnostics.some((d) => /\bseeds? \d{3}\b/i.test(`${d.message} ${d.hint ?? ''}`))) out += `${c.dim('Seeds are the source documents the rules come from: `partner explain seed 003` says which is which.')}\n\n`;
  const { errors, warnings } = countBySeverity(diagnostics);
  const what = partnerships.length === 1 ? `1 partnership` : `${partnerships.length} partnerships`;
  if (errors + warnings === 0) out += `${c.green('✔')} ${what} checked: no problems.\n`;
  else {
    const summary = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
    out += `${errors ? c.red('✖') : c.yellow('⚠')} ${summary} in ${what}.\n`;
  }
  return out;
};
