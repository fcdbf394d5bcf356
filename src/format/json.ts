import { countBySeverity } from '../core/base/diagnostic.js';
import type { Formatter } from './types.js';
import { inertJson } from './inert.js';

/**
 * The documented, stable JSON shape (version 1): { version, summary: { errors, warnings, partnerships },
 * partnerships: [{ dir, name, phase }], diagnostics: [{ file, line, column, severity, rule, message, hint }] }.
 */
export const json: Formatter = ({ diagnostics, partnerships }) => {
  const { errors, warnings } = countBySeverity(diagnostics);
  const out = {
    version: 1,
    summary: { errors, warnings, partnerships: partnerships.length },
    partnerships: partnerships.map((p) => ({ dir: p.dir, name: p.name ?? null, phase: p.phase ?? null })),
    diagnostics: diagnostics.map((d) => ({ file: d.file, line: d.line, column: d.column, severity: d.severity, rule: d.rule, message: d.message, hint: d.hint ?? null })),
  };
  return `${inertJson(JSON.stringify(out, null, 2))}\n`;
};
