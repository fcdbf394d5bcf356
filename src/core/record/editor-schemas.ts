import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { UsageError } from '../base/diagnostic.js';
import { findModeline, isWebAddress, modelineFor, SCHEMAS_HOME, schemaPathFor, schemasFolder, withModeline } from '../folder/editor-schemas.js';
import { FOLDERS, SINGLE_FILES, type FileKey, type FolderKey } from '../folder/layout.js';
import { MAX_FILE_BYTES } from '../yaml/source.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { lstatOrUndefined } from '../../util/output-path.js';
import { SCHEMA_DIR } from '../../util/package-paths.js';
import { VERSION } from '../../util/version.js';

/** The schema files editors need, by path inside schemas/ (the shipped ones). */
export function editorSchemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(SCHEMA_DIR).sort()) if (name.endsWith('.schema.json')) files.set(name, readFileSync(SCHEMA_DIR + name, 'utf8'));
  return files;
}

export interface EditorSchemasState {
  /** Whether .partner/schemas/<version>/ holds exactly the schemas of this partner. */
  current: boolean;
  /** Other versions' folders in .partner/schemas/. */
  others: string[];
  /** Partnership files (paths inside the folder) whose modeline is missing or points elsewhere. */
  stale: string[];
}

/** Where a partnership folder's editor schemas stand. Reads, never writes. */
export function editorSchemasState(dir: string): EditorSchemasState {
  const home = join(dir, SCHEMAS_HOME);
  const versions = lstatOrUndefined(home)?.isDirectory() ? readdirSync(home).filter((n) => !n.startsWith('.')) : [];
  const folder = join(dir, schemasFolder());
  const current = versions.includes(VERSION) && [...editorSchemaFiles()].every(([rel, text]) => readOrUndefined(join(folder, rel)) === text);
  const stale = partnershipFiles(dir).filter(({ rel, key }) => !pointsRight(readFileSync(join(dir, rel), 'utf8'), key, rel)).map((f) => f.rel);
  return { current, others: versions.filter((v) => v !== VERSION).sort(), stale };
}

export interface WriteResult {
  /** Files whose modeline was added or changed. */
  pointed: string[];
  /** Other versions' folders removed from .partner/schemas/. */
  removed: string[];
}

/**
 * Writes the schemas of this partner into `dir`/.partner/schemas/<version>/ (built beside it, then renamed into
 * place), points every partnership file's modeline there (only that line changes), and removes the folders of other
 * versions. Never writes through a symbolic link.
 */
export function writeEditorSchemas(dir: string, shown: string): WriteResult {
  const home = join(dir, SCHEMAS_HOME);
  for (const p of [join(dir, '.partner'), home]) {
    const stat = lstatOrUndefined(p);
    if (stat && !stat.isDirectory()) throw new UsageError(`${join(shown, p.slice(dir.length + 1))} is ${stat.isSymbolicLink() ? 'a symbolic link' : 'not a folder'}; partner never writes through it, so nothing was written.`, 'Remove it, then run `partner schemas --write` again.');
  }
  mkdirSync(home, { recursive: true });
  const target = join(dir, schemasFolder());
  const tmp = join(home, `.tmp-${randomBytes(4).toString('hex')}`);
  try {
    for (const [rel, text] of editorSchemaFiles()) {
      mkdirSync(join(tmp, rel, '..'), { recursive: true });
      writeFileSync(join(tmp, rel), text, { flag: 'wx' });
    }
    const old = lstatOrUndefined(target) ? `${tmp}-old` : undefined;
    if (old) renameSync(target, old);
    renameSync(tmp, target);
    if (old) rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const pointed: string[] = [];
  for (const { rel, key } of partnershipFiles(dir)) {
    const file = join(dir, rel);
    const text = readFileSync(file, 'utf8');
    if (pointsRight(text, key, rel)) continue;
    writeFileAtomic(file, withModeline(text, modelineFor(key, rel)), { overwrite: true, record: true });
    pointed.push(rel);
  }
  const removed = readdirSync(home).filter((n) => n !== VERSION && !n.startsWith('.') && lstatOrUndefined(join(home, n))?.isDirectory());
  for (const version of removed) rmSync(join(home, version), { recursive: true, force: true });
  return { pointed, removed: removed.sort() };
}

/** Whether a file's modeline points to its schema in this version's folder, or is a web address (the user's choice). */
function pointsRight(text: string, key: FileKey | FolderKey, rel: string): boolean {
  const value = findModeline(text)?.value;
  return value !== undefined && (value === schemaPathFor(key, rel) || isWebAddress(value));
}

/** The partnership's YAML files. */
function partnershipFiles(dir: string): { rel: string; key: FileKey | FolderKey }[] {
  const out: { rel: string; key: FileKey | FolderKey }[] = [];
  // Links and folders are left alone, as are files too large to read (`partner check` reports them).
  const isFile = (rel: string) => {
    const stat = lstatOrUndefined(join(dir, rel));
    return stat?.isFile() === true && stat.size <= MAX_FILE_BYTES;
  };
  for (const key of SINGLE_FILES) if (isFile(`${key}.yaml`)) out.push({ rel: `${key}.yaml`, key });
  for (const key of FOLDERS) {
    if (!lstatOrUndefined(join(dir, key))?.isDirectory()) continue;
    for (const name of readdirSync(join(dir, key)).sort()) if (name.endsWith('.yaml') && isFile(`${key}/${name}`)) out.push({ rel: `${key}/${name}`, key });
  }
  return out;
}

function readOrUndefined(file: string): string | undefined {
  try {
    return lstatSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}
