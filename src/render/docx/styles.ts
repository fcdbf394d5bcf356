/**
 * The Word styles of partner's documents: Word's own names (Title, Heading 1-3, Normal, List Paragraph, Quote,
 * Header, Footer, Hyperlink), so an organisation's template (or Word's "Change Styles") restyles the whole document,
 * and the lists and numbered sections as Word numbering. With --reference-doc, the template's styles are used and these
 * only fill in the ones it lacks (./reference.ts).
 */
import { AlignmentType, BorderStyle, type INumberingOptions, type IParagraphStyleOptions, type IStylesOptions, LevelFormat, LevelSuffix, LineRuleType } from 'docx';

/** Latin fonts only: Word and LibreOffice pick fonts for Chinese, Japanese, Korean, Arabic or Hebrew names themselves. */
export const FONT = { body: { ascii: 'Times New Roman', hAnsi: 'Times New Roman' }, heading: { ascii: 'Arial', hAnsi: 'Arial' } } as const;
const LINE = { line: 264, lineRule: LineRuleType.AUTO } as const;
/** Half-points. */
const SIZE = { body: 22, table: 19, small: 17, narrow: 15 } as const;
/** How much smaller the text of a table too wide for the page is set (./tables.ts). */
export const NARROW_SCALE = SIZE.narrow / SIZE.table;
const HEADING = { font: FONT.heading, bold: true, color: '111111' } as const;
const KEEP = { keepNext: true, keepLines: true } as const;

/** The numbering of the sections ("1." before Heading 1), of bulleted and of numbered lists. */
export const NUMBERING = { sections: 'partner-sections', bullets: 'partner-bullets', numbers: 'partner-numbers' } as const;

/** Paragraph styles beyond Word's defaults; with a reference document, only those it lacks are added. */
export const EXTRA_STYLES: readonly IParagraphStyleOptions[] = [
  { id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: { indent: { left: 340 }, spacing: { before: 60, after: 60 }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'B45309', space: 8 } } } },
  { id: 'TableText', name: 'Table Text', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { before: 30, after: 30, line: 240, lineRule: LineRuleType.AUTO } }, run: { size: SIZE.table } },
  { id: 'TableHeading', name: 'Table Heading', basedOn: 'TableText', quickFormat: true, run: { bold: true, font: FONT.heading } },
  // A table of many columns (the review's Table 2) in smaller text, so its words fit their columns whole.
  { id: 'TableTextNarrow', name: 'Table Text Narrow', basedOn: 'TableText', quickFormat: true, run: { size: SIZE.narrow } },
  { id: 'TableHeadingNarrow', name: 'Table Heading Narrow', basedOn: 'TableHeading', quickFormat: true, run: { size: SIZE.narrow } },
  { id: 'Header', name: 'header', basedOn: 'Normal', paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: 0 } }, run: { size: SIZE.small, font: FONT.heading, color: '444444' } },
  { id: 'Footer', name: 'footer', basedOn: 'Normal', paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } }, run: { size: SIZE.small, font: FONT.heading, color: '444444' } },
  { id: 'Figure', name: 'Figure', basedOn: 'Normal', paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 120, after: 200 } } },
  { id: 'Code', name: 'Code', basedOn: 'Normal', paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } }, run: { font: { ascii: 'Courier New', hAnsi: 'Courier New' }, size: SIZE.small } },
];

export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: { run: { font: FONT.body, size: SIZE.body }, paragraph: { spacing: { after: 120, ...LINE } } },
      title: { run: { ...HEADING, size: 36 }, paragraph: { ...KEEP, spacing: { after: 240, line: 252, lineRule: LineRuleType.AUTO } } },
      heading1: { run: { ...HEADING, size: 28 }, paragraph: { ...KEEP, spacing: { before: 360, after: 120 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '888888', space: 2 } } } },
      heading2: { run: { ...HEADING, size: 24 }, paragraph: { ...KEEP, spacing: { before: 240, after: 80 } } },
      heading3: { run: { ...HEADING, size: 22 }, paragraph: { ...KEEP, spacing: { before: 200, after: 60 } } },
      listParagraph: { paragraph: { spacing: { after: 60 } } },
      hyperlink: { run: { color: '1D4ED8', underline: {} } },
    },
    paragraphStyles: EXTRA_STYLES,
  };
}

/** Sections numbered from `sectionStart`; bullets and numbers at nine levels, indented by level. */
export function documentNumbering(sectionStart: number): INumberingOptions {
  const indent = (level: number) => ({ paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } });
  const bullets = ['•', '–', '◦'];
  return {
    config: [
      { reference: NUMBERING.sections, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: sectionStart, suffix: LevelSuffix.SPACE, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 0, hanging: 0 } } } }] },
      { reference: NUMBERING.bullets, levels: Array.from({ length: 9 }, (_, level) => ({ level, format: LevelFormat.BULLET, text: bullets[level % 3]!, alignment: AlignmentType.LEFT, style: indent(level) })) },
      { reference: NUMBERING.numbers, levels: Array.from({ length: 9 }, (_, level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, start: 1, alignment: AlignmentType.LEFT, style: indent(level) })) },
    ],
  };
}
