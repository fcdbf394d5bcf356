/**
 * The limits that stop hostile or runaway input early, each with a finding at the place where it is passed (or a
 * usage error), long before the work or memory it would take. No honest partnership comes near any of them: the
 * largest example file is 12 KB, 311 lines. SECURITY.md lists them for users; keep the two in step.
 */

/** Bytes per partnership file. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Levels of nesting (lists and mappings) per file, found before the YAML parser (which recurses) sees it. */
export const MAX_NESTING = 100;
/**
 * Entries per file, counted before parsing: lines with content, plus items of `[ ]` and `{ }`. This bounds the
 * nodes as written, so also the keys of any mapping and the items of any list.
 */
export const MAX_ENTRIES = 10_000;
/** Aliases (`*name`) a file may expand. */
export const MAX_ALIAS_COUNT = 200;
/** Values a file holds once its aliases are expanded: what every later step (check, export, render) walks. */
export const MAX_EXPANDED_NODES = 25_000;
/** Findings shown per file; the rest are counted in one last finding. */
export const MAX_FINDINGS_PER_FILE = 100;
