/**
 * What every printed page of a document carries, whatever the format: the running header ("Draft for negotiation —
 * <partnership> — <date>" on the agreement) and, in the footer, "Page N of M". The HTML page puts them in the page
 * margins (CSS `@page` margin boxes), the Word document in its header and footer.
 */
import { formatDate } from '../core/base/wording.js';
import type { Paper } from './paper.js';

/** The longest partnership name the header shows in full; a longer one is cut at a word with an ellipsis. */
const NAME_LIMIT = 60;

const LEAD: Readonly<Record<string, string>> = {
  agreement: 'Draft for negotiation',
  review: 'Partnership review',
  map: 'Stakeholder map',
  minutes: 'Minutes',
  survey: 'Review questionnaire',
};

export interface PageFrame {
  /** The running header of every page. */
  header: string;
  paper: Paper;
  /** The document is a draft (the agreement): its header is set in the draft colour. */
  draft: boolean;
}

/** The page frame of a document from its view model (all three share `document`, `partnership` and `meta`). */
export function pageFrame(view: { document: { kind: string }; partnership: { name: string }; meta: { date: string } }, paper: Paper): PageFrame {
  const lead = LEAD[view.document.kind] ?? 'Document';
  return { header: `${lead} — ${isolate(shorten(view.partnership.name))} — ${formatDate(view.meta.date) ?? view.meta.date}`, paper, draft: view.document.kind === 'agreement' };
}

/** "Page N of M" as words around the two numbers, for both formats. */
export const PAGE_WORDS = { before: 'Page ', between: ' of ' } as const;

function shorten(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= NAME_LIMIT) return name;
  const cut = chars.slice(0, NAME_LIMIT).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > NAME_LIMIT / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A right-to-left name between first-strong isolates, so the dashes and the date around it keep their places. */
function isolate(name: string): string {
  return /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/.test(name) ? `\u2068${name}\u2069` : name;
}
