import type { Diagnostic } from '../base/diagnostic.js';
import { formatNumber } from '../base/wording.js';
import type { SchemaError } from './schemas.js';
import { locate, type PathSegment, type YamlSource } from '../yaml/source.js';
import { capitalise, describePlace } from './places.js';
import { booleanFix, colonTextFix, dateFix, fieldFix, hashTextFix, likelyField, likelyValue, listFix, numberFix, startsWithNbsp, textFix, valueFix, type Rewrite } from './value-fixes.js';
import { fileKind, migrationFor } from './migrations.js';

/** JSON pointer → path segments (array indices as numbers). */
export function pointerToPath(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** What a YAML value is, in a broker's words. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a set of fields';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return `true/false (${value})`;
  if (typeof value === 'number') return Number.isFinite(value) ? `a number (${value})` : `${Number.isNaN(value) ? '.nan' : '.inf'} (not a number a partnership can use)`;
  return typeof value;
}

const TYPE_WORDS: Record<string, string> = { string: 'text', number: 'a number', integer: 'a whole number', boolean: 'true or false', array: 'a list', object: 'a set of fields', null: 'empty' };

function show(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/**
 * Keeps the errors a person should read: drops `if` wrappers, and for anyOf/oneOf keeps only the branch that got
 * furthest into the data (the best match) instead of every branch's complaint.
 */
export function bestErrors(errors: readonly SchemaError[]): SchemaError[] {
  const list = errors.filter((e) => e.keyword !== 'if');
  const dropped = new Set<SchemaError>();
  for (let i = 0; i < list.length; i++) {
    const alt = list[i]!;
    if (alt.keyword !== 'anyOf' && alt.keyword !== 'oneOf') continue;
    // ajv reports a branch's errors just before the anyOf/oneOf that failed: walk back over them only, so that
    // a list of thousands of failing items stays linear work.
    const prefix = `${alt.schemaPath}/`;
    const inside: SchemaError[] = [];
    for (let k = i - 1; k >= 0; k--) {
      const e = list[k]!;
      if (!e.schemaPath.startsWith(prefix) || !e.instancePath.startsWith(alt.instancePath)) break;
      if (!dropped.has(e)) inside.push(e);
    }
    if (inside.length === 0) continue;
    const branchOf = (e: SchemaError) => e.schemaPath.slice(prefix.length).split('/')[0]!;
    const depth = new Map<string, number>();
    for (const e of inside) depth.set(branchOf(e), Math.max(depth.get(branchOf(e)) ?? 0, e.instancePath.length));
    const best = [...depth.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    dropped.add(alt);
    for (const e of inside) if (branchOf(e) !== best) dropped.add(e);
  }
  return list.filter((e) => !dropped.has(e));
}

const notFinite = (value: unknown) => typeof value === 'number' && !Number.isFinite(value);

/** Turns schema errors for one file into located diagnostics with what would be right. */
export function schemaFindings(source: YamlSource, errors: readonly SchemaError[], what: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const e of bestErrors(errors)) {
    const path = pointerToPath(e.instancePath);
    const name = path.length ? describePlace(source.data, path) : what;
    const parent = (e.parentSchema ?? {}) as { properties?: Record<string, { title?: string; description?: string }>; description?: string; examples?: unknown[] };
    const at = (p: PathSegment[], key = false) => ({ file: source.file, ...locate(source, p, { key }) });
    const fixed = (r: Rewrite) => ({ file: source.file, line: r.line, column: r.column });
    // An error about a key (propertyNames) is at that key, not at the mapping holding it.
    const key = (e as { propertyName?: string }).propertyName;
    const here = key === undefined ? at(path) : at([...path, key], true);
    switch (e.keyword) {
      case 'additionalProperties': {
        const field = String((e.params as { additionalProperty: string }).additionalProperty);
        const allowed = Object.keys(parent.properties ?? {});
        const moved = migrationFor(fileKind(what), { field });
        if (moved) {
          out.push({ ...at([...path, field], true), severity: 'error', rule: 'unknown-field', message: moved.message, hint: moved.hint });
          break;
        }
        const guess = startsWithNbsp(field) ? field.replace(/^[\u00a0\u2007\u202f]+/, '') : likelyField(field, allowed);
        const fix = guess ? fieldFix(source, path, field, guess) : undefined;
        const where = path.length ? ` in ${name}` : '';
        const message = startsWithNbsp(field)
          ? `This line starts with non-breaking spaces (pasted from a word processor), which do not count as indentation, so \`${field.trim()}\` is read as an unknown field${where}.`
          : `Unknown field \`${field}\`${where}${guess ? `; did you mean \`${guess}\`?` : '.'}`;
        out.push({ ...(fix ? fixed(fix) : at([...path, field], true)), severity: 'error', rule: 'unknown-field', message, hint: fix?.hint ?? (allowed.length ? `Fields allowed here: ${allowed.join(', ')}.` : 'Remove it.') });
        break;
      }
      case 'required': {
        const field = (e.params as { missingProperty: string }).missingProperty;
        const prop = parent.properties?.[field];
        const about = prop?.description ?? prop?.title;
        out.push({ ...here, severity: 'error', rule: 'missing-field', message: `${path.length ? `${capitalise(name)} is missing` : `${what} is missing`} the required field \`${field}\`.`, ...(about ? { hint: `Add \`${field}:\`: ${about}` } : { hint: `Add \`${field}:\`.` }) });
        break;
      }
      case 'type': {
        const type = String((e.params as { type: string }).type);
        const expected = type.split(',').map((t) => TYPE_WORDS[t] ?? t).join(' or ');
        const actual = describeValue(e.data);
        if (!path.length) {
          const empty = e.data === null || e.data === undefined;
          out.push({ ...here, severity: 'error', rule: 'wrong-type', message: empty ? `${what} is empty.` : `${what} should hold ${expected}, but it holds ${actual}.`, hint: 'Start from the skeleton that `partner init` writes: top-level fields, one per line, such as `name: ...`.' });
        } else out.push(typeFinding(source, path, name, type, expected, actual, e));
        break;
      }
      case 'enum':
      case 'const': {
        const last = [...path].reverse().find((seg) => typeof seg === 'string');
        const old = last === undefined ? undefined : migrationFor(fileKind(what), { of: String(last), value: e.data });
        if (old) {
          out.push({ ...at(path), severity: 'error', rule: 'invalid-value', message: old.message, hint: old.hint });
          break;
        }
        const allowed = (e.keyword === 'enum' ? (e.params as { allowedValues: unknown[] }).allowedValues : [(e.params as { allowedValue: unknown }).allowedValue]).map(String);
        const guess = typeof e.data === 'string' ? likelyValue(e.data, allowed) : undefined;
        const fix = guess ? valueFix(source, path, guess) : undefined;
        out.push({ ...(fix ? fixed(fix) : here), severity: 'error', rule: 'invalid-value', message: `\`${show(e.data)}\` is not a valid ${lastName(path, what)}${guess ? `; did you mean \`${guess}\`?` : '.'}`, hint: fix?.hint ?? `Use one of: ${allowed.join(', ')}.` });
        break;
      }
      case 'format': {
        const fix = typeof e.data === 'string' ? dateFix(source, path) : undefined;
        out.push({ ...(fix ? fixed(fix) : here), severity: 'error', rule: 'invalid-date', message: `\`${show(e.data)}\` is not a valid date for ${name}${fix?.note ? ` (${fix.note})` : ''}.`, hint: fix?.hint ?? 'Write dates as YYYY-MM-DD, for example 2025-03-31, and check the day exists in that month.' });
        break;
      }
      case 'pattern': {
        const isId = String(e.schema).includes('[a-z0-9]+(-[a-z0-9]+)*');
        out.push({ ...here, severity: 'error', rule: 'invalid-value', message: isId ? `\`${show(e.data)}\` is not a valid id for ${name}.` : `\`${show(e.data)}\` is not in the expected form for ${name}.`, hint: isId ? 'Ids are lower case words joined by hyphens, such as `orangi-pilot-project`.' : `Expected form: ${firstExample(e.parentSchema) ?? String(e.schema)}.` });
        break;
      }
      case 'minLength':
      case 'minItems':
      case 'minProperties':
        out.push({ ...here, severity: 'error', rule: 'empty-value', message: `${capitalise(name)} is empty.`, hint: 'Fill it in, or remove the line if it does not apply yet.' });
        break;
      case 'uniqueItems':
        out.push({ ...here, severity: 'error', rule: 'duplicate-value', message: `${capitalise(name)} lists the same value twice.`, hint: 'Keep each value once.' });
        break;
      case 'maximum':
        if (notFinite(e.data)) break; // reported by `type`: ajv's numbers are finite
        // resources.schema.json: an IATI value is a decimal of at most 18 digits (xsd:decimal, as validators read it).
        out.push({ ...here, severity: 'error', rule: 'invalid-value', message: `\`${name}\` is ${show(e.data)}, more than the largest number partner reads here (${formatNumber(Number((e.params as { limit: number }).limit))}).`, hint: 'Check the number: write it in plain digits, such as 150000.' });
        break;
      case 'not':
        if (typeof e.data === 'number') {
          out.push({ ...here, severity: 'error', rule: 'invalid-value', message: `\`${name}\` is ${show(e.data)}: more than 0 but less than 0.01, too small to be an amount.`, hint: 'Write 0, or the amount in the currency\'s units, such as 150000 or 12.50.' });
          break;
        }
        out.push({ ...here, severity: 'error', rule: 'schema', message: `\`${name}\` ${e.message}.` });
        break;
      case 'minimum':
      case 'exclusiveMinimum':
        out.push({ ...here, severity: 'error', rule: 'invalid-value', message: `${capitalise(name)} ${e.message}.`, hint: e.keyword === 'minimum' ? 'Amounts cannot be negative.' : undefined });
        break;
      case 'maxLength':
        out.push({ ...here, severity: 'error', rule: 'invalid-value', message: `${capitalise(name)} is too long (${e.message}).`, hint: 'Shorten it; put long explanations in a description field.' });
        break;
      case 'propertyNames':
        break; // reported by the file-name check
      default:
        out.push({ ...here, severity: 'error', rule: 'schema', message: `${capitalise(name)} ${e.message ?? 'is not valid'}.`, ...(parent.description ? { hint: parent.description } : {}) });
    }
  }
  return out.map((d) => (d.hint === undefined ? dropHint(d) : d));
}

