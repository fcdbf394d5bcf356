/**
 * A document as a Word file (`--format docx`), built with the `docx` package from the same Markdown the templates
 * write (so a template's wording, and a template of one's own, shape the Word document too): real Word styles
 * (./styles.ts), Word-numbered sections, the table of open items at the top linking to each open item highlighted
 * in place, bordered tables (./tables.ts), the pictures as SVG with a PNG beside it, the running header and "Page N of
 * M" in the footer on the chosen paper. The same input and date give the same bytes. Loaded only for --format docx.
 */
import { AlignmentType, Document, Footer, Header, type IStylesOptions, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { Lexer, type Token } from 'marked';
import { UsageError } from '../../core/base/diagnostic.js';
import { PAGE_WORDS, type PageFrame } from '../page.js';
import { paperSize } from '../paper.js';
import { svgSize, svgToPng } from '../raster.js';
import { type BlockContext, blocks, type DocxFigure, type OpenItemRow, sectionsNumbered, TWIPS_PER_PIXEL } from './blocks.js';
import type { ReferenceStyles } from './reference.js';
import { documentNumbering, documentStyles, EXTRA_STYLES } from './styles.js';

export interface DocxOptions {
  title: string;
  frame: PageFrame;
  /** The date the document carries (YYYY-MM-DD): also its creation date in the file's properties. */
  date: string;
  /** Placeholder -> picture (src/render/figures.ts, placed as for HTML). */
  figures?: ReadonlyMap<string, { svg: string; title: string; desc: string; id: string }>;
  /** The agreement's open items, listed in a table at the top. */
  openItems?: readonly OpenItemRow[] | null;
  reference?: ReferenceStyles | null;
}

const TWIPS_PER_MM = 1440 / 25.4;
const OPEN_ITEM_IN_PLACE = /\*\*Open item (\d+):\*\*/g;

/** The Markdown as a .docx file's bytes. */
export async function renderDocx(markdown: string, options: DocxOptions): Promise<Uint8Array> {
  const tokens = lex(markdown);
  const paper = paperSize(options.frame.paper);
  const m = paper.marginMm;
  const textWidth = Math.floor((paper.widthMm - m.left - m.right) * TWIPS_PER_MM);
  const textHeight = (paper.heightMm - m.top - m.bottom) * TWIPS_PER_MM;
  const sections = sectionsNumbered(tokens);
  const ctx: BlockContext = {
    bookmarked: new Set(),
    figures: draw(options.figures),
    openItems: options.openItems ?? null,
    marked: new Set(Array.from(markdown.matchAll(OPEN_ITEM_IN_PLACE), (x) => Number(x[1]))),
    numberedSections: sections.numbered,
    textWidth,
    maxPictureHeight: Math.floor((textHeight * 0.62) / TWIPS_PER_PIXEL),
    lists: 0,
    words: { number: 'No.', item: 'Open item', section: 'Section' },
  };
  const children = blocks(tokens, ctx);
  // A Word document has at least one paragraph.
  if (!children.length) children.push(new Paragraph({ children: [] }));
  const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);
  const doc = new Document({
    title: options.title,
    creator: 'partner',
    lastModifiedBy: 'partner',
    ...(options.reference ? { externalStyles: options.reference.xml } : {}),
    styles: options.reference ? fillIn(options.reference) : documentStyles(),
    numbering: documentNumbering(sections.start),
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(paper.widthMm), height: twips(paper.heightMm) },
            margin: { top: twips(m.top), right: twips(m.right), bottom: twips(m.bottom), left: twips(m.left), header: twips(9), footer: twips(9) },
          },
        },
        headers: { default: new Header({ children: [new Paragraph({ style: 'Header', children: [new TextRun({ text: options.frame.header, ...(options.frame.draft ? { color: 'B91C1C', bold: true } : {}) })] })] }) },
        footers: { default: new Footer({ children: [new Paragraph({ style: 'Footer', alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PAGE_WORDS.before, PageNumber.CURRENT, PAGE_WORDS.between, PageNumber.TOTAL_PAGES] })] })] }) },
        children,
      },
    ],
  });
  return reproducible(await Packer.toBuffer(doc), options.date);
}

function lex(markdown: string): Token[] {
  try {
    return new Lexer({ gfm: true, breaks: false }).lex(markdown);
  } catch (error) {
    // marked recurses once per level of nesting (as for the HTML page, src/render/html.ts).
    if (error instanceof RangeError || /call stack/i.test(String((error as Error)?.message))) throw new UsageError('The document nests quotes, lists or emphasis too deeply to turn into a Word document; nothing was written.', 'Look for quotes (>) or lists nested many levels deep in the template, or render it with --format md.');
    throw error;
  }
}

/** Each picture drawn as a PNG too, with its size. */
function draw(figures: DocxOptions['figures']): Map<string, DocxFigure> {
  const out = new Map<string, DocxFigure>();
  for (const [token, f] of figures ?? []) out.set(token, { ...f, ...svgSize(f.svg), png: svgToPng(f.svg) });
  return out;
}

/** With a reference document: its styles, and partner's for the styles it lacks. */
function fillIn(reference: ReferenceStyles): IStylesOptions {
  const ours = documentStyles().default ?? {};
  const builtIn = { title: 'Title', heading1: 'Heading1', heading2: 'Heading2', heading3: 'Heading3', listParagraph: 'ListParagraph', hyperlink: 'Hyperlink' } as const;
  const missing = Object.fromEntries(Object.entries(builtIn).filter(([, id]) => !reference.ids.has(id)).map(([key]) => [key, ours[key as keyof typeof ours]]));
  return { default: missing, paragraphStyles: EXTRA_STYLES.filter((s) => !reference.ids.has(s.id)) };
}

/**
 * The same bytes for the same input and date: the file's creation and modification times are the document's date,
 * and every part of the zip carries that time.
 */
function reproducible(bytes: Uint8Array, date: string): Uint8Array {
  const parts = unzipSync(bytes);
  const stamp = `${date}T00:00:00Z`;
  const core = parts['docProps/core.xml'];
  if (core) parts['docProps/core.xml'] = strToU8(strFromU8(core).replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:)/g, `$1${stamp}$2`));
  // A zip stores times from 1980 to 2107.
  const mtime = new Date(`${date < '1980-01-01' ? '1980-01-01' : date > '2099-12-31' ? '2099-12-31' : date}T12:00:00Z`);
  const zippable: Zippable = {};
  for (const name of Object.keys(parts).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))) zippable[name] = [parts[name]!, { mtime, level: 6 }];
  return zipSync(zippable);
}

/** [Content_Types].xml first, as Word writes it (some readers look for it there). */
const rank = (name: string) => (name === '[Content_Types].xml' ? 0 : name.startsWith('_rels/') ? 1 : 2);
