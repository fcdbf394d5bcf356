/**
 * The IATI 2.03 codes the export uses, and how partner's words map onto them. Codes are from the IATI codelists
 * (version 2.03); those shipped in ../shared/standards/iati-2.03/codelists/ (OrganisationType, OrganisationRole,
 * ActivityStatus, ResultType, IndicatorMeasure) are checked against these tables by test/export.test.ts. The others
 * (ActivityDateType, DescriptionType, BudgetType, TagVocabulary, RegionVocabulary) are cited from the IATI codelists of the
 * same version; TransactionType and the sector vocabularies are checked against the shipped codelists too.
 */
import type { Phase } from '../folder/layout.js';
import type { Stakeholder } from '../../model/index.js';
import { wayForwardList } from '../../model/index.js';

export type OrgType = NonNullable<NonNullable<Stakeholder['iati']>['org_type']>;
export type Role = NonNullable<NonNullable<Stakeholder['iati']>['roles']>[number];
export type Sector = Stakeholder['sector'];
export type ResultTypeWord = 'output' | 'outcome' | 'impact' | 'other';
export type MeasureWord = 'unit' | 'percentage' | 'nominal' | 'ordinal' | 'qualitative';
export type Aspect = 'project-delivery' | 'impact' | 'partnership-functioning' | 'value-of-partnering';

/** OrganisationType codelist. */
export const ORG_TYPE_CODE: Record<OrgType, string> = {
  government: '10',
  'local-government': '11',
  'other-public-sector': '15',
  'international-ngo': '21',
  'national-ngo': '22',
  'regional-ngo': '23',
  'partner-country-ngo': '24',
  'public-private-partnership': '30',
  multilateral: '40',
  foundation: '60',
  'private-sector': '70',
  'private-sector-provider-country': '71',
  'private-sector-recipient-country': '72',
  'private-sector-third-country': '73',
  academic: '80',
  other: '90',
};

/**
 * A stakeholder's organisation type when its sector says it unambiguously (seed 003's sectors). The other sectors
 * (civil-society: international, national, regional or local NGO; cooperative, business-federation,
 * political-party), and donors (government, multilateral or foundation), need `iati: org_type:` on the stakeholder.
 */
export const SECTOR_ORG_TYPE: Partial<Record<Sector, OrgType>> = {
  public: 'government',
  private: 'private-sector',
  'semi-public': 'other-public-sector',
  'private-university': 'academic',
};

/** OrganisationRole codelist. */
export const ROLE_CODE: Record<Role, string> = { funding: '1', accountable: '2', extending: '3', implementing: '4' };

/** ActivityStatus codelist. */
export const ACTIVITY_STATUS = { pipeline: '1', implementation: '2', finalisation: '3', closed: '4' } as const;

/**
 * The phase of the partnering cycle (seed 002) and the way forward as an IATI activity status (ActivityStatus
 * codelist: 1 Pipeline/identification, 2 Implementation, 3 Finalisation "physical activity is complete or the final
 * disbursement has been made, but the activity remains open pending financial sign off or M&E", 4 Closed):
 * scoping, building and planning (seed 002 Phase 1, creating the partnership) → 1;
 * implementing and reviewing (Phases 2 and 3) → 2;
 * sustaining (Phase 4) → 2 while the partnership goes on (the way forward is to sustain, scale up or institutionalise,
 * or is not chosen yet); when the way forward is `close`, 3 until the end date, then 4.
 */
export function activityStatus(phase: Phase, wayForward: string | readonly string[] | undefined, end: string | undefined, asOf: string): string {
  const ways = wayForwardList(wayForward);
  switch (phase) {
    case 'scoping':
    case 'building':
    case 'planning':
      return ACTIVITY_STATUS.pipeline;
    case 'implementing':
    case 'reviewing':
      return ACTIVITY_STATUS.implementation;
    case 'sustaining':
      if (!ways.includes('close')) return ACTIVITY_STATUS.implementation;
      return end !== undefined && end <= asOf ? ACTIVITY_STATUS.closed : ACTIVITY_STATUS.finalisation;
  }
}

/** ActivityDateType codelist. */
export const ACTIVITY_DATE_TYPE = { plannedStart: '1', actualStart: '2', plannedEnd: '3', actualEnd: '4' } as const;

/** DescriptionType codelist. */
export const DESCRIPTION_TYPE = { general: '1', objectives: '2', other: '4' } as const;

/** TransactionType codelist: money into the activity (from another organisation) and out of the reporting organisation's own funds. */
export const TRANSACTION_TYPE = { incomingFunds: '1', outgoingCommitment: '2', disbursement: '3', incomingCommitment: '11' } as const;

/** BudgetType codelist, for planned disbursements: 1 Original. */
export const PLANNED_DISBURSEMENT_TYPE = { original: '1' } as const;

/** TagVocabulary codelist: 2 Sustainable Development Goals, 3 their targets. */
export const TAG_VOCABULARY = { sdgGoal: '2', sdgTarget: '3' } as const;

/** RegionVocabulary codelist: 1 OECD DAC. */
export const REGION_VOCABULARY = { dac: '1' } as const;

/** ResultType codelist. */
export const RESULT_TYPE_CODE: Record<ResultTypeWord, string> = { output: '1', outcome: '2', impact: '3', other: '9' };

/**
 * The aspect of an indicator (seed 002 Fig. 1) as a result type: project delivery is what the partners produce
 * (output); impact is the effect on the issue and the people it affects (outcome: IATI keeps "impact" for the
 * long-term effects, set it per indicator); partnership functioning and the value of partnering are about the
 * partnership itself, which IATI's result types do not cover (other).
 */
export const ASPECT_RESULT_TYPE: Record<Aspect, ResultTypeWord> = {
  'project-delivery': 'output',
  impact: 'outcome',
  'partnership-functioning': 'other',
  'value-of-partnering': 'other',
};

/** Titles of the results, one per aspect (seed 002 Fig. 1). */
export const ASPECT_TITLE: Record<Aspect, string> = {
  'project-delivery': 'Project delivery',
  impact: 'Impact on the issue',
  'partnership-functioning': 'Partnership functioning',
  'value-of-partnering': 'Value of partnering',
};

/** IndicatorMeasure codelist. */
export const MEASURE_CODE: Record<MeasureWord, string> = { unit: '1', percentage: '2', nominal: '3', ordinal: '4', qualitative: '5' };

/** An indicator's measure when not set: a unit with % (or "percent") is a percentage, anything else counts units. */
export function defaultMeasure(unit: string | undefined): MeasureWord {
  return unit !== undefined && /%|percent/i.test(unit) ? 'percentage' : 'unit';
}
