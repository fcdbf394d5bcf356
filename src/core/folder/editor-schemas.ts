import type { Diagnostic } from '../base/diagnostic.js';
import { SCHEMA_FILE, type FileKey, type FolderKey } from './layout.js';
import { VERSION } from '../../util/version.js';

/**
 * Editor support that survives moving and cloning: each partnership folder carries the schemas of the partner
 * that wrote them, in `.partner/schemas/<version>/`, and every file's first line points there by a relative path
 * (`# yaml-language-server: $schema=...`), which yaml-language-server (VS Code's YAML extension and others) reads.
 * Nothing outside the folder is named, so a copy, a move or a clone on another machine keeps working offline.
 */
export const SCHEMAS_HOME = '.partner/schemas';

const MODELINE = /^#\s*yaml-language-server:\s*\$schema=(\S*)\s*$/;
/** The modeline among a file's first lines: comments and blank lines before the first content. */
const LEADING = /^(?:[ \t]*(?:#.*)?(?:\r?\n|$))*/;

/** The folder, inside a partnership, holding the schemas of `version`. */
export function schemasFolder(version = VERSION): string {
  return `${SCHEMAS_HOME}/${version}`;
}

/** The path from a file at `rel` (its path inside the partnership folder) up to the partnership folder. */
function upTo(rel: string): string {
  return '../'.repeat(rel.split('/').length - 1);
}

/** Where the modeline of a file of `key` at `rel` points: its schema in the folder's schemas of `version`. */
export function schemaPathFor(key: FileKey | FolderKey, rel: string, version = VERSION): string {
  return `${upTo(rel)}${schemasFolder(version)}/${SCHEMA_FILE[key]}`;
}

/** The modeline for a file of `key` at `rel`. */
export function modelineFor(key: FileKey | FolderKey, rel: string, version = VERSION): string {
  return `# yaml-language-server: $schema=${schemaPathFor(key, rel, version)}`;
}

/** A modeline naming a web address is the user's choice (a schema store, a server of their own): left alone. */
export function isWebAddress(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
}

interface Found {
  value: string;
  /** 0-based offset of the line, and of the value in the text. */
  lineStart: number;
  valueStart: number;
  lineEnd: number;
}

/** The modeline of `text`, if one of its leading comment lines is one. */
export function findModeline(text: string): Found | undefined {
  const leading = LEADING.exec(text)?.[0] ?? '';
  let start = 0;
  for (const line of leading.split('\n')) {
    const bare = line.replace(/\r$/, '');
    const m = MODELINE.exec(bare.trim());
    if (m) return { value: m[1]!, lineStart: start, valueStart: start + bare.indexOf('$schema=') + '$schema='.length, lineEnd: start + bare.length };
    start += line.length + 1;
  }
  return undefined;
}

/** `text` with its modeline replaced by `line`, or `line` added at the top when it has none. */
export function withModeline(text: string, line: string): string {
  const found = findModeline(text);
  if (!found) return `${line}\n${text}`;
  return text.slice(0, found.lineStart) + line + text.slice(found.lineEnd);
}

export interface ModelineFile {
  key: FileKey | FolderKey;
  rel: string;
  /** The path to show in findings. */
  file: string;
  text: string;
}

/**
 * Findings for modelines that will not work where the folder goes: one that points outside the folder (an installed
 * partner's own schemas, as partner 0.1.0 and earlier wrote) or at the wrong file, and one that points at the schemas
 * of another version. A file without a modeline, or with a web address, is the user's choice and is left alone.
 */
export function modelineFindings(files: readonly ModelineFile[], version = VERSION): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of files) {
    const found = findModeline(f.text);
    if (!found || isWebAddress(found.value) || found.value === schemaPathFor(f.key, f.rel, version)) continue;
    const line = f.text.slice(0, found.lineStart).split('\n').length;
    const at = { file: f.file, line, column: found.valueStart - found.lineStart + 1, severity: 'warning' as const };
    const hint = `Run \`partner schemas --write\` in the partnership folder: it writes the schemas of partner ${version} into ${schemasFolder(version)}/ and points every file there.`;
    const other = otherVersion(f, found.value);
    if (other) out.push({ ...at, rule: 'schema-version', message: `The editor's schema line points to the schemas of partner ${other}, but this is partner ${version}: the editor may offer fields and values that partner ${version} refuses, or miss new ones.`, hint });
    else out.push({ ...at, rule: 'schema-line', message: `The editor's schema line points to \`${found.value}\`, not to this file's schema in ${schemasFolder(version)}/ inside the partnership folder: once the folder is moved or cloned, editors show "Unable to load schema".`, hint });
  }
  return out;
}

/** The version, when `value` is this file's schema in another version's folder. */
function otherVersion(f: ModelineFile, value: string): string | undefined {
  const prefix = `${upTo(f.rel)}${SCHEMAS_HOME}/`;
  if (!value.startsWith(prefix)) return undefined;
  const [version, name, ...rest] = value.slice(prefix.length).split('/');
  return rest.length === 0 && name === SCHEMA_FILE[f.key] && version && version !== '.' && version !== '..' ? version : undefined;
}
