import { isBlank, isFilled } from '../../base/blank.js';
import { listText } from '../../base/wording.js';
import { PHASES, type Phase } from '../../folder/layout.js';
import { nextReview } from '../next-review.js';
import { assessmentHasContent, nonNegotiableGaps } from '../requirements.js';
import { nameOf } from '../names.js';
import type { Rule, RuleHit } from './rule.js';

const atLeast = (phase: Phase | undefined, min: Phase) => phase !== undefined && PHASES.indexOf(phase) >= PHASES.indexOf(min);
const INTERNET_MODES = new Set(['email', 'video-call', 'messaging', 'online-platform']);
const MAX_ACTIVE = 6;

/**
 * The sectors each of seed 003's hybrids mixes ("a mixture of the values, missions, and culture of two or more of
 * the sectors"): a map of NGOs and cooperatives spans two sectors; a map of NGOs and grassroots groups, one.
 */
const SECTOR_PARTS: Readonly<Record<string, readonly string[]>> = {
  cooperative: ['private', 'civil-society'],
  'business-federation': ['private', 'civil-society'],
  'semi-public': ['public', 'private'],
  'political-party': ['public', 'civil-society'],
  'private-university': ['private', 'civil-society'],
};


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
      const sectors = new Set(list.flatMap((s) => SECTOR_PARTS[s.sector] ?? [s.sector]));
      if (list.length === 0 || sectors.size > 1) return [];
      const only = [...sectors][0] === 'civil-society' ? 'civil-society' : [...sectors][0];
      return [{ key: 'stakeholders', path: ['stakeholders'], atKey: true, message: `Every stakeholder is in the ${only} sector; an intersectoral partnership needs at least two.`, hint: 'Map the public, private and civil-society actors with a stake in the issue (seed 004 step 2).' }];
    },
  },
  {
    id: 'stakeholder-interests',
    defaultSetting: 'warn',
    lessons: [2, 7],
    summary: 'A stakeholder without interests or motivations.',
    explanation: 'Seed 002 (Scoping): map stakeholders "by exploring their needs, interests and motivations". Seed 001 shows how motivations differ by sector (rule of law, growth, social development). Without them a broker cannot find where interests overlap (seed 003 question 3.2).',
    check(c, ctx) {
      if (ctx.gated('stakeholder-interests')) return [];
      const hits: RuleHit[] = [];
      c.model.stakeholders?.stakeholders.forEach((s, i) => {
        const missing = [isBlank(s.interests) && 'interests', isBlank(s.motivations) && 'motivations'].filter(Boolean);
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
    check(c, ctx) {
      if (ctx.gated('assessments')) return [];
      const hits: RuleHit[] = [];
      c.model.stakeholders?.stakeholders.forEach((s, i) => {
        if (s.engagement !== 'active-partner' || assessmentHasContent(c.model.assessments?.[s.id])) return;
        // An assessment with errors of its own is reported for them; an empty one (a skeleton) is no assessment.
        if (!c.model.assessments?.[s.id] && c.fileFor('assessments', s.id)) return;
        const skeleton = c.model.assessments?.[s.id] !== undefined;
        hits.push({ key: 'stakeholders', path: ['stakeholders', i], message: `Active partner ${nameOf(s)} has no internal assessment${skeleton ? ' with answers yet' : ''}.`, hint: `${skeleton ? 'Fill in' : 'Write'} assessments/${s.id}.yaml: its benefits, costs, resources, assumptions, opportunities and risks (seed 002).` });
      });
      return hits;
    },
  },
  {
    id: 'non-negotiables-missing',
    defaultSetting: 'warn',
    lessons: [2],
    summary: 'An active partner\'s non-negotiables are not recorded.',
    explanation: 'Seed 002 (Risks and assumptions): "Be transparent about any assumptions and identify any non-negotiable or deal-breaking aspects for each partner." Unstated deal-breakers surface late, in the agreement negotiation. They are kept in one place, risks.yaml `non_negotiables:`, one entry per partner; `text: none` records that a partner has none. From the implementing phase on, the phase gate asks for them.',
    check(c, ctx) {
      if (ctx.gated('non-negotiables') || !atLeast(ctx.phase, 'planning')) return [];
      const missing = nonNegotiableGaps(c.model);
      if (!missing.length) return [];
      // One finding for the partnership: where they are to be recorded.
      const at = c.model.risks ? { key: 'risks', path: c.model.risks.non_negotiables ? ['non_negotiables'] : [], atKey: c.model.risks.non_negotiables !== undefined } : { key: 'stakeholders', path: [] };
      return [{ ...at, message: `What ${listText(missing.map(nameOf))} cannot accept is not recorded.`, hint: 'Add to risks.yaml, under `non_negotiables:`, an entry for each with `stakeholder:` and `text:` (`text: none` if it has none).' }];
    },
  },
  {
    id: 'representative-authority',
    defaultSetting: 'warn',
    lessons: [3],
    summary: 'A representative whose decision-making authority is unknown.',
    explanation: 'Seed 002 (Building, initial negotiations): "it is important to determine what degree of decision-making power is held by each representative at the meeting." Otherwise agreements made at the table may not hold.',
    check(c, ctx) {
      if (ctx.gated('representatives')) return [];
      const hits: RuleHit[] = [];
      c.model.stakeholders?.stakeholders.forEach((s, i) => {
        if (s.engagement !== 'active-partner') return;
        if (!s.representative || isBlank(s.representative.name)) hits.push({ key: 'stakeholders', path: ['stakeholders', i], message: `Active partner \`${s.id}\` has no representative recorded.`, hint: 'Add `representative:` with `name:` and `decision_authority:`.' });
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
      if (!atLeast(ctx.phase, 'planning') || !dr) return [];
      const route = dr.dispute_resolution;
      if (isBlank(route?.steps) && isBlank(route?.mediator)) return [{ key: 'decision-rules', path: route ? ['dispute_resolution'] : [], message: 'No dispute-resolution route is recorded.', hint: 'Add `dispute_resolution:` with the `steps:` and the `mediator:`.' }];
      if (isBlank(route?.mediator)) return [{ key: 'decision-rules', path: ['dispute_resolution', ...(route?.mediator === undefined ? [] : ['mediator'])], ...(route?.mediator === undefined ? { atKey: true } : {}), message: 'No mediator is named for disputes the parties cannot settle themselves (seed 003 question 4.2: who will mediate?).', hint: 'Add `mediator:` under `dispute_resolution:`.' }];
      return [];
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
    check(c, ctx) {
      // Owner and method are part of the implementing gate: when it is checked, they are its findings.
      const gated = ctx.gated('indicator-method');
      const hits: RuleHit[] = [];
      c.model.indicators?.indicators?.forEach((ind, i) => {
        const missing = [!ind.target && 'target', !gated && isBlank(ind.owner) && 'owner', !gated && isBlank(ind.method) && 'method'].filter((x): x is string => typeof x === 'string');
        const words: Record<string, string> = { target: 'a target with its date', owner: 'an owner', method: 'a method' };
        if (missing.length) hits.push({ key: 'indicators', path: ['indicators', i], message: `The indicator “${isFilled(ind.name) ? ind.name.trim() : ind.id}” needs ${listText(missing.map((m) => words[m]!))}.`, hint: `Add ${listText(missing.map((m) => (m === 'target' ? '`target:` (value and date)' : m === 'owner' ? '`owner:` (a stakeholder id)' : '`method:`')))}.` });
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
      if (ctx.gated('review-cadence') || !atLeast(ctx.phase, 'planning') || !c.model.indicators || c.model.indicators.review_cadence) return [];
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
    id: 'commitment-undated',
    defaultSetting: 'warn',
    summary: 'A commitment with no date: neither a due date nor, for an ongoing contribution, a start.',
    explanation: 'Seed 000 (UN CSD-12): partnerships need "measurable, time-bound" tasks; seed 002 (Setting indicators): "Track and follow-through on commitments made by each partner". A commitment with no date cannot fall due, so nobody will notice when it is late.',
    check(c) {
      const hits: RuleHit[] = [];
      c.model.resources?.commitments?.forEach((cm, i) => {
        // An ongoing contribution has its start (it runs with the partnership); a task has its due date.
        if (cm.due || cm.start || cm.status === 'delivered' || cm.status === 'withdrawn') return;
        const who = c.model.stakeholders?.stakeholders.find((s) => s.id === cm.stakeholder);
        hits.push({ key: 'resources', path: ['commitments', i], message: `The commitment “${isFilled(cm.description) ? cm.description.trim() : cm.id}” by ${who ? nameOf(who) : cm.stakeholder} has no due date.`, hint: 'Add `due:` (YYYY-MM-DD), when it is to be delivered; for an ongoing contribution, `start:`.' });
      });
      return hits;
    },
  },
  {
    id: 'convener-credibility',
    defaultSetting: 'warn',
    lessons: [4],
    summary: 'A convener whose credibility with the parties is not recorded.',
    explanation: 'Seed 003 question 2.1: "The convening individual or group needs to have credibility with all the major stakeholders": parties who do not see the convener as credible are likely to boycott. Governments and donor agencies often convene (in Bangladesh, international donor agencies recognised by all parties). Record whom the convener is credible with (`credible_with:`) and how that is known (`credibility:`).',
    check(c) {
      const conv = c.model.partnership?.convener;
      if (!conv) return [];
      const missing = [!conv.credible_with?.length && 'whom it is credible with', isBlank(conv.credibility) && 'how that is known'].filter((x): x is string => typeof x === 'string');
      return missing.length ? [{ key: 'partnership', path: ['convener'], atKey: true, message: `The convener's credibility is not recorded: ${missing.join(' and ')}.`, hint: 'Under `convener:`, add `credible_with:` (the stakeholder ids who accept it) and `credibility:` (how that is known).' }] : [];
    },
  },
  {
    id: 'neutrality-recorded',
    defaultSetting: 'warn',
    lessons: [4],
    summary: 'Meetings at one party\'s premises, or a chair chosen in a way not recorded.',
    explanation: 'Seed 003 (convening) and seed 004 step 4 ask where partners meet and who moderates: a neutral venue, and a chair the parties accept (a rotating chair is one option), so that no party hosts and steers every meeting. Neutrality is asked of the venue and the chair, not of the convener.',
    check(c) {
      const hits: RuleHit[] = [];
      const venue = c.model.partnership?.venue;
      if (venue?.kind === 'partner-premises') hits.push({ key: 'partnership', path: ['venue', 'kind'], message: 'The parties meet at one party\'s premises; a neutral or rotating venue helps equal partnership.', hint: 'Consider `kind: neutral` or `rotating`; if the parties chose these premises together, say why in `description:`.' });
      c.model['decision-rules']?.bodies?.forEach((b, i) => {
        if (b.kind !== 'steering-committee' && b.kind !== 'general-assembly') return;
        const name = isFilled(b.name) ? b.name!.trim() : b.id;
        if (!b.chair) hits.push({ key: 'decision-rules', path: ['bodies', i], message: `Who chairs ${name}, and how the chair is chosen, is not recorded.`, hint: 'Add `chair:` with `kind:` (neutral, rotating or partner) and `selection:` (how the chair is chosen).' });
        else if (b.chair.kind !== 'rotating' && isBlank(b.chair.selection)) hits.push({ key: 'decision-rules', path: ['bodies', i, 'chair'], atKey: true, message: `How the chair of ${name} is chosen is not recorded.`, hint: 'Add `selection:` under `chair:`: elected by the members, rotating, named by the convener ...' });
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
      const next = nextReview(c.model, ctx.today);
      if (!next.overdue || !next.date || !next.source) return [];
      const since = next.last ? `the last one was held on ${next.last}` : 'no review is recorded yet';
      return [{ key: next.source.key, ...(next.source.entry ? { entry: next.source.entry } : {}), path: next.source.path, message: `The next review was due on ${next.date}; ${since}.`, hint: next.source.key === 'reviews' ? 'Hold the review and record it in reviews/<date>.yaml, or change `next_review:` here.' : 'Hold the review and record it in reviews/<date>.yaml, with its own `next_review:`.' }];
    },
  },
];
