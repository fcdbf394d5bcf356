import { PHASES, type Phase } from '../folder/layout.js';
import { isAgreed, isBlank, isFilled } from '../base/blank.js';
import { listText } from '../base/wording.js';
import { nameOf } from './names.js';
import type { PathSegment } from '../yaml/source.js';
import { weightedPoints } from './open-points.js';
import { isLoose } from './rules/typology.js';
import { projectImpactsOf, type FolderModel, type Stakeholder } from '../../model/index.js';

/**
 * What each phase needs before a partnership can be in it (../shared/DOMAIN.md, "The lifecycle the tool follows"):
 * one test per requirement, used by every command that asks: the phase gate of `partner check` (and `--phase`),
 * the checklist of `partner status`, `partner advance`, and the agreement's open items. A requirement over a list
 * is not met by an empty list; "agree" is not met by `proposed`; blank is blank.ts's one definition.
 */
export interface Requirement {
  id: string;
  phase: Phase;
  /** The broker-facing wording, as the checklist shows it. */
  description: string;
  /** Where the folder falls short: nothing when the requirement is met. */
  gaps(model: FolderModel): Gap[];
}

/** One place where a requirement is not met. */
export interface Gap {
  /** The file the finding points into, and where in it. */
  key: string;
  entry?: string;
  path: PathSegment[];
  atKey?: boolean;
  /** What exactly is missing there, naming people and bodies; the requirement's description when absent. */
  message?: string;
  hint: string;
  /** The file whose content is missing, when not the one pointed into (an assessment, pointed at its stakeholder). */
  about?: { key: string; entry?: string };
  /**
   * The same gap as the named requirement's (an "every ..." requirement over a list that is empty, where "at least
   * one" reports it): the requirement is not met, but `partner check` reports the gap once, as that requirement.
   */
  echoes?: string;
}

export interface RequirementCheck {
  /** The phase whose requirement this is: the target phase, or an earlier one still not met. */
  phase: Phase;
  id: string;
  description: string;
  done: boolean;
}

export interface Checklist {
  phase: Phase;
  /** The whole gate passes: what `partner check --phase <phase>` and `partner advance` hold the folder to. */
  ready: boolean;
  /** Requirements of earlier phases that are not met, then every requirement of `phase` itself. */
  requirements: RequirementCheck[];
}

const ACTIVE = 'active-partner';
const activeOf = (m: FolderModel): { s: Stakeholder; i: number }[] => (m.stakeholders?.stakeholders ?? []).map((s, i) => ({ s, i })).filter(({ s }) => s.engagement === ACTIVE);

/** What to add for a representative without a name: only the fields that are not there yet. */
export function representativeHint(rep: Stakeholder['representative']): string {
  if (!rep) return 'Add `representative:` with `name:` and `decision_authority:` (full, limited or refer-back).';
  return rep.decision_authority ? 'Add `name:` under `representative:`.' : 'Add `name:` and `decision_authority:` (full, limited or refer-back) under `representative:`.';
}

/** A partnership field that must be filled in. */
function partnershipText(id: string, phase: Phase, field: 'issue' | 'why_multi_sector' | 'vision', description: string, hint: string): Requirement {
  return { id, phase, description, gaps: (m) => (m.partnership && isBlank(m.partnership[field]) ? [{ key: 'partnership', path: m.partnership[field] === undefined ? [] : [field], hint }] : []) };
}

/** A list in a file that needs at least one filled-in entry. */
function someEntries(id: string, phase: Phase, key: string, field: string, description: string, hint: string, filled: (item: never) => boolean = isFilled): Requirement {
  return {
    id,
    phase,
    description,
    gaps(m) {
      const file = (m as Record<string, Record<string, unknown> | undefined>)[key];
      if (!file) return [{ key, path: [], hint: `Create ${key}.yaml (\`partner init\` writes a skeleton of every file). ${hint}` }];
      const list = file[field];
      if (Array.isArray(list) && list.some((x) => filled(x as never))) return [];
      return [{ key, path: list === undefined ? [] : [field], ...(list === undefined ? {} : { atKey: true }), hint }];
    },
  };
}

