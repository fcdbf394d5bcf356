import type { ErrorObject, ValidateFunction } from 'ajv';
import * as validators from '../../generated/validators.js';
import type { FileKey, FolderKey } from '../folder/layout.js';

export { SCHEMA_DIR } from '../../util/package-paths.js';
export const SCHEMA_BASE = 'https://cdn.jsdelivr.net/npm/partnering/schemas/';

export type SchemaError = ErrorObject;

/** How many validations ran, for regression tests of work done (never timing). */
export const schemaStats = { validations: 0 };

// The validators are compiled from schemas/ at build time (scripts/compile-validators.mjs), so start-up is cheap.
function run(fn: ValidateFunction, data: unknown): SchemaError[] {
  schemaStats.validations++;
  return fn(data) ? [] : [...(fn.errors ?? [])];
}

const FILE_VALIDATORS: Record<FileKey | FolderKey, ValidateFunction> = {
  partnership: validators.file_partnership,
  stakeholders: validators.file_stakeholders,
  'decision-rules': validators.file_decision_rules,
  communication: validators.file_communication,
  indicators: validators.file_indicators,
  resources: validators.file_resources,
  risks: validators.file_risks,
  assessments: validators.file_assessments,
  reviews: validators.file_reviews,
  meetings: validators.file_meetings,
};

/** Validates one file's data against its own schema. */
export function validateFile(key: FileKey | FolderKey, data: unknown): SchemaError[] {
  return run(FILE_VALIDATORS[key], data);
}
