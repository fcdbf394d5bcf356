/**
 * The pictures of the review report and the stakeholder map, drawn from their view models (src/core/documents/review/model.ts,
 * src/core/documents/map/model.ts) by the pure SVG functions in ./svg/.
 */
import type { MapView } from '../core/documents/map/model.js';
import type { ReviewSummary, ReviewView } from '../core/documents/review/model.js';
import { formatDate } from '../core/base/wording.js';
import type { DrawnFigure } from './figures.js';
import { indicatorChart } from './svg/chart.js';
import { heatmap } from './svg/heatmap.js';
import { stakeholderMap } from './svg/map.js';
import { summaryPicture } from './svg/summary.js';

/** What the review's pictures are drawn from: a whole ReviewView, or a summary with the indicators to chart (none). */
export type ReviewPictures = ReviewSummary & { impacts: Pick<ReviewView['impacts'], 'indicators'> };

/** The summary picture, one chart per indicator, then the functioning heat map (when the review has ratings). */
export function drawReviewFigures(view: ReviewPictures): DrawnFigure[] {
  const s = view.summary;
  const out: DrawnFigure[] = [];
  const optional = (count: number, word: string, style: 'none' | 'grey') => (count ? [{ count, word, style }] : []);
  out.push({
    figure: s.figure,
    svg: summaryPicture({
      id: s.figure.id,
      title: s.figure.title,
      desc: s.figure.desc,
      counts: [
        ...(s.indicators.total
          ? [{ label: 'Indicators', tiles: [{ count: s.indicators.achieved, word: 'Achieved', style: 'green' as const }, { count: s.indicators.onTrack, word: 'On track', style: 'green' as const }, { count: s.indicators.atRisk, word: 'At risk', style: 'amber' as const }, { count: s.indicators.offTrack, word: 'Off track', style: 'red' as const }, ...optional(s.indicators.notMeasured, 'Not measured', 'none'), ...optional(s.indicators.notAssessed, 'Not assessed', 'none')] }]
          : []),
        ...(s.commitments.kept + s.commitments.late + s.commitments.open + s.commitments.withdrawn
          ? [{ label: 'Commitments', tiles: [{ count: s.commitments.kept, word: 'Kept', style: 'green' as const }, { count: s.commitments.late, word: 'Late', style: 'red' as const }, { count: s.commitments.open, word: 'Open', style: 'none' as const }, ...optional(s.commitments.withdrawn, 'Withdrawn', 'grey')] }]
          : []),
      ],
      health: view.review.recorded ? { label: 'Health by aspect', tiles: s.aspects.filter((a) => a.group !== 'Value of partnering').map((a) => ({ title: a.title, rating: a.rating })) } : null,
    }),
  });
  out.push(...view.impacts.indicators.map((row) => ({
    figure: row.figure,
    svg: indicatorChart({
      id: row.figure.id,
      title: row.figure.title,
      desc: row.figure.desc,
      unit: row.unit,
      baseline: row.baseline,
      target: row.target,
      better: row.better,
      targetQualifier: row.targetQualifier,
      measurements: row.measurements,
      asOf: view.review.asOf,
      asOfLabel: view.review.recorded ? 'Review' : 'As of',
      statusLabel: row.statusLabel,
    }),
  })));
  const f = view.functioning.figure;
  if (f) {
    out.push({
      figure: f,
      svg: heatmap({
        id: f.id,
        title: f.title,
        desc: f.desc,
        columns: view.functioning.aspects.map((a) => a.title),
        rows: view.functioning.rows.map((r) => ({ name: r.name, cells: r.cells.map((c) => c.rating) })),
        summary: { name: 'Overall', cells: view.functioning.overall.map((c) => c.rating) },
      }),
    });
  }
  return out;
}

/** The stakeholder map. */
export function drawMap(view: MapView): DrawnFigure {
  return {
    figure: view.figure,
    svg: stakeholderMap({
      id: view.figure.id,
      title: view.figure.title,
      desc: view.figure.desc,
      heading: view.document.title,
      subheading: `Influence over the outcome against interest in the issue, ${formatDate(view.meta.date) ?? view.meta.date}. Colour: sector. Shape: engagement.`,
      stakeholders: view.stakeholders,
    }),
  };
}