/** Items that need at least one agreed entry with its words filled in: "agree" is not met by proposed items. */
function someAgreed(id: string, phase: Phase, key: 'partnership' | 'decision-rules', field: string, text: string, description: string, hint: string): Requirement {
  return someEntries(id, phase, key, field, description, hint, (x: { status?: string } & Record<string, unknown>) => isAgreed(x.status) && isFilled(x[text]));
}

/** A requirement a loose form does not need (seed 003 Table 1; seed 000: "some ... function best as a loose affiliation"). */
function looseOr(r: Requirement): Requirement {
  return { ...r, gaps: (m) => (isLoose(m.partnership?.typology?.form, m.partnership?.typology?.task_specificity) ? [] : r.gaps(m)) };
}

/** Who answered a review: its respondents, and (for reviews kept before the questionnaire) its per-partner entries. */
export function answeredIn(review: NonNullable<FolderModel['reviews']>[string]): Set<string> {
  return new Set([...(review.respondents ?? []), ...(review.functioning ?? []), ...(review.value_of_partnering ?? [])].map((x) => x.stakeholder));
}

/** Whether an assessment has answers: a skeleton with only `stakeholder:`, or blank answers, has none. */
export function assessmentHasContent(a: object | undefined): boolean {
  if (!a) return false;
  const { stakeholder: _s, prepared_by: _p, date: _d, ...answers } = a as Record<string, unknown>;
  return isFilled(answers);
}

/** Which of an indicator's method, owner and frequency are missing (seed 002: how and by whom). */
export function indicatorGaps(ind: { method?: string; owner?: string; frequency?: string }): ('method' | 'owner' | 'frequency')[] {
  return (['method', 'owner', 'frequency'] as const).filter((f) => isBlank(ind[f]));
}

/**
 * The active partners with no non-negotiables in risks.yaml, their one home (seed 002, Risks and assumptions): an
 * entry with filled-in text, "none" included (an answer), counts.
 */
export function nonNegotiableGaps(m: FolderModel): Stakeholder[] {
  const stated = new Set((m.risks?.non_negotiables ?? []).filter((n) => isFilled(n.text)).map((n) => n.stakeholder));
  return activeOf(m).filter(({ s }) => !stated.has(s.id)).map(({ s }) => s);
}

