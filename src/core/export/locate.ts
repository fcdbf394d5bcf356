import { join } from 'node:path';
import type { FileKey } from '../folder/layout.js';
import { locate, parseYaml, type PathSegment, type YamlSource } from '../yaml/source.js';

/** Where a finding about a field goes: the file (as `partner check` names it) and the YAML node to fill. */
export type Locate = (key: FileKey, path: readonly PathSegment[]) => { file: string; line: number; column: number };

/**
 * Locates fields in the files `partner check` read (their texts, by display path, from PartnershipCheck.texts).
 * A missing field is located at the deepest part of its path that exists, the place to add it; a missing file at
 * its first line. Parses each file again only when asked about it, so the export stays a pure function of the texts.
 */
export function sourceLocator(dir: string, texts: ReadonlyMap<string, string>): Locate {
  const sources = new Map<string, YamlSource | null>();
  return (key, path) => {
    const file = join(dir, `${key}.yaml`);
    let source = sources.get(file);
    if (source === undefined) {
      const text = texts.get(file);
      source = text === undefined ? null : parseYaml(file, text).source;
      sources.set(file, source);
    }
    return source ? { file, ...locate(source, path) } : { file, line: 1, column: 1 };
  };
}
