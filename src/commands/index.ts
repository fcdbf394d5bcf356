import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Io } from '../cli/io.js';
import { PHASES } from '../core/folder/layout.js';
import { FORMATS } from '../format/index.js';

type SetCode = (code: number) => void;

/** The kinds of `partner add`, each with its one-line summary (their fields come from the schemas, in add.ts). */
const ADD_KINDS: [string, string][] = [
  ['stakeholder', 'a stakeholder in stakeholders.yaml: name, sector, interests, motivations, engagement, representative ...'],
  ['assessment', 'a partner\'s internal assessment (seed 002): assessments/<stakeholder>.yaml'],
  ['commitment', 'what a partner commits, cash or in kind, in resources.yaml'],
  ['need', 'a resource the partnership needs, in resources.yaml'],
  ['indicator', 'an indicator with its baseline and target, in indicators.yaml'],
  ['risk', 'a risk with its likelihood, impact and mitigation, in risks.yaml'],
  ['non-negotiable', 'what a partner has declared it cannot accept (seed 002), in risks.yaml'],
  ['principle', 'a partnering principle and what it means here (seed 002), in partnership.yaml'],
  ['ground-rule', 'a ground rule for working together (seed 004 step 6), in partnership.yaml'],
  ['channel', 'how partners communicate with each other: mode, frequency, who (seed 002), in communication.yaml'],
  ['body', 'a decision-making body (steering committee, task force ...) in decision-rules.yaml'],
  ['decision', 'a decision rule: who decides what and how, in decision-rules.yaml'],
];

