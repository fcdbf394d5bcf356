/**
 * Seed 003 (Waddell & Brown), Table 2 "Summary of ISP Development Stages" (003_a48d4831f2f75d10.txt lines 352-360):
 * the capacities each stage needs and the interventions that support them, quoted verbatim. The table numbers its
 * rows 1, 2, 2, 3, 4 while the text numbers the stages 1-5, so each row is mapped to its stage by name: "Set Shared
 * Directions" is stage 3 (Setting Shared Directions), "Implement Action Strategies" stage 4, "Expand or
 * Institutionalize Success" stage 5. The ids are what partnership.yaml `capacities:` records (its schema lists them).
 */
export interface Table2Entry {
  id: string;
  /** The seed's words. */
  text: string;
}

export interface Table2Row {
  /** The stage in the seed's text (1-5), mapped by name. */
  stage: number;
  /** The row's label as the table prints it, with the table's own number. */
  label: string;
  /** The line of the seed file that holds the row. */
  line: number;
  capacities: readonly Table2Entry[];
  interventions: readonly Table2Entry[];
}

export const TABLE_2: readonly Table2Row[] = [
  {
    stage: 1, label: '1. Identify Preconditions', line: 355,
    capacities: [
      { id: 'identify-issue', text: 'Identify nature of the issue' },
      { id: 'identify-players', text: 'Identify key players' },
      { id: 'assess-interests', text: "Assess players' interests" },
      { id: 'understand-histories', text: "Understand parties' histories" },
    ],
    interventions: [
      { id: 'describe-issue', text: 'Describe the issue in writing' },
      { id: 'list-players', text: 'List key players and their interest' },
      { id: 'test-reactions', text: "One-on-one test players' reaction to your description" },
      { id: 'investigate-relationships', text: 'Investigate personal relationships' },
    ],
  },
  {
    stage: 2, label: '2. Convene Partners and Define Problems', line: 356,
    capacities: [
      { id: 'recognise-crisis', text: 'Recognize crisis and failure of existing solutions' },
      { id: 'appreciate-interdependence', text: 'Appreciate interdependence of the parties' },
      { id: 'explore-alternatives', text: 'Explore alternatives to present situation' },
    ],
    interventions: [
      { id: 'convene-partners', text: 'Convene potential partners (requires credibility with all)' },
      { id: 'facilitate-contacts', text: 'Facilitate initial contacts' },
      { id: 'articulate-concerns', text: 'Articulate common concerns' },
      { id: 'provide-alternatives', text: 'Provide ideas about alternatives to present situation' },
    ],
  },
  {
    stage: 3, label: '2. Set Shared Directions', line: 357,
    capacities: [
      { id: 'listen-to-perspectives', text: 'Listen to other perspectives' },
      { id: 'shared-diagnosis', text: 'Build shared diagnosis of problems' },
      { id: 'assess-solutions', text: 'Assess alternative solutions' },
      { id: 'shared-vision', text: 'Create shared visions that enable mutual gains' },
      { id: 'agree-strategies', text: 'Agree on general strategies' },
    ],
    interventions: [
      { id: 'facilitate-discussion', text: 'Facilitate discussion of problems and perspectives' },
      { id: 'articulate-strategies', text: 'Articulate strategies that produce mutual gains' },
      { id: 'train-negotiation', text: 'Train parties in interest-based negotiations' },
      { id: 'mediate-strategy', text: 'Mediate agreements on strategy and shared directions' },
    ],
  },
  {
    stage: 4, label: '3. Implement Action Strategies', line: 359,
    capacities: [
      { id: 'plan-implementation', text: 'Plan implementation of shared strategy' },
      { id: 'design-structures', text: 'Design structures to divide work and coordinate partner action' },
      { id: 'manage-conflicts', text: 'Manage conflicts among members not involved in earlier stages' },
      { id: 'mobilise-resources', text: 'Mobilize skills and resources for implementing program' },
      { id: 'hold-accountable', text: 'Hold parties accountable for performing tasks' },
      { id: 'learn-from-experience', text: 'Assess and learn from experience with solutions.' },
    ],
    interventions: [
      { id: 'facilitate-planning', text: 'Facilitate planning and action steps' },
      { id: 'support-commitments', text: 'Support organizational commitments to carry out plans' },
      { id: 'train-skills', text: 'Train parties in skills and capacities required' },
      { id: 'mediate-disputes', text: 'Mediate misunderstandings and disputes from implementation' },
      { id: 'support-monitoring', text: 'Support monitoring, evaluation, and learning process of partners' },
    ],
  },
  {
    stage: 5, label: '4. Expand or Institutionalize Success', line: 360,
    capacities: [
      { id: 'assess-success-factors', text: 'Assess critical factors in success' },
      { id: 'design-expansion', text: 'Design expansion or institutionalization' },
      { id: 'mobilise-for-expansion', text: 'Mobilize human, financial, and information resources' },
      { id: 'codify-solutions', text: 'Codify and simplify initial solutions for wider use' },
    ],
    interventions: [
      { id: 'support-learning', text: 'Support conceptualizing and learning from experience' },
      { id: 'train-for-expansion', text: 'Train, consult for organizing expansion' },
      { id: 'enable-wider-experience', text: 'Enable use of wider experience base' },
      { id: 'disseminate-learning', text: 'Disseminate learning from pilot projects to wider audiences' },
    ],
  },
];

/** Every id of Table 2, capacities and interventions, in table order. */
export const TABLE_2_IDS: readonly string[] = TABLE_2.flatMap((r) => [...r.capacities, ...r.interventions].map((e) => e.id));
