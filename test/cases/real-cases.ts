/**
 * Four partnerships written from seed 003's case histories, at different phases, as a broker would fill in
 * what `partner init` starts. Facts cite the seed line; everything else is marked "(illustrative)".
 */
export interface RealCase {
  name: string;
  folder: string;
  phase: string;
  files: Record<string, string>;
}

/** What Gal Oya is about, the same at every phase (seed 003 line 220). */
const GAL_OYA_ISSUE = `issue: One of the largest and most seriously deteriorated irrigation systems in Sri Lanka (seed 003 line 220).
why_multi_sector: >-
  The Irrigation Department runs the main canals, farmers the field channels; neither can make water reach the
  tail end alone (seed 003 line 220).
vision: Water reaches every field, and farmers and officials work together, even across ethnic lines.
geographic_scope:
  level: sub-national
  area: Gal Oya left bank (illustrative)
`;

/** Seed 003 line 220 (ISP Example 6): rehabilitating the Gal Oya irrigation system, Sri Lanka. In building. */
const GAL_OYA: RealCase = {
  name: 'Gal Oya irrigation rehabilitation',
  folder: 'gal-oya',
  phase: 'building',
  files: {
    'partnership.yaml': `name: Gal Oya irrigation rehabilitation
phase: building
phase_history:
  - phase: building
    date: 1981-03-01
${GAL_OYA_ISSUE}`,
    'stakeholders.yaml': `stakeholders:
  - id: irrigation-department
    name: Irrigation Department
    sector: public
    interests: [a working system, less conflict over water]
    motivations: [public mandate]
  - id: water-user-associations
    name: Water user associations
    sector: civil-society
    interests: [water at the tail end]
    motivations: [livelihoods]
  - id: usaid
    name: USAID
    sector: public
    donor: true
    interests: [a model of participatory irrigation]
    motivations: [development results]
`,
  },
};

/** Seed 003 line 340 (ISP Example 9): the Savings Development Movement, Zimbabwe. In planning. */
const SDM: RealCase = {
  name: 'Savings Development Movement',
  folder: 'savings-development',
  phase: 'planning',
  files: {
    'partnership.yaml': `name: Savings Development Movement
phase: planning
issue: Village farmers lack capital to improve agriculture (seed 003 line 342).
why_multi_sector: >-
  The NGO has the savings method, the Ministries technical support and training, and a fertilizer company the
  money for training materials (seed 003 line 342).
vision: Savings clubs in thousands of villages finance better farming.
geographic_scope:
  level: national
  area: Zimbabwe
convener:
  name: The savings NGO
  stakeholder: sdm-ngo
  credible_with: [sdm-ngo, agriculture, women-affairs, fertilizer-co]
  credibility: Its leaders persuaded both Ministries and the company to take part (seed 003 line 342).
venue:
  kind: rotating
  description: The NGO office and the Ministries in turn (illustrative).
principles:
  - name: mutual benefit
    meaning: Each partner sees the clubs serve its own agenda (seed 003 line 344).
    status: agreed
ground_rules:
  - text: Every partner may say no.
    status: agreed
`,
    'stakeholders.yaml': `stakeholders:
  - id: sdm-ngo
    name: The savings NGO
    sector: civil-society
    engagement: active-partner
    interests: [village capital for agriculture]
    motivations: [social development]
    representative: {name: Programme director (illustrative), decision_authority: full}
  - id: agriculture
    name: Ministry of Agriculture
    sector: public
    engagement: active-partner
    interests: [agricultural production]
    motivations: [public mandate]
    representative: {name: Extension officer (illustrative), decision_authority: limited}
  - id: women-affairs
    name: Ministry of Community Development and Women's Affairs
    sector: public
    engagement: active-partner
    interests: [women's groups trained]
    motivations: [public mandate]
    representative: {name: Training officer (illustrative), decision_authority: refer-back}
  - id: fertilizer-co
    name: Fertilizer company
    sector: private
    engagement: active-partner
    interests: [expanding fertilizer sales]
    motivations: [growth]
    representative: {name: Marketing manager (illustrative), decision_authority: limited}
  - id: savings-clubs
    name: Village savings clubs
    sector: civil-society
    engagement: pilot
    interests: [savings for seed and fertilizer]
    motivations: [livelihoods]
`,
    'assessments/sdm-ngo.yaml': 'stakeholder: sdm-ngo\nbenefits:\n  - The method reaches more villages than the NGO could alone (seed 003 line 344).\n',
    'assessments/agriculture.yaml': 'stakeholder: agriculture\nbenefits:\n  - Higher production in club villages.\n',
    'assessments/women-affairs.yaml': 'stakeholder: women-affairs\nbenefits:\n  - Trained women\'s groups.\n',
    'assessments/fertilizer-co.yaml': 'stakeholder: fertilizer-co\nbenefits:\n  - New customers (seed 003 line 344).\n',
  },
};

