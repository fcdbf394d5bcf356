import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../base/diagnostic.js';
import { DATE_FILE_PATTERN, FOLDERS, MEETING_FILE_PATTERN, ID_PATTERN, KNOWN_NAMES, SINGLE_FILES, type FileKey, type FolderKey } from './layout.js';
import { MAX_FILE_BYTES, parseYaml, type YamlSource } from '../yaml/source.js';
import { didYouMean } from '../../util/did-you-mean.js';

/** Where a file sits in the folder model: a single file, or one entry of assessments/ or reviews/. */
export interface FileSlot {
  key: FileKey | FolderKey;
  /** For assessments and reviews: the file name without `.yaml` (stakeholder id or date). */
  entry?: string;
}

export interface LoadedFile extends FileSlot {
  /** Path inside the partnership folder, with forward slashes, e.g. `assessments/acme.yaml`. */
  rel: string;
  source: YamlSource;
}

export interface LoadedFolder {
  /** The folder as the user named it, used to build display paths. */
  dir: string;
  files: LoadedFile[];
  /** Paths (rel) of files that exist but could not be read or parsed into data. */
  broken: Set<string>;
  diagnostics: Diagnostic[];
  /** Counter for the benchmark's regression tests: how many files were read. */
  filesRead: number;
}

/**
 * Reads and parses every partnership file in `dir`. Never throws for anything a user can cause. `overrides` (path
 * inside the folder → text) stand in for files on disk, present or not: how a writer checks the folder it would leave.
 */
export function loadFolder(dir: string, overrides: ReadonlyMap<string, string> = NONE): LoadedFolder {
  const out: LoadedFolder = { dir, files: [], broken: new Set(), diagnostics: [], filesRead: 0 };
  const display = (rel: string) => join(dir, rel);
  const listing = listTyped(dir);
  const listed = withOverrides(listing ?? new Map(), overrides, '');
  const entries = [...listed.keys()];
  // What the listing says of an entry (as lstat would, without a system call per file): a name it does not hold is
  // not there. Only a folder that could not be listed is asked with lstat, name by name.
  const kind = (name: string): Kind | undefined => listed.get(name) ?? (listing ? undefined : lstatOrUndefined(join(dir, name)));

  for (const key of SINGLE_FILES) {
    const rel = `${key}.yaml`;
    const stat = kind(rel);
    if (stat) readInto(out, rel, stat, { key }, overrides.get(rel));
  }
  for (const key of FOLDERS) {
    const stat = kind(key);
    if (!stat) continue;
    if (stat.isSymbolicLink()) {
      out.diagnostics.push(symlinkFinding(display(key)));
      continue;
    }
    if (!stat.isDirectory()) {
      out.diagnostics.push({ file: display(key), line: 1, column: 1, severity: 'error', rule: 'not-a-folder', message: `${key} should be a folder holding one YAML file per ${key === 'assessments' ? 'partner' : key === 'meetings' ? 'meeting' : 'review'}, but it is a file.`, hint: `Move its content into ${key}/<${key === 'assessments' ? 'stakeholder-id' : 'YYYY-MM-DD'}>.yaml.` });
      continue;
    }
    const inFolder = withOverrides(listTyped(join(dir, key)) ?? new Map(), overrides, `${key}/`);
    for (const name of [...inFolder.keys()].sort()) {
      const rel = `${key}/${name}`;
      if (name.startsWith('.')) continue;
      if (!/\.ya?ml$/.test(name)) continue;
      const stem = name.replace(/\.ya?ml$/, '');
      const okName = key === 'assessments' ? ID_PATTERN.test(stem) : key === 'meetings' ? MEETING_FILE_PATTERN.test(stem) : DATE_FILE_PATTERN.test(stem);
      if (!okName || name.endsWith('.yml')) {
        out.diagnostics.push({
          file: display(rel), line: 1, column: 1, severity: 'error', rule: 'file-name',
          message: key === 'assessments' ? `An assessment file is named after its stakeholder id (kebab-case), so \`${name}\` is not read.` : key === 'meetings' ? `A meeting file is named after its date, YYYY-MM-DD.yaml or YYYY-MM-DD-<words>.yaml, so \`${name}\` is not read.` : `A review file is named after its date, YYYY-MM-DD.yaml, so \`${name}\` is not read.`,
          hint: key === 'assessments' ? `Rename it to ${slugHint(stem)}.yaml.` : 'Rename it, for example to 2025-06-30.yaml.',
        });
        continue;
      }
      const stat = inFolder.get(name);
      if (stat) readInto(out, rel, stat, { key, entry: stem }, overrides.get(rel));
    }
  }
  for (const name of entries) {
    if (name.startsWith('.') || KNOWN_NAMES.includes(name)) continue;
    if (!/\.ya?ml$/.test(name)) continue;
    const asYaml = name.replace(/\.yml$/, '.yaml');
    const suggestion = KNOWN_NAMES.includes(asYaml) ? asYaml : didYouMean(name, KNOWN_NAMES.filter((n) => n.endsWith('.yaml')));
    out.diagnostics.push({
      file: display(name), line: 1, column: 1, severity: 'warning', rule: 'unknown-file',
      message: `\`${name}\` is not one of the partnership files, so it is not checked.`,
      hint: suggestion ? `Did you mean ${suggestion}? Rename it.` : `The files are: ${KNOWN_NAMES.join(', ')}.`,
    });
  }
  return out;
}

/** The type of a directory entry, from a listing (Dirent) or from lstat (Stats). */
type Kind = Pick<Dirent, 'isSymbolicLink' | 'isDirectory' | 'isFile'>;