/** A value of the wrong kind; where its meaning is plain (25,000; yes; a list as a sentence ...), the line as it should read. */
function typeFinding(source: YamlSource, path: PathSegment[], name: string, type: string, expected: string, actual: string, e: SchemaError): Diagnostic {
  const base = { file: source.file, severity: 'error' as const, rule: 'wrong-type' };
  const fixed = (r: Rewrite, message: string): Diagnostic => ({ ...base, line: r.line, column: r.column, message, hint: r.hint });
  const data = e.data;
  if ((type === 'number' || type === 'integer') && typeof data === 'string') {
    const r = numberFix(source, path);
    if (r) return fixed(r, `${capitalise(name)} should be a plain number, not text (\`${show(data)}\`).`);
  }
  if (type === 'boolean' && typeof data === 'string') {
    const r = booleanFix(source, path);
    if (r) return fixed(r, `${capitalise(name)} should be true or false, not text (\`${show(data)}\`).`);
  }
  if (type === 'string' && (typeof data === 'number' || typeof data === 'boolean')) {
    const r = textFix(source, path);
    if (r) return fixed(r, `${capitalise(name)} should be text, but YAML reads \`${String(data)}\` as ${typeof data === 'number' ? 'a number' : 'true/false'}.`);
  }
  if (type === 'string' && data && typeof data === 'object' && !Array.isArray(data)) {
    const r = colonTextFix(source, path, data);
    if (r) return fixed(r, `${capitalise(name)} should be text, but its colon and the space after it (\`: \`) make YAML read it as a field.`);
  }
  if (type === 'string' && (data === null || data === undefined)) {
    const r = hashTextFix(source, path);
    if (r) return fixed(r, `${capitalise(name)} is empty: YAML reads everything after \` #\` as a note to itself, not as text.`);
  }
  if (type === 'array' && typeof data === 'string') {
    const r = listFix(source, path, data);
    if (r) return fixed(r, r.bullets ? `${capitalise(name)} should be a list, but bullets (\u2022) do not make one in YAML: the items are read as one text.` : `${capitalise(name)} should be a list, one item per line, not a sentence.`);
  }
  const example = firstExample(e.parentSchema);
  return { ...base, ...locate(source, path), message: `${capitalise(name)} should be ${expected}, not ${actual}.`, hint: hintForType(type, data, example) };
}

