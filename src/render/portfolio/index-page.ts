/**
 * The index: every partnership as a table row, in pages of PAGE_SIZE rows so it reads without JavaScript, and the
 * same rows as a compact data file (data/index.js) from which portfolio.js filters and searches in the browser.
 */
import type { PortfolioEntry } from '../../core/portfolio/entry.js';
import type { PortfolioBuild } from '../../core/portfolio/format.js';
import type { PortfolioViews } from '../../core/portfolio/views.js';
import { esc, longDate, page, plural, ratingBadge } from './html.js';

export const PAGE_SIZE = 100;

/** What the index needs of an entry: kept small, since 10,000 of them stay in memory. */
export interface IndexRow {
  id: string;
  name: string;
  phase: string;
  sectors: string[];
  places: string[];
  sdgs: string[];
  partners: string[];
  lastReview: string;
  /** One letter per aspect of the last review: g, a, r, or - when not rated. */
  health: string;
  attention: string[];
  openItems: number;
  note: string;
}

export function indexRow(e: PortfolioEntry): IndexRow {
  const { counts } = e.indicators;
  const attention = [
    e.commitments.overdue.length ? plural(e.commitments.overdue.length, 'commitment') + ' overdue' : '',
    e.reviewOverdue ? 'review overdue' : '',
    counts['off-track'] ? plural(counts['off-track'], 'indicator') + ' off track' : '',
    counts['at-risk'] ? plural(counts['at-risk'], 'indicator') + ' at risk' : '',
  ].filter(Boolean);
  return {
    id: e.id,
    name: e.name,
    phase: e.phaseLabel ?? 'Not known',
    sectors: e.sectors,
    places: e.places,
    sdgs: e.sdgs.map((g) => /^SDG \d+/.exec(g)?.[0] ?? g),
    partners: e.partners.map((p) => p.name),
    lastReview: e.lastReview?.date ?? '',
    health: e.lastReview ? e.lastReview.health.map((h) => (h.rating ? h.rating[0] : '-')).join('') : '',
    attention,
    openItems: e.openItems.count,
    note: e.problems.note ? 'The record has errors' : '',
  };
}

export const HEALTH_TITLES = ['Delivery and progress', 'Impact and sustainability', 'Decision-making and governance', 'Roles and responsibilities', 'Communication systems', 'Working relations and commitment', 'Financial operations and resources'];

function healthCell(row: IndexRow): string {
  if (!row.lastReview) return 'No review yet';
  const badges = [...row.health].map((c, i) => ratingBadge(c === 'g' ? 'green' : c === 'a' ? 'amber' : c === 'r' ? 'red' : null, HEALTH_TITLES[i] ?? `Aspect ${i + 1}`)).join('');
  return `<time datetime="${esc(row.lastReview)}">${esc(longDate(row.lastReview))}</time><div class="health">${badges}</div>`;
}

const listCell = (items: readonly string[], most = 3): string => {
  if (!items.length) return '';
  const shown = items.slice(0, most).map(esc).join('<br>');
  return items.length > most ? `${shown}<br>and ${items.length - most} more` : shown;
};

export function rowHtml(row: IndexRow, root: string): string {
  return `<tr><th scope="row"><a href="${root}p/${esc(row.id)}.html">${esc(row.name)}</a>${row.note ? `<br><span class="note">${esc(row.note)}</span>` : ''}</th><td>${esc(row.phase)}</td><td>${listCell(row.sectors)}</td><td>${listCell(row.places)}</td><td>${row.sdgs.map(esc).join(', ')}</td><td>${listCell(row.partners)}</td><td>${healthCell(row)}</td><td>${row.attention.length ? row.attention.map(esc).join('<br>') : 'Nothing overdue'}</td><td class="number">${row.openItems}</td></tr>`;
}

const HEAD = '<thead><tr><th scope="col">Partnership</th><th scope="col">Phase</th><th scope="col">Sectors</th><th scope="col">Places</th><th scope="col">Goals</th><th scope="col">Partners</th><th scope="col">Last review</th><th scope="col">Needs attention</th><th scope="col">Open items</th></tr></thead>';

