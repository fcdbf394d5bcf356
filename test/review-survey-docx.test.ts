import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { surveyMarkdown } from '../src/core/documents/survey/printable.js';
import { CHOICES, SURVEY, SURVEY_QUESTIONS } from '../src/core/lifecycle/review-survey.js';
import { escapeInline } from '../src/render/markdown.js';
import { copyExample, removeDir, runBinary, tempDir } from './helpers/cli.js';
import { normalise, pdfPages, pdfText, requireReaders, shows, skipWithout, wordToPdf } from './helpers/readers.js';

/**
 * `partner review survey --format docx` (issue 21): the printable review questionnaire as a Word document, written by
 * the documents' Word path (src/render/docx), read from the file itself and as LibreOffice shows it.
 */
let root: string;
beforeAll(() => (root = tempDir('partner-survey-docx-')));
afterAll(() => removeDir(root));
const FORM = 'partner_review_orangi_low_cost_sanitation_partnership';
const PARTNERS = ['Orangi Pilot Project (OPP)', 'Orangi lane (street) organisations', 'Karachi Metropolitan Corporation (KMC)', 'Karachi Water and Sewerage Board (KWSB)', 'International donor agency (illustrative)', 'Orangi component yards ("thallas") and local masons (illustrative)'];

function survey(out: string, extra: string[] = []) {
  const dir = copyExample('orangi-sanitation', join(root, `case-${out}`));
  const r = runBinary(['review', 'survey', dir, '--out', out, '--format', 'docx', '--date', '1995-06-01', ...extra], { cwd: root });
  return { ...r, file: join(root, out, `${FORM}.docx`) };
}

function part(file: string, name: string): string {
  return strFromU8(unzipSync(readFileSync(file))[name]!);
}

const xmlText = (xml: string) => normalise(Array.from(xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g), (m) => m[1]).join('').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&apos;/g, "'"));

describe('partner review survey --format docx', () => {
  it('writes the questionnaire as a Word document: every question, a box for every choice and no bullet beside it, the running header', () => {
    const r = survey('word', ['--paper', 'a4']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`word/${FORM}.docx`);
    expect(r.stdout).toContain('print the .html or the .docx for partners who answer on paper');
    expect(existsSync(join(root, 'word', `${FORM}.xml`)), 'only the forms asked for').toBe(false);
    const doc = part(r.file, 'word/document.xml');
    const text = xmlText(doc);
    SURVEY_QUESTIONS.forEach((q, i) => expect(text).toContain(normalise(`${i + 1}. ${q.label}`)));
    for (const g of SURVEY) expect(text).toContain(g.label);
    for (const p of PARTNERS) expect(text).toContain(`☐ ${p}`);
    for (const c of CHOICES.rating) expect(text).toContain(`☐ ${c.label}`);
    // A box to tick is the mark; no list numbering (a bullet) is drawn beside it.
    expect(doc).not.toContain('<w:numPr>');
    expect(doc).toContain('<w:br/>');
    expect(text).toContain('_'.repeat(80));
    expect(text).not.toMatch(/undefined|NaN|\[object Object\]|\\_/);
    const header = Object.keys(unzipSync(readFileSync(r.file))).filter((n) => /^word\/header\d*\.xml$/.test(n)).map((n) => xmlText(part(r.file, n))).join(' ');
    expect(header).toContain('Review questionnaire — Orangi low-cost sanitation partnership — 1 June 1995');
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/); // A4, as asked
  });

  it('writes the same bytes for the same date, on the paper asked for', () => {
    const a = readFileSync(survey('same-a', ['--paper', 'letter']).file);
    const b = readFileSync(survey('same-b', ['--paper', 'letter']).file);
    expect(a.equals(b)).toBe(true);
    expect(part(survey('letter', ['--paper', 'letter']).file, 'word/document.xml')).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
  });

  it('refuses an unknown paper (exit 2) and names the formats when one is unknown', () => {
    const bad = survey('bad-paper', ['--paper', 'a5']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Give --paper a4 or --paper letter.');
    expect(existsSync(join(root, 'bad-paper')), 'nothing written').toBe(false);
    const dir = copyExample('orangi-sanitation', join(root, 'case-bad-format'));
    const r = runBinary(['review', 'survey', dir, '--format', 'doc'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Use one or more of xform, xlsform, md, html, docx');
  });

  it.skipIf(skipWithout('soffice', 'pdftotext'))('opens in LibreOffice with every question and partner, the header and "Page N of M" on every page', () => {
    requireReaders('soffice', 'pdftotext');
    const r = survey('lo', ['--paper', 'a4']);
    expect(r.code, r.stderr).toBe(0);
    const [pdf] = wordToPdf([r.file], root);
    const text = pdfText(pdf!);
    SURVEY_QUESTIONS.forEach((q, i) => expect(shows(text, `${i + 1}. ${q.label}`), q.label).toBe(true));
    for (const p of PARTNERS) expect(shows(text, p), p).toBe(true);
    const pages = pdfPages(pdf!);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page.text).toContain('Review questionnaire');
      expect(page.text).toContain(`Page ${i + 1} of ${pages.length}`);
      // A box starts its line: the choice is not pushed right by a bullet.
      const boxes = page.lines.filter((l) => l.text.startsWith('☐'));
      for (const b of boxes) expect(b.x0).toBeLessThan(80);
    });
  }, 240_000);
});

describe('the printable form (Markdown)', () => {
  it('puts the choices of a question in one paragraph, a box on each line, and lines to write on as text, never a rule', () => {
    const md = surveyMarkdown({ title: 'T', formId: 'f', version: '1', partners: [{ id: 'a', name: 'A *star*' }, { id: 'b', name: 'B' }] }, escapeInline);
    expect(md).toContain('**1. Which partner do you answer for?**\n\n☐ A \\*star\\*\\\n☐ B\n');
    expect(md).not.toMatch(/^- /m);
    expect(md).not.toMatch(/^_{3,}$/m); // a Markdown rule, which Word draws as a border and merges away
    expect(md).toContain(`\n${'\\_'.repeat(80)}\n`);
  });
});
