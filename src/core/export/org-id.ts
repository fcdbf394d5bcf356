/**
 * Organisation identifiers as IATI wants them: the code of the agency that registered the organisation (the
 * OrganisationRegistrationAgency codelist, kept by org-id.guide), a hyphen, and the number it gave: GB-CHC-202918.
 * IATI's Standard ruleset warns when a reporting organisation's identifier starts with no approved agency code (1.14.8).
 */
import { lookup, type CodeItem } from '../check/codelists.js';

/** The registration agency an identifier starts with (the longest code that matches, followed by a hyphen), if any. */
export function agencyOf(ref: string): CodeItem | undefined {
  const parts = ref.split('-');
  for (let n = Math.min(parts.length - 1, 4); n >= 1; n--) {
    const item = lookup('OrganisationRegistrationAgency', parts.slice(0, n).join('-'));
    if (item && !item.withdrawn) return item;
  }
  return undefined;
}

/** The hint of a finding about an identifier with no agency code. */
export const ORG_ID_HINT = 'Look the organisation up on org-id.guide: its identifier is the code of the agency that registered it, a hyphen and the number it was given there, such as GB-CHC-202918 (a charity in England and Wales) or XM-DAC-41122 (UNICEF).';
