import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync, zipSync, strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../src/render/docx/document.js';
import { cssString, htmlPage, pageRule } from '../src/render/html.js';
import { pageFrame } from '../src/render/page.js';
import { choosePaper, localePaper } from '../src/render/paper.js';
import { BIN, EXAMPLES, removeDir, runBinary, tempDir } from './helpers/cli.js';

/**
 * `--format docx` and the printed page (issue 18), read from the files themselves: Word's own styles, numbered
 * sections, the open items table linking to each open item highlighted in place, tables with repeated header rows and
 * rows that never split, the running header and "Page N of M", the paper, pictures as SVG with a PNG, the same bytes
 * for the same date, --reference-doc, and the refusals. test/render-print.test.ts opens the same documents with
 * LibreOffice and Chromium.
 */

const DATE = '2025-06-30';
const ORANGI = join(EXAMPLES, 'orangi-sanitation');
const BANGLADESH = join(EXAMPLES, 'bangladesh-immunisation');
let root: string;
beforeAll(() => {
  root = tempDir('partner-docx-');
});
afterAll(() => removeDir(root));

function parts(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(file)))) out[name] = /\.(xml|rels)$/.test(name) ? strFromU8(bytes) : `<${bytes.length} bytes>`;
  return out;
}

function render(args: string[], out: string) {
  const r = runBinary(['render', ...args, '--date', DATE, '--format', 'docx', '--out', out], { cwd: root });
  return { ...r, file: join(root, out) };
}

