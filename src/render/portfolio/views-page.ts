/** The portfolio views: how many partnerships are where, what they are achieving, and what they have learnt. */
import { formatMoney } from '../../core/base/wording.js';
import type { PortfolioBuild } from '../../core/portfolio/format.js';
import type { PortfolioViews, Tally } from '../../core/portfolio/views.js';
import { esc, longDate, page, plural } from './html.js';
import { wrapText } from '../svg/xml.js';

const BAR = 18;
const LABEL = 220;
const WIDTH = 640;
/** The height of a line of a label, for 13px text. */
const LINE = 16;

/** A horizontal bar chart with its numbers written beside the bars, and a text alternative. */
export function barChart(id: string, title: string, tallies: readonly Tally[]): string {
  const max = Math.max(1, ...tallies.map((t) => t.count));
  const desc = tallies.map((t) => `${t.label}: ${t.count}`).join('; ');
  let y = 8;
  const bars = tallies
    .map((t) => {
      // A long label (an SDG's name) wraps onto more lines in its column, never past the picture's left edge.
      const lines = wrapText(t.label, LABEL - 16, 13, { maxLines: 4 });
      const row = Math.max(BAR, lines.length * LINE);
      const top = y + (row - lines.length * LINE) / 2;
      const label = lines.map((l, k) => `<tspan x="${LABEL - 8}" y="${top + k * LINE + LINE - 4}">${esc(l)}</tspan>`).join('');
      const barY = y + (row - BAR) / 2;
      const w = Math.max(2, Math.round(((WIDTH - LABEL - 60) * t.count) / max));
      y += row + 8;
      return `<text text-anchor="end">${label}</text><rect x="${LABEL}" y="${barY}" width="${w}" height="${BAR}" class="bar"/><text x="${LABEL + w + 6}" y="${barY + BAR - 5}">${t.count.toLocaleString('en')}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${y}" width="${WIDTH}" height="${y}" role="img" aria-labelledby="${id}-title ${id}-desc"><title id="${id}-title">${esc(title)}</title><desc id="${id}-desc">${esc(desc)}</desc>${bars}</svg>`;
}

function tallySection(id: string, heading: string, tallies: readonly Tally[], none: string): string {
  if (!tallies.length) return `<h2>${esc(heading)}</h2><p>${esc(none)}</p>`;
  return `<h2>${esc(heading)}</h2><figure class="picture">${barChart(id, heading, tallies)}</figure>`;
}

export function viewsPage(views: PortfolioViews, build: PortfolioBuild, siteTitle: string): string {
  const c = views.indicators.counts;
  const indicatorTallies: Tally[] = [
    { label: 'Achieved', count: c.achieved },
    { label: 'On track', count: c['on-track'] },
    { label: 'At risk', count: c['at-risk'] },
    { label: 'Off track', count: c['off-track'] },
    { label: 'Not measured yet', count: c['not-measured'] },
    { label: 'No target or baseline', count: c['not-assessed'] },
  ].filter((t) => t.count > 0);
  const money = views.money.length
    ? `<table><caption>Money and valued contributions, pledged and delivered</caption><thead><tr><th scope="col">Currency</th><th scope="col">Pledged</th><th scope="col">Delivered</th></tr></thead><tbody>${views.money.map((m) => `<tr><th scope="row">${esc(m.currency ?? 'Not stated')}</th><td class="number">${esc(formatMoney(m.pledged, m.currency))}</td><td class="number">${esc(formatMoney(m.delivered, m.currency))}</td></tr>`).join('')}</tbody></table>`
    : '<p>No amount is pledged yet.</p>';
  const lessons = views.lessons.length
    ? `<ul class="lessons">${views.lessons.slice(0, 500).map((l) => `<li><a href="p/${esc(l.id)}.html">${esc(l.name)}</a>, review of ${esc(longDate(l.date))}: ${esc(l.text)}</li>`).join('')}</ul>${views.lessons.length > 500 ? `<p>The 500 most recent of ${views.lessons.length.toLocaleString('en')} lessons are shown; the JSON export holds them all.</p>` : ''}`
    : '<p>No review has recorded a lesson yet.</p>';
  const body = `<h1>Portfolio views</h1>
<p class="lead">${plural(views.total, 'partnership')}: ${plural(views.commitments.total, 'commitment')} (${views.commitments.delivered.toLocaleString('en')} delivered, ${views.commitments.overdue.toLocaleString('en')} overdue), ${plural(views.indicators.total, 'indicator')}, ${plural(views.reviewsOverdue, 'review')} overdue.</p>
${tallySection('by-phase', 'Partnerships by phase', views.byPhase, 'No partnership yet.')}
${tallySection('by-sector', 'Partnerships by sector of their partners', views.bySector, 'No active partner is recorded yet.')}
${tallySection('by-sdg', 'Partnerships by Sustainable Development Goal', views.bySdg, 'No goal is recorded yet.')}
${tallySection('by-work', 'Partnerships by sector of activity', views.byWork, 'No sector of activity is recorded yet.')}
${tallySection('by-goal', 'Partnerships by goal type', views.byGoalType, 'No goal type is recorded yet.')}
${tallySection('by-form', 'Partnerships by organisational form', views.byTypology, 'No form is recorded yet.')}
${tallySection('indicators', 'Progress against targets: indicators by status', indicatorTallies, 'No indicator is recorded yet.')}
<h2>Commitments delivered against pledged</h2>
${money}
<h2>Lessons recorded in reviews</h2>
${lessons}`;
  return page({ title: `Portfolio views: ${siteTitle}`, root: '', build, siteTitle, body });
}
