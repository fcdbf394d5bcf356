/**
 * `--reference-doc <file.docx>` (as pandoc has it): an organisation's own Word document or template whose styles the
 * document takes (Normal, Title, Heading 1-3, List Paragraph, Quote, Header, Footer, ...). Only its styles are used,
 * not its text. A style partner uses that the template does not define is added with partner's look.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { UsageError } from '../../core/base/diagnostic.js';

/** Larger than any template; a bigger file is refused before it is read. */
const MAX_BYTES = 50 * 1024 * 1024;

export interface ReferenceStyles {
  /** word/styles.xml of the template. */
  xml: string;
  /** The style ids it defines. */
  ids: ReadonlySet<string>;
}

/** Reads the styles of `file` (as given on the command line, relative to `cwd`); a usage error (exit 2) when it has none. */
export function readReferenceDoc(file: string, cwd: string): ReferenceStyles {
  const path = resolve(cwd, file);
  const fix = 'Give a Word document (.docx or .dotx) saved by Word or LibreOffice; its styles are used, not its text.';
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new UsageError(`--reference-doc ${file} does not exist.`, fix);
  if (!stat.isFile()) throw new UsageError(`--reference-doc ${file} is not a file.`, fix);
  if (stat.size > MAX_BYTES) throw new UsageError(`--reference-doc ${file} is larger than 50 MB; a template is far smaller.`, fix);
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(readFileSync(path), { filter: (f) => f.name === 'word/styles.xml' && f.originalSize <= MAX_BYTES });
  } catch {
    throw new UsageError(`--reference-doc ${file} is not a Word document: it is not a .docx (zip) file.`, fix);
  }
  const styles = entries['word/styles.xml'];
  if (!styles) throw new UsageError(`--reference-doc ${file} has no styles (word/styles.xml): it is not a Word document.`, fix);
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(styles);
  } catch {
    throw new UsageError(`--reference-doc ${file}: its styles (word/styles.xml) are not UTF-8 text.`, fix);
  }
  if (!/<w:styles\b/.test(xml)) throw new UsageError(`--reference-doc ${file}: its word/styles.xml holds no Word styles.`, fix);
  return { xml, ids: new Set(Array.from(xml.matchAll(/w:styleId="([^"]+)"/g), (m) => m[1]!)) };
}
