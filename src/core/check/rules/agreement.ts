import { formatMoney } from '../../base/wording.js';
import { nameOf } from '../names.js';
import type { Rule, RuleHit } from './rule.js';

/** Rules on accepting the agreement and the representatives' authority (seed 002, Building and Partnership agreements). */
export const AGREEMENT_RULES: Rule[] = [
  {
    id: 'acceptance-ratification',
    defaultSetting: 'warn',
    lessons: [3],
    summary: 'An acceptance by a representative with limited authority that does not say whether the organisation must ratify it.',
    explanation: 'Seed 002 (Building, initial negotiations): "it is important to determine what degree of decision-making power is held by each representative at the meeting"; (Partnership agreements): the agreement must be "acceptable to all partners". A representative with limited or refer-back authority can accept the agreement at the table, but the organisation may still have to ratify it; until it does, the acceptance may not hold. Record `ratification:` needed, done or not-needed.',
    check(c) {
      const hits: RuleHit[] = [];
      c.model.stakeholders?.stakeholders.forEach((s, i) => {
        const authority = s.representative?.decision_authority;
        if (!s.acceptance || (authority !== 'limited' && authority !== 'refer-back')) return;
        if (s.acceptance.ratification === undefined || s.acceptance.ratification === 'not-needed') {
          const said = s.acceptance.ratification === undefined ? 'does not say whether' : 'says that no ratification is needed, yet';
          hits.push({ key: 'stakeholders', path: ['stakeholders', i, 'acceptance', ...(s.acceptance.ratification ? ['ratification'] : [])], atKey: s.acceptance.ratification === undefined, message: `The acceptance by ${nameOf(s)} ${said} its organisation must ratify the agreement; its representative's authority is ${authority === 'refer-back' ? 'to refer back' : 'limited'}.`, hint: 'Set `ratification:` to needed, or to done with `ratified_on:` once the organisation has ratified it.' });
        }
      });
      return hits;
    },
  },
  {
    id: 'pledge-above-authority',
    defaultSetting: 'warn',
    lessons: [3],
    summary: 'A party pledges more money than its representative may commit.',
    explanation: 'Seed 002 (Building, initial negotiations): "it is important to determine what degree of decision-making power is held by each representative at the meeting." A pledge larger than the representative\'s `authority_limit` needs the organisation\'s approval before it can be counted on: record it as ratified in the party\'s `acceptance:`, or lower the pledge.',
    check(c) {
      const hits: RuleHit[] = [];
      const byId = new Map((c.model.stakeholders?.stakeholders ?? []).map((s) => [s.id, s]));
      c.model.resources?.commitments?.forEach((cm, i) => {
        const s = byId.get(cm.stakeholder);
        const limit = s?.representative?.authority_limit;
        if (!s || !limit || cm.type !== 'cash' || cm.amount === undefined || cm.status === 'withdrawn') return;
        if (limit.currency && cm.currency && limit.currency !== cm.currency) return;
        if (cm.amount <= limit.amount || s.acceptance?.ratification === 'done') return;
        const who = s.representative?.name?.trim() ? `${s.representative.name.trim()}, the representative of ${nameOf(s)},` : `the representative of ${nameOf(s)}`;
        const what = cm.description?.trim() ? `The commitment “${cm.description.trim()}”` : `Commitment \`${cm.id}\``;
        hits.push({ key: 'resources', path: ['commitments', i, 'amount'], message: `${what} pledges ${formatMoney(cm.amount, cm.currency ?? limit.currency)}, more than ${who} may commit (${formatMoney(limit.amount, limit.currency ?? cm.currency)}).`, hint: `Have the organisation approve it, then record it: \`partner record acceptance ${s.id} --ratification done\`; or lower the pledge.` });
      });
      return hits;
    },
  },
];