/** Declares every command and its options; each action lazy-loads its module so `check` never loads inquirer. */
export function registerCommands(program: Command, io: Io, setCode: SetCode): void {
  program
    .command('init')
    .summary('set up a new partnership folder: a commented skeleton of every file')
    .description('Set up a new partnership folder. Asks for the name, the issue, why several sectors are needed, the vision, the geographic scope, the convener, the broker and a first stakeholder map, then writes every file with each field explained, ready for `partner check`. With --yes it asks nothing: give the answers as flags. It never writes into a folder that already holds a partnership.')
    .argument('[dir]', 'the folder to set up; created if missing (default: this folder)')
    .option('-y, --yes', 'ask no questions: use the flags given, and leave the rest to fill in later')
    .option('--name <text>', 'the name partners use for the partnership (default: from the folder name)')
    .option('--issue <text>', 'the problem the partnership tackles')
    .option('--why <text>', 'why no single sector can solve it alone')
    .option('--vision <text>', 'a first vision of what the partnership will achieve')
    .option('--scope-level <level>', 'where it works: local, sub-national, national, regional or global')
    .option('--scope-area <text>', 'the place, in words (needs --scope-level)')
    .option('--convener <name>', 'the person or organisation that calls the partners together')
    .option('--broker <name>', 'the broker keeping this record (you)')
    .option('--stakeholder <entry>', 'a stakeholder: "<name> | <sector> | <engagement> | <interest>; <interest>" (repeat for more; name and sector required)', (value: string, previous: string[] = []) => [...previous, value])
    .addHelpText('after', `
Examples:
  $ partner init my-partnership        ask the questions, then write my-partnership/
  $ partner init clean-water --yes --name "Clean Water Partnership" \\
      --scope-level local --scope-area "Orangi Town, Karachi" \\
      --stakeholder "City Council | public | active-partner | working drains; lower costs" \\
      --stakeholder "Orangi Pilot Project | civil-society | active-partner" \\
      --stakeholder "Local builders | private"

Sectors: public, private, civil-society (grassroots and community groups too), or one of seed 003's hybrids: cooperative, business-federation, semi-public, political-party, private-university. A donor belongs to one of these.
Engagement: active-partner, pilot, advisory-group, informed or not-engaged. A wrong value lists every choice.

Exit codes: 0 written; 2 usage error, the folder already holds a partnership, or no terminal to ask
questions in (use --yes); 130 interrupted, nothing written.`)
    .action(async (dir: string | undefined, options) => setCode(await (await import('./init.js')).runInit(dir, options, io)));

  // partner add <kind>: each kind's flags are its schema's fields, read by add.ts (so they are not declared here).
  const add = program
    .command('add')
    .summary('add a stakeholder, assessment, commitment, need, indicator, risk, body or decision rule, asking in plain words')
    .description('Add an entry to the partnership\'s files without editing YAML by hand. Asks for each field in words (lists of choices, each explained; every answer checked against the same schemas as `partner check`), or with --yes takes flags named after the fields. Comments, blank lines and the layout of the file are kept; nothing is written unless the file still passes the check.')
    .addHelpText('after', `
Examples:
  $ partner add stakeholder                      asks for the name, sector, interests ...
  $ partner add stakeholder --yes --name "City Council" --sector public --interest "clean streets"
  $ partner add commitment --yes --stakeholder "City Council" --description "Trunk sewer" --type cash --amount 50000
  $ partner add assessment city-council          seed 002's internal assessment for that partner
  $ partner add risk --help                      every flag of one kind

Exit codes: 0 added; 2 a value is not valid, the file cannot be read, or it changed meanwhile (nothing written).`);
  for (const [kind, summary] of ADD_KINDS) {
    add
      .command(kind)
      .summary(summary)
      .helpOption(false)
      .allowUnknownOption()
      .allowExcessArguments()
      .argument('[flags...]', 'flags named after the fields (see --help)')
      .action(async (args: string[]) => setCode(await (await import('./add.js')).runAdd(kind, args, io)));
  }

  const record = program
    .command('record')
    .summary('record a measurement, a commitment\'s status, a review, a meeting, an acceptance of the agreement ...')
    .addHelpText('after', `
Examples:
  $ partner record measurement latrines --value 42 --date 2025-06-30
  $ partner record commitment-status council-trunk-sewer delivered --date 2025-06-30
  $ partner record acceptance council --date 2025-06-30 --by "Ms. Khan" --ratification needed
  $ partner record open-point "tariff" parked
  $ partner record capacity listen-to-perspectives in-place

Exit codes: 0 recorded; 2 a value is not valid, the file cannot be read, or it changed meanwhile (nothing written).`);
  record
    .command('measurement')
    .summary('add a measurement to an indicator in indicators.yaml')
    .argument('<indicator>', 'the indicator\'s id or name')
    .option('--value <number>', 'the value measured, in the indicator\'s unit')
    .option('--date <YYYY-MM-DD>', 'when it was measured (default: today)')
    .option('--note <text>', 'how or by whom it was measured, anything partners should know')
    .option('--text <words>', 'instead of --value: a qualitative measurement, what was seen or heard (seed 002 Fig. 1)')
    .option('--by <stakeholder>', 'with --text: who observed it (id or name)')
    .option('--dir <dir>', 'the partnership folder (default: this folder)')
    .addHelpText('after', `
Examples:
  $ partner record measurement households-latrine --value 42 --date 2025-06-30
  $ partner record measurement lane-upkeep --text "Lanes in sector 4 now clean their own drains" --by opp`)
    .action(async (indicator: string, options) => setCode((await import('./record.js')).runRecordMeasurement(indicator, options, io)));
  record
    .command('commitment-status')
    .summary('set the status of a commitment in resources.yaml (proposed, agreed, in-progress, delivered, late, withdrawn)')
    .argument('<commitment>', 'the commitment\'s id')
    .argument('<status>', 'proposed, agreed, in-progress, delivered, late or withdrawn')
    .option('--date <YYYY-MM-DD>', 'for delivered: the delivery date recorded in delivered_on (default: today)')
    .option('--dir <dir>', 'the partnership folder (default: this folder)')
    .action(async (commitment: string, status: string, options) => setCode((await import('./record.js')).runRecordCommitmentStatus(commitment, status, options, io)));

  const dirOption = ['--dir <dir>', 'the partnership folder (default: this folder)'] as const;
  const yesOption = ['--yes', 'ask nothing: take the flags, and the defaults for the rest'] as const;
  const agreeing = () => import('./record-agreeing.js');
  record
    .command('acceptance')
    .summary('record a party\'s acceptance of the agreement in stakeholders.yaml (date, by whom, ratification)')
    .description('Record that a party accepted the partnership agreement (seed 002, Partnership agreements: "acceptable to all partners"): the day, who accepted it, and whether the organisation must still ratify it (a representative with limited or refer-back authority). Every active partner\'s acceptance is needed before implementing. Run it again with --ratification done when the organisation has ratified it. Asks for what the flags leave open; with --yes, the date is today, the person the representative and the ratification needed where the representative\'s authority is limited.')
    .argument('[stakeholder]', 'the party, by id or name')
    .option('--date <YYYY-MM-DD>', 'the day it accepted the agreement (default: today)')
    .option('--by <name>', 'who accepted it for the party (default: its representative)')
    .addOption(new Option('--ratification <state>', 'must the organisation still ratify it').choices(['not-needed', 'needed', 'done']))
    .option('--ratified-on <YYYY-MM-DD>', 'the day the organisation ratified it (sets ratification done)')
    .option(...yesOption)
    .option(...dirOption)
    .addHelpText('after', `
Examples:
  $ partner record acceptance                                     asks which party, when, who, ratification
  $ partner record acceptance kmc --yes --date 2025-03-01 --by "Mr. Abdul Sattar" --ratification needed
  $ partner record acceptance kmc --ratification done --ratified-on 2025-04-15   the council has ratified it

Exit codes: 0 recorded; 2 a value is not valid, the file cannot be read, or it changed meanwhile (nothing written).`)
    .action(async (stakeholder: string | undefined, options) => setCode(await (await agreeing()).runRecordAcceptance(stakeholder, options, io)));
  record
    .command('agreement-in-principle')
    .summary('record the day the partners agreed in principle, in partnership.yaml')
    .description('Record the agreement in principle (seed 002, Planning: "After an agreement in principle (not a formal agreement) is reached ..."): the day, and in words what was agreed and what was left open. Mark the points still disputed central or parked with `partner record open-point`.')
    .option('--date <YYYY-MM-DD>', 'the day (default: today)')
    .option('--note <text>', 'what was agreed in principle, and what was left open')
    .option(...yesOption)
    .option(...dirOption)
    .addHelpText('after', `
Examples:
  $ partner record agreement-in-principle --date 2025-02-14 --note "The pilot lanes agreed; the tariff parked"

Exit codes: 0 recorded; 2 a value is not valid, the file cannot be read, or it changed meanwhile (nothing written).`)
    .action(async (options) => setCode(await (await agreeing()).runRecordAgreementInPrinciple(options, io)));
  record
    .command('open-point')
    .summary('mark a disputed point of the agreement central (resolve first) or parked (on hold); lists them without arguments')
    .description('After the agreement in principle, seed 002 (Planning) asks of each area of disagreement "whether they are central and need to be resolved immediately or whether they can be put on hold". Name the point by some of its words (or its number in the list this command prints without arguments) and say central, parked, or agreed once it is settled. No point marked central may remain before implementing.')
    .argument('[point]', 'words of the point (a principle, a ground rule, a decision rule ...), or its number in the list')
    .argument('[weight]', 'central, parked, agreed or proposed')
    .option(...yesOption)
    .option(...dirOption)
    .addHelpText('after', `
Examples:
  $ partner record open-point                          lists the open points (asks, in a terminal)
  $ partner record open-point "cost recovery" central  to be resolved before implementing
  $ partner record open-point 2 parked                 the second open point, on hold

Exit codes: 0 recorded; 2 no such point, a value is not valid, or the file changed meanwhile (nothing written).`)
    .action(async (point: string | undefined, weight: string | undefined, options) => setCode(await (await agreeing()).runRecordOpenPoint(point, weight, options, io)));
  record
    .command('capacity')
    .summary('record which capacities and interventions of seed 003 Table 2 are in place, in partnership.yaml')
    .description('Record how far one capacity or supporting intervention of seed 003 Table 2 ("Summary of ISP Development Stages") is in place: in-place, under-way or not-yet. Name it by the short name `partner status` shows beside it (or the seed\'s words). `partner status` lists those of the current stage with what is recorded.')
    .argument('[capacity]', 'its short name, such as listen-to-perspectives (see `partner status`)')
    .argument('[state]', 'in-place, under-way or not-yet')
    .option('--note <text>', 'what shows it, or what is being done about it')
    .option(...yesOption)
    .option(...dirOption)
    .addHelpText('after', `
Examples:
  $ partner record capacity                                        asks which one, and how far
  $ partner record capacity listen-to-perspectives in-place --note "Lane meetings every month"
  $ partner record capacity "Agree on general strategies" under-way

Exit codes: 0 recorded; 2 no such capacity, a value is not valid, or the file changed meanwhile (nothing written).`)
    .action(async (capacity: string | undefined, state: string | undefined, options) => setCode(await (await agreeing()).runRecordCapacity(capacity, state, options, io)));
  record
    .command('former')
    .summary('record that a stakeholder left the partnership or was spun off, with the date and the reason')
    .description('Record that a stakeholder left the partnership or was spun off into an organisation of its own (seed 002 Phase 3, Revising: the continued participation of current partners). Its entry stays on the map, so the record stays whole; set its engagement to informed or not-engaged with --engagement.')
    .argument('[stakeholder]', 'the stakeholder, by id or name')
    .argument('[how]', 'left or spun-off')
    .option('--date <YYYY-MM-DD>', 'when (default: today)')
    .option('--reason <text>', 'why, in words')
    .option('--engagement <level>', 'its engagement from now on, such as informed or not-engaged')
    .option(...yesOption)
    .option(...dirOption)
    .addHelpText('after', `
Examples:
  $ partner record former donor left --date 1995-06-30 --reason "The grant ended" --engagement informed
  $ partner record former thallas spun-off --yes --date 1996-01-01

Exit codes: 0 recorded; 2 a value is not valid, the file cannot be read, or it changed meanwhile (nothing written).`)
    .action(async (stakeholder: string | undefined, how: string | undefined, options) => setCode(await (await agreeing()).runRecordFormer(stakeholder, how, options, io)));
  record
    .command('capacity-building')
    .summary('record a stakeholder\'s capacity-building need, and what is done about it')
    .description('Record what an actor needs to carry out its part, and the support that meets it (seed 004 step 6: "What kinds of capacity-building activities are necessary for different actors to carry out their parts of the process effectively?"; seed 003 lesson 4 on grassroots groups). `partner status` lists the needs not yet met.')
    .argument('[stakeholder]', 'whose need it is, by id or name')
    .option('--need <text>', 'what it needs to be able to do')
    .option('--activity <text>', 'the training, coaching or support that meets it')
    .option('--by <stakeholder>', 'the stakeholder that provides it (id or name)')
    .addOption(new Option('--status <status>', 'where it stands').choices(['planned', 'under-way', 'done']))
    .option(...yesOption)
    .option(...dirOption)
    .addHelpText('after', `
Examples:
  $ partner record capacity-building orangi-lanes --need "Keep accounts the donor accepts" \\
      --activity "Book-keeping course" --by opp --status planned

Exit codes: 0 recorded; 2 a value is not valid, the file cannot be read, or it changed meanwhile (nothing written).`)
    .action(async (stakeholder: string | undefined, options) => setCode(await (await agreeing()).runRecordCapacityNeed(stakeholder, options, io)));

  const many = (value: string, previous: string[] = []) => [...previous, value];
  record
    .command('meeting')
    .summary('record a meeting in meetings/<date>.yaml: who came, viewpoints, decisions and action items')
    .description('Record a meeting in the meeting log (seed 002: keep communicating between partners and maintain good records; seed 004 step 4): its kind, venue, convener and moderator, who came or sent apologies, the agenda, the viewpoints shared, the decisions (under which decision rule) and the action items with their owners and due dates. Asks for each in turn (offering the actions still open from earlier meetings for the agenda), or with --yes takes the flags. Stakeholders are given by id or name. Open actions appear in `partner status`; `partner check` warns when one is overdue, and when a body decided without its quorum.')
    .option('--date <YYYY-MM-DD>', 'the day of the meeting (default: today); the file is meetings/<date>.yaml')
    .option('--slug <words>', 'words after the date in the file name, when several meetings share a day (meetings/<date>-<words>.yaml)')
    .option('--title <text>', 'what the meeting is called')
    .option('--kind <kind>', 'exploratory, negotiation, planning, steering, working, review or other')
    .option('--body <id>', 'the body that met (from decision-rules.yaml); its quorum applies to the decisions')
    .option('--venue-kind <kind>', 'neutral, rotating, partner-premises or online')
    .option('--venue <text>', 'the place, in words')
    .option('--convener <name>', 'who convened it (a stakeholder\'s name or id links it)')
    .option('--moderator <name>', 'who moderated it')
    .option('--present <stakeholder>', 'a stakeholder that was there, with who came for it as "<stakeholder>: <person>; <person>" (repeat for more)', many)
    .option('--apologies <stakeholder>', 'a stakeholder that sent apologies (repeat for more)', many)
    .option('--absent <stakeholder>', 'a stakeholder that was invited and did not come (repeat for more)', many)
    .option('--agenda <item>', 'an agenda item (repeat for more)', many)
    .option('--viewpoint <text>', 'a viewpoint shared, as "<stakeholder>: <view>" (repeat for more)', many)
    .option('--decision <text>', 'a decision, as "<what was decided>" or "<what> | <kind of decision in decision-rules.yaml>" (repeat for more)', many)
    .option('--action <text>', 'an action item, as "<what> | <owner> | <due YYYY-MM-DD>" (owner and due may be left out; repeat for more)', many)
    .option('--notes <text>', 'anything else worth keeping')
    .option('-y, --yes', 'ask nothing: use the flags')
    .option('--dir <dir>', 'the partnership folder (default: this folder)')
    .addHelpText('after', `
Examples:
  $ partner record meeting                           asks about the meeting held today
  $ partner record meeting --yes --date 2025-06-30 --kind steering --body steering-committee \\
      --present "opp: Dr. Hashmi" --present kmc --apologies wasa --agenda "Budget for 2026" \\
      --decision "Adopt the 2026 budget | Approve the annual work plan" \\
      --action "Send the minutes | opp | 2025-07-07"
  $ partner render minutes 2025-06-30                the summary to send to partners

Exit codes: 0 recorded; 2 a value is not valid, or the meeting's file exists already (nothing written).`)
    .action(async (options) => setCode(await (await import('./record.js')).runRecordMeeting(options, io)));

  record
    .command('review')
    .summary('record a review in reviews/<date>.yaml, walking seed 002 Fig. 1 partner by partner')
    .description('Record a review (seed 002, Phase 3 and Fig. 1): the period, who takes part (the active partners and pilots unless told), project delivery and impact, then for each partner the five aspects of how the partnership works, rated red, amber or green with a comment (decision-making, roles, communication, working relations, resources), and the value of partnering to it, then what was learned, the decisions and the next review. Asks for each in turn, or with --yes takes the flags. `partner render review` reports it.')
    .option('--date <YYYY-MM-DD>', 'the day of the review (default: today); the file is reviews/<date>.yaml')
    .option('--from <YYYY-MM-DD>', 'the period reviewed starts (default: the previous review)')
    .option('--to <YYYY-MM-DD>', 'the period reviewed ends (default: the review date)')
    .option('--participant <stakeholder>', 'a partner taking part (repeat for more; default: active partners and pilots)', many)
    .option('--delivery <rating>', 'project delivery: green, amber or red, optionally ": <comment>"')
    .option('--impact <rating>', 'impact: green, amber or red, optionally ": <comment>"')
    .option('--rating <rating>', 'a partner\'s rating of one aspect, as "<stakeholder>:<aspect>=<rating>[: <comment>]" (repeat for more)', many)
    .option('--learning <text>', 'what the partners learned')
    .option('--decision <text>', 'a decision, as "<kind> | <what was decided>"; kinds: revise-partnership, revise-project, partner-continues, partner-leaves, partner-joins, new-project, other (repeat for more)', many)
    .option('--next-review <YYYY-MM-DD>', 'the date of the next review')
    .option('-y, --yes', 'ask nothing: use the flags')
    .option('--dir <dir>', 'the partnership folder (default: this folder)')
    .addHelpText('after', `
Examples:
  $ partner record review                           walks Fig. 1 for each partner, asking
  $ partner record review --yes --date 2025-06-30 --delivery "amber: two months late" \\
      --rating "opp:communication=green" --rating "kmc:resources=red: funds not released" \\
      --decision "revise-project | Phase the trunk sewer over two years" --next-review 2026-06-30

Exit codes: 0 recorded; 2 a value is not valid, or the review's file exists already (nothing written).`)
    .action(async (options) => setCode(await (await import('./record.js')).runRecordReview(options, io)));

  program
    .command('set')
    .summary('set one field of a partnership file, checked against its schema')
    .description('Set a single field in place: the rest of the file (comments, blank lines, order, quoting) stays as it is, and nothing is written unless the file still passes `partner check`. An entry of a list is named by its id (or by its number, from 1). A `name` set to a stakeholder\'s name also links that stakeholder. A list of values (motivations, interests, members) takes one or more values when it is empty; --add adds them to a list that has entries (a list is never replaced). A group of fields takes several as field=value, for what must be set together (an acceptance: its date and who accepted).')
    .argument('<target>', '<file>:<field>, e.g. partnership:convener.name or stakeholders:stakeholders.city-council.engagement')
    .argument('<value...>', 'the new value (numbers and yes/no as the field requires); several for a list of values')
    .option('--add', 'add the values to a list that already has entries')
    .option('--dir <dir>', 'the partnership folder (default: this folder)')
    .addHelpText('after', `
Examples:
  $ partner set partnership:convener.name "Municipal Council"
  $ partner set stakeholders:stakeholders.city-council.engagement active-partner
  $ partner set indicators:review_cadence.next_review 2026-01-15
  $ partner set assessments/city-council:prepared_by "Amina"
  $ partner set stakeholders:stakeholders.city-council.motivations "public health" "re-election"
  $ partner set stakeholders:stakeholders.city-council.interests --add "lower costs"
  $ partner set stakeholders:stakeholders.city-council.acceptance date=2025-02-20 by="Ms. Khan"   several fields of a group at once

Exit codes: 0 set; 2 no such file or field, a value the schema refuses, or the file changed meanwhile (nothing written).`)
    .action(async (target: string, values: string[], options) => setCode((await import('./record.js')).runSet(target, values, options, io)));

  program
    .command('schemas')
    .summary('keep the schemas editors use for completion and help inside each partnership folder')
    .description(`Editors that use yaml-language-server (VS Code's YAML extension and others) complete fields and values and explain them, from the schema named on each file's first line: \`# yaml-language-server: $schema=.partner/schemas/<version>/<file>.schema.json\`. The schemas live inside the partnership folder, so the folder can be moved, copied or cloned and the editor still works, offline. Without --write, says whether they are up to date (exit 1 when not); --write writes the schemas of this partner into .partner/schemas/<version>/, points every file's first line there (nothing else in the files changes), and removes the schemas of other versions.`)
    .argument('[paths...]', 'partnership folders or a repository root', ['.'])
    .option('--write', 'write the schemas of this partner into each partnership folder and point its files to them')
    .addHelpText('after', `
Examples:
  $ partner schemas                 are this partnership's editor schemas up to date?
  $ partner schemas --write         write them (after installing a new partner, or for a folder made by an older one)
  $ partner schemas --write partnerships/    every partnership below a folder

Commit .partner/ with the partnership files. \`partner check\` warns when a file points elsewhere (schema-line)
or to another version's schemas (schema-version).

Exit codes: 0 up to date or written; 1 not up to date (without --write); 2 usage or environment error.`)
    .action(async (paths: string[], options) => setCode((await import('./schemas.js')).runSchemas(paths, options, io)));

  program
    .command('check')
    .summary('check partnership files: syntax, schemas, phase gate, references, good practice')
    .description('Check one or more partnerships: YAML syntax, each file against its schema, what the current phase needs, references between files, and good practice from the seeds. Paths may be partnership folders, partnership.yaml files, or a repository root (every partnership below is checked).')
    .argument('[paths...]', 'partnership folders or a repository root', ['.'])
    .addOption(new Option('--phase <phase>', 'check readiness for this phase instead of the current one').choices(PHASES))
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('stylish'))
    .option('-q, --quiet', 'report errors only, not warnings')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseCount)
    .option('--explain', 'explain each rule that was triggered, citing the seed')
    .option('--color', 'force colour output')
    .option('--no-color', 'disable colour output')
    .option('--date <YYYY-MM-DD>', 'check as of this date (for overdue commitments and reviews)')
    .option('--staged', 'check the partnerships touched by the staged changes, as staged in git (what the pre-commit hook runs)')
    .option('--files', 'the paths are changed files, as a hook passes them: check the partnerships they belong to, and skip files that belong to none')
    .addHelpText('after', `
Examples:
  $ partner check                              the partnership in this folder
  $ partner check partnerships/                every partnership below a folder
  $ partner check --phase implementing         is this partnership ready to implement?
  $ partner check --format json > report.json  machine-readable findings
  $ partner check --format github              annotations for GitHub Actions
  $ partner check --files a/risks.yaml docs/x.yaml   the partnerships of changed files (docs/x.yaml skipped)

Exit codes: 0 no errors (warnings allowed), 1 errors found (or more warnings than --max-warnings), 2 usage or environment error.`)
    .action(async (paths: string[], options) => setCode(await (await import('./check.js')).runCheck(paths, options, io)));

  const hook = program
    .command('hook')
    .summary('install or remove a git pre-commit hook that checks the partnerships each commit touches')
    .addHelpText('after', `
Examples:
  $ partner hook install           refuse commits whose staged partnership files have errors
  $ partner hook install --chain   add the check to the top of an existing shell pre-commit hook
  $ partner hook uninstall         remove the hook (or only the check partner added to yours)`);
  hook
    .command('install')
    .summary('install the pre-commit hook (never replaces a hook that is not partner\'s)')
    .description('Install a pre-commit hook in this git repository (respecting core.hooksPath and worktrees) that runs `partner check --staged`. An existing hook that partner did not install is never replaced: exit 2, unless --chain adds the check to it.')
    .option('--chain', 'add the check at the top of an existing shell pre-commit hook instead of stopping')
    .action(async (options) => setCode((await import('./hook.js')).runHookInstall(options, io)));
  hook
    .command('uninstall')
    .summary('remove the pre-commit hook, or only the check partner added to yours')
    .description('Remove the pre-commit hook partner installed, or only its check from a hook it was chained into; other hooks are left alone.')
    .action(async () => setCode((await import('./hook.js')).runHookUninstall(io)));

  program
    .command('status')
    .summary('where the partnership stands, what the next phase still needs, and questions for the next meeting')
    .description('Show the current phase on the partnering cycle (seed 002, with seed 003\'s stages and seed 004\'s steps), the next phase\'s requirements as a checklist (the same tests as the phase gate), overdue commitments, indicators due for measurement, the next review, the counts from `partner check`, and the questions seeds 003 and 004 ask at this phase. Changes nothing.')
    .argument('[dir]', 'the partnership folder (default: this folder)')
    .addOption(new Option('-f, --format <format>', 'output format: text, json, or md (an agenda to paste into meeting notes)').choices(['text', 'json', 'md']).default('text'))
    .option('--date <YYYY-MM-DD>', 'report as of this date (for overdue commitments, indicators due and the next review)')
    .addHelpText('after', `
Examples:
  $ partner status                              the partnership in this folder
  $ partner status partnerships/river-water     another partnership
  $ partner status --format md > agenda.md      an agenda for the next meeting
  $ partner status --format json                machine-readable (shape in README.md)

Exit codes: 0 shown, 1 shown and \`partner check\` finds errors, 2 usage or environment error.`)
    .action(async (dir: string | undefined, options) => setCode((await import('./status.js')).runStatus(dir, options, io)));

  program
    .command('advance')
    .summary('move to the next phase when its gate passes, recording the move in the phase history')
    .description('Move `phase:` in partnership.yaml to the next phase (or the one given with --to) when everything that phase needs is there, and add the move to `phase_history:`. Only those lines change: comments and formatting stay as they were. When something is missing it lists it and changes nothing. Moving back (re-building, seed 001) needs --to and --reason.')
    .argument('[dir]', 'the partnership folder (default: this folder)')
    .addOption(new Option('--to <phase>', 'the phase to move to (default: the next one)').choices(PHASES))
    .option('--reason <text>', 'why; recorded in the phase history (required when moving back)')
    .option('--date <YYYY-MM-DD>', 'the date of the move (default: today)')
    .addHelpText('after', `
Examples:
  $ partner advance                        move to the next phase if everything it needs is there
  $ partner advance --date 2025-06-30      record the move as made on that date
  $ partner advance --to building --reason "a new partner joins"
                                           go back to re-build (seed 001), recording why
  $ partner check --phase implementing     where each missing requirement is missing

Exit codes: 0 moved, 1 not ready or partnership.yaml has errors (nothing changed), 2 usage or environment error.`)
    .action(async (dir: string | undefined, options) => setCode(await (await import('./advance.js')).runAdvance(dir, options, io)));

  // partner render <document>: one `render` command; each document is a subcommand sharing the options below.
  const review = program
    .command('review')
    .summary('the participatory review: write the questionnaire for every partner, import their answers')
    .addHelpText('after', `
Examples:
  $ partner review survey                        write the questionnaire into review-survey/
  $ partner review import answers.csv --date 2026-06-30
                                                 merge the answers into reviews/2026-06-30.yaml`);
  review
    .command('survey')
    .summary('write the review questionnaire (seed 002 Fig. 1) as an ODK XForm, an XLSForm and a printable form (Markdown, HTML, Word)')
    .description('Write the review questionnaire of seed 002 Fig. 1 (the project, how the partnership works, the value of partnering against its costs, the benefit for society, whether partnership was the best approach, how fairly costs and benefits are shared) for every active partner and pilot: an ODK XForm (.xml, for ODK Central, ODK Collect and Enketo), an XLSForm (.xlsx, for KoboToolbox) and a printable form (.md, .html and .docx for Word). Every partner answers the same form, choosing its own name.')
    .argument('[dir]', 'the partnership folder (default: this folder)')
    .option('-o, --out <folder>', 'the folder to write the forms into; created if missing', 'review-survey')
    .option('-f, --format <list>', 'which forms, separated by commas: xform, xlsform, md, html, docx (default: all)', (v: string) => parseFormats(v))
    .option('--force', 'replace forms already in the folder')
    .option('--date <YYYY-MM-DD>', 'the date the forms carry as their version (default: today)')
    .option('--paper <size>', 'a4 or letter: the printed page of the Word form (default: letter where the locale\'s country uses it, else a4)')
    .addHelpText('after', `
Examples:
  $ partner review survey                              every form, into review-survey/
  $ partner review survey orangi --format xform,html   the XForm and the printable form only
  $ partner review survey --format docx --paper letter the form to print, as a Word document

Exit codes: 0 written; 1 the partnership's files have errors; 2 usage error or a form already exists (use --force).`)
    .action(async (dir: string | undefined, options) => setCode(await (await import('./review.js')).runReviewSurvey(dir, options, io)));
  review
    .command('import')
    .summary('merge the answers exported from ODK Central, Enketo or KoboToolbox into reviews/<date>.yaml')
    .description('Merge the answers to the review questionnaire, exported from ODK Central, Enketo or KoboToolbox as CSV, XLSX or submission XML, into reviews/<date>.yaml: for each partner who answered, its ratings of the project and of how the partnership works, the value of partnering against its costs, the benefit for society, whether partnership was the best approach and how fairly costs and benefits are shared. The rest of the review file is kept as it is. Nothing is written if any answer has a problem.')
    .argument('<responses>', 'the exported answers: a .csv, .xlsx or .xml file')
    .argument('[dir]', 'the partnership folder (default: this folder)')
    .option('--date <YYYY-MM-DD>', 'the date of the review, which names its file (default: today)')
    .option('--force', 'replace the answers of partners the review already holds')
    .addOption(new Option('--via <how>', 'how the answers were collected (default: guessed from the file)').choices(['odk', 'kobo', 'paper', 'meeting', 'other']))
    .addHelpText('after', `
Examples:
  $ partner review import submissions.csv --date 2026-06-30          from ODK Central
  $ partner review import "Partnership review.xlsx" --date 2026-06-30   from KoboToolbox
  $ partner review import typed-up.csv --via paper --date 2026-06-30   paper forms typed into a sheet

Exit codes: 0 imported; 1 an answer has a problem, or the partnership's files have errors; 2 usage error, or a partner's
answers are already in the review (use --force).`)
    .action(async (responses: string, dir: string | undefined, options) => setCode(await (await import('./review.js')).runReviewImport(responses, dir, options, io)));

  const render = program
    .command('render')
    .summary('render a document from a partnership: the draft agreement, the review report, the stakeholder map')
    .description('Render a document from a partnership\'s files, as Markdown (default), a self-contained HTML page to print to PDF, or a Word document (.docx) to mark up with tracked changes; the stakeholder map as an SVG picture, an HTML page or a Word document. The files must be free of errors (`partner check`); what the current phase still lacks is shown in the document as open items.')
    .addHelpText('after', `
Examples:
  $ partner render agreement                          the draft agreement of this folder's partnership, to the terminal
  $ partner render agreement --format html --out agreement.html
  $ partner render agreement --format docx --out agreement.docx   for Word, with tracked changes
  $ partner render review --format html --out review.html    the latest review, with charts
  $ partner render map --out stakeholder-map.svg             the stakeholder map as a picture

Exit codes: 0 rendered, 1 the files have errors (rendering stops, with the findings), 2 usage error.`);
  const FORMAT_HELP = 'md (Markdown), html (a self-contained page with print styles: open it in a browser and print to PDF) or docx (a Word document, with --out)';
  const renderOptions = (command: Command, format: { choices: string[]; default: string; help: string } = { choices: ['md', 'html', 'docx'], default: 'md', help: FORMAT_HELP }): Command =>
    command
      .addOption(new Option('-f, --format <format>', format.help).choices(format.choices).default(format.default))
      .option('-o, --out <file>', 'write to this file (atomically) instead of standard output; an existing file is never replaced without --force')
      .option('--force', 'replace the --out file if it exists')
      .option('--template <file>', 'render with your own Handlebars template (same data and helpers as the built-in one in templates/)')
      .option('--date <YYYY-MM-DD>', 'the date the document carries (default: SOURCE_DATE_EPOCH if set, else today), so output is reproducible')
      .option('--paper <size>', 'a4 or letter: the printed page of HTML and Word documents (default: letter where the locale\'s country uses it, else a4; Markdown and SVG have no pages)')
      .option('--reference-doc <file.docx>', 'with --format docx: take the styles (Normal, Title, Heading 1-3, ...) from your organisation\'s Word document or template');
  renderOptions(
    render
      .command('agreement')
      .summary('the draft partnership agreement, with every item not yet agreed as an open question for the meeting')
      .description('Render the draft partnership agreement (seed 002, "Planning" and "Partnership agreements"): the parties and their representatives, background, vision and objectives, principles, roles, contributions with totals, governance, communications, indicators and review, risks, dispute resolution, duration and exit, and signature blocks. Every item that is missing, empty or still `proposed` appears in place as a numbered open item, and all are listed at the top. The header states DRAFT, the phase, the date and, in a git repository, the commit.')
      .argument('[dir]', 'the partnership folder (default: this folder)'),
  )
    .addHelpText('after', `
Examples:
  $ partner render agreement                                   Markdown to the terminal
  $ partner render agreement partnerships/river --out agreement.md
  $ partner render agreement --format html --out agreement.html   then open it in a browser and print to PDF
  $ partner render agreement --format docx --out agreement.docx   a Word document: open items in a table at the top, highlighted in place
  $ partner render agreement --format docx --reference-doc our-style.docx --paper letter --out agreement.docx
  $ partner render agreement --date 2025-06-30 --force --out agreement.md   dated, replacing the old draft
  $ partner render agreement --template my-agreement.md.hbs     your own layout, same data and helpers

Exit codes: 0 rendered (open items are expected), 1 the files have errors (the findings are shown), 2 usage error: a bad option or template, or --out exists without --force.`)
    .action(async (dir: string | undefined, options) => setCode(await (await import('./render.js')).runRenderAgreement(dir, options, io)));
  renderOptions(
    render
      .command('minutes')
      .summary('the minutes of a meeting, for distribution to partners')
      .description('Render the minutes of a meeting recorded in meetings/ (seed 004 step 4: a summary of the viewpoints written for distribution; seed 002: maintain good records): who convened and moderated it, who came or sent apologies, the agenda, the viewpoints by partner, the decisions (with the decision rule they were made under) and the action items with who does what by when.')
      .argument('<meeting>', 'the meeting: its date (YYYY-MM-DD), or the file name without .yaml when several share a day')
      .argument('[dir]', 'the partnership folder (default: this folder)'),
  )
    .addHelpText('after', `
Examples:
  $ partner render minutes 1995-03-20                          Markdown to the terminal
  $ partner render minutes 1995-03-20 --format html --out minutes.html   open it and print to PDF
  $ partner render minutes 1995-03-20 --format docx --out minutes.docx   a Word document, to send or mark up

Exit codes: 0 rendered, 1 the files have errors, 2 usage error: no such meeting, a bad option or template, or --out exists without --force.`)
    .action(async (meeting: string, dir: string | undefined, options) => setCode(await (await import('./render.js')).runRenderMinutes(meeting, dir, options, io)));
  renderOptions(
    render
      .command('review')
      .summary('the review report along seed 002 Fig. 1, with a chart per indicator and a heat map of the partners\' ratings')
      .description('Render the report of a review (reviews/<YYYY-MM-DD>.yaml; the latest unless --review names one) along seed 002 Phase 3 and Fig. 1: a summary at a glance (phase, period, indicators on or off track, commitments kept, late or open, health per aspect, what needs attention); project impacts, with every indicator\'s status against the planned path from baseline to target and a chart of its measurements; partnership functioning as a partners x aspects heat map of red/amber/green ratings with the comments; the value of partnering for each partner; the commitments with overdue days; the learning; the decisions; and the changes since the previous review. Everything is as of the review date. With no review recorded yet, the report prepares the first one. Charts are SVG: inline in HTML; with Markdown, files beside --out, or inline data: images on standard output.')
      .argument('[dir]', 'the partnership folder (default: this folder)')
      .option('--review <YYYY-MM-DD>', 'the review to report on (default: the latest in reviews/)'),
  )
    .addHelpText('after', `
Examples:
  $ partner render review                                       the latest review as Markdown, charts inline
  $ partner render review --format html --out review.html       one page with its charts; open it and print to PDF
  $ partner render review --format docx --out review.docx       a Word document, the charts as pictures
  $ partner render review --out review.md                       Markdown, with review-<chart>.svg files beside it
  $ partner render review --review 1995-03-15 --date 1995-04-01 an earlier review, dated for a reproducible file
  $ partner render review --template my-review.md.hbs           your own layout, same data and helpers

Exit codes: 0 rendered, 1 the files have errors (the findings are shown), 2 usage error: a bad option or template, no review of the --review date, or --out (or a chart file beside it) exists without --force.`)
    .action(async (dir: string | undefined, options) => setCode(await (await import('./render-review.js')).runRenderReview(dir, options, io)));
  renderOptions(
    render
      .command('map')
      .summary('the stakeholder map as a picture: the influence x interest grid, colour by sector, mark by engagement')
      .description('Draw the stakeholder map (seed 002, Scoping) from stakeholders.yaml: every stakeholder placed on the influence x interest grid and labelled, the colour of its mark showing its sector and the shape its level of engagement, with a legend. Labels never overlap; long names wrap. As an SVG picture (default), or an HTML page with the picture and the map in words. Stakeholders without influence or interest are listed below the grid.')
      .argument('[dir]', 'the partnership folder (default: this folder)'),
    { choices: ['svg', 'html', 'docx'], default: 'svg', help: 'svg (the picture alone), html (a page with the picture and the map in words, to print) or docx (the same as a Word document, with --out)' },
  )
    .addHelpText('after', `
Examples:
  $ partner render map --out stakeholder-map.svg              the picture, to put in slides or a report
  $ partner render map --format html --out map.html           a page with the map and a table of it in words
  $ partner render map --format docx --out map.docx           the same as a Word document
  $ partner render map partnerships/river > river-map.svg

--template applies to the HTML page (same helpers as the review, and {{figure figure}} for the picture).

Exit codes: 0 rendered, 1 the files have errors (the findings are shown), 2 usage error: a bad option or template, or --out exists without --force.`)
    .action(async (dir: string | undefined, options) => setCode(await (await import('./render-review.js')).runRenderMap(dir, options, io)));

  // partner export <format>: one `export` command; `iati` publishes to IATI, `csv` gives partners spreadsheets.
  program
    .command('portfolio')
    .summary('every partnership in a repository as a registry: a static site, or JSON or CSV for other tools')
    .description('Build a portfolio of every partnership below a folder (seed 000: a registry where partnerships report, so potential partners can see which to join): a static site that works from the file system or any static host, with an index to filter and search, a page per partnership (status, stakeholder map, latest review, open items) and portfolio views (by phase, by sector, progress against targets, money delivered against pledged, lessons from reviews). Partnerships whose records have errors are listed with a note. `publish: false` in partnership.yaml leaves one out; representatives\' names, non-negotiables and internal assessments are published only when `publish:` allows them.')
    .argument('[repo]', 'the folder holding the partnerships (default: this folder)')
    .option('-o, --out <path>', 'the site\'s folder (--format html), or the file for json and csv (default: standard output)')
    .addOption(new Option('-f, --format <format>', 'html (a static site), json or csv').choices(['html', 'json', 'csv']).default('html'))
    .option('--force', 'replace a site partner built before in --out (or an existing json or csv file)')
    .option('--title <text>', 'the site\'s title (default: Partnership portfolio)')
    .option('--date <YYYY-MM-DD>', 'as of this date, for overdue commitments and reviews (default: SOURCE_DATE_EPOCH if set, else today)')
    .addHelpText('after', `
Examples:
  $ partner portfolio --out site                    the site of every partnership below this folder
  $ partner portfolio partnerships/ --out site --force --title "Water partnerships"
  $ partner portfolio --format json > portfolio.json
  $ partner portfolio --format csv --out portfolio.csv

The site needs no server: open site/index.html, or publish the folder on any static host (GitHub Pages from CI).
It never replaces a folder that partner did not build.

Exit codes: 0 built, 2 usage or environment error (nothing changed).`)
    .action(async (repo: string | undefined, options) => setCode(await (await import('./portfolio.js')).runPortfolio(repo, options, io)));

  const exporter = program
    .command('export')
    .summary('export a partnership: IATI activity XML to publish, or CSV tables for partners\' spreadsheets')
    .description('Export a partnership\'s files for others to use: `iati` writes the partnership as an activity of the IATI activity standard 2.03 (International Aid Transparency Initiative), valid against the official schema; `csv` writes its tables as CSV files for partners\' spreadsheets: stakeholders, commitments, needs, indicators with their measurements, risks, non-negotiables, and its reviews with their ratings, value of partnering and decisions. The files must be free of errors (`partner check`).')
    .addHelpText('after', `
Examples:
  $ partner export iati --out activity.xml        publish this folder's partnership to IATI
  $ partner export csv --out-dir ../tables        CSV files for partners' spreadsheets

Exit codes: 0 exported, 1 the files have errors or lack what IATI requires (nothing is written), 2 usage error.`);
  exporter
    .command('iati')
    .summary('the partnership as IATI activity XML (standard 2.03), with findings for what IATI requires and the files lack')
    .description('Write the partnership as one IATI 2.03 activity: identifier and reporting organisation from `iati:` in partnership.yaml, title, description, activity status from the phase, dates from `duration:`, every partner as a participating organisation with its role and type, cash commitments as incoming pledges, commitments and funds, and the indicators as results with baseline, targets and actual values. What IATI requires and the files lack is reported, located at the field to fill, and nothing is written; what IATI recommends and is missing is a warning.')
    .argument('[dir]', 'the partnership folder (default: this folder)')
    .option('-o, --out <file>', 'write to this file (atomically) instead of standard output; an existing file is never replaced without --force')
    .option('--force', 'replace the --out file if it exists')
    .option('--date <YYYY-MM-DD>', 'export as of this date: start and end dates up to it are actual, later ones planned, later money planned disbursements; also the last-updated date (default: SOURCE_DATE_EPOCH if set, else today, and the last commit\'s time)')
    .addHelpText('after', `
Examples:
  $ partner export iati                                 the XML to the terminal
  $ partner export iati partnerships/river --out river-iati.xml
  $ partner export iati --out activity.xml --force      replace the last export
  $ xmllint --noout --schema iati-activities-schema.xsd activity.xml   check it against IATI's schema

partnership.yaml needs, for example:
  sectors:
    - code: 14032             # OECD DAC sector (partner check suggests codes from words)
  countries:
    - code: PK                # or regions: (OECD DAC codes); percentages when more than one
  sdgs:                       # optional: the goals and targets served, exported as tags
    - goal: 6
      targets: ['6.2']
  iati:
    reporting_org:
      ref: GB-CHC-202918      # your organisation's IATI identifier (org-id.guide)
      stakeholder: opp        # or name: and org_type:
    activity_id: river-water  # never changes once published
    default_currency: USD

Exit codes: 0 written (warnings allowed), 1 the files have errors or lack what IATI requires (the findings name each file and field; nothing is written), 2 usage error or --out exists without --force.`)
    .action(async (dir: string | undefined, options) => setCode(await (await import('./export.js')).runExportIati(dir, options, io)));
  exporter
    .command('csv')
    .summary('every table of the record as CSV files for spreadsheets, headers in words')
    .description('Write stakeholders.csv, commitments.csv, needs.csv, indicators.csv (one row per measurement), risks.csv, non-negotiables.csv, reviews.csv, ratings.csv, value-of-partnering.csv, decisions.csv and classification.csv (sectors, countries and SDGs in words) into --out-dir: headers in words, values as the documents word them, a list one item per line within its cell, partners by name; RFC 4180, UTF-8 with a header row, safe to open in a spreadsheet (text that would run as a formula is neutralised with a leading apostrophe). Never writes into the partnership folder.')
    .argument('[dir]', 'the partnership folder (default: this folder)')
    .requiredOption('-d, --out-dir <dir>', 'the folder to write the CSV files into (created if missing; not inside the partnership folder)')
    .option('--force', 'replace CSV files of the same names in --out-dir')
    .option('--no-bom', 'leave out the byte-order mark that tells spreadsheet programs the files are UTF-8')
    .addHelpText('after', `
Examples:
  $ partner export csv --out-dir ../river-tables
  $ partner export csv partnerships/river --out-dir exports/river --force

Exit codes: 0 written, 1 the files have errors, 2 usage error (--out-dir missing or inside the partnership, or a CSV file exists without --force).`)
    .action(async (dir: string | undefined, options) => setCode(await (await import('./export.js')).runExportCsv(dir, options, io)));

  program
    .command('explain')
    .summary('explain a check rule, or a term such as ISP or seed 003')
    .argument('[rule...]', 'a rule id, as shown at the end of each finding, or a term the messages use (seed 003, ISP, Fig. 1)')
    .addHelpText('after', `
Examples:
  $ partner explain                      list every rule and term
  $ partner explain max-active-partners  why the rule exists, citing the seed
  $ partner explain seed 003             what "seed 003" in a message refers to
  $ partner explain ISP                  what an acronym in a message means`)
    .action(async (words: string[]) => setCode(await (await import('./explain.js')).runExplain(words.length ? words.join(' ') : undefined, io)));
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('give a whole number, such as 0 or 10.');
  return Number(value);
}

const SURVEY_FORMATS = ['xform', 'xlsform', 'md', 'html', 'docx'];

function parseFormats(value: string): string[] {
  const list = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = list.find((f) => !SURVEY_FORMATS.includes(f));
  if (bad !== undefined || !list.length) throw new InvalidArgumentError(`Use one or more of ${SURVEY_FORMATS.join(', ')}, separated by commas.`);
  return list;
}
