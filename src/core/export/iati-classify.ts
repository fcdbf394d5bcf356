/**
 * What the activity is about and where, in IATI's terms: `<sector>` for each sector of activity (vocabulary 1 for a
 * 5-digit DAC sector, 2 for a 3-digit DAC category), `<recipient-country>` and `<recipient-region>` (OECD DAC
 * regions, vocabulary 1), each with its percentage when partnership.yaml gives one (`partner check` has made sure
 * they add up to 100 per vocabulary, and that every code is in the codelists), and the Sustainable Development Goals
 * as `<tag>` (vocabulary 2 for a goal, 3 for a target). Each carries its name in words. Sectors and a country or
 * region are required by IATI's Standard ruleset (6.2.2, 3.7.1): without them, an error at the place to add them.
 */
import type { PathSegment } from '../yaml/source.js';
import type { FileKey } from '../folder/layout.js';
import type { PartnershipFile } from '../../model/index.js';
import { lookup, sdgGoalLabel, SECTOR_LIST, sectorVocabulary } from '../check/codelists.js';
import { REGION_VOCABULARY, TAG_VOCABULARY } from './iati-codes.js';
import { formatDecimal } from './numbers.js';
import { el, type XmlElement } from './xml.js';

type Report = (key: FileKey, path: readonly PathSegment[], message: string, hint: string) => void;

export interface Classification {
  countries: XmlElement[];
  regions: XmlElement[];
  sectors: XmlElement[];
  tags: XmlElement[];
}

const percentage = (p: number | undefined) => (p === undefined ? undefined : formatDecimal(p));
const named = (name: string | undefined) => (name ? [el('narrative', {}, name)] : []);

export function classification(p: PartnershipFile, required: Report): Classification {
  const sectors = (p.sectors ?? []).map((s) => {
    const code = String(s.code).trim();
    const vocabulary = sectorVocabulary(code);
    return el('sector', { vocabulary, code, percentage: percentage(s.percentage) }, named(lookup(SECTOR_LIST[vocabulary], code)?.name));
  });
  if (sectors.length === 0) {
    required('partnership', ['sectors'], 'IATI needs the sectors the activity works in, and partnership.yaml has no `sectors:`.', 'Add `sectors:` with the DAC code of each (such as `- code: 14032` for basic sanitation) and, with more than one, its `percentage:`; `partner check` suggests codes from words.');
  }
  const countryList = p.countries ?? (p.iati?.recipient_country !== undefined ? [{ code: p.iati.recipient_country }] : []);
  const countries = countryList.map((c) => el('recipient-country', { code: c.code.trim(), percentage: percentage(c.percentage) }, named(lookup('Country', c.code.trim())?.name)));
  const regions = (p.regions ?? []).map((r) => {
    const code = String(r.code).trim();
    return el('recipient-region', { code, vocabulary: REGION_VOCABULARY.dac, percentage: percentage(r.percentage) }, named(lookup('Region', code)?.name));
  });
  if (countries.length === 0 && regions.length === 0) {
    required('partnership', ['countries'], 'IATI needs the country or region the activity works in, and partnership.yaml has no `countries:` nor `regions:`.', 'Add `countries:` with the two-letter code of each country (such as `- code: PK`), or `regions:` with OECD DAC region codes; with more than one, each with its `percentage:`.');
  }
  const tags = (p.sdgs ?? []).flatMap((g) => [
    el('tag', { vocabulary: TAG_VOCABULARY.sdgGoal, code: String(g.goal) }, named(sdgGoalLabel(g.goal))),
    ...(g.targets ?? []).map((t) => el('tag', { vocabulary: TAG_VOCABULARY.sdgTarget, code: t }, named(`Target ${t}: ${lookup('UNSDG-Targets', t)?.name ?? ''}`.replace(/: $/, '')))),
  ]);
  return { countries, regions, sectors, tags };
}
