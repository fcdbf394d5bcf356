import type { Checked } from '../types.js';
import type { Diagnostic } from '../../base/diagnostic.js';
import { didYouMean } from '../../../util/did-you-mean.js';
import { GOOD_PRACTICE } from './good-practice.js';
import { AGREEMENT_RULES } from './agreement.js';
import { LESSON_RULES } from './lesson-rules.js';
import { MEETING_RULES } from './meetings.js';
import { TYPOLOGY_RULES } from './typology.js';
import { VOICE_RULES } from './voice.js';
import type { Rule, RuleContext, RuleSetting } from './rule.js';

export type { Rule } from './rule.js';
export const RULES: readonly Rule[] = [...GOOD_PRACTICE, ...AGREEMENT_RULES, ...LESSON_RULES, ...TYPOLOGY_RULES, ...VOICE_RULES, ...MEETING_RULES];

/** Runs the good-practice rules with the severities set in partnership.yaml `checks:`. */
export function runRules(c: Checked, ctx: RuleContext): Diagnostic[] {
  const settings = (c.model.partnership?.checks ?? {}) as Record<string, RuleSetting>;
  const out: Diagnostic[] = [];
  for (const id of Object.keys(settings)) {
    if (RULES.some((r) => r.id === id)) continue;
    const guess = didYouMean(id, RULES.map((r) => r.id));
    out.push({ ...c.at('partnership', undefined, ['checks', id], { key: true }), severity: 'error', rule: 'unknown-rule', message: `\`${id}\` is not a rule that \`checks:\` can set${guess ? `; did you mean \`${guess}\`?` : '.'}`, hint: 'Run `partner explain` for the list of rules.' });
  }
  for (const rule of RULES) {
    const setting = settings[rule.id] ?? rule.defaultSetting;
    if (setting === 'off') continue;
    for (const hit of rule.check(c, ctx)) {
      out.push({ ...c.at(hit.key, hit.entry, hit.path, { key: hit.atKey ?? false }), severity: setting === 'error' ? 'error' : 'warning', rule: rule.id, message: hit.message, ...(hit.hint ? { hint: hit.hint } : {}) });
    }
  }
  return out;
}

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
