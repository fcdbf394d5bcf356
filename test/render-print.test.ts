import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPartnershipModel } from '../src/core/check/model-load.js';
import { buildAgreement } from '../src/core/documents/agreement/model.js';
import { buildMap } from '../src/core/documents/map/model.js';
import { pageFrame } from '../src/render/page.js';
import { largePartnership, PARTIES, partyName, SPECIAL_NAMES } from './cases/large-partnership.js';
import { EXAMPLES, removeDir, runBinary, tempDir } from './helpers/cli.js';
import { normalise, overlaps, shows, pdfFonts, pdfPages, type PdfPage, pdfText, printHtml, requireReaders, skipWithout, wordToPdf } from './helpers/readers.js';

/**
 * The documents as their readers show them (issue 18): each example's agreement, review and map as Word documents,
 * converted to PDF by LibreOffice, and as HTML printed to PDF by headless Chromium; then the PDFs' text and the box of
 * every word (pdftotext). Every section, open item and party is there; every page carries the running header and
 * "Page N of M"; the header never overlaps the text; signature blocks are never split; a heading never ends a page;
 * the paper is the one asked for; and a partnership of 40 parties, hundreds of open items and long, right-to-left and
 * CJK names shows every name whole.
 */

const DATE = '2025-06-30';
const DOCUMENTS = ['agreement', 'review', 'map'] as const;
const EXAMPLE_NAMES = ['orangi-sanitation', 'bangladesh-immunisation'];
/** A4 and Letter in points. */
const A4 = { width: 595.3, height: 841.9 };
const LETTER = { width: 612, height: 792 };

let root: string;
beforeAll(() => {
  root = tempDir('partner-print-');
  const big = join(root, 'big');
  mkdirSync(big, { recursive: true });
  for (const [file, text] of Object.entries(largePartnership())) writeFileSync(join(big, file), text);
  const empty = join(root, 'empty');
  mkdirSync(empty, { recursive: true });
  writeFileSync(join(empty, 'partnership.yaml'), 'name: Empty partnership\nphase: scoping\n');
});
afterAll(() => removeDir(root));

function render(doc: string, dir: string, format: 'docx' | 'html' | 'md', out: string, extra: string[] = []): string {
  const r = runBinary(['render', doc, dir, '--date', DATE, '--format', format, '--out', out, ...extra], { cwd: root });
  expect(r.code, r.stderr).toBe(0);
  return join(root, out);
}

function agreementView(dir: string) {
  const load = loadPartnershipModel(dir, { today: DATE });
  if (!load.ok) throw new Error(`${dir} has errors`);
  return buildAgreement(load.model, { date: DATE, commit: null, uncommitted: false });
}

