/**
 * The draft partnership agreement as data: a complete view model built from a valid FolderModel, for templates to
 * print. Pure (no I/O, no Handlebars). Every field is always present (null, false or [] when the files say
 * nothing), so templates compiled in strict mode never meet a missing field.
 *
 * What it covers follows seed 002 ("Planning" and "Partnership agreements") and ../shared/DOMAIN.md: parties and
 * representatives; background and the issue; vision and objectives; principles and ground rules; roles;
 * contributions; governance and decision-making; communications; indicators and review; risks; dispute
 * resolution; duration, changes and exit; signatures. Anything not yet agreed (missing, empty, or with status
 * `proposed`, the schemas' default) becomes an open item: numbered in document order, shown in place, and
 * listed at the top for the negotiation meeting.
 *
 * Strings are passed as written (control characters removed, ends trimmed); escaping for Markdown is the
 * templates' business (src/render/).
 */
import type { FolderModel, Stakeholder } from '../../model/index.js';
import * as L from './labels.js';

export interface OpenItem {
  /** 1, 2, 3 ... in document order. */
  number: number;
  sectionNumber: number;
  section: string;
  /** The question as shown in place, beside the item it is about. */
  question: string;
  /** The question as listed at the top: names what it is about, so it reads on its own. */
  summary: string;
}

/** A statement that may still be open: `text` null when missing; `open` set when missing or not yet agreed. */
export interface Statement {
  text: string | null;
  open: OpenItem | null;
}

export interface MoneyTotal {
  /** ISO 4217 code, or null for amounts given without a currency. */
  currency: string | null;
  cash: number;
  inKind: number;
}

export interface AgreementMeta {
  /** The date the draft is dated (YYYY-MM-DD). */
  date: string;
  /** Short commit of the record, when the partnership is in a git repository. */
  commit: string | null;
  /** Whether the partnership's files differ from that commit. */
  uncommitted: boolean;
}

export interface Section {
  number: number;
  title: string;
}

export interface AgreementView {
  document: { title: string; kind: 'agreement' };
  partnership: { name: string; phase: string; phaseLabel: string };
  meta: AgreementMeta & { preparedBy: string | null };
  openItems: OpenItem[];
  openCount: number;
  parties: Section & {
    rows: { id: string; name: string; sector: string; representative: string | null; representativeTitle: string | null; authority: string | null; authorityNote: string | null; open: OpenItem | null }[];
    open: OpenItem | null;
    others: { name: string; sector: string; standing: string }[];
  };
  background: Section & {
    issue: Statement;
    whyMultiSector: Statement;
    scope: { level: string; area: string | null } | null;
    scopeOpen: OpenItem | null;
    goalTypes: string[];
    form: string | null;
  };
  vision: Section & {
    vision: Statement;
    shared: Statement[];
    sharedOpen: OpenItem | null;
    partners: { name: string; objectives: string[]; open: OpenItem | null }[];
  };
  principles: Section & {
    principles: { name: string; meaning: string | null; open: OpenItem | null }[];
    principlesOpen: OpenItem | null;
    groundRules: Statement[];
    groundRulesOpen: OpenItem | null;
  };
  roles: Section & {
    convener: { name: string; neutrality: string | null; credibility: string | null } | null;
    convenerOpen: OpenItem | null;
    broker: { name: string; organisation: string | null; role: string | null; contact: string | null } | null;
    parties: { name: string; bodies: string[]; brings: string[]; collects: string[]; watches: string[]; speaksOn: string[]; open: OpenItem | null }[];
  };
  contributions: Section & {
    partners: {
      name: string;
      /** null for a party to the agreement; otherwise how the contributor is involved. */
      standing: string | null;
      commitments: { id: string; description: string; note: string | null; type: string; kind: string | null; amount: number | null; currency: string | null; start: string | null; due: string | null; status: string; deliveredOn: string | null; withdrawn: boolean; open: OpenItem | null }[];
      totals: MoneyTotal[];
    }[];
    open: OpenItem | null;
    grandTotals: MoneyTotal[];
    unmetNeeds: { description: string; kind: string | null; open: OpenItem }[];
    money: { model: string; description: string | null; open: OpenItem | null } | null;
    moneyOpen: OpenItem | null;
  };
  governance: Section & {
    venue: { kind: string; description: string | null } | null;
    venueOpen: OpenItem | null;
    bodies: { name: string; kind: string; members: string[]; terms: string | null; quorum: string | null; meets: string | null; chair: string | null; venue: string | null }[];
    bodiesOpen: OpenItem | null;
    decisions: { kind: string; body: string | null; method: string; open: OpenItem | null }[];
    decisionsOpen: OpenItem | null;
  };
  communications: Section & {
    between: { mode: string; frequency: string | null; purpose: string | null; participants: string[] }[];
    betweenOpen: OpenItem | null;
    sharing: string | null;
    within: { name: string; how: string }[];
    withinOpen: OpenItem | null;
    external: {
      objectives: string[];
      audiences: string[];
      description: string | null;
      spokespeople: { partner: string; name: string | null; topics: string[] }[];
      approval: Statement;
      goingPublic: string | null;
      branding: Statement;
      open: OpenItem | null;
    } | null;
    externalOpen: OpenItem | null;
    glossary: { term: string; meaning: string }[];
  };
  monitoring: Section & {
    indicators: {
      name: string;
      aspect: string;
      unit: string | null;
      baseline: { value: number; date: string } | null;
      target: { value: number; date: string } | null;
      method: string | null;
      owner: string | null;
      frequency: string | null;
      open: OpenItem | null;
    }[];
    indicatorsOpen: OpenItem | null;
    cadence: { frequency: string; nextReview: string | null } | null;
    cadenceOpen: OpenItem | null;
    reporting: { name: string; needs: string }[];
    reviews: string[];
  };
  risks: Section & {
    risks: { description: string; likelihood: string | null; impact: string | null; mitigation: string | null; owner: string | null; status: string | null; open: OpenItem | null }[];
    risksOpen: OpenItem | null;
    assumptions: string[];
    nonNegotiables: { name: string; items: string[]; fromAssessment: string[]; open: OpenItem | null }[];
  };
  disputes: Section & {
    steps: { number: number; text: string }[];
    mediator: string | null;
    open: OpenItem | null;
  };
  term: Section & {
    start: string | null;
    end: string | null;
    note: string | null;
    durationOpen: OpenItem | null;
    changes: Statement;
    joining: string | null;
    joiningOpen: OpenItem | null;
    leaving: string | null;
    leavingOpen: OpenItem | null;
    exitOpen: OpenItem | null;
    wayForward: { choice: string | null; rationale: string | null; learning: string | null; open: OpenItem | null } | null;
  };
  signatures: Section & {
    parties: { name: string; representative: string | null; title: string | null }[];
  };
}

