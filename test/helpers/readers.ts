/**
 * Real readers of the documents partner writes: LibreOffice (Word to PDF), headless Chromium through playwright-core
 * (HTML printed to PDF), and poppler's pdftotext (the text of a PDF, with the box of every word). `.ci/run` installs
 * them from Debian. Where they are missing, a test that needs them is skipped with the reason printed, except in CI
 * (CI=true), where it runs and fails, naming what is missing.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CHROMIUM = '/usr/bin/chromium';
export type Reader = 'chromium' | 'soffice' | 'pdftotext' | 'pdfinfo' | 'pdffonts';

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

export function missingReaders(readers: readonly Reader[]): Reader[] {
  return readers.filter((r) => (r === 'chromium' ? !existsSync(CHROMIUM) : !onPath(r)));
}

/** For `it.skipIf`: true (with the reason printed) when a reader is missing outside CI; in CI never, so the test fails. */
export function skipWithout(...readers: Reader[]): boolean {
  const missing = missingReaders(readers);
  if (!missing.length || process.env.CI === 'true') return false;
  console.warn(`skipped: ${missing.join(', ')} not installed (.ci/run installs them: chromium, libreoffice-writer-nogui, poppler-utils)`);
  return true;
}

/** Fails the test, naming what to install, when a reader is missing (in CI, where the test is not skipped). */
export function requireReaders(...readers: Reader[]): void {
  const missing = missingReaders(readers);
  if (missing.length) throw new Error(`${missing.join(', ')} not installed: .ci/run installs them (apt-get install -y --no-install-recommends chromium libreoffice-writer-nogui poppler-utils).`);
}

/** Converts Word documents to PDF with LibreOffice (its own throw-away profile); returns the PDFs' paths, in order. */
export function wordToPdf(files: readonly string[], outDir: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'partner-lo-'));
  try {
    const r = spawnSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files], { encoding: 'utf8', timeout: 240_000, env: { ...process.env, HOME: profile } });
    const pdfs = files.map((f) => join(outDir, `${basename(f, extname(f))}.pdf`));
    const failed = pdfs.filter((p) => !existsSync(p));
    if (failed.length) throw new Error(`LibreOffice did not convert ${failed.join(', ')}: ${r.error?.message ?? ''}${r.stderr}${r.stdout}`);
    return pdfs;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Prints HTML files to PDF with headless Chromium, as "print to PDF" does (the page's own @page size and margins). */
export async function printHtml(files: readonly { html: string; pdf: string }[]): Promise<void> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const f of files) {
      const page = await browser.newPage();
      const messages: string[] = [];
      page.on('console', (m) => messages.push(m.text()));
      await page.goto(pathToFileURL(f.html).href);
      await page.pdf({ path: f.pdf, preferCSSPageSize: true, printBackground: true });
      await page.close();
      if (messages.length) throw new Error(`${f.html} logged: ${messages.join('; ')}`);
    }
  } finally {
    await browser.close();
  }
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export interface PdfLine extends Box {
  text: string;
  words: (Box & { text: string })[];
}
export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
  /** The page's text, lines joined by spaces. */
  text: string;
}

const num = (s: string | undefined) => Number(s);
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&');

/** Every page of a PDF with its lines and the box of every word (pdftotext -bbox-layout), in points from the top left. */
export function pdfPages(pdf: string): PdfPage[] {
  const r = spawnSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', timeout: 60_000, maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pdftotext failed on ${pdf}: ${r.stderr}`);
  return r.stdout.split(/<page /).slice(1).map((chunk) => {
    const lines = Array.from(chunk.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g), (m): PdfLine => {
      const words = Array.from(m[5]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/word>/g), (w) => ({ x0: num(w[1]), y0: num(w[2]), x1: num(w[3]), y1: num(w[4]), text: unescape(w[5]!) }));
      return { x0: num(m[1]), y0: num(m[2]), x1: num(m[3]), y1: num(m[4]), words, text: words.map((w) => w.text).join(' ') };
    });
    return { width: num(/width="([\d.]+)"/.exec(chunk)?.[1]), height: num(/height="([\d.]+)"/.exec(chunk)?.[1]), lines, text: lines.map((l) => l.text).join(' ') };
  });
}

/** The text of a PDF in reading order (pdftotext), normalised. */
export function pdfText(pdf: string): string {
  const r = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8', timeout: 60_000, maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pdftotext failed on ${pdf}: ${r.stderr}`);
  return normalise(r.stdout);
}

/**
 * Text as a reader shows it, for comparing: bidi controls dropped, all white space one space, and a word broken at
 * its hyphen at the end of a line joined again.
 */
export function normalise(text: string): string {
  return text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\u00ad]/g, '').replace(/\s+/g, ' ').replace(/(\p{L})- (?=\p{L})/gu, '$1-').trim();
}

/**
 * Whether `text` (normalised) shows `phrase` whole: as written, or without its spaces and hyphens; or, text in a table, whose cells' lines a PDF's reading
 * order may interleave with the next cell's, every word of it in order within a few lines; or (a right-to-left name,
 * which some PDF writers store in the order it is drawn) with its characters reversed.
 */
export function shows(text: string, phrase: string): boolean {
  const n = normalise(phrase);
  if (text.includes(n)) return true;
  // pdftotext joins a word broken at its hyphen at the end of a line, and may move a space across the edge of a
  // right-to-left run (with the brackets beside it): compared without spaces, hyphens and brackets, the characters
  // are all there, in order.
  const squash = (t: string) => t.replace(/[\s\-()]+/g, '');
  if (squash(text).includes(squash(n))) return true;
  if (/[\u0590-\u08ff]/.test(n) && text.includes(Array.from(n).reverse().join(''))) return true;
  const want = n.split(' ');
  const words = text.split(' ');
  const window = want.length * 3 + 30;
  for (let start = words.indexOf(want[0]!); start >= 0; start = words.indexOf(want[0]!, start + 1)) {
    let k = 1;
    for (let i = start + 1; i < Math.min(words.length, start + window) && k < want.length; i++) if (words[i] === want[k]) k++;
    if (k === want.length) return true;
  }
  return false;
}

/** Whether two boxes overlap (touching is not overlapping). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** The fonts a PDF embeds (pdffonts), by name. */
export function pdfFonts(pdf: string): string[] {
  const r = spawnSync('pdffonts', [pdf], { encoding: 'utf8', timeout: 60_000 });
  return r.stdout.split('\n').slice(2).map((l) => l.split(/\s+/)[0]!).filter(Boolean);
}
