/** Indicators, review, and risks: how the parties will know how it goes, and what could go wrong. */
import { meansNone } from '../../../base/blank.js';
import { nextReview } from '../../../check/next-review.js';
import { indicatorGaps } from '../../../check/requirements.js';
import * as L from '../../labels.js';
import { clean, cleanList, listText, quote } from '../../text.js';
import { section, type AgreementContext } from '../context.js';
import type { AgreementView } from '../view.js';

/** 9. Indicators, monitoring and review (seed 002, Setting indicators; seed 000: measurable, time-bound targets). */
export function buildMonitoring(c: AgreementContext): AgreementView['monitoring'] {
  const { indicators, open } = c;
  const rows = (indicators.indicators ?? []).map((i) => {
    const n = clean(i.name) ?? i.id;
    const method = clean(i.method);
    // Method, owner and frequency: the implementing gate's own test (check/requirements.ts).
    const gaps = indicatorGaps(i);
    const missing = [i.target ? null : 'a target and its date', gaps.includes('method') ? 'how the data is collected' : null, gaps.includes('owner') ? 'who collects it' : null, gaps.includes('frequency') ? 'how often' : null].filter((x): x is string => x !== null);
    return {
      name: n,
      aspect: L.label(L.ASPECT, i.aspect) ?? i.aspect,
      unit: clean(i.unit),
      baseline: i.baseline ? { value: i.baseline.value, date: i.baseline.date } : null,
      target: i.target ? { value: i.target.value, date: i.target.date } : null,
      method,
      owner: i.owner ? c.nameOf(i.owner) : null,
      frequency: L.label(L.FREQUENCY, i.frequency),
      open: missing.length ? open.add('monitoring', `Agree ${listText(missing)}.`, `For the indicator ${quote(n)}, agree ${listText(missing)}.`, gaps.length ? 'indicator-method' : null) : null,
    };
  });
  const indicatorsOpen = rows.length ? null : open.add('monitoring', 'What would success look like? Agree indicators, with a target, a method and who collects the data.', 'What would success look like? No indicator is recorded.', 'indicators');
  const cadence = indicators.review_cadence ? { frequency: L.label(L.FREQUENCY, indicators.review_cadence.frequency) ?? '', nextReview: nextReview(c.model, c.date).date ?? null } : null;
  const cadenceOpen = cadence ? null : open.add('monitoring', 'How often will the parties review the project and the partnership together?', 'How often will the parties review the project and the partnership? Not recorded.', 'review-cadence');
  const reporting = (indicators.reporting_needs ?? []).flatMap((r) => {
    const needs = clean(r.needs);
    return needs ? [{ name: c.nameOf(r.stakeholder), needs }] : [];
  });
  const reviews = Object.keys(c.model.reviews ?? {}).sort();
  return { ...section('monitoring'), indicators: rows, indicatorsOpen, cadence, cadenceOpen, reporting, reviews };
}

/** 10. Risks and mitigation, assumptions, non-negotiables (seed 002, Risks and assumptions). */
export function buildRisks(c: AgreementContext): AgreementView['risks'] {
  const { risks, open } = c;
  const rows = (risks.risks ?? []).map((r) => {
    const d = clean(r.description) ?? r.id;
    const mitigation = clean(r.mitigation);
    const missing = [mitigation ? null : 'how the parties will reduce it', r.owner ? null : 'who watches it'].filter((x): x is string => x !== null);
    return {
      description: d,
      likelihood: L.label(L.LEVEL, r.likelihood),
      impact: L.label(L.LEVEL, r.impact),
      mitigation,
      owner: r.owner ? c.nameOf(r.owner) : null,
      status: L.label(L.RISK_STATUS, r.status),
      open: missing.length ? open.add('risks', `Agree ${listText(missing)}.`, `For the risk ${quote(d)}, agree ${listText(missing)}.`, mitigation ? null : 'risks') : null,
    };
  });
  const risksOpen = rows.length ? null : open.add('risks', 'What could go wrong, and how will the parties reduce it?', 'What could go wrong? No risk is recorded.', 'risks');
  return { ...section('risks'), risks: rows, risksOpen, assumptions: cleanList(risks.assumptions), nonNegotiables: nonNegotiables(c) };
}

function nonNegotiables(c: AgreementContext): AgreementView['risks']['nonNegotiables'] {
  const recorded = c.risks.non_negotiables ?? [];
  const ids = [...c.active.map((s) => s.id), ...c.stakeholders.filter((s) => s.engagement !== 'active-partner').map((s) => s.id)].filter((id) => c.active.some((a) => a.id === id) || recorded.some((n) => n.stakeholder === id));
  // One home: risks.yaml (seed 002, Risks and assumptions); "none" is an answer, not an item.
  return ids.map((id) => {
    const stated = recorded.filter((n) => n.stakeholder === id).map((n) => clean(n.text)).filter((t): t is string => t !== null);
    const items = stated.filter((t) => !meansNone(t));
    const who = c.nameOf(id);
    const isParty = c.active.some((a) => a.id === id);
    const item = stated.length || !isParty ? null : c.open.add('risks', 'What can this party not accept? Its non-negotiables are not recorded.', `What can ${who} not accept? Its non-negotiables are not recorded.`, c.unmet('non-negotiables'));
    return { name: who, items, none: stated.length > 0 && items.length === 0, open: item };
  });
}
