/** Partnership relationships and functioning: each partner's ratings, a partners × aspects grid (seed 002 Fig. 1). */
import { listText } from '../../../base/wording.js';
import type { ReviewContext } from '../context.js';
import type { Figure, Rating, RatingCell, ReviewView } from '../view.js';
import { counts, FUNCTIONING_ASPECTS, overallRating, RATING_LABEL, ratingCell, type AspectKey } from '../words.js';

export function buildFunctioning(c: ReviewContext): ReviewView['functioning'] {
  const rated = (c.review?.functioning ?? []).map((f) => ({ name: c.nameOf(f.stakeholder), cells: FUNCTIONING_ASPECTS.map((a) => ratingCell(f[a.key as AspectKey])) }));
  // A partner who took part and gave no rating is named in the grid, not silently left out.
  const silent = (c.review?.participants ?? []).filter((id) => !(c.review?.functioning ?? []).some((f) => f.stakeholder === id) && c.model.stakeholders?.stakeholders.some((s) => s.id === id && s.engagement === 'active-partner'));
  const rows = [...rated, ...silent.map((id) => ({ name: c.nameOf(id), cells: FUNCTIONING_ASPECTS.map(() => ratingCell(undefined)) }))];
  const ratingsOf = (i: number) => rows.map((r) => r.cells[i]!.rating).filter((r): r is Rating => r !== null);
  const overall = FUNCTIONING_ASPECTS.map((_a, i): RatingCell => {
    const o = overallRating(ratingsOf(i));
    return { rating: o, label: o ? RATING_LABEL[o] : null, comment: ratingsOf(i).length ? counts(ratingsOf(i)) : null };
  });
  const byAspect = FUNCTIONING_ASPECTS.map((a, i) => ({
    title: a.title,
    overall: `${overall[i]!.label ? `${overall[i]!.label} at worst (${overall[i]!.comment})` : 'Not rated'}${notRatedBy(rows, i)}`,
    comments: rows.flatMap((r) => {
      const cell = r.cells[i]!;
      return cell.rating ? [{ name: r.name, rating: cell.rating, label: cell.label!, comment: cell.comment ?? '' }] : [];
    }),
  }));
  return { aspects: FUNCTIONING_ASPECTS.map((a) => ({ key: a.key, title: a.title })), rows, overall, byAspect, figure: heatMapFigure(rows, overall) };
}

function heatMapFigure(rows: ReviewView['functioning']['rows'], overall: readonly RatingCell[]): Figure | null {
  if (!rows.length) return null;
  return {
    id: 'functioning',
    title: 'Heat map: how each partner rates the partnership’s functioning',
    desc: `Red, amber or green ratings by each partner (rows) for each aspect of partnership functioning (columns). ${rows.map((r) => `${r.name}: ${r.cells.map((x, i) => `${FUNCTIONING_ASPECTS[i]!.title.toLowerCase()} ${x.rating ?? 'not rated'}`).join(', ')}.`).join(' ')} Lowest rating given: ${overall.map((o, i) => `${FUNCTIONING_ASPECTS[i]!.title.toLowerCase()} ${o.rating ?? 'not rated'}`).join(', ')}.`,
    src: null,
  };
}

/** "; not rated by A and B": who took part but gave no rating for this aspect. */
function notRatedBy(rows: ReviewView['functioning']['rows'], i: number): string {
  const names = rows.filter((r) => r.cells[i]!.rating === null).map((r) => r.name);
  return names.length ? `; not rated by ${listText(names)}` : '';
}
