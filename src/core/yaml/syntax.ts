/**
 * YAML syntax errors in a broker's words. The `yaml` parser says where it got lost, not why; this module finds the
 * cause (a colon in text, a tab, a line out of line, a quote or bracket left open ...), at the character that
 * caused it, with the line rewritten as it should read. Each cause is tried by parsing the file with the fix
 * applied: a fix is offered only when it makes the parser go past the place it stopped. The errors that followed
 * from the cause go with it; the next independent problem is then found the same way, so one run reports them all.
 */

/** A parser error: its code and where (offset in the text) it was found. */
export interface ParserError {
  code: string;
  offset: number;
}

/** One cause of a syntax error, at its place in the original text (line and column from 1). */
export interface SyntaxCause {
  line: number;
  column: number;
  message: string;
  hint: string;
}

interface Candidate {
  /** The line (index into the current lines) that the fix rewrites. */
  index: number;
  /** Column (from 1) in the current line of the character that caused the error. */
  column: number;
  message: string;
  /** What to do, before the rewritten line(s). */
  lead: string;
  /** The line(s) that replace the line at `index`. */
  lines: string[];
}

/** Fields and list items: `  - key: value`; key and value may be missing. */
const ENTRY = /^([ \t]*(?:-[ \t]+)*)(?:([A-Za-z_][\w-]*(?: [\w-]+)*)[ \t]*:(?:[ \t]+|$))?([\s\S]*)$/;
const SMART_QUOTES = /^[\u201c\u201d\u201e\u2018\u2019\u201a\u00ab\u00bb]/;
/** Characters that cannot start unquoted text in YAML. */
const SPECIAL_START = /^[@`%*&!|>?]/;

interface Entry {
  prefix: string;
  key?: string;
  /** Column (0-based) where the value starts. */
  at: number;
  value: string;
}

function entry(line: string): Entry {
  const m = ENTRY.exec(line)!;
  const value = m[3]!;
  return { prefix: m[1]!, ...(m[2] === undefined ? {} : { key: m[2] }), at: line.length - value.length, value };
}

/** The line with its value replaced. */
function withValue(line: string, e: Entry, value: string): string {
  return `${line.slice(0, e.at)}${value}`;
}

/** Text as a quoted YAML value: double quotes, or single quotes when it holds a double quote or backslash. */
export function quoteText(text: string): string {
  if (!/["\\]/.test(text)) return `"${text}"`;
  if (!text.includes("'")) return `'${text}'`;
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A value up to a comment (` # ...`, a hash after a space and before a space): the comment is kept apart. */
function splitComment(value: string): { text: string; comment: string } {
  const m = / +# /.exec(value);
  if (!m) return { text: value.trimEnd(), comment: '' };
  return { text: value.slice(0, m.index).trimEnd(), comment: value.slice(m.index) };
}

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)![0].length;
}

