import { Chalk } from 'chalk';
import { countBySeverity, type Diagnostic } from '../core/base/diagnostic.js';
import type { Formatter } from './types.js';
import { inertLine } from './inert.js';

/** Grouped per file, compiler-style `file:line:col severity message rule`, each with the offending line shown. */
export const stylish: Formatter = ({ diagnostics, texts, color, explanations, partnerships, hiddenWarnings = 0, maxWarnings }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  let out = '';
  for (const [file, list] of byFile) {
    // Names, messages and source lines are data: shown inert (src/format/inert.ts), then coloured.
    const name = inertLine(file);
    out += `${c.underline(name)}\n`;
    const lines = texts.get(file)?.split(/\r?\n/);
    for (const d of list) {
      const sev = d.severity === 'error' ? c.red('error') : c.yellow('warning');
      out += `  ${name}:${d.line}:${d.column} ${sev} ${inertLine(d.message)} ${c.dim(inertLine(d.rule))}\n`;
      const src = lines?.[d.line - 1];
      if (src !== undefined && src.trim() !== '') {
        const { shown, caret } = frame(src, d.column);
        const gutter = String(d.line).padStart(5);
        out += `${c.dim(`${gutter} |`)} ${shown}\n`;
        out += `${c.dim(`${' '.repeat(5)} |`)} ${' '.repeat(caret)}${c.red('^')}\n`;
      }
      if (d.hint) out += `        ${c.cyan('hint:')} ${inertLine(d.hint)}\n`;
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
  out += summaryLine(countBySeverity(diagnostics), partnerships.length, hiddenWarnings, maxWarnings, c);
  return out;
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The last line: what was found, counting the warnings --quiet left out, so that it never says "no problems" when
 * there are warnings, and never shows a tick when --max-warnings makes the check fail.
 */
function summaryLine(shown: { errors: number; warnings: number }, count: number, hidden: number, maxWarnings: number | undefined, c: InstanceType<typeof Chalk>): string {
  const what = count === 1 ? '1 partnership' : `${count} partnerships`;
  const { errors, warnings } = shown;
  if (errors + warnings + hidden === 0) return `${c.green('✔')} ${what} checked: no problems.\n`;
  const tooMany = maxWarnings !== undefined && warnings + hidden > maxWarnings;
  const notShown = hidden ? `${plural(hidden, 'warning')} not shown (--quiet)` : '';
  const limit = tooMany ? `, more than --max-warnings ${maxWarnings}` : '';
  if (errors + warnings === 0) return `${tooMany ? c.red('✖') : c.green('✔')} ${what} checked: no errors; ${notShown}${limit}.\n`;
  const found = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${notShown ? ` (and ${notShown})` : ''}`;
  return `${errors || tooMany ? c.red('✖') : c.yellow('⚠')} ${found} in ${what}${limit}.\n`;
}

/** At most 160 characters of a source line, around the column when it is far to the right; the caret's offset in it. */
export function frame(src: string, column: number): { shown: string; caret: number } {
  const at = Math.max(0, Math.min(column - 1, src.length));
  if (src.length <= 160) return { shown: inertLine(src), caret: inertLine(src.slice(0, at)).length };
  const start = at > 120 ? at - 80 : 0;
  const piece = src.slice(start, start + 157);
  const before = inertLine(src.slice(start, at));
  const shown = `${start > 0 ? '...' : ''}${inertLine(piece)}${start + 157 < src.length ? '...' : ''}`;
  return { shown, caret: (start > 0 ? 3 : 0) + before.length };
}
