/**
 * The questions the seeds ask at each stage of a partnership, quoted verbatim, for `partner status` to offer as
 * prompts for the broker's next meeting. Which questions belong to which phase follows src/core/lifecycle/phases.ts.
 *
 * - Seed 003 (Waddell & Brown, "Fostering Intersectoral Partnering", 003_a48d4831f2f75d10.txt): the key questions
 *   of its five stages, numbered 1.1 to 5.1 by the seed, each with the follow-up questions listed under it.
 *   The seed numbers two different questions "1.2" (lines 123 and 145); both keep the seed's number.
 * - Seed 004 (USAID, "User Guide to Intersectoral Partnering", part V, 004_aac5692a5ceb9622.txt): the "Questions to
 *   consider" of steps 1-3, the issues step 4 says need "particular attention" before the first meeting, and the
 *   "Key questions that every partner needs to answer" of step 6. Steps 5 and 7 ask no questions.
 *
 * - Seed 002 ("The Partnering Process", 002_7bb7d4c808cd224d.txt): the questions on communication within each
 *   partner "crucial for buy-in and sustained participation" (Planning), and the three questions partners ask each
 *   other while working and reviewing ("Is the partnership achieving its goals? ...", Setting indicators).
 *
 * `line` is the line of the seed file that holds the question; test/status.test.ts checks every quotation against
 * the seed files when they are present.
 */
import type { Phase } from '../folder/layout.js';

export interface SeedQuestion {
  seed: '002' | '003' | '004';
  /** Seed 002: the section of "The Partnering Process" that asks it. */
  section?: string;
  /** Seed 002: the phases at which it is asked (seed 002 does not number stages or steps). */
  phases?: readonly Phase[];
  /** Seed 003: the stage (1-5) the question belongs to. */
  stage?: number;
  /** Seed 004: the step (1-7) the question belongs to. */
  step?: number;
  /** Seed 003's own number for the question (1.1 to 5.1). Seed 004 does not number its questions. */
  number?: string;
  /** The question, verbatim. */
  text: string;
  /** The follow-up questions the seed lists under it, verbatim. */
  followUps?: readonly string[];
  /** A sentence of the seed's guidance that goes with a terse question, verbatim. */
  context?: string;
  /** The line of the seed file where the question is. */
  line: number;
}

const BUY_IN = 'Planning: communication within each partner, for buy-in';
const OBSTACLES = 'Setting indicators: reporting between partners';

