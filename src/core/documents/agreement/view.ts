/** The shape of the draft agreement's view model: every field always present, for templates in strict mode. */
export interface OpenItem {
  /** 1, 2, 3 ... in document order. */
  number: number;
  sectionNumber: number;
  section: string;
  /** The question as shown in place, beside the item it is about. */
  question: string;
  /** The question as listed at the top: names what it is about, so it reads on its own. */
  summary: string;
  /** The phase requirement (check/requirements.ts) this item keeps unmet, if any: the same test as the gate. */
  requirement: string | null;
  /** A point of disagreement marked central (resolve before implementing) or parked (on hold); null otherwise. */
  weight: 'central' | 'parked' | null;
  /** The weight in words, or null. */
  weightLabel: string | null;
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
  /** `inPrinciple`: the date of the agreement in principle (seed 002, Planning), or null. */
  partnership: { name: string; phase: string; phaseLabel: string; inPrinciple: string | null };
  meta: AgreementMeta & { preparedBy: string | null };
  openItems: OpenItem[];
  openCount: number;
  /** Some open point is marked central or parked: the list becomes a table with the weight, central first. */
  openWeighed: boolean;
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
    /** Sectors of activity and countries or regions in words, with their shares (`Basic sanitation (80%)`). */
    sectors: string[];
    places: string[];
    /** The Sustainable Development Goals served (`SDG 6: Clean water and sanitation`) and their targets in words. */
    sdgs: { label: string; targets: string[] }[];
  };
  vision: Section & {
    vision: Statement;
    shared: Statement[];
    sharedOpen: OpenItem | null;
    partners: { name: string; objectives: string[]; open: OpenItem | null }[];
    /** Activities with their lead, outputs and outcome; [] when none is recorded. */
    activities: { name: string; lead: string | null; outputs: string[]; outcome: string | null }[];
    /** Seed 004 step 6: what each actor needs to carry out its part, and who supports it. */
    capacityBuilding: { who: string; need: string; activity: string | null; by: string | null; status: string | null }[];
  };
  principles: Section & {
    principles: { name: string; meaning: string | null; open: OpenItem | null }[];
    principlesOpen: OpenItem | null;
    groundRules: Statement[];
    groundRulesOpen: OpenItem | null;
  };
  roles: Section & {
    convener: { name: string; acceptedBy: string | null; credibility: string | null } | null;
    convenerOpen: OpenItem | null;
    broker: { name: string; organisation: string | null; role: string | null; contact: string | null } | null;
    parties: { name: string; bodies: string[]; brings: string[]; collects: string[]; watches: string[]; speaksOn: string[]; open: OpenItem | null }[];
  };
  contributions: Section & {
    partners: {
      name: string;
      /** null for a party to the agreement; otherwise how the contributor is involved. */
      standing: string | null;
      commitments: { id: string; description: string; note: string | null; type: string; kind: string | null; amount: number | null; currency: string | null; start: string | null; due: string | null; status: string; deliveredOn: string | null; withdrawn: boolean; open: OpenItem | null; /** Seed 001: grant, loan ... in words. */ terms: string | null; /** Who receives it, when one partner gives to another. */ recipient: string | null }[];
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
    nonNegotiables: { name: string; items: string[]; /** It has stated it has none. */ none: boolean; open: OpenItem | null }[];
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
    parties: {
      name: string;
      representative: string | null;
      title: string | null;
      /** The party's acceptance of the agreement (seed 002), or null when not yet accepted. */
      acceptance: { date: string; by: string; ratificationNeeded: boolean; ratified: boolean; ratifiedOn: string | null } | null;
    }[];
  };
}