/** The `##` and `###` headings of a document's Markdown, as a reader shows them (number and escapes gone). */
function headings(markdown: string): string[] {
  return Array.from(markdown.matchAll(/^#{2,3} (.+)$/gm), (m) => normalise(m[1]!.replace(/^\d+\. /, '').replace(/\\(.)/g, '$1')));
}

/** Every page: the running header above the text, "Page k of N" below it, and no word of the header on any other word. */
function expectFramed(pages: PdfPage[], header: string, what: string): void {
  expect(pages.length, what).toBeGreaterThan(0);
  pages.forEach((page, i) => {
    const where = `${what}, page ${i + 1}`;
    expect(normalise(page.text), where).toContain(`Page ${i + 1} of ${pages.length}`);
    const head = page.lines.find((l) => normalise(l.text) === normalise(header));
    expect(head, `${where}: the header "${header}" on a line of its own`).toBeDefined();
    const body = page.lines.filter((l) => l !== head);
    for (const w of head!.words) for (const l of body) for (const b of l.words) expect(overlaps(w, b), `${where}: "${w.text}" of the header overlaps "${b.text}"`).toBe(false);
    // The header is above every line of the text.
    expect(Math.min(...body.map((l) => l.y0)), where).toBeGreaterThan(head!.y1);
  });
}

/**
 * No page ends with a heading: the last line above the footer is never one of the Markdown's headings (a heading
 * whose words are also a label in bold elsewhere, such as a party's name, cannot be told apart by its text, and is
 * left out).
 */
function expectNoHeadingAtFoot(pages: PdfPage[], markdown: string, what: string): void {
  const labels = new Set(Array.from(markdown.matchAll(/^\*\*(.+)\*\*$/gm), (m) => normalise(m[1]!.replace(/\\(.)/g, '$1'))));
  const set = new Set(headings(markdown).filter((h) => !labels.has(h)));
  pages.slice(0, -1).forEach((page, i) => {
    const text = page.lines.filter((l) => !/^Page \d+ of \d+$/.test(normalise(l.text))).sort((a, b) => a.y0 - b.y0);
    const last = normalise(text[text.length - 1]?.text ?? '').replace(/^\d+\. /, '');
    expect(set.has(last), `${what}, page ${i + 1} ends with the heading "${last}"`).toBe(false);
  });
}

/** Each signature block on one page: on every page, as many "Signed for" as rows "Signature ... Date". */
function expectSignaturesWhole(pages: PdfPage[], parties: number, what: string): void {
  let blocks = 0;
  pages.forEach((page, i) => {
    const text = normalise(page.text);
    // "Signed for <party>" heads each block (the line above them, "Signed for each party ...", does not count).
    const starts = text.split('Signed for ').length - text.split('Signed for each party').length;
    const ends = (text.match(/Signature Date/g) ?? []).length;
    expect(ends, `${what}, page ${i + 1}: a signature block split over two pages`).toBe(starts);
    blocks += starts;
  });
  expect(blocks, what).toBe(parties);
}

/** The running header of a document (its words are checked in test/render-docx.test.ts). */
const headerOf = (kind: 'agreement' | 'review' | 'map', name: string) => pageFrame({ document: { kind }, partnership: { name }, meta: { date: DATE } }, 'a4').header;

describe('Word documents, opened by LibreOffice', () => {
  it.skipIf(skipWithout('soffice', 'pdftotext'))('shows every section, open item and party of both examples, with the header and page numbers on every page', () => {
    requireReaders('soffice', 'pdftotext');
    const files = EXAMPLE_NAMES.flatMap((ex) => DOCUMENTS.map((doc) => ({ ex, doc, docx: render(doc, join(EXAMPLES, ex), 'docx', `${ex}-${doc}.docx`) })));
    const pdfs = wordToPdf(files.map((f) => f.docx), root);
    files.forEach((f, i) => {
      const pages = pdfPages(pdfs[i]!);
      const text = pdfText(pdfs[i]!);
      const what = `${f.ex} ${f.doc}.docx`;
      // The map's page in words has no Markdown of its own to compare with: its stakeholders are checked below.
      const md = f.doc === 'map' ? '' : runBinary(['render', f.doc, join(EXAMPLES, f.ex), '--date', DATE, '--format', 'md'], { cwd: root }).stdout;
      for (const h of headings(md)) expect(text, `${what}: heading ${h}`).toContain(h);
      const name = f.doc === 'map' ? buildMap(loadModel(join(EXAMPLES, f.ex)), { date: DATE, commit: null, uncommitted: false }).partnership.name : agreementView(join(EXAMPLES, f.ex)).partnership.name;
      expectFramed(pages, headerOf(f.doc, name), what);
      if (f.doc === 'agreement') {
        const view = agreementView(join(EXAMPLES, f.ex));
        for (const o of view.openItems) {
          expect(shows(text, `Open item ${o.number}: ${o.question}`), `${what}: open item ${o.number} in place`).toBe(true);
          expect(shows(text, o.summary), `${what}: open item ${o.number} in the table`).toBe(true);
        }
        for (const p of view.parties.rows) expect(shows(text, p.name), `${what}: party ${p.name}`).toBe(true);
        expectSignaturesWhole(pages, view.signatures.parties.length, what);
        expectNoHeadingAtFoot(pages, md, what);
      }
      if (f.doc === 'map') for (const s of buildMap(loadModel(join(EXAMPLES, f.ex)), { date: DATE, commit: null, uncommitted: false }).stakeholders) expect(shows(text, s.name), `${what}: ${s.name}`).toBe(true);
      for (const p of pages) expect({ width: Math.round(p.width), height: Math.round(p.height) }, what).toEqual({ width: Math.round(A4.width), height: Math.round(A4.height) });
    });
  }, 300_000);

  it.skipIf(skipWithout('soffice', 'pdftotext'))('opens a partnership of 40 parties, hundreds of open items, long, right-to-left and CJK names, and an empty one, showing every name whole', () => {
    requireReaders('soffice', 'pdftotext');
    const big = DOCUMENTS.map((doc) => render(doc, 'big', 'docx', `big-${doc}.docx`));
    const empty = DOCUMENTS.map((doc) => render(doc, 'empty', 'docx', `empty-${doc}.docx`));
    const pdfs = wordToPdf([...big, ...empty], root);
    const view = agreementView(join(root, 'big'));
    expect(view.openCount).toBeGreaterThanOrEqual(200);
    const agreement = pdfPages(pdfs[0]!);
    const text = pdfText(pdfs[0]!);
    for (let i = 0; i < PARTIES; i++) expect(shows(text, partyName(i)), partyName(i)).toBe(true);
    for (const o of view.openItems) expect(shows(text, `Open item ${o.number}: ${o.question}`), `open item ${o.number}`).toBe(true);
    expectSignaturesWhole(agreement, PARTIES, 'big agreement');
    expectFramed(agreement, headerOf('agreement', view.partnership.name), 'big agreement');
    const map = pdfText(pdfs[2]!);
    for (const name of SPECIAL_NAMES) expect(shows(map, name), name).toBe(true);
    for (const pdf of pdfs.slice(3)) expect(pdfText(pdf)).toContain('Empty partnership');
  }, 300_000);

  it.skipIf(skipWithout('soffice', 'pdftotext'))('sets a table of many columns (the review\'s Table 2) small enough that no word is broken', async () => {
    requireReaders('soffice', 'pdftotext');
    const { renderDocx } = await import('../src/render/docx/document.js');
    const head = ['Partner', 'Reputation', 'Networks', 'Capacity', 'Advocacy', 'Money', 'Core delivery', 'Costs', 'For society', 'Best approach for the goal?', 'For the partner?', 'Shared'];
    const row = ['Karachi Metropolitan Corporation (KMC)', 'High', 'Medium', 'High', 'Low', 'None', 'High', 'Medium', 'High', 'Yes', 'Yes', 'Partly fairly: Agencies'];
    const markdown = `# Review\n\n| ${head.join(' | ')} |\n|${head.map(() => ' --- |').join('')}\n| ${row.join(' | ')} |\n`;
    const frame = pageFrame({ document: { kind: 'review' }, partnership: { name: 'P' }, meta: { date: DATE } }, 'a4');
    const file = join(root, 'wide-table.docx');
    writeFileSync(file, await renderDocx(markdown, { title: 'Review', frame, date: DATE }));
    const words = new Set(pdfText(wordToPdf([file], root)[0]!).split(/\s+/));
    for (const word of [...head, ...row].flatMap((t) => t.split(' '))) expect(words.has(word), word).toBe(true);
  }, 300_000);

  it.skipIf(skipWithout('soffice', 'pdftotext', 'pdffonts'))('takes --paper letter, and the styles of --reference-doc', async () => {
    requireReaders('soffice', 'pdftotext', 'pdffonts');
    const { Document, Packer, Paragraph } = await import('docx');
    const reference = new Document({ styles: { default: { document: { run: { font: 'DejaVu Sans Mono' } } } }, sections: [{ children: [new Paragraph('Our template')] }] });
    writeFileSync(join(root, 'our-style.docx'), await Packer.toBuffer(reference));
    const plain = render('agreement', join(EXAMPLES, 'orangi-sanitation'), 'docx', 'plain.docx');
    const letter = render('agreement', join(EXAMPLES, 'orangi-sanitation'), 'docx', 'letter.docx', ['--paper', 'letter', '--reference-doc', 'our-style.docx']);
    const [plainPdf, letterPdf] = wordToPdf([plain, letter], root);
    for (const p of pdfPages(letterPdf!)) expect({ width: Math.round(p.width), height: Math.round(p.height) }).toEqual(LETTER);
    expect(pdfFonts(letterPdf!).some((f) => f.includes('DejaVuSansMono'))).toBe(true);
    expect(pdfFonts(plainPdf!).some((f) => f.includes('DejaVuSansMono'))).toBe(false);
  }, 300_000);
});

describe('HTML, printed by headless Chromium', () => {
  it.skipIf(skipWithout('chromium', 'pdftotext'))('prints both examples with the header in the margin, page numbers, whole signature blocks and no heading at the foot of a page', async () => {
    requireReaders('chromium', 'pdftotext');
    const files = EXAMPLE_NAMES.flatMap((ex) => (['agreement', 'review'] as const).map((doc) => ({ ex, doc, html: render(doc, join(EXAMPLES, ex), 'html', `${ex}-${doc}.html`), pdf: join(root, `${ex}-${doc}.html.pdf`) })));
    await printHtml(files);
    for (const f of files) {
      const pages = pdfPages(f.pdf);
      const what = `${f.ex} ${f.doc}.html`;
      expect(pages.length, what).toBeGreaterThan(2);
      const view = agreementView(join(EXAMPLES, f.ex));
      expectFramed(pages, headerOf(f.doc, view.partnership.name), what);
      for (const p of pages) expect({ width: Math.round(p.width), height: Math.round(p.height) }, what).toEqual({ width: Math.round(A4.width), height: Math.round(A4.height) });
      const md = runBinary(['render', f.doc, join(EXAMPLES, f.ex), '--date', DATE, '--format', 'md'], { cwd: root }).stdout;
      const text = pdfText(f.pdf);
      for (const h of headings(md)) expect(text, `${what}: heading ${h}`).toContain(h);
      expectNoHeadingAtFoot(pages, md, what);
      if (f.doc === 'agreement') {
        expectSignaturesWhole(pages, view.signatures.parties.length, what);
        for (const o of view.openItems) expect(shows(text, `Open item ${o.number}: ${o.question}`), `${what}: open item ${o.number}`).toBe(true);
      }
    }
  }, 300_000);

  it.skipIf(skipWithout('chromium', 'pdftotext'))('honours --paper letter, and prints 40 parties and long, right-to-left and CJK names whole', async () => {
    requireReaders('chromium', 'pdftotext');
    const letter = render('agreement', join(EXAMPLES, 'orangi-sanitation'), 'html', 'letter.html', ['--paper', 'letter']);
    const big = render('agreement', 'big', 'html', 'big.html');
    await printHtml([{ html: letter, pdf: `${letter}.pdf` }, { html: big, pdf: `${big}.pdf` }]);
    for (const p of pdfPages(`${letter}.pdf`)) expect({ width: Math.round(p.width), height: Math.round(p.height) }).toEqual(LETTER);
    const pages = pdfPages(`${big}.pdf`);
    const view = agreementView(join(root, 'big'));
    expectFramed(pages, headerOf('agreement', view.partnership.name), 'big.html');
    expectSignaturesWhole(pages, PARTIES, 'big.html');
    const text = pdfText(`${big}.pdf`);
    for (let i = 0; i < PARTIES; i++) expect(shows(text, partyName(i)), partyName(i)).toBe(true);
  }, 300_000);
});

function loadModel(dir: string) {
  const load = loadPartnershipModel(dir, { today: DATE });
  if (!load.ok) throw new Error(`${dir} has errors`);
  return load.model;
}