const NONE: ReadonlyMap<string, string> = new Map();
const A_FILE: Kind = { isSymbolicLink: () => false, isDirectory: () => false, isFile: () => true };

/** A listing with the overridden files (those directly in it, `prefix` being its path inside the folder) as files. */
function withOverrides(listed: Map<string, Kind>, overrides: ReadonlyMap<string, string>, prefix: string): Map<string, Kind> {
  for (const rel of overrides.keys()) {
    if (!rel.startsWith(prefix)) continue;
    const name = rel.slice(prefix.length);
    if (!name.includes('/')) listed.set(name, A_FILE);
    else if (!prefix) listed.set(name.slice(0, name.indexOf('/')), listed.get(name.slice(0, name.indexOf('/'))) ?? { isSymbolicLink: () => false, isDirectory: () => true, isFile: () => false });
  }
  return listed;
}

function readInto(out: LoadedFolder, rel: string, stat: Kind, slot: FileSlot, override?: string): void {
  const file = join(out.dir, rel);
  if (override !== undefined) {
    const { source, diagnostics } = parseYaml(file, override);
    out.diagnostics.push(...diagnostics);
    if (source.data === undefined && diagnostics.some((d) => d.severity === 'error')) out.broken.add(rel);
    out.files.push({ ...slot, rel, source });
    return;
  }
  if (stat.isSymbolicLink()) {
    out.broken.add(rel);
    out.diagnostics.push(symlinkFinding(file));
    return;
  }
  if (stat.isDirectory()) {
    out.broken.add(rel);
    out.diagnostics.push({ file, line: 1, column: 1, severity: 'error', rule: 'not-a-file', message: `${rel} should be a YAML file, but it is a folder.`, hint: `Remove or rename the folder and write ${rel} as a file.` });
    return;
  }
  if (!stat.isFile()) {
    // A pipe or device would block or never end: never open one.
    out.broken.add(rel);
    out.diagnostics.push({ file, line: 1, column: 1, severity: 'error', rule: 'not-a-file', message: `${rel} is not a regular file (it is a pipe, socket or device), so it is not read.`, hint: `Replace it with a plain YAML file.` });
    return;
  }
  const read = readText(file);
  out.filesRead++;
  if ('error' in read) {
    out.broken.add(rel);
    out.diagnostics.push(read.error);
    return;
  }
  const { source, diagnostics } = parseYaml(file, read.text);
  for (const d of diagnostics) out.diagnostics.push(d); // never push(...list): a long list overflows the stack
  if (source.data === undefined && diagnostics.some((d) => d.severity === 'error')) out.broken.add(rel);
  out.files.push({ ...slot, rel, source });
}

/** Reads a file as UTF-8 without following symlinks, refusing huge, binary or mis-encoded files. */
export function readText(file: string): { text: string } | { error: Diagnostic } {
  const fail = (rule: string, message: string, hint: string) => ({ error: { file, line: 1, column: 1, severity: 'error' as const, rule, message, hint } });
  let fd: number;
  try {
    // O_NONBLOCK: a file swapped for a pipe after the listing must not hang the open; fstat below refuses it.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { error: symlinkFinding(file) };
    return fail('unreadable-file', `Cannot read this file (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code ?? 'unknown error'}).`, 'Check the file\'s permissions: `partner` needs to read it.');
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return fail('not-a-file', 'This is not a regular file (it is a pipe, socket, device or folder), so it is not read.', 'Replace it with a plain YAML file.');
    const size = stat.size;
    if (size > MAX_FILE_BYTES) return fail('file-too-large', `This file is ${(size / 1024 / 1024).toFixed(1)} MB; partnership files are limited to ${MAX_FILE_BYTES / 1024 / 1024} MB.`, 'Split it up or remove pasted content; no partnership record needs that much.');
    const buffer = Buffer.allocUnsafe(size); // only the bytes read are used
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    const bytes = buffer.subarray(0, read);
    if (bytes.includes(0)) return fail('encoding', 'This looks like a binary file, not YAML text.', 'Partnership files are plain text (UTF-8) written in YAML.');
    // Valid UTF-8 (the same test as a fatal TextDecoder), decoded as TextDecoder would: without a byte-order mark.
    if (isUtf8(bytes)) {
      const text = bytes.toString('utf8');
      return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
    }
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      const at = firstInvalidUtf8(bytes);
      return { error: { file, line: at.line, column: at.column, severity: 'error', rule: 'encoding', message: 'This file is not valid UTF-8 text.', hint: 'Save it as UTF-8 (in most editors: "Save with encoding" → UTF-8).' } };
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail('unreadable-file', `Cannot read this file (${code ?? 'unknown error'}).`, 'Check that it is a regular file you may read.');
  } finally {
    closeSync(fd);
  }
}

function firstInvalidUtf8(bytes: Buffer): { line: number; column: number } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(lineStart, i));
      } catch {
        return { line, column: 1 };
      }
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: 1 };
}

function symlinkFinding(file: string): Diagnostic {
  // The target is never printed nor followed: it may lie outside the partnership folder.
  return { file, line: 1, column: 1, severity: 'error', rule: 'symlink', message: 'This is a symbolic link; partnership files must be real files inside the folder, so it is not read.', hint: 'Replace the link with the file itself.' };
}

function lstatOrUndefined(path: string): Kind | undefined {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** A folder's entries with their types (Node asks lstat itself where the file system does not tell); null if unreadable. */
function listTyped(path: string): Map<string, Kind> | null {
  try {
    return new Map(readdirSync(path, { withFileTypes: true }).map((e) => [e.name, e]));
  } catch {
    return null;
  }
}

function slugHint(stem: string): string {
  const slug = stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return slug || 'stakeholder-id';
}