/** Seed 003 lines 291-301 (ISP Example 8): the biogas programme in Orissa. In implementing, with no mediator. */
const ORISSA: RealCase = {
  name: 'Orissa biogas programme',
  folder: 'orissa-biogas',
  phase: 'implementing',
  files: {
    'partnership.yaml': `name: Orissa biogas programme
phase: implementing
issue: Deforestation left households short of firewood (seed 003 line 291).
why_multi_sector: The state agency oversees, the NGO builds plants with families, state banks lend (seed 003 line 291).
vision: Families cook with biogas instead of firewood.
geographic_scope:
  level: sub-national
  area: Orissa
convener:
  name: State oversight agency
  stakeholder: state-agency
  credible_with: [state-agency, biogas-ngo, state-bank]
  credibility: Headed at first by a sympathetic civil servant (seed 003 line 291).
venue:
  kind: partner-premises
  description: The agency's offices (illustrative).
principles:
  - name: complementarity
    status: agreed
ground_rules:
  - text: Problems are raised with the partner before anyone else.
    status: agreed
`,
    'stakeholders.yaml': `stakeholders:
  - id: state-agency
    name: State oversight agency
    sector: public
    engagement: active-partner
    interests: [programme targets met]
    motivations: [public mandate]
    representative: {name: Agency head (illustrative), decision_authority: full}
    acceptance: {date: 1986-04-01, by: Agency head (illustrative)}
  - id: biogas-ngo
    name: Implementing NGO
    sector: civil-society
    engagement: active-partner
    interests: [families freed from firewood drudgery]
    motivations: [social development]
    representative: {name: NGO director (illustrative), decision_authority: full}
    acceptance: {date: 1986-04-01, by: NGO director (illustrative)}
  - id: state-bank
    name: State banks
    sector: public
    engagement: active-partner
    interests: [loans repaid]
    motivations: [public mandate]
    representative: {name: Branch manager (illustrative), decision_authority: limited}
    acceptance: {date: 1986-04-01, by: Branch manager (illustrative), ratification: done, ratified_on: 1986-05-02}
`,
    'assessments/state-agency.yaml': 'stakeholder: state-agency\nbenefits:\n  - Targets met.\n',
    'assessments/biogas-ngo.yaml': 'stakeholder: biogas-ngo\nbenefits:\n  - Plants built with families (seed 003 line 291).\n',
    'assessments/state-bank.yaml': 'stakeholder: state-bank\nbenefits:\n  - Loans placed.\n',
    'decision-rules.yaml': `bodies:
  - id: programme-committee
    name: Programme committee
    kind: steering-committee
    members: [state-agency, biogas-ngo, state-bank]
    chair:
      kind: partner
      stakeholder: state-agency
      selection: The agency head chairs by office (illustrative).
decisions:
  - kind: Plant targets per district
    body: programme-committee
    method: consensus
    status: agreed
dispute_resolution:
  steps:
    - Raise it at the programme committee.
    - Appeal to national actors (seed 003 line 301).
`,
    'communication.yaml': `between_partners:
  - mode: meeting
    frequency: quarterly
external:
  audiences: [families]
  status: agreed
`,
    'resources.yaml': `commitments:
  - id: ngo-teams
    stakeholder: biogas-ngo
    description: Plant-building teams
    type: in-kind
    start: 1984-01-01
    status: in-progress
  - id: bank-loans
    stakeholder: state-bank
    description: Loans to families
    type: in-kind
    due: 1986-12-31
    status: agreed
`,
    'indicators.yaml': `indicators:
  - id: plants-built
    name: Biogas plants built
    aspect: project-delivery
    unit: plants
    method: NGO construction records
    owner: biogas-ngo
    frequency: quarterly
review_cadence:
  frequency: yearly
  next_review: 1987-01-31
`,
    'risks.yaml': `risks:
  - id: power-struggle
    description: Relations between the agency and the NGO turn into a power struggle (seed 003 line 291).
    mitigation: A mediator both accept (not yet named).
non_negotiables:
  - stakeholder: state-agency
    text: none
  - stakeholder: biogas-ngo
    text: Its teams stay under its own management.
  - stakeholder: state-bank
    text: Loans only to families who can repay.
`,
  },
};


