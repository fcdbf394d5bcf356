import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Io } from '../cli/io.js';
import { PHASES } from '../core/folder/layout.js';
import { FORMATS } from '../format/index.js';

type SetCode = (code: number) => void;

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
    .addHelpText('after', `
Examples:
  $ partner check                              the partnership in this folder
  $ partner check partnerships/                every partnership below a folder
  $ partner check --phase implementing         is this partnership ready to implement?
  $ partner check --format json > report.json  machine-readable findings
  $ partner check --format github              annotations for GitHub Actions

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
  const render = program
    .command('render')
    .summary('render a document from a partnership: the draft agreement, the review report, the stakeholder map')
    .description('Render a document from a partnership\'s files, as Markdown (default) or a self-contained HTML page to print to PDF; the stakeholder map as an SVG picture or an HTML page. The files must be free of errors (`partner check`); what the current phase still lacks is shown in the document as open items.')
    .addHelpText('after', `
Examples:
  $ partner render agreement                          the draft agreement of this folder's partnership, to the terminal
  $ partner render agreement --format html --out agreement.html
  $ partner render review --format html --out review.html    the latest review, with charts
  $ partner render map --out stakeholder-map.svg             the stakeholder map as a picture

Exit codes: 0 rendered, 1 the files have errors (rendering stops, with the findings), 2 usage error.`);
  const FORMAT_HELP = 'md (Markdown) or html (a self-contained page with print styles: open it in a browser and print to PDF)';
  const renderOptions = (command: Command, format: { choices: string[]; default: string; help: string } = { choices: ['md', 'html'], default: 'md', help: FORMAT_HELP }): Command =>
    command
      .addOption(new Option('-f, --format <format>', format.help).choices(format.choices).default(format.default))
      .option('-o, --out <file>', 'write to this file (atomically) instead of standard output; an existing file is never replaced without --force')
      .option('--force', 'replace the --out file if it exists')
      .option('--template <file>', 'render with your own Handlebars template (same data and helpers as the built-in one in templates/)')
      .option('--date <YYYY-MM-DD>', 'the date the document carries (default: SOURCE_DATE_EPOCH if set, else today), so output is reproducible');
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
  $ partner render agreement --date 2025-06-30 --force --out agreement.md   dated, replacing the old draft
  $ partner render agreement --template my-agreement.md.hbs     your own layout, same data and helpers

Exit codes: 0 rendered (open items are expected), 1 the files have errors (the findings are shown), 2 usage error: a bad option or template, or --out exists without --force.`)
    .action(async (dir: string | undefined, options) => setCode(await (await import('./render.js')).runRenderAgreement(dir, options, io)));
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
    { choices: ['svg', 'html'], default: 'svg', help: 'svg (the picture alone) or html (a page with the picture and the map in words, to print)' },
  )
    .addHelpText('after', `
Examples:
  $ partner render map --out stakeholder-map.svg              the picture, to put in slides or a report
  $ partner render map --format html --out map.html           a page with the map and a table of it in words
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
