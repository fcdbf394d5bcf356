import { engagementWords, nameOf } from '../names.js';
import type { Rule, RuleHit } from './rule.js';

const HAS_VOICE = new Set(['active-partner', 'pilot', 'advisory-group']);

/** Voice and capacity: seed 003 lessons 4 and 6; seed 004 step 6. */
export const VOICE_RULES: Rule[] = [
  {
    id: 'voice-in-decisions',
    defaultSetting: 'warn',
    lessons: [4, 6],
    summary: 'A stakeholder that contributes resources or carries a risk sits on no decision-making body.',
    explanation: 'Seed 003, lesson 4: participants must be able "to speak and listen to each other freely, and to challenge decisions that contradict their interests"; lesson 6: "continued mutual influence depends on everyone\'s resources being valued and used". An active partner or pilot that brings resources (resources.yaml), or any stakeholder that bears a risk (risks.yaml `borne_by:`) but has no seat on any body in decision-rules.yaml has no say over what happens to them. Applies once a body has members.',
    check(c) {
      const bodies = c.model['decision-rules']?.bodies ?? [];
      const seated = new Set(bodies.flatMap((b) => b.members ?? []));
      if (!seated.size) return [];
      const contributes = new Set((c.model.resources?.commitments ?? []).filter((cm) => cm.status !== 'withdrawn').map((cm) => cm.stakeholder));
      const bears = new Set((c.model.risks?.risks ?? []).flatMap((r) => r.borne_by ?? []));
      const hits: RuleHit[] = [];
      c.model.stakeholders?.stakeholders.forEach((s, i) => {
        // A contributor that advises or is only informed (a sponsor, a broadcaster) has the voice it chose; one that bears a risk needs a say.
        const gives = contributes.has(s.id) && (s.engagement === undefined || s.engagement === 'active-partner' || s.engagement === 'pilot');
        if (s.former || seated.has(s.id) || !(gives || bears.has(s.id))) return;
        const what = [gives && 'contributes resources', bears.has(s.id) && 'carries a risk'].filter(Boolean).join(' and ');
        hits.push({ key: 'stakeholders', path: ['stakeholders', i], message: `No decision-making body gives a seat to ${nameOf(s)}, though it ${what}.`, hint: `Give it a seat (\`members:\` of a body in decision-rules.yaml, as \`${s.id}\`), or a veto over the decisions that affect it (\`consent_of:\`).` });
      });
      return hits;
    },
  },
  {
    id: 'grassroots-voice',
    defaultSetting: 'warn',
    lessons: [4],
    summary: 'A grassroots group with a strong interest has no voice in the partnership.',
    explanation: 'Seed 003, lesson 4: "When grassroots groups are parties to the partnership ... success is more likely if they have had opportunities to build organizations that can speak legitimately for their interests to the other partners." A stakeholder marked `grassroots: true` with a high interest in the issue should take part: as an active partner, a pilot or in the advisory group, with the capacity-building it needs (`capacity_building:`).',
    check(c) {
      const hits: RuleHit[] = [];
      c.model.stakeholders?.stakeholders.forEach((s, i) => {
        if (!s.grassroots || s.former || s.interest_level !== 'high' || (s.engagement && HAS_VOICE.has(s.engagement))) return;
        hits.push({ key: 'stakeholders', path: ['stakeholders', i, ...(s.engagement ? ['engagement'] : [])], atKey: !s.engagement, message: `The grassroots group ${nameOf(s)} has a high interest in the issue but ${s.engagement ? `is only ${engagementWords(s.engagement)}` : 'no engagement level'}.`, hint: 'Engage it as an active partner, a pilot or in the advisory group, and record what it needs to take part in `capacity_building:`.' });
      });
      return hits;
    },
  },
  {
    id: 'former-still-engaged',
    defaultSetting: 'warn',
    summary: 'A stakeholder recorded as former is still an active partner or pilot.',
    explanation: 'Seed 002 Phase 3 (Revising): reviews decide "the continued participation of current partners". A stakeholder that left or was spun off (`former:`) keeps its entry for the record, but no longer decides: set its engagement to informed or not-engaged, so gates and documents no longer count it as a party.',
    check(c) {
      const hits: RuleHit[] = [];
      c.model.stakeholders?.stakeholders.forEach((s, i) => {
        if (s.former && (s.engagement === 'active-partner' || s.engagement === 'pilot')) hits.push({ key: 'stakeholders', path: ['stakeholders', i, 'engagement'], message: `${nameOf(s)}: ${s.former.kind === 'left' ? 'left' : 'spun off'} on ${s.former.date}, yet still ${engagementWords(s.engagement)}.`, hint: 'Set `engagement:` to informed or not-engaged.' });
      });
      return hits;
    },
  },
];
