/** The shell every portfolio page shares, and escaping: every value from a record goes through `esc`. */
import { formatDate } from '../../core/base/wording.js';
import type { PortfolioBuild } from '../../core/portfolio/format.js';

export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export const longDate = (date: string): string => formatDate(date) ?? date;

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** A whole page. `root` is the relative path back to the site's top ('' or '../'). No request leaves the site. */
export function page(options: { title: string; root: string; build: PortfolioBuild; siteTitle: string; body: string; scripts?: string[] }): string {
  const { root, build } = options;
  const asOf = `As of ${esc(longDate(build.asOf))}${build.commit ? `, from commit ${esc(build.commit)}${build.uncommitted ? ' with changes not yet committed' : ''}` : ''}.`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:">
<title>${esc(options.title)}</title>
<link rel="stylesheet" href="${root}assets/portfolio.css">
</head>
<body>
<a class="skip" href="#main">Skip to the content</a>
<header class="site"><p class="site-title"><a href="${root}index.html">${esc(options.siteTitle)}</a></p>
<nav aria-label="Portfolio"><ul><li><a href="${root}index.html">All partnerships</a></li><li><a href="${root}views.html">Portfolio views</a></li></ul></nav></header>
<main id="main">
${options.body}
</main>
<footer class="site"><p>${asOf} Built by partner from the partnerships' own records.</p></footer>
${(options.scripts ?? []).map((s) => `<script src="${root}${s}"></script>`).join('\n')}
</body>
</html>
`;
}

/** A rating as a coloured word; `labelled` when the aspect's name is already written beside it (then said only once). */
export function ratingBadge(rating: 'green' | 'amber' | 'red' | null, title: string, labelled = false): string {
  const word = rating ? { green: 'Green', amber: 'Amber', red: 'Red' }[rating] : 'Not rated';
  return `<span class="rating rating-${rating ?? 'none'}" title="${esc(title)}: ${word}">${labelled ? '' : `<span class="visually-hidden">${esc(title)}: </span>`}${word}</span>`;
}
