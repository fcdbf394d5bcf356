import { daysBetween } from '../../base/dates.js';
import { spanOfDays } from '../../base/wording.js';
import { nameOf } from '../names.js';
import type { Rule, RuleHit } from './rule.js';
import { projectImpactsOf } from '../../../model/index.js';
import { isBlank, isFilled } from '../../base/blank.js';
import { assessmentHasContent } from '../requirements.js';

const SLOW_DAYS = 84; // twelve weeks
const RESULT_DAYS = 365;

/** Rules that check a lesson of seed 003 (see lessons.ts) where the record can show it. */
export const LESSON_RULES: Rule[] = [
  {
    id: 'go-slow-early',
    defaultSetting: 'warn',
    lessons: [3],
    summary: 'Implementing reached within weeks of scoping.',
    explanation: 'Seed 003, lesson 3: "It takes time and negotiation to build agreement to participate in a partnership among key actors ... It is often worthwhile to start slowly and build a basis for later joint action: \'Go slow early to go fast later.\'" A partnership whose `phase_history:` reaches implementing within twelve weeks of its first entry has probably not built that commitment yet.',
    check(c) {
      const history = c.model.partnership?.phase_history ?? [];
      const first = history[0];
      const i = history.findIndex((h) => h.phase === 'implementing');
      if (!first || i <= 0) return [];
      const days = daysBetween(first.date, history[i]!.date);
      if (days < 0 || days >= SLOW_DAYS) return [];
      return [{ key: 'partnership', path: ['phase_history', i, 'date'], message: `Implementing began ${spanOfDays(days)} after ${first.phase} (${first.date}); seed 003 advises to go slow early.`, hint: 'Check that every key actor, and its leaders, are committed before work starts (seed 003 lesson 3).' }];
    },
  },
  {
    id: 'results-take-years',
    defaultSetting: 'warn',
    lessons: [8],
    summary: 'An impact target due within a year of the start.',
    explanation: 'Seed 003 (Introduction): partnerships "often do not produce more concrete outcomes ... until five years or more after initial contacts are made. The sectoral representatives must get to know each other ... and build trust with small initiatives before major projects can be undertaken." An impact indicator whose target date falls within a year of the partnership\'s start sets an expectation the partnership will likely miss; set process and delivery milestones for the first year instead.',
    check(c) {
      const p = c.model.partnership;
      const start = p?.duration?.start ?? p?.phase_history?.[0]?.date;
      if (!start) return [];
      const hits: RuleHit[] = [];
      c.model.indicators?.indicators?.forEach((ind, i) => {
        if (ind.aspect !== 'impact' || !ind.target) return;
        const days = daysBetween(start, ind.target.date);
        if (days >= 0 && days < RESULT_DAYS) hits.push({ key: 'indicators', path: ['indicators', i, 'target', 'date'], message: `The impact indicator “${isFilled(ind.name) ? ind.name.trim() : ind.id}” is due on ${ind.target.date}, ${spanOfDays(days)} after the partnership started (${start}); concrete results often take years.`, hint: 'Give it a later target date, or make it a delivery milestone (`aspect: project-delivery`).' });
      });
      return hits;
    },
  },
  {
    id: 'resources-from-all',
    defaultSetting: 'warn',
    lessons: [6],
    summary: 'An active partner contributes nothing to the work.',
    explanation: 'Seed 003, lesson 6: "continued mutual influence depends on everyone\'s resources being valued and used ... Even when it appears simpler in the short term to have one partner take primary responsibility for implementation, that decision encourages other partners to drop out or become passive in the longer run." Applies from the implementing phase, to every active partner with no commitment in resources.yaml.',
    check(c, ctx) {
      const list = c.model.resources?.commitments;
      if (!list?.length || !ctx.phase || !['implementing', 'reviewing', 'sustaining'].includes(ctx.phase)) return [];
      const hits: RuleHit[] = [];
      c.model.stakeholders?.stakeholders.forEach((s, i) => {
        if (s.engagement === 'active-partner' && !list.some((cm) => cm.stakeholder === s.id && cm.status !== 'withdrawn')) hits.push({ key: 'stakeholders', path: ['stakeholders', i, 'engagement'], message: `No commitment of the active partner ${nameOf(s)} is recorded in resources.yaml: its resources are not used.`, hint: 'Record what it brings, in cash or in kind (people, contacts, premises, legitimacy), in resources.yaml.' });
      });
      return hits;
    },
  },
  {
    id: 'mutual-gains',
    defaultSetting: 'warn',
    lessons: [7],
    summary: 'An active partner\'s assessment records no benefit for it.',
    explanation: 'Seed 003, lesson 7: "Once the partners understand each others\' goals, those goals should be used as measuring sticks ... If partnerships do not produce mutual gains, the long-term commitments of parties that do not benefit will be endangered." Seed 002 (Identifying partners) asks each partner\'s internal assessment for its benefits.',
    check(c) {
      const hits: RuleHit[] = [];
      for (const s of c.model.stakeholders?.stakeholders ?? []) {
        const a = c.model.assessments?.[s.id];
        // An assessment with no answers at all is assessment-missing's finding: one problem, one finding.
        if (s.engagement === 'active-partner' && assessmentHasContent(a) && isBlank(a!.benefits)) hits.push({ key: 'assessments', entry: s.id, path: [], message: `The assessment of ${isFilled(s.name) ? s.name.trim() : s.id} records no benefit for it.`, hint: 'Add `benefits:`: what this partner gains (seed 002: reputation, networks, capacity, advocacy, money, core delivery).' });
      }
      return hits;
    },
  },
  {
    id: 'process-and-product',
    defaultSetting: 'warn',
    lessons: [8],
    summary: 'A review that looks only at the process or only at the product.',
    explanation: 'Seed 003, lesson 8: "A single-minded focus upon process can paralyze a partnership in endless repetitive discussions, while a single-minded focus upon product can blow it apart." Seed 002 Fig. 1 reviews both the project (delivery, impact) and the partnership (its functioning, the value of partnering).',
    check(c) {
      const hits: RuleHit[] = [];
      for (const [date, r] of Object.entries(c.model.reviews ?? {})) {
        const impacts = projectImpactsOf(r);
        const product = impacts.delivery !== undefined || impacts.impact !== undefined;
        const process = (r.functioning?.length ?? 0) > 0;
        if (product === process) continue;
        hits.push({ key: 'reviews', entry: date, path: [], message: `The review of ${date} looks only at the ${product ? 'project (product)' : 'partnership (process)'}.`, hint: product ? 'Add `functioning:` with each partner\'s ratings of how the partnership works.' : 'Add `project_impacts:` with delivery and impact.' });
      }
      return hits;
    },
  },
];