const TITLES = {
  parties: 'The parties',
  background: 'Background and the issue',
  vision: 'Vision and objectives',
  principles: 'Principles and ground rules',
  roles: 'Roles and responsibilities',
  contributions: 'Contributions',
  governance: 'Governance and decision-making',
  communications: 'Communications',
  monitoring: 'Indicators, monitoring and review',
  risks: 'Risks and mitigation',
  disputes: 'Dispute resolution',
  term: 'Duration, changes and exit',
  signatures: 'Signatures',
} as const;
type SectionKey = keyof typeof TITLES;
const SECTION_NUMBER = Object.fromEntries(Object.keys(TITLES).map((k, i) => [k, i + 1])) as Record<SectionKey, number>;
const section = (key: SectionKey): Section => ({ number: SECTION_NUMBER[key], title: TITLES[key] });

/** Text as written, without control characters (other than line breaks and tabs) and outer whitespace; null if nothing is left. */
export function clean(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // eslint-disable-next-line no-control-regex
  const text = value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
  return text === '' ? null : text;
}

const cleanList = (values: readonly unknown[] | undefined): string[] => (values ?? []).map(clean).filter((s): s is string => s !== null);

/** A short quotation of `text` for the list of open items (whole words, at most about 120 characters). */
function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const chars = Array.from(flat);
  if (chars.length <= 120) return `“${flat.replace(/(\w)\.$/u, '$1')}”`;
  const cut = chars.slice(0, 120).join('');
  const at = cut.lastIndexOf(' ');
  return `“${(at > 60 ? cut.slice(0, at) : cut).replace(/[\s,;:.]+$/, '')} …”`;
}

class OpenItems {
  readonly items: OpenItem[] = [];
  add(key: SectionKey, question: string, summary: string = question): OpenItem {
    const item: OpenItem = { number: this.items.length + 1, sectionNumber: SECTION_NUMBER[key], section: TITLES[key], question, summary };
    this.items.push(item);
    return item;
  }
}

/** Anything with an agreement status: missing means proposed (the schemas' default). */
const agreed = (status: string | undefined): boolean => status === 'agreed';

const PROPOSED = 'Proposed, not yet agreed: agree, amend or drop it?';

