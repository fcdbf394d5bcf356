/** Why the partnership exists and how the parties work: background, vision and objectives, principles and ground rules. */
import * as L from '../../labels.js';
import { classificationWords } from '../../classification.js';
import { clean, cleanList, quote } from '../../text.js';
import { agreed, PROPOSED, section, type AgreementContext } from '../context.js';
import type { AgreementView, OpenItem, Statement } from '../view.js';

/** The open items of section 2: the issue, why several sectors, the geographic scope. */
export function backgroundOpen(c: AgreementContext): { issue: Statement; whyMultiSector: Statement; scopeOpen: OpenItem | null } {
  const { p, open } = c;
  return {
    issue: c.statement('background', p.issue, 'What problem does the partnership tackle? The issue is not written down yet.', undefined, 'issue'),
    whyMultiSector: c.statement('background', p.why_multi_sector, 'Why can no single sector solve it alone: what does each sector bring?', undefined, 'why-multi-sector'),
    scopeOpen: p.geographic_scope ? null : open.add('background', 'Where will the partnership work: locally, nationally, regionally?', 'Where will the partnership work? The geographic scope is not recorded.', 'geographic-scope'),
  };
}

/** 2. Background and the issue (seed 004 step 1; seed 003 question 1.1; seed 002, Scoping). */
export function buildBackground(c: AgreementContext, o: ReturnType<typeof backgroundOpen>): AgreementView['background'] {
  const { p } = c;
  const scope = p.geographic_scope ? { level: L.label(L.SCOPE_LEVEL, p.geographic_scope.level) ?? '', area: clean(p.geographic_scope.area) } : null;
  const goalTypes = (p.goal_types ?? []).map((g) => L.label(L.GOAL_TYPE, g) ?? g);
  // What it works on, where and for which goals, in words (seed 000: "more specifically identifying targets").
  const { sectors, places, goals } = classificationWords(p);
  return { ...section('background'), issue: o.issue, whyMultiSector: o.whyMultiSector, scope, scopeOpen: o.scopeOpen, goalTypes, form: L.label(L.FORM, p.typology?.form), sectors, places, sdgs: goals };
}

/** The open items of section 3: the vision, shared objectives not yet agreed or missing, a party without its own. */
export function visionOpen(c: AgreementContext) {
  const { p, open } = c;
  const vision = c.statement('vision', p.vision, 'What is the shared vision? None is written down yet.', undefined, 'vision');
  const shared = (p.objectives ?? []).flatMap((o): Statement[] => {
    const t = clean(o.text);
    if (!t) return [];
    return [{ text: t, open: agreed(o.status) ? null : open.add('vision', PROPOSED, `Shared objective ${quote(t)} is proposed, not yet agreed.`, null, o.status) }];
  });
  const sharedOpen = shared.length ? null : open.add('vision', 'What objectives do all parties share? Make them measurable and time-bound where possible.', 'Which objectives do all parties share? None is recorded.');
  const partners = c.active.map((s) => {
    const objectives = cleanList(c.assessmentOf(s.id)?.objectives);
    const who = c.nameOf(s.id);
    return { name: who, objectives, open: objectives.length ? null : open.add('vision', 'What should the partnership achieve for this party?', `What should the partnership achieve for ${who}? Its own objectives are not recorded.`) };
  });
  // Seed 002 (Planning): "Refine ... outputs and outcomes": what the partners do, who leads, what it produces.
  const activities = (p.activities ?? []).map((a) => ({ name: clean(a.name) ?? a.id, lead: a.lead ? c.nameOf(a.lead) : null, outputs: cleanList(a.outputs).map(withoutStop), outcome: withoutStop(clean(a.outcome)) }));
  // Seed 004 step 6: "What kinds of capacity-building activities are necessary for different actors ...?"
  const capacityBuilding = c.stakeholders.flatMap((s) => (s.capacity_building ?? []).flatMap((n) => {
    const need = withoutStop(clean(n.need));
    return need ? [{ who: c.nameOf(s.id), need, activity: withoutStop(clean(n.activity)), by: n.by ? c.nameOf(n.by) : null, status: L.label(CAPACITY_STATUS, n.status) ?? null }] : [];
  }));
  return { ...section('vision'), vision, shared, sharedOpen, partners, activities, capacityBuilding };
}

/** 3. Vision and objectives, shared and each party's own (seed 002, Scoping and Identifying partners). */
export function buildVision(c: AgreementContext, o: ReturnType<typeof visionOpen>): AgreementView['vision'] {
  // Seed 002 (Planning): "Refine ... outputs and outcomes": what the partners do, who leads, what it produces.
  const activities = (c.p.activities ?? []).map((a) => ({ name: clean(a.name) ?? a.id, lead: a.lead ? c.nameOf(a.lead) : null, outputs: cleanList(a.outputs), outcome: clean(a.outcome) }));
  return { ...section('vision'), ...o, activities };
}

/** The open items of section 4: principles and ground rules not yet agreed, or none recorded. */
export function principlesOpen(c: AgreementContext) {
  const { p, open } = c;
  const principles = (p.principles ?? []).flatMap((pr) => {
    const n = clean(pr.name);
    if (!n) return [];
    return [{ name: n, entry: pr, open: agreed(pr.status) ? null : open.add('principles', PROPOSED, `The principle ${quote(n)} is proposed, not yet agreed.`, c.unmet('principles'), pr.status) }];
  });
  const principlesOpen = principles.length ? null : open.add('principles', 'Which partnering principles will the parties commit to: equity, transparency, mutual benefit, responsibility, complementarity?', 'Which partnering principles do the parties commit to? None is recorded.', 'principles');
  const groundRules = (p.ground_rules ?? []).flatMap((g): Statement[] => {
    const t = clean(g.text);
    if (!t) return [];
    return [{ text: t, open: agreed(g.status) ? null : open.add('principles', PROPOSED, `Ground rule ${quote(t)} is proposed, not yet agreed.`, c.unmet('ground-rules'), g.status) }];
  });
  const groundRulesOpen = groundRules.length ? null : open.add('principles', 'How will the parties work together: the right to say no, honesty, accountability?', 'Which ground rules do the parties work by? None is recorded.', 'ground-rules');
  return { principles, principlesOpen, groundRules, groundRulesOpen };
}

/** 4. Principles and ground rules (seed 002, Building and Planning; seed 004 step 6). */
export function buildPrinciples(o: ReturnType<typeof principlesOpen>): AgreementView['principles'] {
  const principles = o.principles.map((pr) => ({ name: pr.name, meaning: clean(pr.entry.meaning), open: pr.open }));
  return { ...section('principles'), principles, principlesOpen: o.principlesOpen, groundRules: o.groundRules, groundRulesOpen: o.groundRulesOpen };
}

const CAPACITY_STATUS: Record<string, string> = { planned: 'planned', 'under-way': 'under way', done: 'done' };

/** The text without its closing full stop: the template ends the sentence (an activity's outputs and outcome). */
function withoutStop<T extends string | null | undefined>(text: T): T {
  return (typeof text === 'string' ? text.replace(/\.$/, '') : text) as T;
}