const PHASE_REQUIREMENTS: Requirement[] = [
  {
    id: 'named',
    phase: 'scoping',
    description: 'A partnership folder needs partnership.yaml with a name and a phase.',
    gaps: (m) => (!m.partnership ? [{ key: 'partnership', path: [], hint: 'Create partnership.yaml with `name:` and `phase:` (`partner init` writes it).' }] : isBlank(m.partnership.name) ? [{ key: 'partnership', path: ['name'], hint: 'Write the partnership\'s name after `name:`.' }] : []),
  },
  partnershipText('issue', 'building', 'issue', 'Before building, write down the issue the partnership tackles (seed 004 step 1; seed 003 question 1.1).', 'Add `issue:` with the problem in a few sentences.'),
  partnershipText('why-multi-sector', 'building', 'why_multi_sector', 'Before building, explain why several sectors are needed (seed 003 question 1.1).', 'Add `why_multi_sector:`: why no single sector can solve it alone.'),
  partnershipText('vision', 'building', 'vision', 'Before building, draft a vision (seed 002, Scoping).', 'Add `vision:` with a first draft; it can change.'),
  {
    id: 'geographic-scope',
    phase: 'building',
    description: 'Before building, set the geographic scope (seed 002, Scoping).',
    gaps: (m) => (m.partnership && !m.partnership.geographic_scope ? [{ key: 'partnership', path: [], hint: 'Add `geographic_scope:` with `level:` (local, sub-national, national, regional or global) and `area:`.' }] : []),
  },
  {
    id: 'stakeholder-map',
    phase: 'building',
    description: 'Before building, map at least two stakeholders (seed 002, Scoping: a stakeholder map).',
    gaps(m) {
      if (!m.stakeholders) return [{ key: 'stakeholders', path: [], hint: 'Create stakeholders.yaml (`partner init` writes a skeleton of every file) and list the stakeholders.' }];
      const n = m.stakeholders.stakeholders.length;
      return n >= 2 ? [] : [{ key: 'stakeholders', path: ['stakeholders'], atKey: true, message: `Before building, map at least two stakeholders (seed 002, Scoping: a stakeholder map); ${n === 0 ? 'none is' : 'one is'} listed.`, hint: 'Add the organisations with a stake in the issue, one entry each.' }];
    },
  },
  {
    id: 'stakeholder-interests',
    phase: 'building',
    description: 'Before building, give every stakeholder its interests and motivations (seed 002, Scoping; seed 001).',
    gaps(m) {
      const list = m.stakeholders?.stakeholders;
      if (!list?.length) return [{ key: 'stakeholders', path: list ? ['stakeholders'] : [], atKey: list !== undefined, message: 'Before building, give every stakeholder its interests and motivations (seed 002, Scoping; seed 001); no stakeholder is listed yet.', echoes: 'stakeholder-map', hint: 'List the stakeholders, each with `interests:` and `motivations:`.' }];
      return list.flatMap((s, i) => {
        const missing = [isBlank(s.interests) && 'interests', isBlank(s.motivations) && 'motivations'].filter((x): x is string => typeof x === 'string');
        return missing.length ? [{ key: 'stakeholders', path: ['stakeholders', i], message: `Before building, record the ${missing.join(' and ')} of ${nameOf(s)} (seed 002, Scoping; seed 001).`, hint: `Add \`${missing[0]}:\` with one item per line.` }] : [];
      });
    },
  },
  {
    id: 'convener',
    phase: 'planning',
    description: 'Before planning, choose a convener (seed 003 question 2.1; seed 004 step 4).',
    gaps: (m) => (m.partnership && (!m.partnership.convener || (isBlank(m.partnership.convener.name) && isBlank(m.partnership.convener.stakeholder))) ? [{ key: 'partnership', path: m.partnership.convener ? ['convener'] : [], ...(m.partnership.convener ? { atKey: true } : {}), hint: 'Add `convener:` with `name:` and, if it is a stakeholder, `stakeholder:`.' }] : []),
  },
  {
    id: 'venue',
    phase: 'planning',
    description: 'Before planning, choose a venue (seed 004 step 4).',
    gaps: (m) => (m.partnership && !m.partnership.venue ? [{ key: 'partnership', path: [], hint: 'Add `venue:` with `kind:` (neutral, rotating, partner-premises or online) and `description:`.' }] : []),
  },
  someAgreed('principles', 'planning', 'partnership', 'principles', 'name', 'Before planning, agree partnering principles (seed 002, Building).', 'Record the principles under `principles:`, and mark those the partners have agreed `status: agreed`.'),
  someAgreed('ground-rules', 'planning', 'partnership', 'ground_rules', 'text', 'Before planning, set ground rules for working together (seed 002, Building; seed 004 step 6).', 'Record the ground rules under `ground_rules:`, and mark those the partners have agreed `status: agreed`.'),
  {
    id: 'engagement',
    phase: 'planning',
    description: 'Before planning, give every stakeholder an engagement level (seed 002, Identifying partners).',
    gaps(m) {
      const list = m.stakeholders?.stakeholders;
      if (!list?.length) return [{ key: 'stakeholders', path: list ? ['stakeholders'] : [], atKey: list !== undefined, message: 'Before planning, give every stakeholder an engagement level (seed 002, Identifying partners); no stakeholder is listed yet.', echoes: 'stakeholder-map', hint: 'List the stakeholders, each with `engagement:`.' }];
      return list.flatMap((s, i) => (s.engagement ? [] : [{ key: 'stakeholders', path: ['stakeholders', i], message: `Before planning, give ${nameOf(s)} an engagement level (seed 002, Identifying partners).`, hint: 'Add `engagement:` (active-partner, pilot, advisory-group or informed).' }]));
    },
  },
  {
    id: 'active-partner',
    phase: 'planning',
    description: 'Before planning, at least one stakeholder must be an active partner (seed 002, Identifying partners).',
    gaps: (m) => (activeOf(m).length ? [] : [{ key: 'stakeholders', path: m.stakeholders ? ['stakeholders'] : [], atKey: m.stakeholders !== undefined, hint: 'Set `engagement: active-partner` for the organisations that will decide together.' }]),
  },
  {
    id: 'representatives',
    phase: 'planning',
    description: 'Before planning, every active partner needs a representative with known decision-making authority (seed 002, Building).',
    gaps(m) {
      const active = activeOf(m);
      if (!active.length) return [{ key: 'stakeholders', path: m.stakeholders ? ['stakeholders'] : [], atKey: m.stakeholders !== undefined, message: 'Before planning, every active partner needs a representative with known decision-making authority (seed 002, Building); there is no active partner yet.', echoes: 'active-partner', hint: 'Mark the active partners, each with `representative:`.' }];
      return active.flatMap(({ s, i }) => {
        const rep = s.representative;
        if (!rep || isBlank(rep.name)) return [{ key: 'stakeholders', path: ['stakeholders', i], message: `Before planning, name the representative of ${nameOf(s)}${rep?.decision_authority && rep.decision_authority !== 'unknown' ? '' : ' and what they may decide'} (seed 002, Building).`, hint: representativeHint(rep) }];
        if (!rep.decision_authority || rep.decision_authority === 'unknown') return [{ key: 'stakeholders', path: ['stakeholders', i, 'representative', ...(rep.decision_authority ? ['decision_authority'] : [])], message: `Before planning, record what ${rep.name.trim()}, representing ${nameOf(s)}, may decide (seed 002, Building).`, hint: 'Set `decision_authority:` to full, limited or refer-back.' }];
        return [];
      });
    },
  },
  {
    id: 'assessments',
    phase: 'planning',
    description: 'Before planning, each prospective active partner needs an internal assessment in assessments/ (seed 002, Identifying partners).',
    gaps(m) {
      const active = activeOf(m);
      if (!active.length) return [{ key: 'stakeholders', path: m.stakeholders ? ['stakeholders'] : [], atKey: m.stakeholders !== undefined, message: 'Before planning, each prospective active partner needs an internal assessment in assessments/ (seed 002, Identifying partners); there is no active partner yet.', echoes: 'active-partner', hint: 'Mark the active partners; then write assessments/<stakeholder-id>.yaml for each.' }];
      return active.flatMap(({ s, i }) => {
        const a = m.assessments?.[s.id];
        if (assessmentHasContent(a)) return [];
        return [{ key: 'stakeholders', path: ['stakeholders', i], message: `Before planning, ${a ? 'answer' : 'write'} the internal assessment of ${nameOf(s)} (seed 002, Identifying partners).`, hint: `${a ? 'Fill in' : 'Write'} assessments/${s.id}.yaml: its benefits, costs, resources, assumptions, opportunities and risks (a skeleton with no answers does not count).`, about: { key: 'assessments', entry: s.id } }];
      });
    },
  },
  looseOr(someEntries('bodies', 'implementing', 'decision-rules', 'bodies', 'Before implementing, set up at least one decision-making body, unless the partnership is a loose association, social movement or network (seed 000; seed 002, Planning; seed 003 Table 1).', 'Add `bodies:`, such as a steering committee, with its members.')),
  someAgreed('decisions', 'implementing', 'decision-rules', 'decisions', 'kind', 'Before implementing, agree how decisions are made and by whom (seed 002, Planning).', 'Record under `decisions:` how each kind of decision is made, and mark those the partners have agreed `status: agreed`.'),
  someEntries('between-partners', 'implementing', 'communication', 'between_partners', 'Before implementing, agree how partners communicate with each other (seed 002, Planning).', 'Add `between_partners:` with the mode and frequency of each channel.'),
  {
    id: 'external',
    phase: 'implementing',
    description: 'Before implementing, agree the protocol for external communication (seed 002, Planning).',
    gaps(m) {
      if (!m.communication) return [{ key: 'communication', path: [], hint: 'Create communication.yaml (`partner init` writes a skeleton of every file) with `external:`.' }];
      const ext = m.communication.external;
      if (!ext) return [{ key: 'communication', path: [], hint: 'Add `external:` with the audiences, who speaks and who approves.' }];
      return isAgreed(ext.status) ? [] : [{ key: 'communication', path: ['external'], atKey: true, message: 'Before implementing, agree the protocol for external communication (seed 002, Planning): it is still proposed.', hint: 'Once the partners agree it, set `status: agreed` under `external:`.' }];
    },
  },
  someEntries('commitments', 'implementing', 'resources', 'commitments', "Before implementing, map each partner's commitments (seed 002, Map resources and commitments).", 'Add `commitments:`: what each partner brings, cash or in kind, and when.'),
  someEntries('indicators', 'implementing', 'indicators', 'indicators', 'Before implementing, define indicators (seed 002, Setting indicators).', 'Add `indicators:` with what success looks like.'),
  {
    id: 'indicator-method',
    phase: 'implementing',
    description: 'Before implementing, give every indicator a method, an owner and a frequency (seed 002: how and by whom).',
    gaps(m) {
      const list = m.indicators?.indicators;
      if (!list?.length) return [{ key: 'indicators', path: list ? ['indicators'] : [], atKey: list !== undefined, message: 'Before implementing, give every indicator a method, an owner and a frequency (seed 002: how and by whom); no indicator is defined yet.', echoes: 'indicators', hint: 'Define the indicators, each with `method:`, `owner:` and `frequency:`.' }];
      return list.flatMap((ind, i) => {
        const missing = indicatorGaps(ind);
        const words = { method: 'a method', owner: 'an owner', frequency: 'a frequency' };
        return missing.length ? [{ key: 'indicators', path: ['indicators', i], message: `Before implementing, give the indicator “${isFilled(ind.name) ? ind.name.trim() : ind.id}” ${listText(missing.map((f) => words[f]))} (seed 002: how and by whom).`, hint: `Add ${listText(missing.map((f) => `\`${f}:\``))}.` }] : [];
      });
    },
  },
  {
    id: 'review-cadence',
    phase: 'implementing',
    description: 'Before implementing, decide how often to review (seed 002, Setting indicators).',
    gaps: (m) => (m.indicators?.review_cadence ? [] : [{ key: 'indicators', path: [], hint: m.indicators ? 'Add `review_cadence:` with `frequency:` (for example yearly) and `next_review:`.' : 'Create indicators.yaml (`partner init` writes a skeleton of every file) with `review_cadence:`.' }]),
  },
  {
    id: 'risks',
    phase: 'implementing',
    description: 'Before implementing, list the risks and how to mitigate them (seed 002, Risks and assumptions).',
    gaps(m) {
      if (!m.risks) return [{ key: 'risks', path: [], hint: 'Create risks.yaml (`partner init` writes a skeleton of every file) and list the risks.' }];
      const list = m.risks.risks ?? [];
      if (!list.length) return [{ key: 'risks', path: m.risks.risks ? ['risks'] : [], atKey: m.risks.risks !== undefined, hint: 'Add `risks:`, each with its `mitigation:`.' }];
      return list.flatMap((r, i) => (isBlank(r.mitigation) ? [{ key: 'risks', path: ['risks', i], message: `Before implementing, agree how to reduce the risk “${isFilled(r.description) ? r.description.trim() : r.id}” (seed 002, Risks and assumptions).`, hint: 'Add `mitigation:`.' }] : []));
    },
  },
  {
    id: 'non-negotiables',
    phase: 'implementing',
    description: "Before implementing, record the partners' non-negotiables (seed 002, Risks and assumptions).",
    gaps(m) {
      const active = activeOf(m);
      if (!active.length) return [{ key: 'stakeholders', path: m.stakeholders ? ['stakeholders'] : [], atKey: m.stakeholders !== undefined, echoes: 'active-partner', message: "Before implementing, record the partners' non-negotiables (seed 002, Risks and assumptions); there is no active partner yet.", hint: 'Mark the active partners; then record in risks.yaml what each cannot accept.' }];
      const missing = nonNegotiableGaps(m);
      if (!missing.length) return [];
      const one = missing.length === 1;
      return [{
        key: 'risks',
        path: m.risks?.non_negotiables ? ['non_negotiables'] : [],
        ...(m.risks?.non_negotiables ? { atKey: true } : {}),
        message: `Before implementing, record what ${listText(missing.map(nameOf))} cannot accept, or that ${one ? 'it has' : 'they have'} none (seed 002, Risks and assumptions).`,
        hint: `${m.risks ? 'Add to `non_negotiables:`' : 'Create risks.yaml with `non_negotiables:` and add'} an entry for each with \`stakeholder:\` (${missing.map((s) => s.id).join(', ')}) and \`text:\` (\`text: none\` if it has none).`,
      }];
    },
  },
  {
    id: 'no-central-point',
    phase: 'implementing',
    description: 'Before implementing, resolve every central open point: agree it, or park it if the work can start without it (seed 002, Planning).',
    gaps: (m) => weightedPoints(m).filter((p) => p.weight === 'central').map((p) => ({ key: p.key, ...(p.entry === undefined ? {} : { entry: p.entry }), path: [...p.path, 'status'], hint: 'Resolve it and set `status: agreed`, or `status: parked` if the work can start without it (`partner record open-point` does either).' })),
  },
  {
    id: 'acceptance',
    phase: 'implementing',
    description: 'Before implementing, every active partner accepts the agreement, ratified by its organisation where that is needed (seed 002, Partnership agreements: "acceptable to all partners").',
    gaps(m) {
      const active = activeOf(m);
      if (!active.length) return [{ key: 'stakeholders', path: m.stakeholders ? ['stakeholders'] : [], atKey: m.stakeholders !== undefined, echoes: 'active-partner', hint: 'Mark the active partners; then record each one\'s `acceptance:`.' }];
      return active.flatMap(({ s, i }) => {
        if (!s.acceptance) return [{ key: 'stakeholders', path: ['stakeholders', i], message: `Before implementing, record the acceptance of the agreement by ${nameOf(s)} (seed 002, Partnership agreements).`, hint: `Add \`acceptance:\` with \`date:\` and \`by:\` (who accepted it), and \`ratification:\` if the organisation must still ratify it: \`partner record acceptance ${s.id}\` does it.` }];
        if (s.acceptance.ratification === 'needed') return [{ key: 'stakeholders', path: ['stakeholders', i, 'acceptance', 'ratification'], message: `Before implementing, ${nameOf(s)} must ratify its acceptance of the agreement (seed 002, Building: the representative's authority).`, hint: `Once the organisation has ratified the agreement, set \`ratification: done\` and \`ratified_on:\`: \`partner record acceptance ${s.id} --ratified-on <date>\`.` }];
        return [];
      });
    },
  },
  {
    id: 'commitment-status',
    phase: 'reviewing',
    description: 'Before reviewing, track every commitment with a status (seed 002, Resourcing).',
    gaps(m) {
      const list = m.resources?.commitments;
      if (!list?.length) return [{ key: 'resources', path: list ? ['commitments'] : [], atKey: list !== undefined, message: 'Before reviewing, track every commitment with a status (seed 002, Resourcing); no commitment is recorded.', echoes: 'commitments', hint: 'Record the commitments, each with `status:`.' }];
      return list.flatMap((c, i) => (c.status ? [] : [{ key: 'resources', path: ['commitments', i], message: `Before reviewing, record where the commitment “${isFilled(c.description) ? c.description.trim() : c.id}” stands (seed 002, Resourcing).`, hint: 'Add `status:` (proposed, agreed, in-progress, delivered, late or withdrawn).' }]));
    },
  },
  {
    id: 'measurements',
    phase: 'reviewing',
    description: 'Before reviewing, record measurements for at least one indicator (seed 002 Phase 3, Measuring).',
    gaps: (m) => ((m.indicators?.indicators ?? []).some((i) => (i.measurements ?? []).length > 0) ? [] : [{ key: 'indicators', path: m.indicators?.indicators ? ['indicators'] : [], atKey: m.indicators?.indicators !== undefined, hint: 'Add `measurements:` (date and value) under the indicators measured so far.' }]),
  },
  {
    id: 'review-held',
    phase: 'sustaining',
    description: 'Before sustaining, hold at least one review (seed 002 Phase 3).',
    gaps: (m) => (Object.keys(m.reviews ?? {}).length ? [] : [{ key: 'reviews', path: [], hint: 'Record the review in reviews/<date>.yaml.' }]),
  },
  {
    id: 'review-complete',
    phase: 'sustaining',
    description: 'Before sustaining, every review covers project impacts (delivery and impact), partnership functioning, the value of partnering, and the decisions taken (seed 002 Fig. 1 and Revising).',
    gaps(m) {
      const reviews = Object.entries(m.reviews ?? {});
      if (!reviews.length) return [{ key: 'reviews', path: [], message: 'Before sustaining, every review covers project impacts, partnership functioning, the value of partnering, and the decisions taken (seed 002 Fig. 1 and Revising); no review is recorded.', echoes: 'review-held', hint: 'Record the review in reviews/<date>.yaml.' }];
      return reviews.flatMap(([date, r]) => {
        const missing = [
          !(projectImpactsOf(r).delivery && projectImpactsOf(r).impact) && 'project impacts (delivery and impact)',
          !(r.functioning?.length && r.functioning.every((f) => f.decision_making && f.roles && f.communication && f.working_relations && f.resources)) && 'every aspect of partnership functioning',
          !r.value_of_partnering?.length && 'the value of partnering',
          !r.decisions?.length && 'the decisions taken',
        ].filter((x): x is string => typeof x === 'string');
        return missing.length ? [{ key: 'reviews', entry: date, path: [], message: `Before sustaining, the review of ${date} needs ${listText(missing)} (seed 002 Fig. 1 and Revising).`, hint: 'Add what is missing to the review file.' }] : [];
      });
    },
  },
  {
    id: 'review-participatory',
    phase: 'sustaining',
    description: 'Before sustaining, hold a review answered by every active partner (seed 002 Phase 3: review "must be participatory (reflecting the experience and view of all partners)").',
    gaps(m) {
      const reviews = Object.keys(m.reviews ?? {}).sort();
      const active = activeOf(m);
      if (!reviews.length) return [{ key: 'reviews', path: [], echoes: 'review-held', hint: 'Record the review in reviews/<date>.yaml.' }];
      if (!active.length || reviews.some((date) => active.every(({ s }) => answeredIn(m.reviews![date]!).has(s.id)))) return [];
      const latest = reviews[reviews.length - 1]!;
      const missing = active.filter(({ s }) => !answeredIn(m.reviews![latest]!).has(s.id)).map(({ s }) => s);
      return [{ key: 'reviews', entry: latest, path: [], message: `Before sustaining, hold a review answered by every active partner (seed 002 Phase 3): ${listText(missing.map(nameOf))} did not answer the review of ${latest}.`, hint: `Add their answers to reviews/${latest}.yaml: \`partner review survey\` writes the questionnaire, \`partner review import\` brings the answers in.` }];
    },
  },
  {
    id: 'way-forward',
    phase: 'sustaining',
    description: 'Before sustaining, record the chosen way forward: sustain, scale up, institutionalise or close (seed 002 Phase 4).',
    gaps: (m) => (m.partnership && isBlank(m.partnership.sustainability?.way_forward) ? [{ key: 'partnership', path: m.partnership.sustainability ? ['sustainability'] : [], hint: 'Add `way_forward:` (sustain, scale-up, institutionalise or close) under `sustainability:`.' }] : []),
  },
];


