/**
 * The terms messages to the broker use without explaining them in place: the seeds (the source documents the rules
 * and questions come from, ../shared/seeds/) and their words. `partner explain <term>` prints them.
 */
export interface Term {
  /** What the term is called, as it appears in messages. */
  term: string;
  /** Other ways to write it that `partner explain` accepts (lower case). */
  also: readonly string[];
  text: string;
}

export const TERMS: readonly Term[] = [
  {
    term: 'seed',
    also: ['seeds'],
    text: 'The seeds are the five source documents partner\'s rules, phases and questions come from. A citation such as "seed 003 line 85" points to a line of one of them; `partner explain seed 003` says which. 000: the UN CSD-12 Partnerships Fair; 001: a concept note on multi-stakeholder partnerships; 002: The Partnering Process (UNESCO and The Partnering Initiative); 003: Waddell and Brown, Fostering Intersectoral Partnering; 004: USAID, User Guide to Intersectoral Partnering. Documents handed to partners never cite them; they say once, in "About this document", what they draw on.',
  },
  { term: 'seed 000', also: ['000', 'seed000', 'seed-000'], text: 'Seed 000: the Partnerships Fair of the UN Commission on Sustainable Development (CSD-12, 2004). partner cites it on resources that are not only money and on communication for partners with little connectivity.' },
  { term: 'seed 001', also: ['001', 'seed001', 'seed-001'], text: 'Seed 001: a concept note on multi-stakeholder partnerships (MSPs): why actors from different sectors partner, and what they get from it. partner cites it on motivations and on reviews.' },
  {
    term: 'seed 002',
    also: ['002', 'seed002', 'seed-002', 'the partnering process'],
    text: 'Seed 002: The Partnering Process (UNESCO and The Partnering Initiative). Its partnering cycle (scoping and building, managing and maintaining, reviewing and revising, sustaining outcomes) is the backbone of partner\'s six phases; its Fig. 1 is the review framework (project impacts, partnership relationships and functioning rated red, amber or green, the value of partnering).',
  },
  {
    term: 'seed 003',
    also: ['003', 'seed003', 'seed-003', 'waddell', 'waddell & brown', 'waddell and brown'],
    text: 'Seed 003: Steve Waddell and L. David Brown, Fostering Intersectoral Partnering (IDR Reports, 1997). It calls partnerships of government, business and civil society "intersectoral partnerships" (ISPs), describes five stages of their development, and asks key questions at each, which `partner status` quotes. Its cases (Orangi in Karachi, immunisation in Bangladesh) are the examples shipped with partner.',
  },
  {
    term: 'seed 004',
    also: ['004', 'seed004', 'seed-004', 'usaid'],
    text: "Seed 004: USAID, User Guide to Intersectoral Partnering. Its seven start-up steps (from identifying the goals to institutionalising successful partnerships) and its questions to consider are mapped onto partner's phases.",
  },
  { term: 'ISP', also: ['isp', 'isps', 'intersectoral partnership'], text: 'ISP: intersectoral partnership, seed 003\'s word for a partnership of government, business and civil society that tackles an issue none of them can solve alone. Documents for partners say "partnership" instead.' },
  { term: 'MSP', also: ['msp', 'msps', 'multi-stakeholder partnership'], text: 'MSP: multi-stakeholder partnership, seed 001\'s word for the same thing as an ISP: actors of several sectors working together on a shared issue.' },
  { term: 'Fig. 1', also: ['fig. 1', 'fig 1', 'fig1', 'figure 1'], text: 'Fig. 1 of seed 002: the framework of a partnership review: project impacts (delivery, impact and sustainability), partnership relationships and functioning (five aspects, each rated red, amber or green by each partner), and the value of partnering to each partner.' },
  { term: 'IATI', also: ['iati'], text: 'IATI: the International Aid Transparency Initiative, whose activity standard (2.03) `partner export iati` writes, so that donors and the public can follow the partnership.' },
];

const norm = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** The term `words` name (`seed 003`, `ISP`, `fig. 1` ...), if any. */
export function findTerm(words: string): Term | undefined {
  const n = norm(words);
  return TERMS.find((t) => norm(t.term) === n || t.also.includes(n));
}
