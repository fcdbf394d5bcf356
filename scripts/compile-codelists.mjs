#!/usr/bin/env node
// Compiles the IATI 2.03 codelists that partner checks codes against (../shared/standards/iati-2.03/codelists/) into
// one compact file, dist/generated/iati-codelists.json: for each list, its codes with their English names, and which
// codes IATI has withdrawn. partner reads that file at run time, and only when a partnership uses a coded field
// (src/core/check/codelists.ts); it never reads ../shared. Run by scripts/build.mjs and `npm run typecheck`.
//
// Without ../shared beside the repository (a clone on its own), an existing compiled file is kept; with neither,
// the build stops and says where the codelists are expected.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = join(ROOT, '..', 'shared', 'standards', 'iati-2.03', 'codelists');
const OUT = join(ROOT, 'dist', 'generated', 'iati-codelists.json');
/** The lists partner checks codes against (issue: Sector, SectorCategory, Country, Region, Currency, SDGs, ...). */
const LISTS = ['Sector', 'SectorCategory', 'Country', 'Region', 'Currency', 'UNSDG-Goals', 'UNSDG-Targets', 'TransactionType', 'OrganisationRegistrationAgency'];

if (!existsSync(SOURCE)) {
  if (existsSync(OUT)) process.exit(0);
  console.error(`compile-codelists: the IATI codelists are expected in ${SOURCE} (the shared standards beside the repository).`);
  process.exit(1);
}

const decode = (text) => text.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();

/** The items of one codelist file: code, English name (the narrative without xml:lang), withdrawn or not. */
function items(list) {
  const xml = readFileSync(join(SOURCE, `${list}.xml`), 'utf8');
  const out = [];
  for (const m of xml.matchAll(/<codelist-item\b([^>]*)>([\s\S]*?)<\/codelist-item>/g)) {
    const code = /<code>([^<]*)<\/code>/.exec(m[2])?.[1];
    const name = /<name>\s*<narrative>([\s\S]*?)<\/narrative>/.exec(m[2])?.[1];
    if (code === undefined) throw new Error(`${list}: an item without a code`);
    out.push([decode(code), name === undefined ? '' : decode(name), /status="withdrawn"/.test(m[1]) ? 1 : 0]);
  }
  if (out.length === 0) throw new Error(`${list}: no items read`);
  return out;
}

const compiled = { version: '2.03', lists: {} };
for (const list of LISTS) {
  const all = items(list);
  compiled.lists[list] = { codes: all.map(([code, name]) => `${code}\t${name}`).join('\n'), withdrawn: all.filter((i) => i[2]).map(([code]) => code) };
}
mkdirSync(join(ROOT, 'dist', 'generated'), { recursive: true });
const tmp = `${OUT}.${process.pid}.tmp`;
writeFileSync(tmp, `${JSON.stringify(compiled)}\n`);
renameSync(tmp, OUT);