export const SEED_QUESTIONS: readonly SeedQuestion[] = [
  // Seed 002, Planning: "Discuss internal communications within each partner organization is crucial for buy-in".
  { seed: '002', section: BUY_IN, phases: ['planning', 'implementing'], line: 140, text: 'How will the project be described internally to each organization? For example, how does it contribute to core organizational objectives?' },
  { seed: '002', section: BUY_IN, phases: ['planning', 'implementing'], line: 141, text: 'How will successes and learning be communicated?' },
  { seed: '002', section: BUY_IN, phases: ['planning', 'implementing'], line: 142, text: 'Will other staff be involved and, if so, how?' },
  { seed: '002', section: BUY_IN, phases: ['planning', 'implementing'], line: 143, text: "How will the partnership be communicated to the organization's stakeholders (trade associations, customer, board, etc.)?" },
  { seed: '002', section: BUY_IN, phases: ['planning', 'implementing'], line: 144, text: 'How does this partnership contribute to core organizational objectives and targets?' },
  // Seed 002, Setting indicators: finding solutions collectively, asked while implementing and reviewing.
  { seed: '002', section: OBSTACLES, phases: ['implementing', 'reviewing'], line: 158, text: 'Is the partnership achieving its goals?' },
  { seed: '002', section: OBSTACLES, phases: ['implementing', 'reviewing'], line: 158, text: 'What are the obstacles?' },
  { seed: '002', section: OBSTACLES, phases: ['implementing', 'reviewing'], line: 158, text: 'How can the obstacles be removed?' },
  // Seed 003, Stage 1: Identifying Preconditions for Cooperation.
  {
    seed: '003', stage: 1, number: '1.1', line: 113,
    text: 'What is the nature of problem that an ISP might solve, and why is it necessary to bring together actors from different sectors to solve it?',
    followUps: ['How are key actors (stakeholders) affected by the problem?', 'To what extent are resources from different stakeholders required?'],
  },
  {
    seed: '003', stage: 1, number: '1.2', line: 123,
    text: 'What is the organizational capacity of the sector to get involved in a partnership?',
    followUps: ['Do the key stakeholders have effective organizations?', 'What are the key organizations and players in the sectors?'],
  },
  {
    seed: '003', stage: 1, number: '1.2', line: 145,
    text: 'What is the history of the issue and relations among stakeholders?',
    followUps: [
      'How much tension must be overcome to enable cooperation?',
      'What present or potential coalitions exist among key actors?',
      'To what extent is the issue widely perceived as a "crisis," so otherwise reluctant parties might be willing to try something new?',
      'Which stakeholders are "ready" for collaboration? Which are not?',
      'What are the impediments to partnering?',
    ],
  },
  // Seed 003, Stage 2: Convening Partners.
  {
    seed: '003', stage: 2, number: '2.1', line: 170,
    text: 'How should the sectoral representatives be brought together?',
    followUps: ['Who should call the meeting?', 'Where should the meeting be held?', 'What rules should govern the meeting?', 'What is the purpose of the meeting?'],
  },
  // Seed 003, Stage 3: Setting Shared Directions.
  {
    seed: '003', stage: 3, number: '3.1', line: 214,
    text: 'How can the parties establish a climate of hope and a willingness to try new alternatives, especially in a context of conflict or blame?',
  },
  {
    seed: '003', stage: 3, number: '3.2', line: 224,
    text: 'How can the parties reach a joint definition of the problem?',
    followUps: ['What are the ingredients of a successful definition?', 'How can a "problem" be defined as an "opportunity"?'],
  },
  {
    seed: '003', stage: 3, number: '3.3', line: 246,
    text: 'How can parties share information and perspectives that makes constructive use of their differences?',
    followUps: ['How can different perspectives be combined to develop strategies that make good use of their diverse resources?'],
  },
  {
    seed: '003', stage: 3, number: '3.4', line: 269,
    text: 'Can parties develop shared strategic direction for a problem that affects all their interests and utilizes their diverse resources?',
  },
  // Seed 003, Stage 4: Implementing Action Strategies.
  {
    seed: '003', stage: 4, number: '4.1', line: 281,
    text: 'How can stakeholders implement detailed plans in ways that respect their differences and interests?',
  },
  {
    seed: '003', stage: 4, number: '4.2', line: 295,
    text: 'Who will mediate inevitable tensions and conflicts among actors who are often different from the leaders who started the ISP?',
  },
  {
    seed: '003', stage: 4, number: '4.3', line: 305,
    text: 'How will decisions be handled, and to what extent is participation by grassroots groups required for effective implementation?',
  },
  {
    seed: '003', stage: 4, number: '4.4', line: 317,
    text: 'What kinds of capacity-building are necessary for different actors to carry out their parts of the process effectively?',
  },
  // Seed 003, Stage 5: Institutionalizing and/or Expanding Successful ISPs.
  {
    seed: '003', stage: 5, number: '5.1', line: 335,
    text: 'How do successful ISPs decide to terminate, continue, or expand?',
    followUps: ['How can actors mobilize continuing or expanded resources to support continuing or expanded activity?'],
  },

  // Seed 004, Step 1: Identify the Goals and Aims. "Questions to consider".
  { seed: '004', step: 1, line: 22, text: 'What is the nature of the problem that an ISP might solve, and why is it necessary to bring together actors from different sectors to solve it?' },
  { seed: '004', step: 1, line: 22, text: 'How are these stakeholders affected by the problem?' },
  { seed: '004', step: 1, line: 22, text: 'To what extent are resources from different stakeholders required?' },
  { seed: '004', step: 1, line: 22, text: 'What skills, human and/or material resources does each sector have that could help address the problem?' },
  // Seed 004, Step 2: Identify Realities and Partners. "Questions to consider".
  { seed: '004', step: 2, line: 30, text: 'Are there actors in each sector who have the organizational capacity to become involved in a partnership?' },
  { seed: '004', step: 2, line: 30, text: 'Do all the key stakeholders have effective organizations?' },
  { seed: '004', step: 2, line: 30, text: 'What are the key organizations and who are the key players in each sector?' },
  // Seed 004, Step 3: Understand the Potential for Working Together, Anticipate Problems. "Questions to consider".
  { seed: '004', step: 3, line: 44, text: 'What is the history of the issue and relations among stakeholders?' },
  { seed: '004', step: 3, line: 44, text: 'How much tension must be overcome to make cooperation possible?' },
  { seed: '004', step: 3, line: 44, text: 'What present or potential coalitions exist among key actors?' },
  { seed: '004', step: 3, line: 44, text: 'To what extent is the issue so widely perceived as a crisis that otherwise reluctant parties might be willing to try something new?' },
  { seed: '004', step: 3, line: 44, text: 'Which stakeholders are ready for collaboration? Which are not?' },
  { seed: '004', step: 3, line: 44, text: 'What are the impediments to strategic partnering?' },
  // Seed 004, Step 4: Convene Partners and Define Problems. The issues that need "particular attention".
  { seed: '004', step: 4, line: 54, text: 'Who convenes?', context: 'The convening individual or group needs to have credibility with all the major stakeholders.' },
  { seed: '004', step: 4, line: 56, text: 'Where?', context: 'For an initial meeting, it is best to identify some neutral ground, most often a rented facility.' },
  { seed: '004', step: 4, line: 58, text: 'Who moderates?', context: 'When choosing a moderator for the initial meeting, find someone who allows participants to raise issues without replicating past unproductive discussions.' },
  { seed: '004', step: 4, line: 60, text: 'What to discuss?', context: 'An agenda for the first meeting might simply focus upon two things: personal and organizational introductions and a sharing of viewpoints about the key issues.' },
  // Seed 004, Step 6: Develop an Action Plan. "Key questions that every partner needs to answer at this point".
  { seed: '004', step: 6, line: 91, text: 'How should action strategies be implemented?' },
  { seed: '004', step: 6, line: 93, text: 'How can stakeholders implement detailed plans in ways that respect their particular interests?' },
  { seed: '004', step: 6, line: 95, text: 'Who will mediate the inevitable tensions and conflicts that arise when new actors come into the picture?' },
  { seed: '004', step: 6, line: 97, text: 'What kinds of capacity-building activities are necessary for different actors to carry out their parts of the process effectively?' },
  { seed: '004', step: 6, line: 99, text: 'How will resource sharing take place?' },
];
