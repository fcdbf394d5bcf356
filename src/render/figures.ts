/**
 * Where a document's pictures go (`partner render review` and `map`): each figure of the view model gets a `src` that
 * the `{{figure}}` helper writes into the Markdown.
 *
 * - Markdown to a file (--out): each picture is written as an SVG file beside it, named after it
 *   (`review.md` -> `review-indicator-area-served.svg`), and linked by a relative link. Existing files are refused
 *   without --force, like --out itself.
 * - Markdown to standard output: each picture is inline, as a `data:image/svg+xml;base64,...` image, so the output
 *   is self-contained when redirected to a file. (Most Markdown viewers show these; GitHub does not: use --out.)
 * - HTML: a placeholder that no data can produce (a random nonce) stands in the Markdown; after the Markdown is
 *   turned into sanitised HTML, each placeholder paragraph is replaced by the SVG itself, inline in a `<figure>`.
 *   The SVG never goes through the sanitiser: the tool draws it, and every text in it is escaped for XML.
 */
import { randomBytes } from 'node:crypto';
import { lstatSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Figure } from '../core/documents/review/model.js';
import { UsageError } from '../core/base/diagnostic.js';
import { checkOutputPath } from '../util/output-path.js';

export interface DrawnFigure {
  figure: Figure;
  svg: string;
}

export type FigureMode = { kind: 'files'; out: string } | { kind: 'inline' } | { kind: 'html' };

export interface PlacedFigures {
  /** SVG files to write beside the Markdown (files mode). */
  files: { path: string; name: string; content: string }[];
  /** Placeholder -> SVG, for the HTML page (html mode). */
  inline: Map<string, { svg: string; title: string; desc: string; id: string }>;
}

/** A file name as a relative Markdown link: everything but letters, digits and `._~-` percent-encoded. */
export function linkTo(name: string): string {
  return Array.from(new TextEncoder().encode(name), (b) => (/[A-Za-z0-9._~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}

/** Sets each figure's `src` for `mode` and says what must be written or spliced in. */
export function placeFigures(figures: readonly DrawnFigure[], mode: FigureMode): PlacedFigures {
  const placed: PlacedFigures = { files: [], inline: new Map() };
  if (mode.kind === 'files') {
    const stem = basename(mode.out, extname(mode.out));
    for (const { figure, svg } of figures) {
      const name = `${stem}-${figure.id}.svg`;
      figure.src = linkTo(name);
      placed.files.push({ path: join(dirname(mode.out), name), name, content: svg });
    }
  } else if (mode.kind === 'inline') {
    for (const { figure, svg } of figures) figure.src = `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
  } else {
    const nonce = randomBytes(16).toString('hex');
    figures.forEach(({ figure, svg }, i) => {
      const token = `PARTNERFIGURE${nonce}X${i}`;
      figure.src = token;
      placed.inline.set(token, { svg, title: figure.title, desc: figure.desc, id: figure.id });
    });
  }
  return placed;
}

/**
 * Refuses (exit 2), before anything is written, when a picture's file exists and --force is not given (naming every
 * one), or when it may not be written at all (a folder or link there, a partnership's records, a link out of the
 * working folder: the rules of src/util/output-path.ts, the same as for --out).
 */
export function assertFiguresCanBeWritten(placed: PlacedFigures, options: { force: boolean; cwd: string }): void {
  if (!options.force) {
    const existing = placed.files.filter((f) => lstatSync(f.path, { throwIfNoEntry: false })?.isFile());
    if (existing.length) throw new UsageError(`${listNames(existing.map((f) => f.name))} already ${existing.length === 1 ? 'exists' : 'exist'} beside the output; nothing was written.`, 'Add --force to replace the pictures, or choose another --out name.');
  }
  for (const f of placed.files) checkOutputPath(f.path, { cwd: options.cwd, force: options.force, shown: f.name });
}

function listNames(names: readonly string[]): string {
  return names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}