/** Builds the view model. `model` must be valid (see loadPartnershipModel); the result is deterministic. */
export function buildAgreement(model: FolderModel & { partnership: NonNullable<FolderModel['partnership']> }, meta: AgreementMeta): AgreementView {
  const p = model.partnership;
  const open = new OpenItems();
  const stakeholders: Stakeholder[] = model.stakeholders?.stakeholders ?? [];
  const byId = new Map(stakeholders.map((s) => [s.id, s]));
  const nameOf = (id: string | undefined): string => (id === undefined ? '' : clean(byId.get(id)?.name) ?? id);
  const active = stakeholders.filter((s) => s.engagement === 'active-partner');
  const assessments = model.assessments ?? {};
  const assessmentOf = (id: string) => (Object.prototype.hasOwnProperty.call(assessments, id) ? assessments[id] : undefined);
  const rules = model['decision-rules'] ?? {};
  const comms = model.communication ?? {};
  const resources = model.resources ?? {};
  const indicators = model.indicators ?? {};
  const risks = model.risks ?? {};

  const name = clean(p.name) ?? 'Untitled partnership';

  // 1. The parties: the active partners, their representatives and what those may decide (seed 002, Building).
  const partyRows = active.map((s) => {
    const rep = s.representative;
    const repName = clean(rep?.name);
    const known = rep?.decision_authority && rep.decision_authority !== 'unknown' ? rep.decision_authority : null;
    const authority = known ? L.label(L.AUTHORITY, known) : null;
    const authorityNote = clean(rep?.authority_note) ?? (known ? L.label(L.AUTHORITY_MEANING, known) : null);
    const who = nameOf(s.id);
    let item: OpenItem | null = null;
    if (!repName) item = open.add('parties', 'Who represents this party at the table, and what may they decide?', `Who represents ${who} at the table, and what may they decide without referring back?`);
    else if (!authority) item = open.add('parties', 'What may this representative decide without referring back?', `What may ${repName}, representing ${who}, decide without referring back?`);
    return { id: s.id, name: who, sector: L.label(L.SECTOR, s.sector) ?? '', representative: repName, representativeTitle: clean(rep?.title), authority, authorityNote, open: item };
  });
  const partiesOpen = active.length ? null : open.add('parties', 'Which organisations are the parties to this agreement? No stakeholder is an active partner yet.', 'Which organisations are the parties? No stakeholder is marked as an active partner yet.');
  const others = stakeholders
    .filter((s) => s.engagement === 'pilot' || s.engagement === 'advisory-group')
    .map((s) => ({ name: nameOf(s.id), sector: L.label(L.SECTOR, s.sector) ?? '', standing: L.label(L.ENGAGEMENT, s.engagement) ?? '' }));

  // 2. Background and the issue (seed 004 step 1; seed 003 question 1.1; seed 002, Scoping).
  const statement = (key: SectionKey, text: unknown, question: string, summary: string = question): Statement => {
    const t = clean(text);
    return { text: t, open: t ? null : open.add(key, question, summary) };
  };
  const issue = statement('background', p.issue, 'What problem does the partnership tackle? The issue is not written down yet.');
  const whyMultiSector = statement('background', p.why_multi_sector, 'Why can no single sector solve it alone: what does each sector bring?');
  const scope = p.geographic_scope ? { level: L.label(L.SCOPE_LEVEL, p.geographic_scope.level) ?? '', area: clean(p.geographic_scope.area) } : null;
  const scopeOpen = scope ? null : open.add('background', 'Where will the partnership work: locally, nationally, regionally?', 'Where will the partnership work? The geographic scope is not recorded.');

  // 3. Vision and objectives, shared and each party's own (seed 002, Scoping and Identifying partners).
  const vision = statement('vision', p.vision, 'What is the shared vision? None is written down yet.');
  const shared = (p.objectives ?? []).flatMap((o) => {
    const t = clean(o.text);
    if (!t) return [];
    return [{ text: t, open: agreed(o.status) ? null : open.add('vision', PROPOSED, `Shared objective ${quote(t)} is proposed, not yet agreed.`) }];
  });
  const sharedOpen = shared.length ? null : open.add('vision', 'What objectives do all parties share? Make them measurable and time-bound where possible.', 'Which objectives do all parties share? None is recorded.');
  const partnerObjectives = active.map((s) => {
    const objectives = cleanList(assessmentOf(s.id)?.objectives);
    const who = nameOf(s.id);
    return { name: who, objectives, open: objectives.length ? null : open.add('vision', 'What does this party want to achieve through the partnership?', `What does ${who} want to achieve through the partnership? Its own objectives are not recorded.`) };
  });

  // 4. Principles and ground rules (seed 002, Building and Planning; seed 004 step 6).
  const principles = (p.principles ?? []).flatMap((pr) => {
    const n = clean(pr.name);
    if (!n) return [];
    return [{ name: n, meaning: clean(pr.meaning), open: agreed(pr.status) ? null : open.add('principles', PROPOSED, `The principle ${quote(n)} is proposed, not yet agreed.`) }];
  });
  const principlesOpen = principles.length ? null : open.add('principles', 'Which partnering principles will the parties commit to (seed 002: equity, transparency, mutual benefit, responsibility, complementarity)?', 'Which partnering principles do the parties commit to? None is recorded.');
  const groundRules = (p.ground_rules ?? []).flatMap((g) => {
    const t = clean(g.text);
    if (!t) return [];
    return [{ text: t, open: agreed(g.status) ? null : open.add('principles', PROPOSED, `Ground rule ${quote(t)} is proposed, not yet agreed.`) }];
  });
  const groundRulesOpen = groundRules.length ? null : open.add('principles', 'How will the parties work together: the right to say no, honesty, accountability?', 'Which ground rules do the parties work by? None is recorded.');

  // 5. Roles and responsibilities: what each party does, from the bodies, commitments, indicators, risks and
  // spokespeople recorded elsewhere, so this section never contradicts them.
  const bodies = rules.bodies ?? [];
  const commitments = resources.commitments ?? [];
  const convener = p.convener
    ? {
        name: clean(p.convener.name) ?? nameOf(p.convener.stakeholder),
        neutrality: p.convener.neutral === true ? 'Seen as neutral by all parties.' : p.convener.neutral === false ? 'Not neutral: a party with its own interests.' : null,
        credibility: clean(p.convener.credibility),
      }
    : null;
  const convenerOpen = convener ? null : open.add('roles', 'Who convenes the partnership, and why do all parties accept them?', 'Who convenes the partnership? No convener is recorded.');
  const broker = p.broker ? { name: clean(p.broker.name) ?? 'Not named', organisation: clean(p.broker.organisation), role: L.label(L.BROKER_ROLE, p.broker.role), contact: clean(p.broker.contact) } : null;
  const spokespeople = comms.external?.spokespeople ?? [];
  const roleRows = active.map((s) => {
    const inBodies = bodies
      .filter((b) => (b.members ?? []).includes(s.id) || b.chair?.stakeholder === s.id)
      .map((b) => {
        const n = clean(b.name) ?? b.id;
        return b.chair?.stakeholder === s.id ? `${n} (as chair)` : n;
      });
    const brings = commitments.filter((c) => c.stakeholder === s.id && c.status !== 'withdrawn').map((c) => clean(c.description)).filter((t): t is string => t !== null);
    const collects = (indicators.indicators ?? []).filter((i) => i.owner === s.id).map((i) => clean(i.name) ?? i.id);
    const watches = (risks.risks ?? []).filter((r) => r.owner === s.id).map((r) => clean(r.description) ?? r.id);
    const speaksOn = spokespeople.filter((sp) => sp.stakeholder === s.id).flatMap((sp) => {
      const topics = cleanList(sp.topics);
      return topics.length ? topics : ['the partnership'];
    });
    const who = nameOf(s.id);
    const none = !inBodies.length && !brings.length && !collects.length && !watches.length && !speaksOn.length;
    return { name: who, bodies: inBodies, brings, collects, watches, speaksOn, open: none ? open.add('roles', 'What is this party responsible for? It sits on no body and has no commitment, indicator or risk recorded.', `What is ${who} responsible for? No body, commitment, indicator or risk names it.`) : null };
  });

  // 6. Contributions: each contributor's commitments, cash and in kind, with totals per currency (seed 002,
  // Planning; seed 000: "it is not all about money").
  const contributorIds = [...active.map((s) => s.id), ...stakeholders.filter((s) => s.engagement !== 'active-partner').map((s) => s.id)].filter((id) => commitments.some((c) => c.stakeholder === id));
  const contributors = contributorIds.map((id) => {
    const s = byId.get(id);
    const who = nameOf(id);
    const rows = commitments
      .filter((c) => c.stakeholder === id)
      .map((c) => {
        const description = clean(c.description) ?? c.id;
        const withdrawn = c.status === 'withdrawn';
        const missingAmount = c.type === 'cash' && c.amount === undefined && !withdrawn;
        const notAgreed = c.status === undefined || c.status === 'proposed';
        const item = notAgreed || missingAmount
          ? open.add(
              'contributions',
              [notAgreed ? (c.status === 'proposed' ? 'Confirm, amend or drop it?' : 'No status is recorded: is this commitment agreed?') : null, missingAmount ? 'How much cash, and in which currency?' : null].filter(Boolean).join(' '),
              `${who}: ${quote(description)} is ${missingAmount && !notAgreed ? 'cash with no amount stated' : c.status === 'proposed' ? 'proposed, not yet agreed' : 'not marked as agreed'}${missingAmount && notAgreed ? ', and no amount is stated' : ''}.`,
            )
          : null;
        return {
          id: c.id,
          description,
          note: clean(c.note),
          type: c.type === 'cash' ? 'Cash' : 'In kind',
          kind: L.label(L.RESOURCE_KIND, c.kind),
          amount: typeof c.amount === 'number' ? c.amount : null,
          currency: clean(c.currency),
          start: c.start ?? null,
          due: c.due ?? null,
          status: L.label(L.COMMITMENT_STATUS, c.status) ?? 'No status',
          deliveredOn: c.delivered_on ?? null,
          withdrawn,
          open: item,
        };
      });
    const totals = totalsOf(rows.filter((r) => !r.withdrawn).map((r) => ({ amount: r.amount, currency: r.currency, cash: r.type === 'Cash' })));
    return { name: who, standing: s?.engagement === 'active-partner' ? null : L.label(L.ENGAGEMENT, s?.engagement) ?? 'not yet given a standing', commitments: rows, totals };
  });
  const contributionsOpen = contributors.length ? null : open.add('contributions', 'What will each party contribute: money, people, skills, premises, contacts?', 'What will each party contribute? No commitment is recorded.');
  const grandTotals = totalsOf(commitments.filter((c) => c.status !== 'withdrawn').map((c) => ({ amount: typeof c.amount === 'number' ? c.amount : null, currency: clean(c.currency), cash: c.type === 'cash' })));
  const unmetNeeds = (resources.needs ?? [])
    .filter((n) => !commitments.some((c) => c.need === n.id && c.status !== 'withdrawn'))
    .map((n) => {
      const description = clean(n.description) ?? n.id;
      return { description, kind: L.label(L.RESOURCE_KIND, n.kind), open: open.add('contributions', 'Who will provide it?', `Who will provide ${quote(description)}? No commitment meets this need.`) };
    });
  const fm = rules.financial_management;
  const money = fm ? { model: L.label(L.FINANCE_MODEL, fm.model) ?? fm.model, description: clean(fm.description), open: agreed(fm.status) ? null : open.add('contributions', PROPOSED, 'How financial contributions are managed is proposed, not yet agreed.') } : null;
  const moneyOpen = money ? null : open.add('contributions', 'How will financial contributions be managed: a pooled fund, or each party managing its own money?', 'How will financial contributions be managed? Not recorded.');

  // 7. Governance and decision-making (seed 002, Planning; seed 000 coordination bodies; seed 003 q. 4.3).
  const venue = p.venue ? { kind: L.label(L.VENUE, p.venue.kind) ?? p.venue.kind, description: clean(p.venue.description) } : null;
  const venueOpen = venue ? null : open.add('governance', 'Where will the parties meet: a neutral or rotating venue?', 'Where will the parties meet? No venue is recorded.');
  const bodyRows = bodies.map((b) => {
    let chair: string | null = null;
    if (b.chair?.kind === 'rotating') chair = 'Rotates between members';
    else if (b.chair) {
      const person = clean(b.chair.name);
      const org = b.chair.stakeholder ? nameOf(b.chair.stakeholder) : null;
      const who = person && org ? `${person} (${org})` : person ?? org;
      chair = who ? `${who}${b.chair.kind === 'neutral' ? ', as a neutral chair' : ''}` : L.label(L.CHAIR, b.chair.kind);
    }
    return {
      name: clean(b.name) ?? b.id,
      kind: L.label(L.BODY_KIND, b.kind) ?? b.kind,
      members: (b.members ?? []).map(nameOf),
      terms: clean(b.terms_of_reference),
      quorum: clean(b.quorum),
      meets: L.label(L.FREQUENCY, b.meets),
      chair: chair ? capitalise(chair) : null,
      venue: L.label(L.VENUE, b.venue),
    };
  });
  const bodiesOpen = bodyRows.length ? null : open.add('governance', 'Which bodies will steer and run the partnership (steering committee, secretariat, task forces), and who sits on them?', 'Which bodies steer and run the partnership? None is recorded.');
  const bodyName = (id: string | undefined) => {
    if (id === undefined) return null;
    const b = bodies.find((x) => x.id === id);
    return b ? clean(b.name) ?? b.id : id;
  };
  const decisions = (rules.decisions ?? []).flatMap((d) => {
    const kind = clean(d.kind);
    if (!kind) return [];
    return [{ kind, body: bodyName(d.body), method: L.label(L.METHOD, d.method) ?? d.method, open: agreed(d.status) ? null : open.add('governance', PROPOSED, `Decision rule ${quote(kind)} is proposed, not yet agreed.`) }];
  });
  const decisionsOpen = decisions.length ? null : open.add('governance', 'How will each kind of decision be made, and by whom: all parties, some, a committee or a task force?', 'How are decisions made, and by whom? No decision rule is recorded.');

  // 8. Communications: between partners, within each partner, external and branding (seed 002, Planning).
  const between = (comms.between_partners ?? []).map((c) => ({
    mode: L.label(L.MODE, c.mode) ?? c.mode,
    frequency: L.label(L.FREQUENCY, c.frequency),
    purpose: clean(c.purpose),
    // Every party and no one else reads as "all parties" (the schema's meaning of leaving participants out).
    participants: sameSet(c.participants ?? [], active.map((s) => s.id)) ? [] : (c.participants ?? []).map(nameOf),
  }));
  const betweenOpen = between.length ? null : open.add('communications', 'How will the parties keep each other informed: which means, how often, mindful of who has no internet?', 'How will the parties keep each other informed? No channel is recorded.');
  const withinRows = (comms.within_partners ?? []).flatMap((w) => {
    const how = clean(w.how);
    return how ? [{ name: nameOf(w.stakeholder), how }] : [];
  });
  const withoutInternal = active.filter((s) => !(comms.within_partners ?? []).some((w) => w.stakeholder === s.id && clean(w.how))).map((s) => nameOf(s.id));
  const withinOpen = !withinRows.length
    ? open.add('communications', 'How will each party keep its own organisation informed and on board?', 'How will each party keep its own organisation informed and on board? Not recorded.')
    : withoutInternal.length
      ? open.add('communications', `How will ${listText(withoutInternal)} keep their own organisations informed and on board?`, `How will ${listText(withoutInternal)} keep their own organisations informed and on board?`)
      : null;
  const ext = comms.external;
  const external = ext
    ? {
        objectives: (ext.objectives ?? []).map((o) => L.label(L.COMMS_OBJECTIVE, o) ?? o),
        audiences: cleanList(ext.audiences),
        description: clean(ext.description),
        spokespeople: (ext.spokespeople ?? []).map((sp) => ({ partner: nameOf(sp.stakeholder), name: clean(sp.name), topics: cleanList(sp.topics) })),
        approval: statement('communications', ext.approval, 'Who approves public statements, and how?', 'Who approves public statements, and how? Not recorded.'),
        goingPublic: clean(ext.going_public),
        branding: statement('communications', ext.branding, "How may the parties use each other's names, logos and materials?", "How may the parties use each other's names, logos and materials? Not recorded."),
        open: agreed(ext.status) ? null : open.add('communications', 'This external communication protocol is proposed, not yet agreed: agree or amend it?', 'The external communication protocol is proposed, not yet agreed.'),
      }
    : null;
  const externalOpen = external ? null : open.add('communications', 'How will the partnership speak publicly: to whom, through whom, with whose approval, and using whose logos?', 'How will the partnership speak publicly? No external communication protocol is recorded.');
  const glossary = (comms.glossary ?? []).flatMap((g) => {
    const term = clean(g.term);
    const meaning = clean(g.meaning);
    return term && meaning ? [{ term, meaning }] : [];
  });

  // 9. Indicators, monitoring and review (seed 002, Setting indicators; seed 000: measurable, time-bound targets).
  const indicatorRows = (indicators.indicators ?? []).map((i) => {
    const n = clean(i.name) ?? i.id;
    const method = clean(i.method);
    const missing = [i.target ? null : 'a target and its date', method ? null : 'how the data is collected', i.owner ? null : 'who collects it', i.frequency ? null : 'how often'].filter((x): x is string => x !== null);
    return {
      name: n,
      aspect: L.label(L.ASPECT, i.aspect) ?? i.aspect,
      unit: clean(i.unit),
      baseline: i.baseline ? { value: i.baseline.value, date: i.baseline.date } : null,
      target: i.target ? { value: i.target.value, date: i.target.date } : null,
      method,
      owner: i.owner ? nameOf(i.owner) : null,
      frequency: L.label(L.FREQUENCY, i.frequency),
      open: missing.length ? open.add('monitoring', `Agree ${listText(missing)}.`, `For the indicator ${quote(n)}, agree ${listText(missing)}.`) : null,
    };
  });
  const indicatorsOpen = indicatorRows.length ? null : open.add('monitoring', 'What would success look like? Agree indicators, with a target, a method and who collects the data.', 'What would success look like? No indicator is recorded.');
  const cadence = indicators.review_cadence ? { frequency: L.label(L.FREQUENCY, indicators.review_cadence.frequency) ?? '', nextReview: indicators.review_cadence.next_review ?? null } : null;
  const cadenceOpen = cadence ? null : open.add('monitoring', 'How often will the parties review the project and the partnership together?', 'How often will the parties review the project and the partnership? Not recorded.');
  const reporting = (indicators.reporting_needs ?? []).flatMap((r) => {
    const needs = clean(r.needs);
    return needs ? [{ name: nameOf(r.stakeholder), needs }] : [];
  });
  const reviews = Object.keys(model.reviews ?? {}).sort();

  // 10. Risks and mitigation, assumptions, non-negotiables (seed 002, Risks and assumptions).
  const riskRows = (risks.risks ?? []).map((r) => {
    const d = clean(r.description) ?? r.id;
    const mitigation = clean(r.mitigation);
    const missing = [mitigation ? null : 'how the parties will reduce it', r.owner ? null : 'who watches it'].filter((x): x is string => x !== null);
    return {
      description: d,
      likelihood: L.label(L.LEVEL, r.likelihood),
      impact: L.label(L.LEVEL, r.impact),
      mitigation,
      owner: r.owner ? nameOf(r.owner) : null,
      status: L.label(L.RISK_STATUS, r.status),
      open: missing.length ? open.add('risks', `Agree ${listText(missing)}.`, `For the risk ${quote(d)}, agree ${listText(missing)}.`) : null,
    };
  });
  const risksOpen = riskRows.length ? null : open.add('risks', 'What could go wrong, and how will the parties reduce it?', 'What could go wrong? No risk is recorded.');
  const recorded = risks.non_negotiables ?? [];
  const nnIds = [...active.map((s) => s.id), ...stakeholders.filter((s) => s.engagement !== 'active-partner').map((s) => s.id)].filter((id) => active.some((a) => a.id === id) || recorded.some((n) => n.stakeholder === id));
  const nonNegotiables = nnIds.map((id) => {
    const items = recorded.filter((n) => n.stakeholder === id).map((n) => clean(n.text)).filter((t): t is string => t !== null);
    const fromAssessment = items.length ? [] : cleanList(assessmentOf(id)?.non_negotiables);
    const who = nameOf(id);
    const item = items.length
      ? null
      : fromAssessment.length
        ? open.add('risks', 'Table these non-negotiables from its internal assessment, and record them here?', `Non-negotiables of ${who}: listed in its internal assessment, not yet tabled.`)
        : open.add('risks', 'What can this party not accept? Its non-negotiables are not recorded.', `What can ${who} not accept? Its non-negotiables are not recorded.`);
    return { name: who, items, fromAssessment, open: item };
  });

  // 11. Dispute resolution (seed 003 question 4.2).
  const dr = rules.dispute_resolution;
  const steps = cleanList(dr?.steps);
  const mediator = clean(dr?.mediator);
  const disputesOpen = !dr || (!steps.length && !mediator)
    ? open.add('disputes', 'How will disputes between the parties be settled: the steps, and who mediates?', 'How will disputes be settled, and who mediates? No dispute-resolution route is recorded.')
    : agreed(dr.status)
      ? null
      : open.add('disputes', 'This dispute-resolution route is proposed, not yet agreed: agree or amend it?', 'The dispute-resolution route is proposed, not yet agreed.');

  // 12. Duration, changes and exit (seed 002, Planning and Phase 3, Revising; Phase 4, Sustaining outcomes).
  const d = p.duration;
  const note = clean(d?.note);
  const durationOpen = !d || (!d.start && !d.end && !note)
    ? open.add('term', 'How long will the partnership run: from when, and until when?', 'How long will the partnership run? No duration is recorded.')
    : !d.end && !note
      ? open.add('term', 'Until when does the partnership run, or is it open-ended?', 'Until when does the partnership run, or is it open-ended? No end date is recorded.')
      : null;
  const ch = rules.changes;
  const changesText = clean(ch?.text);
  const changes: Statement = {
    text: changesText,
    open: !changesText
      ? open.add('term', 'How can this agreement be changed, and who must agree?', 'How can this agreement be changed? Not recorded.')
      : agreed(ch?.status)
        ? null
        : open.add('term', PROPOSED, 'How the agreement is changed is proposed, not yet agreed.'),
  };
  const jl = rules.joining_and_leaving;
  const joining = clean(jl?.joining);
  const leaving = clean(jl?.leaving);
  const joiningOpen = joining ? null : open.add('term', 'How may a new partner join?', 'How may a new partner join? Not recorded.');
  const leavingOpen = leaving ? null : open.add('term', 'How may a party leave, and with what notice?', 'How may a party leave, and with what notice? Not recorded.');
  const exitOpen = (joining || leaving) && !agreed(jl?.status) ? open.add('term', 'These terms for joining and leaving are proposed, not yet agreed: agree or amend them?', 'The terms for joining and leaving are proposed, not yet agreed.') : null;
  const sus = p.sustainability;
  const wayForward = sus && (sus.way_forward || clean(sus.rationale) || clean(sus.learning_shared))
    ? {
        choice: L.label(L.WAY_FORWARD, sus.way_forward),
        rationale: clean(sus.rationale),
        learning: clean(sus.learning_shared),
        open: sus.way_forward ? null : open.add('term', 'Which way forward: sustain, scale up, institutionalise or close?', 'Which way forward at the end of this cycle: sustain, scale up, institutionalise or close? Not chosen yet.'),
      }
    : null;

  // 13. Signatures: one block for each party.
  const signatures = active.map((s) => ({ name: nameOf(s.id), representative: clean(s.representative?.name), title: clean(s.representative?.title) }));

  const brokerName = broker ? [broker.name, broker.organisation].filter(Boolean).join(', ') : null;
  return {
    document: { title: `Draft partnership agreement: ${name}`, kind: 'agreement' },
    partnership: { name, phase: p.phase, phaseLabel: L.label(L.PHASE, p.phase) ?? p.phase },
    meta: { ...meta, preparedBy: brokerName },
    openItems: open.items,
    openCount: open.items.length,
    parties: { ...section('parties'), rows: partyRows, open: partiesOpen, others },
    background: { ...section('background'), issue, whyMultiSector, scope, scopeOpen, goalTypes: (p.goal_types ?? []).map((g) => L.label(L.GOAL_TYPE, g) ?? g), form: L.label(L.FORM, p.typology?.form) },
    vision: { ...section('vision'), vision, shared, sharedOpen, partners: partnerObjectives },
    principles: { ...section('principles'), principles, principlesOpen, groundRules, groundRulesOpen },
    roles: { ...section('roles'), convener, convenerOpen, broker, parties: roleRows },
    contributions: { ...section('contributions'), partners: contributors, open: contributionsOpen, grandTotals, unmetNeeds, money, moneyOpen },
    governance: { ...section('governance'), venue, venueOpen, bodies: bodyRows, bodiesOpen, decisions, decisionsOpen },
    communications: { ...section('communications'), between, betweenOpen, sharing: clean(comms.information_sharing), within: withinRows, withinOpen, external, externalOpen, glossary },
    monitoring: { ...section('monitoring'), indicators: indicatorRows, indicatorsOpen, cadence, cadenceOpen, reporting, reviews },
    risks: { ...section('risks'), risks: riskRows, risksOpen, assumptions: cleanList(risks.assumptions), nonNegotiables },
    disputes: { ...section('disputes'), steps: steps.map((t, i) => ({ number: i + 1, text: t })), mediator, open: disputesOpen },
    term: { ...section('term'), start: d?.start ?? null, end: d?.end ?? null, note, durationOpen, changes, joining, joiningOpen, leaving, leavingOpen, exitOpen, wayForward },
    signatures: { ...section('signatures'), parties: signatures },
  };
}

/** Totals per currency (sorted by code; amounts without a currency last), cash and valued in-kind apart. */
export function totalsOf(entries: readonly { amount: number | null; currency: string | null; cash: boolean }[]): MoneyTotal[] {
  const by = new Map<string, MoneyTotal>();
  for (const e of entries) {
    if (e.amount === null || !Number.isFinite(e.amount)) continue;
    const key = e.currency ?? '';
    const t = by.get(key) ?? { currency: e.currency, cash: 0, inKind: 0 };
    if (e.cash) t.cash += e.amount;
    else t.inKind += e.amount;
    by.set(key, t);
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  return [...by.entries()]
    .filter(([, t]) => t.cash !== 0 || t.inKind !== 0)
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([, t]) => ({ currency: t.currency, cash: round(t.cash), inKind: round(t.inKind) }));
}

/** "a", "a and b", "a, b and c"; "a; b, c and d" when an item holds a comma (names such as "Ministry, Government of X"). */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const sep = items.some((i) => i.includes(',')) ? '; ' : ', ';
  return `${items.slice(0, -1).join(sep)} and ${items[items.length - 1]}`;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && b.every((x) => a.includes(x));
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