function dropHint(d: Diagnostic): Diagnostic {
  const { hint: _hint, ...rest } = d;
  return rest;
}

function lastName(path: readonly PathSegment[], what: string): string {
  const last = [...path].reverse().find((s) => typeof s === 'string');
  return last ? `\`${String(last)}\`` : what;
}

function firstExample(schema: unknown): string | undefined {
  let ex = (schema as { examples?: unknown[] } | undefined)?.examples?.[0];
  if (Array.isArray(ex)) ex = ex[0];
  return ex === undefined ? undefined : typeof ex === 'string' ? ex : JSON.stringify(ex);
}

function hintForType(expected: string, actual: unknown, example: string | undefined): string {
  if (expected === 'string' && typeof actual === 'number') return `Put the value in quotes to keep it as text, e.g. "${String(actual)}".`;
  if (expected === 'string' && typeof actual === 'boolean') return `YAML reads a bare ${String(actual)} as true/false; put the value in quotes to keep it as text.`;
  if (expected === 'string' && (actual === null || actual === undefined)) return 'Write the text after the colon, or remove the line.';
  if (expected === 'array') return `Write one item per line, each starting with "- "${example ? `, e.g. - ${example}` : ''}.`;
  if (expected === 'object') return 'Write the fields on the following lines, indented by two spaces.';
  if (expected === 'number') return 'Write a plain number without quotes, units or thousands separators, e.g. 25000.';
  return example ? `For example: ${example}.` : `Write ${TYPE_WORDS[expected] ?? expected}.`;
}