function blank(line: string): boolean {
  return /^\s*(#.*)?$/.test(line);
}

function ordinalQuote(q: string): string {
  return q === "'" ? 'single quote' : 'double quote';
}

/** A quoted value: where its quote closes on the line (-1 when it does not), minding `''` and `\"`. */
function closingQuote(value: string): number {
  const q = value[0]!;
  for (let i = 1; i < value.length; i++) {
    const c = value[i]!;
    if (q === '"' && c === '\\') {
      i++;
      continue;
    }
    if (c === q) {
      if (q === "'" && value[i + 1] === "'") {
        i++;
        continue;
      }
      return i;
    }
  }
  return -1;
}

/** Quotes: one left open, or one closed too early (an apostrophe, quoted words, text after the closing quote). */
function quoteCauses(line: string, index: number): Candidate[] {
  const e = entry(line);
  const q = e.value[0];
  if (q !== '"' && q !== "'") return [];
  const close = closingQuote(e.value);
  if (close < 0) {
    const body = e.value.trimEnd();
    return [{
      index, column: e.at + 1,
      message: `This ${ordinalQuote(q)} is never closed, so everything after it is read as one piece of text.`,
      lead: 'Close the quote at the end of the text',
      lines: [withValue(line, e, `${body}${q}`)],
    }];
  }
  const after = e.value.slice(close + 1);
  if (/^\s*(#.*)?$/.test(after)) {
    if (q === '"' && /\\[^0abtnvfre "/\\N_LPxuU\t]/.test(e.value.slice(0, close))) {
      const bad = /\\[^0abtnvfre "/\\N_LPxuU\t]/.exec(e.value)!;
      const inner = e.value.slice(1, close);
      const fixed = inner.includes("'") ? `"${inner.replace(/\\/g, '\\\\')}"` : `'${inner}'`;
      return [{
        index, column: e.at + bad.index + 1,
        message: `Inside double quotes a backslash starts a special character, and \`${bad[0]}\` is not one.`,
        lead: inner.includes("'") ? 'Double the backslash' : 'Use single quotes, which keep a backslash as it is',
        lines: [withValue(line, e, `${fixed}${after}`)],
      }];
    }
    return [];
  }
  const { text } = splitComment(e.value);
  const lastQuote = text.endsWith(q) && text.length > close + 1;
  const inner = lastQuote ? text.slice(1, -1) : text;
  const other = q === "'" ? '"' : "'";
  const requoted = inner.includes(other) ? `"${inner.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : `${other}${inner}${other}`;
  const word = /\S*$/.exec(e.value.slice(0, close))![0] + q + /^\S*/.exec(after)![0];
  const message = !lastQuote
    ? `Text follows the closing quote; YAML expects the line to end there.`
    : q === "'" && /\w/.test(e.value[close - 1] ?? '') && /\w/.test(after[0] ?? '')
      ? `The apostrophe in \`${word.replace(/^'/, '')}\` ends the quoted text early.`
      : `The ${ordinalQuote(q)} before \`${/^[^\s"']*/.exec(after)![0]}\` ends the quoted text early.`;
  return [{
    index, column: e.at + close + 1, message,
    lead: !lastQuote ? 'Put the whole text in quotes' : q === "'" ? 'Use double quotes around text that holds an apostrophe' : 'Use single quotes around text that holds double quotes',
    lines: [withValue(line, e, requoted)],
  }];
}

/** A `[` or `{` list left open on its line. */
function bracketCauses(line: string, index: number): Candidate[] {
  const e = entry(line);
  const open = e.value[0];
  if (open !== '[' && open !== '{') return [];
  const stack: string[] = [];
  let quote = '';
  for (const c of e.value) {
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') stack.push(c === '[' ? ']' : '}');
    else if ((c === ']' || c === '}') && stack[stack.length - 1] === c) stack.pop();
  }
  if (stack.length === 0 || quote) return [];
  if (e.value.trim() === open) {
    return [{
      index, column: e.at + 1,
      message: `The bracket \`${open}\` opened here is never closed; a list written with dashes on the lines below needs no bracket.`,
      lead: 'Remove the bracket',
      lines: [line.slice(0, e.at).trimEnd()],
    }, {
      index, column: e.at + 1,
      message: `The bracket \`${open}\` opened here is never closed.`,
      lead: 'Close it',
      lines: [`${line.slice(0, e.at)}${open}${open === '[' ? ']' : '}'}`],
    }];
  }
  return [{
    index, column: e.at + 1,
    message: `The bracket \`${open}\` opened here is never closed.`,
    lead: 'Close it at the end of the line',
    lines: [withValue(line, e, `${e.value.trimEnd()}${stack.reverse().join('')}`)],
  }];
}

/** Unquoted text that YAML reads as something else: a colon and a space, curly quotes, a special first character. */
function textCauses(line: string, index: number): Candidate[] {
  const e = entry(line);
  const v = e.value;
  if (v === '' || v[0] === '"' || v[0] === "'" || v[0] === '[' || v[0] === '{' || v[0] === '#') return [];
  const out: Candidate[] = [];
  const { text, comment } = splitComment(v);
  if (SMART_QUOTES.test(v)) {
    const inner = text.replace(/^[\u201c\u201d\u201e\u2018\u2019\u201a\u00ab\u00bb]/, '').replace(/[\u201c\u201d\u201e\u2018\u2019\u201a\u00ab\u00bb]$/, '');
    out.push({
      index, column: e.at + 1,
      message: `Curly quotes (${v[0]}) are not quotes in YAML, so the text inside is not protected${/: |:$/.test(text) ? ' and its colon starts a new field' : ''}.`,
      lead: 'Use straight quotes (") instead',
      lines: [withValue(line, e, `${quoteText(inner)}${comment}`)],
    });
    return out;
  }
  const colon = /: |:$/.exec(text);
  // `- Tariffs: fair: ...` is text, not a field named `Tariffs`: field names are lower case words.
  if (e.key !== undefined && e.prefix.includes('-') && !/^[a-z][a-z0-9_]*$/.test(e.key) && colon) {
    const start = e.prefix.length;
    const all = splitComment(line.slice(start));
    out.push({
      index, column: start + e.key.length + 1,
      message: 'This colon and the space after it (`: `) make YAML read the list item as a field, not as text.',
      lead: 'Put the text in quotes',
      lines: [`${line.slice(0, start)}${quoteText(all.text)}${all.comment}`],
    });
  }
  if (colon && (e.key !== undefined || /: .*: |: .*:$/.test(text))) {
    out.push({
      index, column: e.at + colon.index + 1,
      message: colon.index === text.length - 1
        ? `This text ends with a colon, which YAML reads as the start of a new field${e.key ? ` inside \`${e.key}\`` : ''}.`
        : `This colon and the space after it (\`: \`) make YAML read the text${e.key ? ` of \`${e.key}\`` : ''} as a new field.`,
      lead: 'Put the text in quotes',
      lines: [withValue(line, e, `${quoteText(text)}${comment}`)],
    });
  }
  if (SPECIAL_START.test(v)) {
    out.push({
      index, column: e.at + 1,
      message: `Text cannot start with \`${v[0]}\` unless it is in quotes: YAML gives that character a meaning of its own.`,
      lead: 'Put the text in quotes',
      lines: [withValue(line, e, `${quoteText(text)}${comment}`)],
    });
  }
  if (e.key !== undefined && /^-[ \t]+\S/.test(v)) {
    const pad = ' '.repeat(indentOf(line) + 2);
    out.push({
      index, column: e.at + 1,
      message: `A list cannot start on the same line as \`${e.key}:\`.`,
      lead: 'Start the list on the next line',
      lines: [line.slice(0, e.at).trimEnd(), `${pad}${v.trimEnd()}`],
    });
  }
  return out;
}

/** Tabs in the indentation: YAML indents with spaces only. The fix tries the indentations of the lines above. */
function tabCauses(lines: readonly string[], index: number): Candidate[] {
  const line = lines[index]!;
  const lead = /^[ \t]*/.exec(line)![0];
  if (!lead.includes('\t')) return [];
  const rest = line.slice(lead.length);
  return indentChoices(lines, index, lead.length).map((width) => ({
    index, column: lead.indexOf('\t') + 1,
    message: 'This line is indented with a tab; YAML files are indented with spaces only.',
    lead: 'Indent it with spaces, in line with the lines it belongs with',
    lines: [`${' '.repeat(width)}${rest}`],
  }));
}

/** Indentations worth trying for a line: those of the lines above (nearest first), one step deeper, none. */
function indentChoices(lines: readonly string[], index: number, current: number): number[] {
  const seen = new Set<number>([current]);
  const out: number[] = [];
  const add = (n: number) => {
    if (n >= 0 && !seen.has(n)) {
      seen.add(n);
      out.push(n);
    }
  };
  // Under `field:` with nothing after it, one step deeper than the field; else like the next line, or those above.
  const above = previousLine(lines, index);
  if (above !== undefined) {
    const e = entry(lines[above]!);
    if (e.key !== undefined && e.value === '') add(e.prefix.length + 2);
  }
  for (let j = index + 1; j < lines.length; j++) {
    if (blank(lines[j]!)) continue;
    if (!lines[j]!.includes('\t')) add(indentOf(lines[j]!));
    break;
  }
  let nearest: number | undefined;
  for (let j = index - 1; j >= 0 && out.length < 8; j--) {
    const l = lines[j]!;
    if (blank(l) || /^[ ]*\t/.test(l)) continue;
    const n = indentOf(l);
    nearest ??= n;
    add(n);
    const e = entry(l);
    if (e.prefix.includes('-')) add(e.prefix.length);
    if (e.key !== undefined && e.value === '') add(n + 2);
  }
  if (nearest !== undefined) add(nearest + 2);
  add(0);
  return out;
}

/** A line out of line with the lines it belongs with. */
function alignCauses(lines: readonly string[], index: number): Candidate[] {
  const line = lines[index]!;
  if (blank(line) || line.includes('\t')) return [];
  const current = indentOf(line);
  const rest = line.slice(current);
  return indentChoices(lines, index, current).map((width) => ({
    index, column: current + 1,
    message: `This line is indented by ${current} space${current === 1 ? '' : 's'}, which does not line up with the lines it belongs with.`,
    lead: `Line it up with them (${width} space${width === 1 ? '' : 's'})`,
    lines: [`${' '.repeat(width)}${rest}`],
  }));
}

/** A dash or colon without the space after it, a list item without its dash, a field without its colon. */
function markerCauses(lines: readonly string[], index: number, isField: (word: string) => boolean): Candidate[] {
  const line = lines[index]!;
  const out: Candidate[] = [];
  const dash = /^([ ]*(?:- )*)-([^\s-])/.exec(line);
  const indent = indentOf(line);
  const siblingDash = (at: number) => lines.some((l, j) => j !== index && Math.abs(j - index) <= 20 && indentOf(l) === at && /^[ ]*- /.test(l));
  if (dash && siblingDash(dash[1]!.length)) {
    out.push({
      index, column: dash[1]!.length + 1,
      message: 'A list item needs a space after its dash.',
      lead: 'Add the space',
      lines: [`${line.slice(0, dash[1]!.length)}- ${line.slice(dash[1]!.length + 1)}`],
    });
  }
  const colon = /^([ ]*(?:- )*)([A-Za-z_][\w-]*):([^\s/:].*)$/.exec(line);
  if (colon) {
    const at = colon[1]!.length + colon[2]!.length;
    out.push({
      index, column: at + 1,
      message: `\`${colon[2]}\` needs a space after its colon.`,
      lead: 'Add the space',
      lines: [`${line.slice(0, at + 1)} ${line.slice(at + 1)}`],
    });
  }
  const e = entry(line);
  if (e.key === undefined && !e.prefix.includes('-') && !blank(line) && !/^[ ]*[-"'[{#]/.test(line) && siblingDash(indent)) {
    out.push({
      index, column: indent + 1,
      message: 'This line sits among list items but has no dash, so YAML cannot tell whether it is an item.',
      lead: 'Start it with a dash and a space, like the items beside it',
      lines: [`${' '.repeat(indent)}- ${line.slice(indent)}`],
    });
  }
  if (e.key === undefined && !e.prefix.includes('-') && !blank(line)) {
    const word = /^([ ]*)([A-Za-z_][\w-]*)([ \t]+)(\S.*)$/.exec(line);
    const previous = previousLine(lines, index);
    const prose = previous !== undefined && ((p) => p.key !== undefined && /\s/.test(p.value.trim()) && !/^["'[{|>]/.test(p.value))(entry(lines[previous]!));
    const keyFirst: Candidate[] = [];
    if (word) {
      keyFirst.push({
        index, column: word[1]!.length + word[2]!.length + 1,
        message: `\`${word[2]}\` has no colon after it, so YAML cannot read it as a field.`,
        lead: `Add a colon after \`${word[2]}\``,
        lines: [`${word[1]}${word[2]}: ${word[4]}`],
      });
    }
    const cont: Candidate[] = [];
    if (previous !== undefined && prose) {
      const p = entry(lines[previous]!);
      const width = indentOf(lines[previous]!) + (p.prefix.length - indentOf(lines[previous]!)) + 2;
      if (width > indent) {
        cont.push({
          index, column: indent + 1,
          message: `This line goes on with the text of \`${p.key}\` on line ${previous + 1}, but it is not indented under it, so YAML reads it as a new field.`,
          lead: 'Indent it under the text it goes on with',
          lines: [`${' '.repeat(width)}${line.slice(indent)}`],
        });
      }
    }
    out.push(...(prose && !(word && isField(word[2]!)) ? [...cont, ...keyFirst] : [...keyFirst, ...cont]));
  }
  return out;
}

function previousLine(lines: readonly string[], index: number): number | undefined {
  for (let j = index - 1; j >= 0; j--) if (!blank(lines[j]!)) return j;
  return undefined;
}

/** The causes worth trying for an error found on line `index`, most likely first. */
function candidates(lines: readonly string[], index: number, isField: (word: string) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const near = [index, index - 1, index - 2, index + 1].filter((i) => i >= 0 && i < lines.length);
  for (const i of near) out.push(...quoteCauses(lines[i]!, i), ...bracketCauses(lines[i]!, i), ...textCauses(lines[i]!, i), ...tabCauses(lines, i));
  for (const i of near) out.push(...markerCauses(lines, i, isField));
  // A line indented by an odd number of spaces is the likelier one to be out of line.
  for (const i of [...near].sort((a, b) => (indentOf(lines[b]!) % 2) - (indentOf(lines[a]!) % 2))) out.push(...alignCauses(lines, i));
  // A quote or bracket left open may lie far above the place the parser gave up.
  for (let i = index - 3; i >= 0; i--) {
    const far = [...quoteCauses(lines[i]!, i), ...bracketCauses(lines[i]!, i)];
    out.push(...far.filter((c) => c.message.includes('never closed')));
  }
  return out;
}

function firstLine(errors: readonly ParserError[], starts: readonly number[]): number {
  let min = Infinity;
  for (const e of errors) min = Math.min(min, e.offset);
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= min) low = mid;
    else high = mid - 1;
  }
  return low;
}

function lineStarts(lines: readonly string[], eols: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    starts.push(at);
    at += lines[i]!.length + eols[i]!.length;
  }
  return starts;
}

/** A hint that ends with the line(s) as they should read, each in backticks. */
export function rewriteHint(lead: string, line: number, lines: readonly string[], last = line): string {
  const code = (l: string) => (l.includes('`') ? `\`\` ${l} \`\`` : `\`${l}\``);
  if (last !== line) return `${lead}; write lines ${line} to ${last} as: ${lines.map(code).join(' then ')}`;
  if (lines.length === 1) return `${lead}: ${code(lines[0]!)}`;
  return `${lead}; write line ${line} as ${lines.length} lines: ${lines.map(code).join(' then ')}`;
}

export interface SyntaxOptions {
  /** Errors with a message of their own (a duplicate field ...): never a cause's sign, reported after the fixes. */
  own: ReadonlySet<string>;
  /** Whether a word is a field name: `phase scoping` lacks a colon, `no safe water` goes on with the line above. */
  isField?: (word: string) => boolean;
  /** The most parses to try fixes with (each is linear in the text); a large broken file gets its first causes only. */
  budget?: number;
}

/**
 * The causes of the syntax errors in `text`, each at its place with a hint that fixes it. `errorsOf` parses a text
 * and returns its errors. `unexplained` is the first error whose cause was not found (the search stops there);
 * `rest` the errors of `options.own` in the text with every fix applied, at their places in `text`.
 */
export function syntaxCauses(text: string, errorsOf: (text: string) => ParserError[], options: SyntaxOptions): { causes: SyntaxCause[]; unexplained?: Place; rest: Place[] } {
  const isOwn = (e: ParserError) => options.own.has(e.code);
  const isField = options.isField ?? (() => false);
  const parts = text.split(/(\r?\n)/);
  let lines: string[] = [];
  let eols: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    lines.push(parts[i]!);
    eols.push(parts[i + 1] ?? '');
  }
  /** The original line number (from 1) of each current line. */
  let origin = lines.map((_, i) => i + 1);
  const causes: SyntaxCause[] = [];
  let all = errorsOf(text);
  let errors = all.filter((e) => !isOwn(e));
  let parses = Math.max(3, Math.min(options.budget ?? 40, Math.floor(600_000 / Math.max(1, text.length))));
  const place = (e: ParserError, starts: readonly number[]): Place => {
    const at = firstLine([e], starts);
    return { ...e, line: origin[at]!, column: e.offset - starts[at]! + 1 };
  };
  while (errors.length > 0) {
    const starts = lineStarts(lines, eols);
    const at = firstLine(errors, starts);
    const owned = all.length - errors.length;
    // The first fix that clears every syntax error without adding a duplicate field; else the one that takes the
    // parser furthest (an independent problem further down remains), with the fewest errors left.
    let chosen: { lines: string[]; eols: string[]; all: ParserError[]; c: Candidate; reach: number; left: number } | undefined;
    let tried = 0;
    let chosenAt: number | undefined;
    for (const c of candidates(lines, at, isField)) {
      // A few tries past the first fix that helps is enough to find a better one (the right indentation of a tab).
      if (parses-- <= 0 || ++tried > MAX_TRIES || (chosenAt !== undefined && tried > chosenAt + 6)) break;
      const nextLines = [...lines.slice(0, c.index), ...c.lines, ...lines.slice(c.index + 1)];
      const nextEols = [...eols.slice(0, c.index), ...c.lines.map(() => eols[c.index] || '\n'), ...eols.slice(c.index + 1)];
      if (eols[c.index] === '') nextEols[c.index + c.lines.length - 1] = '';
      const nextAll = errorsOf(nextLines.map((l, i) => l + nextEols[i]).join(''));
      const next = nextAll.filter((e) => !isOwn(e));
      const added = Math.max(0, nextAll.length - next.length - owned);
      const shift = c.lines.length - 1;
      const reach = next.length === 0 ? Infinity : firstLine(next, lineStarts(nextLines, nextEols)) - shift;
      const left = next.length + added;
      if (!(reach > at || (reach === at && next.length < errors.length))) continue;
      if (!chosen || reach > chosen.reach || (reach === chosen.reach && left < chosen.left)) {
        chosen = { lines: nextLines, eols: nextEols, all: nextAll, c, reach, left };
        chosenAt ??= tried;
      }
      if (reach === Infinity && added === 0) break;
    }
    if (!chosen) {
      const first = errors.reduce((a, b) => (b.offset < a.offset ? b : a));
      return { causes, unexplained: place(first, starts), rest: [] };
    }
    const { c } = chosen;
    const line = origin[c.index]!;
    causes.push({ line, column: c.column, message: c.message, hint: rewriteHint(c.lead, line, c.lines) });
    origin = [...origin.slice(0, c.index), ...c.lines.map(() => line), ...origin.slice(c.index + 1)];
    ({ lines, eols, all } = chosen);
    errors = all.filter((e) => !isOwn(e));
  }
  const starts = lineStarts(lines, eols);
  return { causes, rest: all.filter(isOwn).map((e) => place(e, starts)) };
}

export type Place = ParserError & { line: number; column: number };

/** Fixes tried for one error before its cause is given up as not found (each try is a parse of the file). */
const MAX_TRIES = 10;
