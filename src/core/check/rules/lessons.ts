/**
 * Seed 003 (Waddell & Brown), "lessons learned" and "promising practices" (003_a48d4831f2f75d10.txt lines 364-402):
 * the nine lessons, each with its title and a sentence of it, verbatim. Rules name the lessons they support
 * (`Rule.lessons`), and `partner explain` prints them with the rule.
 */
export interface Lesson {
  number: number;
  title: string;
  /** A sentence of the lesson, verbatim. */
  quote: string;
  /** The line of the seed file that holds the quote. */
  line: number;
}

export const LESSONS: readonly Lesson[] = [
  { number: 1, title: 'Use Experience Elsewhere to Stimulate Locally-Generated Strategies', line: 366, quote: 'What works in one location can at best be adapted to another.' },
  { number: 2, title: 'Acknowledge Differences but Focus on Common Ground', line: 370, quote: 'Partnering requires that the parties recognize, acknowledge, and respect their differences, but also that they identify and focus on common or complementary interests.' },
  { number: 3, title: 'Take Time to Build Commitment Early from Key Actors', line: 374, quote: "Without key leaders' support, organizations-as-a-whole are not real partners and cannot cooperate fully in a joint activity." },
  { number: 4, title: 'Balance Power Differences to Enable Mutual Influence', line: 380, quote: "it is important to create circumstances that enable participants to recognize each other's resources, to speak and listen to each other freely, and to challenge decisions that contradict their interests." },
  { number: 5, title: 'Create Forums for Joint Exploration and Decision', line: 384, quote: 'Partnering requires dedication of time, resources and forums where parties can assess problems and issues, explore differences and new perspectives, and create alternative solutions and innovations.' },
  { number: 6, title: 'Organize to Use Resources from All the Partners', line: 390, quote: 'Even when it appears simpler in the short term to have one partner take primary responsibility for implementation, that decision encourages other partners to drop out or become passive in the longer run.' },
  { number: 7, title: 'Frame Solutions in Terms of Mutual Gains', line: 394, quote: 'If partnerships do not produce mutual gains, the long-term commitments of parties that do not benefit will be endangered.' },
  { number: 8, title: 'Emphasize Both Process and Product', line: 398, quote: 'Partnerships are more effective when their members pay attention to both process and product.' },
  { number: 9, title: 'Build Many Bridges to Expand Cooperation', line: 402, quote: 'If all relationships are simply through organizational leaders, the partnership is very vulnerable to changes in individuals and patterns of organizational leadership.' },
];

/** The lessons a rule supports, as sentences for `partner explain`. */
export function lessonText(numbers: readonly number[] | undefined): string {
  return (numbers ?? [])
    .map((n) => LESSONS.find((l) => l.number === n))
    .filter((l): l is Lesson => l !== undefined)
    .map((l) => `Seed 003, lesson ${l.number} ("${l.title}"): "${l.quote}"`)
    .join('\n');
}
