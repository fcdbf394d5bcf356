import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { findModeline, modelineFor } from '../../folder/editor-schemas.js';
import type { FolderKey } from '../../folder/layout.js';
import { carriesNotes } from '../../yaml/edit.js';
import { commentedFile } from '../init/skeleton.js';
import { fileNotes, wrap, WIDTH } from '../notes.js';
import { stakeholdersOf } from './folder-data.js';

/**
 * The text of a new file of a folder (`add assessment`, `record review`, `record meeting`), laid out like its
 * neighbours: when the other files of the folder (or, with none yet, partnership.yaml) explain their fields as `init`
 * writes them, so does this one, with the editor's schema line when they have one; otherwise `about` and the data.
 */
export function newFileText(dir: string, key: FolderKey, rel: string, value: Record<string, unknown>, about: string): string {
  // What the file is, as comment lines wrapped like init's headers.
  const lead = wrap(about, WIDTH - 2).map((l) => `# ${l}`).join('\n');
  const neighbour = neighbourText(dir, rel);
  if (neighbour === undefined || !carriesNotes(neighbour.text, fileNotes(neighbour.key))) {
    return `${lead}\n\n${stringify(value, { version: '1.2', lineWidth: 0, indentSeq: true })}`;
  }
  const modeline = findModeline(neighbour.text) ? modelineFor(key, rel) : undefined;
  return commentedFile(key, value, { modeline, lead, stakeholderIds: stakeholdersOf(dir).map((s) => s.id) });
}

/** The file to follow: the last other .yaml file of the folder by name (the latest review or meeting), else partnership.yaml. */
function neighbourText(dir: string, rel: string): { key: FolderKey | 'partnership'; text: string } | undefined {
  const folder = dirname(rel) as FolderKey;
  let names: string[] = [];
  try {
    names = readdirSync(join(dir, folder)).filter((n) => n.endsWith('.yaml') && `${folder}/${n}` !== rel).sort();
  } catch {
    // no folder yet
  }
  const [file, key] = names.length ? [join(dir, folder, names[names.length - 1]!), folder] as const : [join(dir, 'partnership.yaml'), 'partnership'] as const;
  try {
    return { key, text: readFileSync(file, 'utf8') };
  } catch {
    return undefined;
  }
}
