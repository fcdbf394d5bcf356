/** The formats and the formatter's shape, apart from the table of formatters (index.ts) that loads each on use. */
import type { Diagnostic } from '../core/base/diagnostic.js';

export const FORMATS = ['stylish', 'json', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatInput {
  diagnostics: readonly Diagnostic[];
  /** Partnerships checked, for the summary. */
  partnerships: readonly { dir: string; name?: string; phase?: string }[];
  /** File texts by display path, for code frames. */
  texts: ReadonlyMap<string, string>;
  color: boolean;
  /** Explanations to append, by rule id (from --explain). */
  explanations?: ReadonlyMap<string, string>;
  /** Warnings found but left out of `diagnostics` (--quiet): the summary still counts them. */
  hiddenWarnings?: number;
  /** --max-warnings, when given: the summary says when the warnings (shown or not) exceed it. */
  maxWarnings?: number;
}

/** Formatters are pure: findings in, text out. */
export type Formatter = (input: FormatInput) => string | Promise<string>;