/** The index pages: index.html, index-2.html ... each with PAGE_SIZE rows and links between them. */
export function indexPages(rows: readonly IndexRow[], views: PortfolioViews, build: PortfolioBuild, siteTitle: string): { name: string; html: string }[] {
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const nameOf = (n: number) => (n === 1 ? 'index.html' : `index-${n}.html`);
  const out: { name: string; html: string }[] = [];
  for (let n = 1; n <= pages; n++) {
    const slice = rows.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE);
    const nav = pages > 1 ? `<nav class="pages" aria-label="Pages of the list"><p>Page ${n} of ${pages}.${n > 1 ? ` <a href="${nameOf(n - 1)}" rel="prev">Previous page</a>` : ''}${n < pages ? ` <a href="${nameOf(n + 1)}" rel="next">Next page</a>` : ''}</p></nav>` : '';
    const body = `<h1>${esc(siteTitle)}</h1>
<p class="lead">${plural(views.total, 'partnership')}${views.withErrors ? `, ${plural(views.withErrors, 'of them', 'of them')} with errors in the record (listed with a note)` : ''}. Each row links to the partnership's page.</p>
<form id="filters" class="filters" role="search" aria-label="Filter the partnerships" hidden>
<p><label for="q">Search names, places and partners</label> <input id="q" name="q" type="search" autocomplete="off"></p>
<p><label for="phase">Phase</label> <select id="phase" name="phase"><option value="">Any phase</option></select></p>
<p><label for="sector">Sector</label> <select id="sector" name="sector"><option value="">Any sector</option></select></p>
<p><label for="sdg">Goal</label> <select id="sdg" name="sdg"><option value="">Any goal</option></select></p>
<p><label><input id="attention" name="attention" type="checkbox"> Only those that need attention</label></p>
</form>
<p id="count" class="count" aria-live="polite">${rows.length ? `Showing ${(n - 1) * PAGE_SIZE + 1} to ${(n - 1) * PAGE_SIZE + slice.length} of ${rows.length.toLocaleString('en')}.` : 'No partnership is published yet.'}</p>
<table id="partnerships" class="partnerships">
<caption>Partnerships in this portfolio</caption>
${HEAD}
<tbody>
${slice.map((r) => rowHtml(r, '')).join('\n')}
</tbody>
</table>
<p id="more-wrap" hidden><button id="more" type="button">Show more</button></p>
${nav}`;
    out.push({ name: nameOf(n), html: page({ title: n === 1 ? siteTitle : `${siteTitle}, page ${n}`, root: '', build, siteTitle, body, scripts: ['data/index.js', 'assets/portfolio.js'] }) });
  }
  return out;
}

/**
 * data/index.js: the rows as arrays, with every repeated text (phases, sectors, places, partners, what needs
 * attention, notes, review dates) stored once in `words` and referred to by its place there: the file a browser
 * parses for 10,000 partnerships stays small.
 */
export function indexData(rows: readonly IndexRow[]): string {
  const words: string[] = [];
  const wordIndex = new Map<string, number>();
  const w = (s: string) => {
    let i = wordIndex.get(s);
    if (i === undefined) {
      i = words.length;
      words.push(s);
      wordIndex.set(s, i);
    }
    return i;
  };
  // Row: [id, name, phase, sectors, places, partners, last review (YYYY-MM-DD), health, attention, open items, note, goals, last review in words]
  const data = rows.map((r) => [r.id, r.name, w(r.phase), r.sectors.map(w), r.places.map(w), r.partners.map(w), r.lastReview, r.health, r.attention.map(w), r.openItems, w(r.note), r.sdgs.map(w), r.lastReview ? w(longDate(r.lastReview)) : -1]);
  // JSON inside a script: `<` escaped so no value can close the script element.
  const json = JSON.stringify({ version: 2, healthTitles: HEALTH_TITLES, words, rows: data }).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `window.PARTNER_PORTFOLIO = ${json};\n`;
}
