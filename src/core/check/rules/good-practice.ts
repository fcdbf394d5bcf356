import { PHASES, type Phase } from '../../folder/layout.js';
import type { Rule, RuleHit } from './rule.js';

const atLeast = (phase: Phase | undefined, min: Phase) => phase !== undefined && PHASES.indexOf(phase) >= PHASES.indexOf(min);
const INTERNET_MODES = new Set(['email', 'video-call', 'messaging', 'online-platform']);
const MAX_ACTIVE = 6;

/** The good-practice rules, each traceable to a seed (see ../shared/DOMAIN.md). */
export const GOOD_PRACTICE: Rule[] = [
  {
    id: 'max-active-partners',
    defaultSetting: 'warn',
    summary: 'More than five or six active decision-making partners.',
    explanation: 'Seed 002 (The Partnering Process, Identifying partners): "Keep to a maximum of five or six organizations as active or key decision-making partners." Others can take part as an advisory group or a pilot.',
    check(c) {
      const list = c.model.stakeholders?.stakeholders ?? [];
      const active = list.map((s, i) => ({ s, i })).filter(({ s }) => s.engagement === 'active-partner');
      if (active.length <= MAX_ACTIVE) return [];
      return active.slice(MAX_ACTIVE).map(({ s, i }) => ({ key: 'stakeholders', path: ['stakeholders', i, 'engagement'], message: `\`${s.id}\` makes ${active.length} active partners; seed 002 advises at most five or six.`, hint: 'Consider the advisory-group or pilot engagement level for some of them.' }));
    },
  },
  {
    id: 'single-sector',
    defaultSetting: 'warn',
    lessons: [2],
    summary: 'The stakeholder map covers only one sector.',
    explanation: 'Seeds 003 (Waddell & Brown) and 004 (USAID, step 1): intersectoral partnerships bring together actors from different sectors (state, market, civil society) because no single sector can solve the issue alone. A map with one sector misses the stakeholders who make a partnership intersectoral.',
    check(c) {
      const list = c.model.stakeholders?.stakeholders ?? [];
      if (list.length === 0 || new Set(list.map((s) => s.sector)).size > 1) return [];
      return [{ key: 'stakeholders', path: ['stakeholders'], atKey: true, message: `Every stakeholder is in the ${list[0]!.sector} sector; an intersectoral partnership needs at least two.`, hint: 'Map the public, private and civil-society actors with a stake in the issue (seed 004 step 2).' }];
    },
  },
  {
    id: 'stakeholder-interests',
    defaultSetting: 'warn',
    lessons: [2, 7],
    summary: 'A stakeholder without interests or motivations.',
    explanation: 'Seed 002 (Scoping): map stakeholders "by exploring their needs, interests and motivations". Seed 001 shows how motivations differ by sector (rule of law, growth, social development). Without them a broker cannot find where interests overlap (seed 003 question 3.2).',
    check(c) {
      const hits: RuleHit[] = [];
      c.model.stakeholders?.stakeholders.forEach((s, i) => {
        const missing = [!s.interests?.length && 'interests', !s.motivations?.length && 'motivations'].filter(Boolean);
        if (missing.length) hits.push({ key: 'stakeholders', path: ['stakeholders', i], message: `Stakeholder \`${s.id}\` has no ${missing.join(' or ')} recorded.`, hint: `Add \`${missing[0]}:\` with one item per line.` });
      });
      return hits;
    },
  },
  {
    id: 'assessment-missing',
    defaultSetting: 'warn',
    lessons: [7],
    summary: 'An active partner has no internal assessment.',
    explanation: 'Seed 002 (Identifying partners): "Conduct a simple internal assessment before entering the negotiations": benefits, costs and resources, assumptions, opportunities and risks. Keep one per partner in assessments/<stakeholder-id>.yaml.',
    check(c) {
      const hits: RuleHit[] = [];
      c.model.stakeholders?.stakeholders.forEach((s, i) => {
        if (s.engagement === 'active-partner' && !c.model.assessments?.[s.id] && !c.fileFor('assessments', s.id)) hits.push({ key: 'stakeholders', path: ['stakeholders', i, 'engagement'], message: `Active partner \`${s.id}\` has no internal assessment.`, hint: `Create assessments/${s.id}.yaml (seed 002).` });
      });
      return hits;
    },
  },
  {
    id: 'non-negotiables-missing',
    defaultSetting: 'warn',
    lessons: [2],
    summary: 'An active partner\'s assessment states no non-negotiables.',
    explanation: 'Seed 002 (Risks and assumptions): "Be transparent about any assumptions and identify any non-negotiable or deal-breaking aspects for each partner." Unstated deal-breakers surface late, in the agreement negotiation.',
    check(c) {
      const hits: RuleHit[] = [];
      for (const s of c.model.stakeholders?.stakeholders ?? []) {
        const a = c.model.assessments?.[s.id];
        if (s.engagement === 'active-partner' && a && !a.non_negotiables?.length) hits.push({ key: 'assessments', entry: s.id, path: [], message: `The assessment of \`${s.id}\` states no non-negotiables.`, hint: 'Add `non_negotiables:` with what this partner cannot accept, or "none" as an item if truly none.' });
      }
      return hits;
    },
  },
  {
    id: 'representative-authority',
    defaultSetting: 'warn',
    lessons: [3],
    summary: 'A representative whose decision-making authority is unknown.',
    explanation: 'Seed 002 (Building, initial negotiations): "it is important to determine what degree of decision-making power is held by each representative at the meeting." Otherwise agreements made at the table may not hold.',
    check(c) {
      const hits: RuleHit[] = [];
      c.model.stakeholders?.stakeholders.forEach((s, i) => {
        if (s.engagement !== 'active-partner') return;
        if (!s.representative) hits.push({ key: 'stakeholders', path: ['stakeholders', i], message: `Active partner \`${s.id}\` has no representative recorded.`, hint: 'Add `representative:` with `name:` and `decision_authority:`.' });
        else if (!s.representative.decision_authority || s.representative.decision_authority === 'unknown') hits.push({ key: 'stakeholders', path: ['stakeholders', i, 'representative', ...(s.representative.decision_authority ? ['decision_authority'] : [])], message: `The decision-making authority of ${s.representative.name ? `${s.representative.name} (\`${s.id}\`)` : `\`${s.id}\`'s representative`} is not known.`, hint: 'Set `decision_authority:` to full, limited or refer-back.' });
      });
      return hits;
    },
  },
  {
    id: 'dispute-resolution',
    defaultSetting: 'warn',
    lessons: [2],
    summary: 'No route for resolving disputes.',
    explanation: 'Seed 003 question 4.2: "Who will mediate inevitable tensions and conflicts among actors?" In the Bangladesh immunisation campaign tensions were managed by a coordinating NGO; in the Orissa biogas programme the lack of it led the key NGO to withdraw. Applies from the planning phase.',
    check(c, ctx) {
      const dr = c.model['decision-rules'];
      if (!atLeast(ctx.phase, 'planning') || !dr || dr.dispute_resolution?.steps?.length || dr.dispute_resolution?.mediator) return [];
      return [{ key: 'decision-rules', path: dr.dispute_resolution ? ['dispute_resolution'] : [], message: 'No dispute-resolution route is recorded.', hint: 'Add `dispute_resolution:` with the `steps:` and the `mediator:`.' }];
    },
  },
  {
    id: 'connectivity',
    defaultSetting: 'warn',
    lessons: [4],
    summary: 'Communication assumes the internet for a partner with limited connectivity.',
    explanation: 'Seed 000 (UN CSD-12): not everyone has internet access; seed 002 (Planning): agree the mode and frequency of communication "with consideration to the restrictions some partners might have (internet connectivity, location)".',
    check(c) {
      const channels = c.model.communication?.between_partners;
      if (!channels?.length) return [];
      const hits: RuleHit[] = [];
      c.model.stakeholders?.stakeholders.forEach((s, i) => {
        if (s.connectivity !== 'limited' && s.connectivity !== 'none') return;
        if (s.engagement && !['active-partner', 'pilot'].includes(s.engagement)) return;
        const theirs = channels.filter((ch) => !ch.participants || ch.participants.includes(s.id));
        if (theirs.length && theirs.every((ch) => INTERNET_MODES.has(ch.mode))) hits.push({ key: 'stakeholders', path: ['stakeholders', i, 'connectivity'], message: `\`${s.id}\` has ${s.connectivity} connectivity, but every channel it is part of needs the internet.`, hint: 'Add a meeting, letter, phone or radio channel in communication.yaml for this partner.' });
      });
      return hits;
    },
  },
  {
    id: 'indicator-incomplete',
    defaultSetting: 'warn',
    lessons: [8],
    summary: 'An indicator without a target, due date, owner or method.',
    explanation: 'Seed 000: partnerships need "measurable, time-bound" targets; seed 002 (Setting indicators): define "indicators and methodology for capturing data (how and by whom)".',
    check(c) {
      const hits: RuleHit[] = [];
      c.model.indicators?.indicators?.forEach((ind, i) => {
        const missing = [!ind.target && 'a target and due date', !ind.owner && 'an owner', !ind.method && 'a method'].filter(Boolean);
        if (missing.length) hits.push({ key: 'indicators', path: ['indicators', i], message: `Indicator \`${ind.id}\` has no ${missing.join(', ')}.`, hint: 'Add `target:` (value and date), `owner:` (a stakeholder id) and `method:`.' });
      });
      return hits;
    },
  },
  {
    id: 'review-cadence',
    defaultSetting: 'warn',
    lessons: [5],
    summary: 'No review cadence agreed.',
    explanation: 'Seed 002 (Setting indicators): "Decide how often to review the project and partnership effectiveness and efficiency"; seed 001: "Allow for feedback/evaluation on a regular basis". Applies from the planning phase.',
    check(c, ctx) {
      if (!atLeast(ctx.phase, 'planning') || !c.model.indicators || c.model.indicators.review_cadence) return [];
      return [{ key: 'indicators', path: [], message: 'No review cadence is agreed.', hint: 'Add `review_cadence:` with `frequency:` (for example yearly) and `next_review:`.' }];
    },
  },
  {
    id: 'money-only-resources',
    defaultSetting: 'warn',
    lessons: [6],
    summary: 'The resource map holds money only.',
    explanation: 'Seed 000: "it is not all about money": technology, contacts and convening authority are resources too. Seed 002 lists skills, people, facilities, information, distribution, contacts and publicity. A money-only map undervalues what partners without cash bring.',
    check(c) {
      const list = c.model.resources?.commitments ?? [];
      if (list.length < 2 || list.some((cm) => cm.type === 'in-kind')) return [];
      return [{ key: 'resources', path: ['commitments'], atKey: true, message: 'Every commitment is cash; in-kind contributions are not recorded.', hint: 'Add what partners bring in kind: people, premises, technology, contacts (seed 000).' }];
    },
  },
  {
    id: 'commitment-overdue',
    defaultSetting: 'warn',
    summary: 'A commitment is past its due date and not delivered.',
    explanation: 'Seed 002 (Setting indicators): "Track and follow-through on commitments made by each partner"; Phase 2 (Resourcing): "Ensure partners keep to their resource commitments".',
    check(c, ctx) {
      const hits: RuleHit[] = [];
      c.model.resources?.commitments?.forEach((cm, i) => {
        if (cm.due && cm.due < ctx.today && cm.status !== 'delivered' && cm.status !== 'withdrawn') hits.push({ key: 'resources', path: ['commitments', i, 'due'], message: `Commitment \`${cm.id}\` by \`${cm.stakeholder}\` was due on ${cm.due} and is ${cm.status ?? 'not marked delivered'}.`, hint: 'Follow it up with the partner; then set `status:` (delivered, late or withdrawn) or agree a new `due:` date.' });
      });
      return hits;
    },
  },
  {
    id: 'neutrality-recorded',
    defaultSetting: 'warn',
    lessons: [4],
    summary: 'A convener or chair whose neutrality is not recorded.',
    explanation: 'Seed 003 question 2.1 and seed 004 step 4: the convener "needs to have credibility with all the major stakeholders", and a moderator who lets participants raise issues; seed 003 recommends a neutral venue and rotating chair.',
    check(c) {
      const hits: RuleHit[] = [];
      const conv = c.model.partnership?.convener;
      if (conv && conv.neutral === undefined) hits.push({ key: 'partnership', path: ['convener'], atKey: true, message: 'The convener\'s neutrality is not recorded.', hint: 'Add `neutral: true` or `neutral: false` under `convener:`.' });
      c.model['decision-rules']?.bodies?.forEach((b, i) => {
        if (!b.chair && (b.kind === 'steering-committee' || b.kind === 'general-assembly')) hits.push({ key: 'decision-rules', path: ['bodies', i], message: `Who chairs \`${b.id}\`, and whether the chair is neutral or rotating, is not recorded.`, hint: 'Add `chair:` with `kind:` neutral, rotating or partner.' });
      });
      return hits;
    },
  },
  {
    id: 'review-overdue',
    defaultSetting: 'warn',
    lessons: [5],
    summary: 'The next review date has passed.',
    explanation: 'Seed 002 Phase 3: review and evaluation "must be participatory ... and ongoing"; seed 001: "Allow for feedback/evaluation on a regular basis".',
    check(c, ctx) {
      const next = c.model.indicators?.review_cadence?.next_review;
      if (!next || next >= ctx.today) return [];
      const reviews = Object.keys(c.model.reviews ?? {});
      if (reviews.some((d) => d >= next)) return [];
      return [{ key: 'indicators', path: ['review_cadence', 'next_review'], message: `The next review was due on ${next} and no review since is recorded.`, hint: 'Hold the review and record it in reviews/<date>.yaml, or set a new `next_review:`.' }];
    },
  },
];
