import { closeSync, constants, lstatSync, openSync, readSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { columnOf, flowScalar, lineEndAfter, lineStartOf, pairOf, PARSE_OPTIONS } from '../yaml/edit.js';
import { isValidDate } from '../base/dates.js';
import { compareDiagnostics, UsageError, type Diagnostic } from '../base/diagnostic.js';
import { PHASES, type Phase } from '../folder/layout.js';
import { nextPhase } from './phases.js';
import { readText } from '../folder/load.js';
import { shownFolder } from '../../util/folder-name.js';
import { readFolderState } from '../check/check.js';
import { checklist, type Checklist } from '../check/requirements.js';
import { schemaFindings } from '../check/schema-findings.js';
import { validateFile } from '../check/schemas.js';
import { parseYaml } from '../yaml/source.js';
import type { PartnershipFile } from '../../model/index.js';

export interface AdvanceOptions {
  /** The phase to move to; the next one when absent. */
  to?: Phase;
  /** Why; required when moving back (seed 001: building, reviewing and re-building). */
  reason?: string;
  /** The date recorded in the phase history (YYYY-MM-DD). */
  today: string;
}

/** One entry of `phase_history:` in partnership.yaml. */
export interface PhaseChange {
  phase: Phase;
  date: string;
  reason?: string;
}

/** What `partner advance` would do. Nothing is written here: the command writes `text` when `kind` is 'ready'. */
export type AdvancePlan =
  | {
      /** partnership.yaml cannot be parsed or does not match its schema: nothing can be moved. */
      kind: 'findings';
      diagnostics: Diagnostic[];
      texts: Map<string, string>;
    }
  | {
      /** The target phase's gate fails: what is missing. */
      kind: 'gate';
      name: string;
      from: Phase;
      to: Phase;
      checklist: Checklist;
      /** Files left out of the gate because they have errors. */
      filesWithErrors: string[];
    }
  | {
      kind: 'ready';
      name: string;
      from: Phase;
      to: Phase;
      direction: 'forward' | 'back';
      change: PhaseChange;
      /** partnership.yaml, as given to the command. */
      file: string;
      /** Its new text: only `phase:` and the new phase_history lines differ from the old. */
      text: string;
      /** The file's text as read (with its byte-order mark, if any): the write happens only if it is still that. */
      base: string;
      /** The old file's permission bits, to keep them. */
      mode: number;
    };

/**
 * Plans a move of the partnership in `dir` to another phase. Forward moves need the target phase's gate to pass
 * (the same requirements as `partner check --phase`); moving back needs a reason. Throws UsageError for what the
 * user must change in the command (exit 2). Never prints and never writes.
 */
export function planAdvance(dir: string, options: AdvanceOptions): AdvancePlan {
  const file = join(dir, 'partnership.yaml');
  const stat = lstatOrUndefined(file);
  if (!stat) throw new UsageError(`No partnership in ${shownFolder(dir)}: there is no partnership.yaml.`, 'Run `partner advance` in a partnership folder, or give its path.');
  if (stat.isSymbolicLink()) throw new UsageError(`${file} is a symbolic link; partner advance edits partnership.yaml in place and never writes through a link.`, 'Replace the link with the file itself.');
  if (!stat.isFile()) throw new UsageError(`${file} is not a regular file.`, 'partnership.yaml must be a plain YAML file.');
  if (!isValidDate(options.today)) throw new UsageError(`--date ${options.today} is not a valid date.`, 'Write it as YYYY-MM-DD.');

  const read = readText(file);
  if ('error' in read) {
    if (read.error.rule === 'unreadable-file' || read.error.rule === 'symlink') throw new UsageError(`${file}: ${read.error.message}`, read.error.hint);
    return { kind: 'findings', diagnostics: [read.error], texts: new Map() };
  }
  const { source, diagnostics } = parseYaml(file, read.text);
  const texts = new Map([[file, source.text]]);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (source.data === undefined) return { kind: 'findings', diagnostics: errors, texts };
  // As `partner check`: a file that could be read into data (a tag is only reported) is also held to its schema.
  const schemaErrors = validateFile('partnership', source.data);
  if (errors.length || schemaErrors.length) return { kind: 'findings', diagnostics: [...errors, ...schemaFindings(source, schemaErrors, 'partnership.yaml')].sort(compareDiagnostics), texts };

  const data = source.data as PartnershipFile;
  const from = data.phase as Phase;
  const to = options.to ?? nextPhase(from);
  if (!to) throw new UsageError(`${data.name} is in ${from}, the last phase of the cycle.`, 'To go back to an earlier phase, give it with --to and say why with --reason.');
  if (to === from) throw new UsageError(`${data.name} is already in ${from}.`, 'Give another phase with --to, or leave --to out to move to the next one.');
  const direction = PHASES.indexOf(to) < PHASES.indexOf(from) ? 'back' : 'forward';
  const reason = options.reason?.trim();
  if (direction === 'back' && !reason) throw new UsageError(`Moving back from ${from} to ${to} needs a reason, recorded in the phase history (seed 001: building, reviewing and re-building).`, `Add --reason "why the partnership goes back to ${to}".`);
  const lastDate = data.phase_history?.map((h) => h.date).sort().pop();
  if (lastDate && lastDate > options.today) throw new UsageError(`The phase history already has a move on ${lastDate}, after ${options.today}.`, 'Give the date of this move with --date YYYY-MM-DD.');

  if (direction === 'forward') {
    const state = readFolderState(dir, options.today);
    const list = checklist(to, state.model);
    if (!list.ready) return { kind: 'gate', name: data.name, from, to, checklist: list, filesWithErrors: state.withErrors };
  }
  const change: PhaseChange = { phase: to, date: options.today, ...(reason ? { reason } : {}) };
  // The text as read has lost a byte-order mark (UTF-8 decoding drops it); a file that had one keeps it.
  const raw = read.text.charCodeAt(0) !== 0xfeff && startsWithBom(file) ? `\ufeff${read.text}` : read.text;
  return { kind: 'ready', name: data.name, from, to, direction, change, file, base: raw, text: recordPhaseChange(raw, change), mode: stat.mode & 0o7777 };
}

interface Edit {
  start: number;
  end: number;
  insert: string;
}

/**
 * Sets `phase:` and appends `change` to `phase_history:` in the text of partnership.yaml, leaving every other line
 * byte for byte as it was: comments, blank lines, key order, quoting and folded text. The yaml Document API finds
 * the nodes and their source ranges; the edit is spliced into the text at those ranges (re-printing the whole
 * document would re-fold long text), and the result is checked against the same change made with `doc.setIn`.
 */
export function recordPhaseChange(raw: string, change: PhaseChange): string {
  const bom = raw.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const text = bom ? raw.slice(1) : raw;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const doc = parseDocument(text, PARSE_OPTIONS);
  const root = doc.contents;
  const cannot = (why: string) => new UsageError(`partner advance cannot edit partnership.yaml in place: ${why}; nothing was written.`, 'Change `phase:` by hand and add an entry under `phase_history:`.');
  if (doc.errors.length || !isMap(root)) throw cannot('it is not a YAML mapping');
  if (root.flow) throw cannot('it is written as one {...} mapping');

  const phasePair = pairOf(root, 'phase');
  const phaseNode = phasePair?.value;
  if (!phasePair || !isScalar(phaseNode) || !phaseNode.range) throw cannot('`phase:` is not a plain value');
  const edits: Edit[] = [];
  const quote = phaseNode.type === 'QUOTE_DOUBLE' ? '"' : phaseNode.type === 'QUOTE_SINGLE' ? "'" : '';
  edits.push({ start: phaseNode.range[0], end: phaseNode.range[1], insert: `${quote}${change.phase}${quote}` });

  const keyColumn = columnOf(text, (phasePair.key as Node).range![0]);
  const historyPair = pairOf(root, 'phase_history');
  const history = historyPair?.value;
  if (historyPair && isSeq(history) && !history.flow && history.items.length && history.range && text[history.range[0]] === '-') {
    // Append after the last entry, laid out like it (`- ` or `-   `, at the same indentation).
    const last = history.items[history.items.length - 1] as Node;
    const at = lineEndAfter(text, last.range![1]);
    const lead = /^( *)-( +)$/.exec(text.slice(lineStartOf(text, last.range![0]), last.range![0]));
    const lines = lead ? entryLines(change, lead[1]!.length, lead[2]!.length) : entryLines(change, columnOf(text, history.range[0]));
    edits.push({ start: at, end: at, insert: `${at === text.length && !text.endsWith('\n') ? eol : ''}${lines.join(eol)}${eol}` });
  } else if (historyPair) {
    // `phase_history:` with nothing, `[]`, or a {...} list: rewrite the pair as a block list.
    const keyStart = lineStartOf(text, (historyPair.key as Node).range![0]);
    const valueEnd = isScalar(history) || isSeq(history) ? (history as Node).range?.[1] ?? (historyPair.key as Node).range![1] : (historyPair.key as Node).range![1];
    const old = (doc.toJS() as { phase_history?: PhaseChange[] | null }).phase_history ?? [];
    const indent = columnOf(text, (historyPair.key as Node).range![0]);
    const lines = [`${' '.repeat(indent)}phase_history:`];
    for (const h of [...old, change]) lines.push(...entryLines(h, indent + 2));
    const end = lineEndAfter(text, valueEnd);
    edits.push({ start: keyStart, end, insert: `${lines.join(eol)}${eol}` });
  } else {
    // No history yet: start one on the line after `phase:`.
    const at = lineEndAfter(text, phaseNode.range[1]);
    edits.push({ start: at, end: at, insert: `${at === text.length && !text.endsWith('\n') ? eol : ''}${' '.repeat(keyColumn)}phase_history:${eol}${entryLines(change, keyColumn + 2).join(eol)}${eol}` });
  }

  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.insert + out.slice(e.end);

  // The same change through the Document API: the spliced text must hold exactly that data.
  const expected = doc.clone();
  expected.setIn(['phase'], change.phase);
  const entry = { phase: change.phase, date: change.date, ...(change.reason !== undefined ? { reason: change.reason } : {}) };
  expected.setIn(['phase_history'], [...((doc.toJS() as { phase_history?: PhaseChange[] | null }).phase_history ?? []), entry]);
  const check = parseDocument(out, PARSE_OPTIONS);
  if (check.errors.length || !isDeepStrictEqual(check.toJS(), expected.toJS())) throw cannot('the result would not read back as intended');
  return bom + out;
}

/** One history entry as block lines: `indent` spaces, `-`, `gap` spaces, then the fields aligned under `phase`. */
function entryLines(h: PhaseChange, indent: number, gap = 1): string[] {
  const pad = ' '.repeat(indent + 1 + gap);
  const lines = [`${' '.repeat(indent)}-${' '.repeat(gap)}phase: ${h.phase}`, `${pad}date: ${h.date}`];
  if (h.reason !== undefined) lines.push(`${pad}reason: ${flowScalar(h.reason)}`);
  return lines;
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** Whether the file starts with the UTF-8 byte-order mark (EF BB BF). */
function startsWithBom(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const head = Buffer.alloc(3);
    return readSync(fd, head, 0, 3, 0) === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