describe('partner render agreement --format docx', () => {
  it('writes a Word document in Word\'s styles, its sections numbered by Word, open items in a table and marked in place', () => {
    const r = render(['agreement', BANGLADESH], 'agreement.docx');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('partner: wrote agreement.docx (21 open items).\n');
    const p = parts(r.file);
    const doc = p['word/document.xml']!;
    for (const style of ['Title', 'Heading1', 'Heading2', 'ListParagraph', 'Quote', 'TableText', 'TableHeading']) expect(doc, style).toContain(`<w:pStyle w:val="${style}"/>`);
    for (const style of ['Title', 'Heading1', 'Heading2', 'Heading3', 'Normal', 'ListParagraph', 'Header', 'Footer', 'Hyperlink']) expect(p['word/styles.xml'], style).toContain(`w:styleId="${style}"`);
    // Sections: "## 1. The parties" is Heading 1 "The parties", numbered by Word from 1.
    expect(doc).toMatch(/<w:pStyle w:val="Heading1"\/>(?:<w:keepNext\/>|<w:keepLines\/>)*<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>.*?<w:t xml:space="preserve">The parties<\/w:t>/);
    expect(doc).not.toContain('>1. The parties<');
    expect(p['word/numbering.xml']).toMatch(/<w:start w:val="1"\/><w:numFmt w:val="decimal"\/><w:suff w:val="space"\/><w:lvlText w:val="%1\."\/>/);
    // Each of the 21 open items: a bookmark where it stands, highlighted, and a link to it from the table at the top.
    for (let n = 1; n <= 21; n++) {
      expect(doc, `bookmark ${n}`).toMatch(new RegExp(`<w:bookmarkStart w:name="open_item_${n}" w:id="\\d+"/>`));
      expect(doc, `link ${n}`).toContain(`w:anchor="open_item_${n}"`);
    }
    expect(doc.match(/<w:highlight w:val="yellow"\/>/g)!.length).toBeGreaterThanOrEqual(21 * 2);
    expect(doc).toContain('<w:t xml:space="preserve">Open item</w:t>');
    // Tables: bordered, the header row repeated, no row split.
    expect(doc).toContain('<w:tblHeader/>');
    expect(doc).toContain('<w:cantSplit/>');
    expect(doc).toMatch(/<w:tblBorders><w:top w:val="single"/);
    // Header and footer.
    const header = Object.entries(p).find(([n]) => /^word\/header\d*\.xml$/.test(n))![1];
    expect(header).toContain('Draft for negotiation — Vaccinate your Child! Ministry-NGO immunisation… — 30 June 2025');
    const footer = Object.entries(p).find(([n]) => /^word\/footer\d*\.xml$/.test(n))![1];
    expect(footer).toMatch(/Page <\/w:t>.*PAGE.*of <\/w:t>.*NUMPAGES/);
    // A4 by default.
    expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(p['docProps/core.xml']).toContain('<dc:title>Draft partnership agreement: Vaccinate your Child! Ministry-NGO immunisation partnership, Bangladesh</dc:title>');
  });

  it('keeps signature blocks and short tables whole, and a long table\'s last row with the one before', async () => {
    const table = (rows: number) => `| A | B |\n| --- | --- |\n${Array.from({ length: rows }, (_, i) => `| r${i} | x |`).join('\n')}\n`;
    const frame = pageFrame({ document: { kind: 'agreement' }, partnership: { name: 'P' }, meta: { date: DATE } }, 'a4');
    const docOf = async (md: string) => strFromU8(unzipSync(await renderDocx(md, { title: 't', frame, date: DATE }))['word/document.xml']!);
    const rowsOf = (doc: string) => doc.split('<w:tr>').slice(1).map((row) => row.includes('<w:keepNext/>'));
    // Five rows (a signature block): every row but the last kept with the next.
    expect(rowsOf(await docOf(table(4)))).toEqual([true, true, true, true, false]);
    // Twenty rows: the header row with the first, and the last two together.
    const long = rowsOf(await docOf(table(19)));
    expect(long.map((k, i) => (k ? i : -1)).filter((i) => i >= 0)).toEqual([0, 18]);
    // Two tables one after the other stay two tables: a paragraph between them.
    expect(await docOf(`${table(2)}\n${table(2)}`)).toMatch(/<\/w:tbl><w:p>.*?<\/w:p><w:tbl>/);
  });

  it('is byte-for-byte reproducible for the same date', () => {
    const a = render(['agreement', ORANGI], 'a.docx');
    const b = render(['agreement', ORANGI], 'b.docx');
    expect(readFileSync(a.file).equals(readFileSync(b.file))).toBe(true);
    expect(parts(a.file)['docProps/core.xml']).toContain(`${DATE}T00:00:00Z`);
  });

  it('takes --paper letter, in Word and in the printed HTML', () => {
    const r = render(['agreement', ORANGI, '--paper', 'letter'], 'letter.docx');
    expect(r.code, r.stderr).toBe(0);
    expect(parts(r.file)['word/document.xml']).toContain('<w:pgSz w:w="12240" w:h="15840"');
    const html = runBinary(['render', 'agreement', ORANGI, '--date', DATE, '--format', 'html', '--paper', 'letter'], { cwd: root });
    expect(html.stdout).toContain('size: letter;');
    const a4 = runBinary(['render', 'agreement', ORANGI, '--date', DATE, '--format', 'html'], { cwd: root, env: { LANG: 'de_DE.UTF-8', LC_ALL: undefined, LC_PAPER: undefined } });
    expect(a4.stdout).toContain('size: A4;');
    const us = runBinary(['render', 'agreement', ORANGI, '--date', DATE, '--format', 'html'], { cwd: root, env: { LANG: 'en_US.UTF-8', LC_ALL: undefined, LC_PAPER: undefined } });
    expect(us.stdout).toContain('size: letter;');
    // Markdown has no pages: --paper is accepted and changes nothing.
    const md = runBinary(['render', 'agreement', ORANGI, '--date', DATE, '--paper', 'letter'], { cwd: root });
    expect(md.code).toBe(0);
    expect(md.stdout).toBe(runBinary(['render', 'agreement', ORANGI, '--date', DATE], { cwd: root }).stdout);
  });

  it('takes the styles of --reference-doc, filling in the ones it lacks', async () => {
    const { Document, Packer, Paragraph } = await import('docx');
    const reference = new Document({ styles: { default: { document: { run: { font: 'Our Corporate Font' } }, heading1: { run: { color: 'FF0000' } } } }, sections: [{ children: [new Paragraph('Template text that is never copied')] }] });
    writeFileSync(join(root, 'ours.docx'), await Packer.toBuffer(reference));
    const r = render(['agreement', ORANGI, '--reference-doc', 'ours.docx'], 'styled.docx');
    expect(r.code, r.stderr).toBe(0);
    const p = parts(r.file);
    expect(p['word/styles.xml']).toContain('Our Corporate Font');
    expect(p['word/styles.xml']).toMatch(/w:styleId="Heading1".*?<w:color w:val="FF0000"\/>/);
    // partner's own styles that the template lacks are added.
    expect(p['word/styles.xml']).toContain('w:styleId="TableText"');
    expect(p['word/document.xml']).not.toContain('Template text');
  });

  it('refuses a --reference-doc that is not a Word document, and one without --format docx (exit 2, nothing written)', () => {
    writeFileSync(join(root, 'notes.txt'), 'just text');
    writeFileSync(join(root, 'nostyles.docx'), zipSync({ 'word/document.xml': strToU8('<w:document/>') }));
    for (const [file, message] of [
      ['missing.docx', '--reference-doc missing.docx does not exist.'],
      ['notes.txt', '--reference-doc notes.txt is not a Word document: it is not a .docx (zip) file.'],
      ['nostyles.docx', '--reference-doc nostyles.docx has no styles (word/styles.xml): it is not a Word document.'],
    ]) {
      const r = render(['agreement', ORANGI, '--reference-doc', file!], 'never.docx');
      expect(r.code, file).toBe(2);
      expect(r.stderr, file).toContain(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    const md = runBinary(['render', 'agreement', ORANGI, '--reference-doc', 'ours.docx'], { cwd: root });
    expect(md.code).toBe(2);
    expect(md.stderr).toContain('--reference-doc gives a Word document the styles of your template; it needs --format docx.');
    const paper = runBinary(['render', 'agreement', ORANGI, '--format', 'docx', '--paper', 'a5', '--out', 'never.docx'], { cwd: root });
    expect(paper.code).toBe(2);
    expect(paper.stderr).toContain('--paper a5 is not a paper size partner knows.');
    expect(() => readFileSync(join(root, 'never.docx'))).toThrow();
  });

  it('never replaces --out without --force, and writes to standard output only when it is not a terminal', () => {
    writeFileSync(join(root, 'kept.docx'), 'mine');
    const r = render(['agreement', ORANGI], 'kept.docx');
    expect(r.code).toBe(2);
    expect(readFileSync(join(root, 'kept.docx'), 'utf8')).toBe('mine');
    const forced = runBinary(['render', 'agreement', ORANGI, '--date', DATE, '--format', 'docx', '--out', 'kept.docx', '--force'], { cwd: root });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(root, 'kept.docx')).subarray(0, 2).toString()).toBe('PK');
    // To a pipe: the very bytes --out writes, a Word document that opens (read as bytes, not as text).
    const piped = spawnSync(process.execPath, [BIN, 'render', 'agreement', ORANGI, '--date', DATE, '--format', 'docx'], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    expect(piped.status, piped.stderr.toString()).toBe(0);
    expect(piped.stderr.toString()).toBe('');
    expect(Buffer.compare(piped.stdout, readFileSync(join(root, 'kept.docx')))).toBe(0);
    writeFileSync(join(root, 'piped.docx'), piped.stdout);
    expect(parts(join(root, 'piped.docx'))['word/document.xml']).toContain('Orangi');
  });
});

describe('partner render review and map --format docx', () => {
  it('carries each chart and the map as SVG with a PNG beside it, sized to the page, with its text alternative', () => {
    const review = render(['review', ORANGI], 'review.docx');
    expect(review.code, review.stderr).toBe(0);
    const p = parts(review.file);
    const media = Object.keys(p).filter((n) => n.startsWith('word/media/'));
    expect(media.filter((n) => n.endsWith('.svg')).length).toBeGreaterThanOrEqual(8);
    expect(media.filter((n) => n.endsWith('.png')).length).toBe(media.filter((n) => n.endsWith('.svg')).length);
    expect(p['word/document.xml']).toContain('title="At a glance: indicators, commitments and the health of each aspect"');
    expect(p['word/document.xml']).toContain('<asvg:svgBlip');
    const widths = Array.from(p['word/document.xml']!.matchAll(/<wp:extent cx="(\d+)"/g), (m) => Number(m[1]));
    // No picture wider than the text (A4 less 36 mm, in EMU).
    for (const w of widths) expect(w).toBeLessThanOrEqual(Math.ceil(((210 - 36) / 25.4) * 914400));
    expect(Object.entries(p).find(([n]) => /^word\/header\d*\.xml$/.test(n))![1]).toContain('Partnership review — Orangi low-cost sanitation partnership — 30 June 2025');
    const map = render(['map', BANGLADESH], 'map.docx');
    expect(map.code, map.stderr).toBe(0);
    expect(Object.keys(parts(map.file)).filter((n) => n.endsWith('.png'))).toHaveLength(1);
  });

  it('refuses --reference-doc for the map as a picture', () => {
    const r = runBinary(['render', 'map', BANGLADESH, '--reference-doc', 'x.docx'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('needs --format docx');
  });
});

describe('the printed page', () => {
  it('chooses the paper from --paper, else the locale', () => {
    expect(choosePaper('LETTER', {})).toBe('letter');
    expect(() => choosePaper('a5', {})).toThrow('--paper a5 is not a paper size partner knows.');
    expect(localePaper({ LANG: 'en_US.UTF-8' })).toBe('letter');
    expect(localePaper({ LANG: 'en_GB.UTF-8' })).toBe('a4');
    expect(localePaper({ LANG: 'en_US.UTF-8', LC_PAPER: 'de_DE.UTF-8' })).toBe('a4');
    expect(localePaper({ LC_ALL: 'es_MX.UTF-8', LC_PAPER: 'de_DE.UTF-8' })).toBe('letter');
    expect(localePaper({ LANG: 'C.UTF-8' })).toBe('a4');
    expect(localePaper({})).toBe('a4');
  });

  it('heads every page with the document, the partnership and the date; a long name shortened, a right-to-left one isolated', () => {
    const frame = (kind: string, name: string) => pageFrame({ document: { kind }, partnership: { name }, meta: { date: DATE } }, 'a4').header;
    expect(frame('agreement', 'River Water Partnership')).toBe('Draft for negotiation — River Water Partnership — 30 June 2025');
    expect(frame('review', 'R')).toBe('Partnership review — R — 30 June 2025');
    expect(frame('map', 'R')).toBe('Stakeholder map — R — 30 June 2025');
    expect(frame('agreement', `${'Word '.repeat(30)}End`)).toBe(`Draft for negotiation — ${'Word '.repeat(11)}Word… — 30 June 2025`);
    expect(frame('agreement', 'جمعية تنمية')).toBe('Draft for negotiation — \u2068جمعية تنمية\u2069 — 30 June 2025');
  });

  it('puts the header and page numbers in the page margins of the HTML, escaped so no name can end the style', () => {
    expect(cssString('a "b" </style> \\ — c')).toBe('"a \\22 b\\22  \\3c \\2f style\\3e  \\5c  \\2014  c"');
    const frame = pageFrame({ document: { kind: 'agreement' }, partnership: { name: '</style><script>x</script>' }, meta: { date: DATE } }, 'letter');
    const rule = pageRule(frame);
    expect(rule).toContain('size: letter;');
    expect(rule).toContain('@top-center { content: "Draft for negotiation \\2014  \\3c \\2f style\\3e \\3c script\\3e x\\3c \\2f script\\3e  \\2014  30 June 2025";');
    expect(rule).toContain('@bottom-center { content: "Page " counter(page) " of " counter(pages);');
    const page = htmlPage('# T\n', { title: 'T', frame });
    expect(page.match(/<\/style>/g)).toHaveLength(1);
    expect(page).not.toContain('<script>');
    expect(page).toContain('<div class="mark draft" aria-hidden="true">Draft for negotiation — &lt;/style&gt;&lt;script&gt;x&lt;/script&gt; — 30 June 2025</div>');
  });
});
