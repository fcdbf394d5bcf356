/**
 * Findings that leave the content to be judged, not the data broken: what the phase still needs (documents show
 * that as open items), good-practice rules a partnership raised to `error`, a misspelt `checks:` entry, and the count
 * of such findings past the per-file cap. Documents and exports are still made when these are the only errors.
 */
import { RULES } from './rules/index.js';

export const CONTENT_RULES: ReadonlySet<string> = new Set(['phase-gate', 'unknown-rule', 'too-many-gaps', ...RULES.map((r) => r.id)]);