export const REQUIREMENTS: readonly Requirement[] = PHASE_REQUIREMENTS;

/** A phase's own requirements, in order. */
export function requirementsOf(phase: Phase): Requirement[] {
  return PHASE_REQUIREMENTS.filter((r) => r.phase === phase);
}

/** Every requirement a partnership must meet to be in `phase`: those of the phases before it and its own. */
export function gateOf(phase: Phase): Requirement[] {
  const upTo = PHASES.indexOf(phase);
  return PHASE_REQUIREMENTS.filter((r) => PHASES.indexOf(r.phase) <= upTo);
}

export function findRequirement(id: string): Requirement | undefined {
  return PHASE_REQUIREMENTS.find((r) => r.id === id);
}

/** The gaps of every requirement of `phase`'s gate, by requirement. */
export function gateGaps(phase: Phase, model: FolderModel): { requirement: Requirement; gaps: Gap[] }[] {
  return gateOf(phase).map((requirement) => ({ requirement, gaps: requirement.gaps(model) }));
}

/**
 * The checklist for moving into `target`: each of its own requirements, done or missing, and before them any
 * requirement of an earlier phase that is still missing (all of them are part of the target's gate).
 */
export function checklist(target: Phase, model: FolderModel): Checklist {
  const results = gateGaps(target, model);
  const requirements: RequirementCheck[] = results
    .filter(({ requirement, gaps }) => requirement.phase === target || gaps.length > 0)
    .map(({ requirement, gaps }) => ({ phase: requirement.phase, id: requirement.id, description: requirement.description, done: gaps.length === 0 }));
  return { phase: target, ready: results.every((r) => r.gaps.length === 0), requirements };
}

