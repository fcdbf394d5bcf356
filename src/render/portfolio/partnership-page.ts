/** A partnership's own page: where it stands, its map, its latest review's pictures, and what is still open. */
import { formatMoney } from '../../core/base/wording.js';
import type { PortfolioEntry } from '../../core/portfolio/entry.js';
import type { PortfolioBuild } from '../../core/portfolio/format.js';
import { withUnit } from '../../core/documents/review/model.js';
import type { DrawnFigure } from '../figures.js';
import { esc, longDate, page, plural, ratingBadge } from './html.js';

function figureHtml(f: DrawnFigure): string {
  return `<figure class="picture">${f.svg.trim()}<figcaption>${esc(f.figure.title)}</figcaption></figure>`;
}

const dl = (pairs: readonly [string, string][]): string => `<dl class="facts">${pairs.filter(([, v]) => v).map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;

function glance(e: PortfolioEntry): string {
  return dl([
    ['Phase', esc(e.phaseLabel ?? 'Not known')],
    ['Sectors', e.sectors.map(esc).join(', ')],
    ['Works on', e.workOn.map(esc).join('; ')],
    ['Places', e.places.map(esc).join('; ')],
    ['Goals served', e.sdgs.map(esc).join('<br>')],
    ['Goal types', e.goalTypes.map(esc).join(', ')],
    ['Form', e.typology ? esc(e.typology) : ''],
    ['Last review', e.lastReview ? esc(longDate(e.lastReview.date)) : 'None yet'],
    ['Next review', e.nextReview ? `${esc(longDate(e.nextReview))}${e.reviewOverdue ? ' (overdue)' : ''}` : ''],
  ]);
}

function partners(e: PortfolioEntry): string {
  if (!e.partners.length) return '<p>No active partner is recorded yet.</p>';
  const reps = e.partners.some((p) => p.representative);
  return `<table><caption>Active partners</caption><thead><tr><th scope="col">Partner</th><th scope="col">Sector</th>${reps ? '<th scope="col">Representative</th>' : ''}</tr></thead><tbody>${e.partners.map((p) => `<tr><th scope="row">${esc(p.name)}</th><td>${esc(p.sector)}</td>${reps ? `<td>${esc(p.representative ?? '')}</td>` : ''}</tr>`).join('')}</tbody></table>`;
}

function progress(e: PortfolioEntry): string {
  const c = e.commitments;
  const money = c.pledged.length ? `<p>Pledged: ${c.pledged.map((t) => esc(formatMoney(t.cash + t.inKind, t.currency))).join('; ')}. Delivered: ${c.deliveredMoney.length ? c.deliveredMoney.map((t) => esc(formatMoney(t.cash + t.inKind, t.currency))).join('; ') : 'nothing yet'}.</p>` : '';
  const overdue = c.overdue.length ? `<ul>${c.overdue.map((o) => `<li>${esc(o.partner)}: ${esc(o.description)}, due ${esc(longDate(o.due))}</li>`).join('')}</ul>` : '';
  const rows = e.indicators.rows.map((r) => `<tr><th scope="row">${esc(r.name)}</th><td>${r.latest === null ? 'Not measured' : esc(withUnit(r.latest, r.unit))}</td><td>${r.target === null ? 'No target' : esc(withUnit(r.target, r.unit))}</td><td>${r.progress === null ? '' : `<meter min="0" max="1" value="${r.progress}" aria-hidden="true"></meter> ${Math.round(r.progress * 100)}%`}</td><td>${esc(r.statusLabel)}</td></tr>`).join('');
  return `<h2>Commitments and progress</h2>
<p>${plural(c.total, 'commitment')}, ${c.delivered.toLocaleString('en')} delivered${c.overdue.length ? `, ${c.overdue.length.toLocaleString('en')} overdue` : ''}.</p>${money}${overdue}
${rows ? `<table><caption>Indicators against their targets</caption><thead><tr><th scope="col">Indicator</th><th scope="col">Latest</th><th scope="col">Target</th><th scope="col">Progress</th><th scope="col">Status</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>No indicator is recorded yet.</p>'}`;
}

function review(e: PortfolioEntry, figures: readonly DrawnFigure[]): string {
  if (!e.lastReview) return '<h2>Latest review</h2><p>No review is recorded yet.</p>';
  const r = e.lastReview;
  return `<h2>Latest review: ${esc(longDate(r.date))}</h2>
<ul class="health-list">${r.health.map((h) => `<li>${esc(h.title)}: ${ratingBadge(h.rating, h.title, true)}</li>`).join('')}</ul>
${r.learning ? `<p><strong>Learning recorded:</strong> ${esc(r.learning)}</p>` : ''}
${figures.map(figureHtml).join('\n')}`;
}

function openItems(e: PortfolioEntry): string {
  if (!e.openItems.count) return '<h2>Open items</h2><p>Nothing is left open in the draft agreement.</p>';
  // Under each section of the agreement once, in its order, not the section's name repeated before every point.
  const bySection = new Map<string, string[]>();
  for (const o of e.openItems.items) {
    const points = bySection.get(o.section);
    if (points) points.push(o.summary);
    else bySection.set(o.section, [o.summary]);
  }
  const sections = [...bySection].map(([section, points]) => `<h3>${esc(section)}</h3><ul class="open-items">${points.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>`);
  return `<h2>Open items</h2><p>${plural(e.openItems.count, 'point')} of the agreement still to settle.</p>${sections.join('')}`;
}

function confidential(e: PortfolioEntry): string {
  const nn = e.nonNegotiables.length ? `<h2>Non-negotiables</h2><ul>${e.nonNegotiables.map((n) => `<li>${esc(n.partner)}: ${esc(n.text)}</li>`).join('')}</ul>` : '';
  const obj = e.objectives.length ? `<h2>Each partner's objectives</h2>${e.objectives.map((o) => `<h3>${esc(o.partner)}</h3><ul>${o.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`).join('')}` : '';
  return nn + obj;
}

export function partnershipPage(e: PortfolioEntry, figures: { map: DrawnFigure | null; review: readonly DrawnFigure[] }, build: PortfolioBuild, siteTitle: string): string {
  const body = `<h1>${esc(e.name)}</h1>
${e.problems.note ? `<p class="note" role="note">${esc(e.problems.note)}</p>` : ''}
${glance(e)}
${e.issue ? `<h2>The issue</h2><p>${esc(e.issue)}</p>` : ''}
${e.vision ? `<h2>Vision</h2><p>${esc(e.vision)}</p>` : ''}
<h2>Partners</h2>
${partners(e)}
${figures.map ? figureHtml(figures.map) : ''}
${e.problems.errors && !e.partners.length ? '' : progress(e)}
${review(e, figures.review)}
${openItems(e)}
${confidential(e)}`;
  return page({ title: `${e.name}: ${siteTitle}`, root: '../', build, siteTitle, body });
}
