/** Indicators, review, and risks: how the parties will know how it goes, and what could go wrong. */
import { meansNone } from '../../../base/blank.js';
import { groupBy, groupOf } from '../../../base/collections.js';
import { nextReview } from '../../../check/next-review.js';
import { indicatorGaps } from '../../../check/requirements.js';
import * as L from '../../labels.js';
import { clean, cleanList, listText, quote } from '../../text.js';
import { section, type AgreementContext } from '../context.js';
import type { AgreementView } from '../view.js';

/** The open items of section 9: an indicator without a target, method, owner or frequency; none; no review cadence. */
export function monitoringOpen(c: AgreementContext) {
  const { indicators, open } = c;
  const rows = (indicators.indicators ?? []).map((i) => {
    const name = clean(i.name) ?? i.id;
    // Method, owner and frequency: the implementing gate's own test (check/requirements.ts).
    const gaps = indicatorGaps(i);
    const missing = [i.target ? null : 'a target and its date', gaps.includes('method') ? 'how the data is collected' : null, gaps.includes('owner') ? 'who collects it' : null, gaps.includes('frequency') ? 'how often' : null].filter((x): x is string => x !== null);
    return { name, indicator: i, open: missing.length ? open.add('monitoring', `Agree ${listText(missing)}.`, `For the indicator ${quote(name)}, agree ${listText(missing)}.`, gaps.length ? 'indicator-method' : null) : null };
  });
  const indicatorsOpen = rows.length ? null : open.add('monitoring', 'What would success look like? Agree indicators, with a target, a method and who collects the data.', 'What would success look like? No indicator is recorded.', 'indicators');
  const cadenceOpen = indicators.review_cadence ? null : open.add('monitoring', 'How often will the parties review the project and the partnership together?', 'How often will the parties review the project and the partnership? Not recorded.', 'review-cadence');
  return { rows, indicatorsOpen, cadenceOpen };
}

/** 9. Indicators, monitoring and review (seed 002, Setting indicators; seed 000: measurable, time-bound targets). */
export function buildMonitoring(c: AgreementContext, o: ReturnType<typeof monitoringOpen>): AgreementView['monitoring'] {
  const { indicators } = c;
  const rows = o.rows.map(({ name, indicator: i, open }) => ({
    name,
    aspect: L.label(L.ASPECT, i.aspect) ?? i.aspect,
    unit: clean(i.unit),
    baseline: i.baseline ? { value: i.baseline.value, date: i.baseline.date } : null,
    target: i.target ? { value: i.target.value, date: i.target.date } : null,
    method: clean(i.method),
    owner: i.owner ? c.nameOf(i.owner) : null,
    frequency: L.label(L.FREQUENCY, i.frequency),
    open,
  }));
  const cadence = indicators.review_cadence ? { frequency: L.label(L.FREQUENCY, indicators.review_cadence.frequency) ?? '', nextReview: nextReview(c.model, c.date).date ?? null } : null;
  const reporting = (indicators.reporting_needs ?? []).flatMap((r) => {
    const needs = clean(r.needs);
    return needs ? [{ name: c.nameOf(r.stakeholder), needs }] : [];
  });
  const reviews = Object.keys(c.model.reviews ?? {}).sort();
  return { ...section('monitoring'), indicators: rows, indicatorsOpen: o.indicatorsOpen, cadence, cadenceOpen: o.cadenceOpen, reporting, reviews };
}

/** The open items of section 10: a risk without mitigation or owner, none, a party whose non-negotiables are missing. */
export function risksOpen(c: AgreementContext) {
  const { risks, open } = c;
  const rows = (risks.risks ?? []).map((r) => {
    const description = clean(r.description) ?? r.id;
    const mitigation = clean(r.mitigation);
    const missing = [mitigation ? null : 'how the parties will reduce it', r.owner ? null : 'who watches it'].filter((x): x is string => x !== null);
    return { description, mitigation, risk: r, open: missing.length ? open.add('risks', `Agree ${listText(missing)}.`, `For the risk ${quote(description)}, agree ${listText(missing)}.`, mitigation ? null : 'risks') : null };
  });
  const risksOpen = rows.length ? null : open.add('risks', 'What could go wrong, and how will the parties reduce it?', 'What could go wrong? No risk is recorded.', 'risks');
  return { rows, risksOpen, nonNegotiables: nonNegotiables(c) };
}

/** 10. Risks and mitigation, assumptions, non-negotiables (seed 002, Risks and assumptions). */
export function buildRisks(c: AgreementContext, o: ReturnType<typeof risksOpen>): AgreementView['risks'] {
  const rows = o.rows.map(({ description, mitigation, risk: r, open }) => ({
    description,
    likelihood: L.label(L.LEVEL, r.likelihood),
    impact: L.label(L.LEVEL, r.impact),
    mitigation,
    owner: r.owner ? c.nameOf(r.owner) : null,
    status: L.label(L.RISK_STATUS, r.status),
    open,
  }));
  return { ...section('risks'), risks: rows, risksOpen: o.risksOpen, assumptions: cleanList(c.risks.assumptions), nonNegotiables: o.nonNegotiables };
}

function nonNegotiables(c: AgreementContext): AgreementView['risks']['nonNegotiables'] {
  const byStakeholder = groupBy(c.risks.non_negotiables, (n) => n.stakeholder);
  const ids = [...c.active.map((s) => s.id), ...c.stakeholders.filter((s) => s.engagement !== 'active-partner').map((s) => s.id)].filter((id) => c.isParty(id) || byStakeholder.has(id));
  // One home: risks.yaml (seed 002, Risks and assumptions); "none" is an answer, not an item.
  return ids.map((id) => {
    const stated = groupOf(byStakeholder, id).map((n) => clean(n.text)).filter((t): t is string => t !== null);
    const items = stated.filter((t) => !meansNone(t));
    const who = c.nameOf(id);
    const item = stated.length || !c.isParty(id) ? null : c.open.add('risks', 'What can this party not accept? Its non-negotiables are not recorded.', `What can ${who} not accept? Its non-negotiables are not recorded.`, c.unmet('non-negotiables'));
    return { name: who, items, none: stated.length > 0 && items.length === 0, open: item };
  });
}
