/** One finding, from any check, in the shape every formatter takes. Lines and columns start at 1. */
export interface Diagnostic {
  /** Path of the file as the user would type it (relative to where `partner` was run, or absolute). */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  /** Stable rule id, e.g. `unknown-field` or `max-active-partners`; see `partner explain`. */
  rule: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** What would be right, when the tool can say. */
  hint?: string;
}

export type Severity = 'error' | 'warning';

export { ExitCode, UsageError } from '../../util/errors.js';

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors++;
  return { errors, warnings: diagnostics.length - errors };
}