/**
 * Seed 003 lines 216-220 (ISP Example 6), Gal Oya five years on: institutional organizers have mobilised water user
 * associations, farmers and officials meet jointly, and the first review is held. In implementing. The seed gives the
 * story; every figure and date is illustrative. It carries what issue 13 item 10 saw go wrong in words: a count whose
 * planned path lands between whole numbers, a plural name unsure of the partnership's worth, a commitment years
 * overdue, a channel and a meeting whose people must be named.
 */
export const GAL_OYA_REVIEWED: RealCase = {
  name: 'Gal Oya irrigation rehabilitation, first review',
  folder: 'gal-oya-reviewed',
  phase: 'implementing',
  files: {
    'partnership.yaml': `name: Gal Oya irrigation rehabilitation, first review
phase: implementing
${GAL_OYA_ISSUE}convener:
  name: USAID
  stakeholder: usaid
  credible_with: [irrigation-department, water-user-associations, institutional-organizers, usaid]
  credibility: It funded the rehabilitation both the Department and the farmers asked for (seed 003 line 220; illustrative).
venue:
  kind: rotating
  description: Field channel sites and the Department's office in turn (illustrative).
principles:
  - name: shared values
    meaning: Appeals to shared values and friendships, not only rules (seed 003 line 220).
    status: agreed
ground_rules:
  - text: Farmers and officials speak as equals at joint meetings (illustrative).
    status: agreed
`,
    'stakeholders.yaml': `stakeholders:
  - id: irrigation-department
    name: Irrigation Department
    sector: public
    engagement: active-partner
    interests: [a working system, less conflict over water]
    motivations: [public mandate]
    representative: {name: Deputy director (illustrative), decision_authority: limited}
    acceptance: {date: 1982-03-01, by: Deputy director (illustrative), ratification: done, ratified_on: 1982-04-30}
  - id: water-user-associations
    name: Water user associations
    sector: civil-society
    engagement: active-partner
    interests: [water at the tail end]
    motivations: [livelihoods]
    representative: {name: Chair of the farmer representatives (illustrative), decision_authority: refer-back}
    acceptance: {date: 1982-03-01, by: Chair of the farmer representatives (illustrative), ratification: done, ratified_on: 1982-04-30}
  - id: institutional-organizers
    name: Institutional organizers
    sector: civil-society
    engagement: active-partner
    interests: [farmers organised at every field channel]
    motivations: [social development]
    representative: {name: Senior organizer (illustrative), decision_authority: limited}
    acceptance: {date: 1982-03-01, by: Senior organizer (illustrative), ratification: done, ratified_on: 1982-04-30}
  - id: usaid
    name: USAID
    sector: public
    donor: true
    engagement: active-partner
    interests: [a model of participatory irrigation]
    motivations: [development results]
    representative: {name: Project officer (illustrative), decision_authority: limited}
    acceptance: {date: 1982-03-01, by: Project officer (illustrative), ratification: done, ratified_on: 1982-04-30}
`,
    'assessments/irrigation-department.yaml': 'stakeholder: irrigation-department\nbenefits:\n  - Fewer disputes over water at the head end (illustrative).\n',
    'assessments/water-user-associations.yaml': 'stakeholder: water-user-associations\nbenefits:\n  - Water reaches the tail end (seed 003 line 220).\n',
    'assessments/institutional-organizers.yaml': 'stakeholder: institutional-organizers\nbenefits:\n  - Farmer groups that keep going without them (illustrative).\n',
    'assessments/usaid.yaml': 'stakeholder: usaid\nbenefits:\n  - A rehabilitation that lasts (illustrative).\n',
    'decision-rules.yaml': `bodies:
  - id: joint-committee
    name: Joint committee of farmers and officials
    kind: steering-committee
    members: [irrigation-department, water-user-associations, institutional-organizers, usaid]
    quorum: three of the four members
    chair:
      kind: rotating
      selection: Farmers and the Department take the chair in turn (illustrative).
decisions:
  - kind: Water schedules for each season
    body: joint-committee
    method: consensus
    status: agreed
dispute_resolution:
  steps:
    - Raise it at the field channel group.
    - Take it to the joint committee.
  mediator: A senior organizer both sides accept (illustrative).
`,
    'communication.yaml': `between_partners:
  - mode: meeting
    frequency: twice-yearly
    purpose: Joint meetings of officials and farmer representatives (illustrative).
    participants: [irrigation-department, water-user-associations]
  - mode: site-visit
    frequency: monthly
    participants: [institutional-organizers, water-user-associations]
external:
  audiences: [farmers across the scheme]
  status: agreed
`,
    'resources.yaml': `commitments:
  - id: department-engineers
    stakeholder: irrigation-department
    description: Engineers for the main canal works
    type: in-kind
    start: 1981-03-01
    status: in-progress
  - id: organizer-training
    stakeholder: institutional-organizers
    description: Training for the first organizers
    type: in-kind
    due: 1981-06-30
    status: delivered
    delivered_on: 1982-09-30
  - id: usaid-grant
    stakeholder: usaid
    description: Grant for the rehabilitation works
    type: cash
    amount: 2000000
    currency: USD
    due: 1984-02-29
    status: agreed
`,
    'indicators.yaml': `indicators:
  - id: field-channels
    name: Field channels rehabilitated by farmer groups
    aspect: project-delivery
    unit: field channels
    baseline: {value: 0, date: 1981-03-01}
    target: {value: 300, date: 1986-03-01}
    method: Organizers' field records, checked on site (illustrative)
    owner: institutional-organizers
    frequency: twice-yearly
    measurements:
      - {date: 1984-01-31, value: 140}
review_cadence:
  frequency: yearly
  next_review: 1985-09-30
`,
    'risks.yaml': `risks:
  - id: ethnic-conflict
    description: Escalating ethnic conflict divides the farmers (seed 003 line 220).
    mitigation: Joint groups across ethnic lines at each field channel (illustrative).
non_negotiables:
  - stakeholder: irrigation-department
    text: The Department keeps control of the main canals (illustrative).
  - stakeholder: water-user-associations
    text: none
  - stakeholder: institutional-organizers
    text: none
  - stakeholder: usaid
    text: none
`,
    'reviews/1984-09-30.yaml': `date: 1984-09-30
participants: [irrigation-department, water-user-associations, institutional-organizers, usaid]
project_impacts:
  delivery:
    rating: amber
    comment: Half the field channels are rehabilitated (illustrative).
functioning:
  - stakeholder: irrigation-department
    decision_making: {rating: green}
  - stakeholder: water-user-associations
    decision_making: {rating: amber}
value_of_partnering:
  - stakeholder: irrigation-department
    worth_it: yes
  - stakeholder: water-user-associations
    worth_it: yes
  - stakeholder: institutional-organizers
    worth_it: unsure
  - stakeholder: usaid
    worth_it: yes
decisions:
  - kind: continue
    description: The programme continues on the right bank (illustrative).
    owner: usaid
    due: 1985-03-31
next_review: 1985-09-30
`,
  },
};

export const REAL_CASES: readonly RealCase[] = [GAL_OYA, SDM, ORISSA, GAL_OYA_REVIEWED];
