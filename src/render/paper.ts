/**
 * The printed page of a document (`--paper a4|letter`), for every format that has pages: the HTML page's `@page` size
 * and the Word document's section. Without --paper, the locale decides (LC_ALL, LC_PAPER, LANG, as POSIX orders
 * them): Letter where it is the national size (the United States, Canada, Mexico, the Philippines and a few countries
 * of the Americas), else A4.
 */
import { UsageError } from '../core/base/diagnostic.js';

export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

export interface PaperSize {
  /** As CSS `@page { size }` names it. */
  css: string;
  widthMm: number;
  heightMm: number;
  /** Page margins, top, right, bottom, left. */
  marginMm: { top: number; right: number; bottom: number; left: number };
}

const SIZES: Readonly<Record<Paper, PaperSize>> = {
  a4: { css: 'A4', widthMm: 210, heightMm: 297, marginMm: { top: 22, right: 18, bottom: 22, left: 18 } },
  letter: { css: 'letter', widthMm: 215.9, heightMm: 279.4, marginMm: { top: 22, right: 19, bottom: 22, left: 19 } },
};

/** Territories whose national paper size is Letter (CLDR's paper-size data). */
const LETTER_TERRITORIES = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'CR', 'GT', 'PA', 'SV', 'NI', 'DO', 'PR', 'BZ']);

export function paperSize(paper: Paper): PaperSize {
  return SIZES[paper];
}

/** --paper as given, else the locale's. A value other than a4 or letter is a usage error (exit 2). */
export function choosePaper(option: string | undefined, env: NodeJS.ProcessEnv): Paper {
  if (option !== undefined) {
    const p = option.toLowerCase();
    if ((PAPERS as readonly string[]).includes(p)) return p as Paper;
    throw new UsageError(`--paper ${option} is not a paper size partner knows.`, 'Give --paper a4 or --paper letter.');
  }
  return localePaper(env);
}

/** The paper of the locale: the first of LC_ALL, LC_PAPER, LANG that is set; Letter for the territories above. */
export function localePaper(env: NodeJS.ProcessEnv): Paper {
  const locale = [env.LC_ALL, env.LC_PAPER, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  const territory = /^[a-z]{2,3}_([A-Z]{2})\b/.exec(locale)?.[1];
  return territory && LETTER_TERRITORIES.has(territory) ? 'letter' : 'a4';
}
