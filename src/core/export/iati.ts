/**
 * `partner export iati`: the partnership as one activity of the IATI activity standard 2.03 (International Aid
 * Transparency Initiative), as XML that the official schema (iati-activities-schema.xsd) accepts. Pure: a valid
 * folder model in, the XML or the findings out; the command (src/commands/export.ts) does the reading and writing.
 *
 * What IATI requires and the partnership lacks is an error located at the YAML node to fill (nothing is invented,
 * nothing is written); what IATI recommends and is missing is a warning, and the export goes ahead without it.
 *
 * How the files map onto IATI (codes in iati-codes.ts):
 * - iati-identifier: `iati.activity_id` in partnership.yaml, after `iati.reporting_org.ref` and a hyphen;
 * - reporting-org: `iati.reporting_org` (ref, name, org_type, or a stakeholder to take them from);
 * - title: `name`; description: `issue` and `vision` (general), `objectives` (objectives), in-kind commitments
 *   (other: IATI has no element for contributions in kind, so they are listed in words);
 * - last-updated-datetime: the record's last commit, or the export's date (the command decides);
 * - participating-org: every stakeholder that contributes (a commitment not withdrawn) or is an active or pilot
 *   partner; roles from its commitments (cash → Funding, in kind → Implementing) unless `iati.roles` says; type
 *   from its sector unless `iati.org_type` says; identifiers without a registration agency's code are warnings;
 * - activity-status: from `phase` and the way forward (see activityStatus); activity-date: `duration.start` and
 *   `duration.end`, actual once passed (as of the export date), planned before;
 * - recipient-country, recipient-region, sector, tag (the SDGs): `countries`, `regions`, `sectors`, `sdgs`
 *   (iati-classify.ts);
 * - planned-disbursement and transaction: cash commitments, relative to the reporting organisation, future or
 *   unconfirmed money never as a transaction (iati-money.ts);
 * - result/indicator: indicators grouped by aspect (seed 002 Fig. 1), with baseline, and one period per measurement
 *   and for the target, each period ending on its date.
 */
import type { Diagnostic } from '../base/diagnostic.js';
import type { FileKey } from '../folder/layout.js';
import type { PathSegment } from '../yaml/source.js';
import type { FolderModel, IndicatorsFile, ResourcesFile, Stakeholder } from '../../model/index.js';
import { didYouMean } from '../../util/did-you-mean.js';
import { formatDate, formatMoney, formatNumber } from '../base/wording.js';
import { nameOf } from '../check/names.js';
import { COMMITMENT_STATUS, FREQUENCY, label, RESOURCE_KIND } from '../documents/labels.js';
import {
  ACTIVITY_DATE_TYPE, ACTIVITY_STATUS, ASPECT_RESULT_TYPE, ASPECT_TITLE, DESCRIPTION_TYPE, MEASURE_CODE, ORG_TYPE_CODE, RESULT_TYPE_CODE, ROLE_CODE, SECTOR_ORG_TYPE,
  activityStatus, defaultMeasure, type Aspect, type MeasureWord, type OrgType, type ResultTypeWord, type Role,
} from './iati-codes.js';
import { classification } from './iati-classify.js';
import { moneyElements, type OrgRef } from './iati-money.js';
import type { Locate } from './locate.js';
import { formatDecimal, nextDay } from './numbers.js';
import { agencyOf, ORG_ID_HINT } from './org-id.js';
import { el, serializeXml, type XmlElement } from './xml.js';

export const IATI_VERSION = '2.03';

export type ValidModel = FolderModel & { partnership: NonNullable<FolderModel['partnership']> };
type Indicator = NonNullable<IndicatorsFile['indicators']>[number];
type Commitment = NonNullable<ResourcesFile['commitments']>[number];

export interface IatiOptions {
  /** The date the export is made as of (YYYY-MM-DD): dates up to it are actual, later ones planned. */
  asOf: string;
  /** Where each field is in the files, for findings. */
  at: Locate;
  /** When the record last changed, as an ISO 8601 date-time (`last-updated-datetime`): its last commit; the start of `asOf` when not given. */
  lastUpdated?: string;
}

export interface IatiResult {
  /** The XML document, when nothing IATI requires is missing. */
  xml?: string;
  /** The activity's IATI identifier, when it could be made. */
  identifier?: string;
  /** Errors (what IATI requires: no XML) and warnings (what it recommends: the XML is still made), in file order. */
  diagnostics: Diagnostic[];
}

/** Rule ids of the findings (shown at the end of each, as `partner check` does). */
export const IATI_RULES = { required: 'iati-required', recommended: 'iati-recommended' } as const;

export function exportIati(model: ValidModel, options: IatiOptions): IatiResult {
  const diagnostics: Diagnostic[] = [];
  const find = (severity: 'error' | 'warning') => (key: FileKey, path: readonly PathSegment[], message: string, hint: string) =>
    diagnostics.push({ ...options.at(key, path), severity, rule: severity === 'error' ? IATI_RULES.required : IATI_RULES.recommended, message, hint });
  const required = find('error');
  const recommended = find('warning');

  const p = model.partnership;
  const config = p.iati;
  const stakeholders = model.stakeholders?.stakeholders ?? [];
  const byId = new Map(stakeholders.map((s) => [s.id, s]));
  const commitments = (model.resources?.commitments ?? []).map((c, index) => ({ c, index })).filter(({ c }) => c.status !== 'withdrawn');
  const indicators = model.indicators?.indicators ?? [];
  const typeOf = (s: Stakeholder): OrgType | undefined => s.iati?.org_type ?? (s.donor ? undefined : SECTOR_ORG_TYPE[s.sector]);

  // --- Who publishes, and the identifier ------------------------------------------------------------------------
  let reportingOrg: XmlElement | undefined;
  let reporter: (OrgRef & { stakeholder?: string | undefined }) | undefined;
  let identifier: string | undefined;
  const checkAgency = (key: FileKey, path: PathSegment[], ref: string, whose: string) => {
    if (!agencyOf(ref)) recommended(key, path, `${whose} identifier \`${ref}\` does not start with the code of a registration agency IATI knows, so registries cannot tell who registered the organisation.`, ORG_ID_HINT);
  };
  if (!config) {
    required('partnership', ['iati'], 'IATI needs the organisation that publishes this activity and the activity\'s identifier, and partnership.yaml has no `iati:` settings.', 'Add `iati:` with `reporting_org:` (its `ref`, the organisation\'s IATI identifier, and its `name` and `org_type`, or the `stakeholder` it is) and `activity_id:`.');
  } else {
    const ro = config.reporting_org;
    if (!ro) required('partnership', ['iati'], 'IATI needs the organisation that publishes this activity: `iati:` has no `reporting_org:`.', 'Add `reporting_org:` with its `ref` (the organisation\'s IATI identifier, see org-id.guide) and its `name` and `org_type`, or the `stakeholder` it is.');
    else {
      const stakeholder = ro.stakeholder === undefined ? undefined : byId.get(ro.stakeholder);
      if (ro.stakeholder !== undefined && !stakeholder) {
        const guess = didYouMean(ro.stakeholder, byId.keys());
        required('partnership', ['iati', 'reporting_org', 'stakeholder'], `There is no stakeholder \`${ro.stakeholder}\` in stakeholders.yaml.`, guess ? `Did you mean \`${guess}\`?` : 'Use the id of a stakeholder in stakeholders.yaml, or give `name:` and `org_type:` instead.');
      }
      if (!ro.ref) required('partnership', ['iati', 'reporting_org'], 'IATI needs the reporting organisation\'s identifier: `reporting_org:` has no `ref:`.', 'Add `ref:` with the organisation\'s IATI identifier (registration agency code and number, see org-id.guide), e.g. GB-CHC-202918.');
      const name = ro.name ?? stakeholder?.name;
      if (!name && (ro.stakeholder === undefined || stakeholder)) required('partnership', ['iati', 'reporting_org'], 'IATI needs the reporting organisation\'s name: `reporting_org:` has no `name:` nor `stakeholder:`.', 'Add `name:`, or `stakeholder:` with its id in stakeholders.yaml.');
      const type = ro.org_type ?? (stakeholder ? typeOf(stakeholder) : undefined);
      if (!type && (ro.stakeholder === undefined || stakeholder)) {
        required('partnership', ['iati', 'reporting_org'], stakeholder ? `IATI needs the reporting organisation's type, and the sector of ${nameOf(stakeholder)} (${stakeholder.sector}) does not say which it is.` : 'IATI needs the reporting organisation\'s type: `reporting_org:` has no `org_type:`.', `Add \`org_type:\`: ${orgTypeChoices(stakeholder)}.`);
      }
      if (ro.ref) checkAgency('partnership', ['iati', 'reporting_org', 'ref'], ro.ref, 'The reporting organisation\'s');
      if (ro.ref && name && type) {
        reportingOrg = el('reporting-org', { ref: ro.ref, type: ORG_TYPE_CODE[type] }, [narrative(name)]);
        const self = stakeholder ?? stakeholders.find((x) => x.iati?.ref === ro.ref);
        reporter = { ref: ro.ref, type: ORG_TYPE_CODE[type], name, stakeholder: self?.id };
      }
    }
    if (!config.activity_id) required('partnership', ['iati'], 'IATI needs an identifier for this activity: `iati:` has no `activity_id:`.', 'Add `activity_id:` with a short id that never changes once published, such as the folder name; partner puts the reporting organisation\'s `ref` and a hyphen before it.');
    else if (ro?.ref) identifier = config.activity_id.startsWith(`${ro.ref}-`) ? config.activity_id : `${ro.ref}-${config.activity_id}`;
  }

  // --- Title and descriptions -----------------------------------------------------------------------------------
  const general = [p.issue, p.vision === undefined ? undefined : `Vision: ${p.vision}`].filter(isText).join('\n\n');
  if (!general) required('partnership', ['issue'], 'IATI needs a description of the activity: partnership.yaml has no `issue:` nor `vision:`.', 'Add `issue:`, the problem the partnership tackles, in words a reader outside it understands.');
  const objectives = (p.objectives ?? []).map((o) => (o.status === 'agreed' ? o.text : `${o.text} (proposed, not yet agreed)`)).filter(isText);
  const inKind = commitments.filter(({ c }) => c.type === 'in-kind').map(({ c }) => inKindLine(c, byId.get(c.stakeholder), config?.default_currency));

  // --- Participating organisations -------------------------------------------------------------------------------
  const participating: XmlElement[] = [];
  const orgOf = (s: Stakeholder) => ({ ref: s.iati?.ref, type: typeOf(s) });
  stakeholders.forEach((s, i) => {
    const own = commitments.filter(({ c }) => c.stakeholder === s.id).map(({ c }) => c);
    const roles = s.iati?.roles ?? defaultRoles(s, own);
    if (roles.length === 0) return;
    const { ref, type } = orgOf(s);
    if (ref !== undefined && ref !== config?.reporting_org?.ref) checkAgency('stakeholders', ['stakeholders', i, 'iati', 'ref'], ref, `The IATI`);
    if (!type) recommended('stakeholders', ['stakeholders', i, 'sector'], `IATI asks for each participating organisation's type, and the sector \`${s.sector}\`${s.donor ? ' of a donor' : ''} of ${nameOf(s)} does not say which it is; the type is left out.`, `Add \`iati:\` with \`org_type:\` to this stakeholder: ${orgTypeChoices(s)}.`);
    for (const role of sortRoles(roles)) participating.push(el('participating-org', { ref, type: type && ORG_TYPE_CODE[type], role: ROLE_CODE[role] }, [narrative(s.name)]));
  });
  if (participating.length === 0) {
    required('stakeholders', ['stakeholders'], 'IATI needs at least one participating organisation, and no stakeholder is an active or pilot partner or has a commitment.', 'Set `engagement: active-partner` on the partners, record their commitments in resources.yaml, or give a stakeholder `iati:` `roles:`.');
  }

  // --- Status and dates -------------------------------------------------------------------------------------------
  const start = p.duration?.start;
  const end = p.duration?.end;
  const status = activityStatus(p.phase, p.sustainability?.way_forward, end, options.asOf);
  if (!start) {
    const first = p.phase_history?.[0]?.date;
    required('partnership', ['duration'], 'IATI needs the date the activity started or is planned to start: partnership.yaml has no `duration:` `start:`.', `Add \`duration:\` with \`start:\` (YYYY-MM-DD)${first ? `; the phase history begins on ${first}` : ''}.`);
  }
  const dates: XmlElement[] = [];
  if (start) dates.push(el('activity-date', { type: start <= options.asOf ? ACTIVITY_DATE_TYPE.actualStart : ACTIVITY_DATE_TYPE.plannedStart, 'iso-date': start }));
  if (end) {
    const ended = end <= options.asOf && (status === ACTIVITY_STATUS.finalisation || status === ACTIVITY_STATUS.closed);
    dates.push(el('activity-date', { type: ended ? ACTIVITY_DATE_TYPE.actualEnd : ACTIVITY_DATE_TYPE.plannedEnd, 'iso-date': end }));
  }

  // --- Money, and what the activity is about and where ---------------------------------------------------------------
  const currency = config?.default_currency;
  // Without a complete reporting organisation nothing is written, but the money's own findings are still reported.
  const payer = reporter ?? { name: '', stakeholder: config?.reporting_org?.stakeholder };
  const money = moneyElements(commitments, { asOf: options.asOf, currency, reporter: payer, byId, org: (s) => ({ ref: orgOf(s).ref, type: orgOf(s).type && ORG_TYPE_CODE[orgOf(s).type!], name: s.name }), required, recommended });
  const where = classification(p, required);

  // --- Results ------------------------------------------------------------------------------------------------------
  const settings = config?.indicators ?? {};
  const indicatorIds = new Set(indicators.map((i) => i.id));
  for (const id of Object.keys(settings)) {
    if (indicatorIds.has(id)) continue;
    const guess = didYouMean(id, indicatorIds);
    required('partnership', ['iati', 'indicators', id], `There is no indicator \`${id}\` in indicators.yaml.`, guess ? `Did you mean \`${guess}\`?` : 'Use the id of an indicator in indicators.yaml.');
  }
  const groups = new Map<string, { aspect: Aspect; type: ResultTypeWord; indicators: XmlElement[] }>();
  indicators.forEach((ind, i) => {
    const own = settings[ind.id];
    const type = own?.result_type ?? ASPECT_RESULT_TYPE[ind.aspect];
    const key = `${ind.aspect} ${type}`;
    if (!groups.has(key)) groups.set(key, { aspect: ind.aspect, type, indicators: [] });
    if (!ind.baseline) recommended('indicators', ['indicators', i, 'id'], `IATI results are read against a baseline, and the indicator “${ind.name?.trim() || ind.id}” has none; it is exported without one.`, 'Add `baseline:` with `value:` and `date:`, where things stood at the start.');
    groups.get(key)!.indicators.push(indicatorElement(ind, own?.measure ?? defaultMeasure(ind.unit), ind.owner === undefined ? undefined : byId.get(ind.owner)?.name ?? ind.owner));
  });
  const results = [...groups.values()].map((g) => el('result', { type: RESULT_TYPE_CODE[g.type] }, [el('title', {}, [narrative(ASPECT_TITLE[g.aspect])]), ...g.indicators]));

  diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  if (diagnostics.some((d) => d.severity === 'error') || !reportingOrg || !identifier || !start) return { diagnostics, ...(identifier ? { identifier } : {}) };

  const activity = el('iati-activity', { 'last-updated-datetime': options.lastUpdated ?? `${options.asOf}T00:00:00Z`, 'xml:lang': config?.language ?? 'en', 'default-currency': currency }, [
    el('iati-identifier', {}, identifier),
    reportingOrg,
    el('title', {}, [narrative(p.name)]),
    el('description', { type: DESCRIPTION_TYPE.general }, [narrative(general)]),
    objectives.length > 0 && el('description', { type: DESCRIPTION_TYPE.objectives }, [narrative(objectives.join('\n'))]),
    inKind.length > 0 && el('description', { type: DESCRIPTION_TYPE.other }, [narrative(`Contributions in kind:\n${inKind.join('\n')}`)]),
    ...participating,
    el('activity-status', { code: status }),
    ...dates,
    ...where.countries,
    ...where.regions,
    ...where.sectors,
    ...where.tags,
    ...money.planned,
    ...money.transactions,
    ...results,
  ]);
  return { xml: serializeXml(el('iati-activities', { version: IATI_VERSION }, [activity])), identifier, diagnostics };
}

function narrative(text: string): XmlElement {
  return el('narrative', {}, text);
}

function isText(s: string | undefined): s is string {
  return s !== undefined && s.trim() !== '';
}

/** Roles when the stakeholder does not say: cash → funding; in kind, or an active or pilot partner with no commitment → implementing. */
function defaultRoles(s: Stakeholder, own: readonly Commitment[]): Role[] {
  const roles: Role[] = [];
  if (own.some((c) => c.type === 'cash')) roles.push('funding');
  if (own.some((c) => c.type === 'in-kind') || (own.length === 0 && (s.engagement === 'active-partner' || s.engagement === 'pilot'))) roles.push('implementing');
  return roles;
}

function sortRoles(roles: readonly Role[]): Role[] {
  return [...new Set(roles)].sort((a, b) => Number(ROLE_CODE[a]) - Number(ROLE_CODE[b]));
}

function orgTypeChoices(s: Stakeholder | undefined): string {
  if (s?.donor) return 'government (a bilateral donor), multilateral, or foundation';
  switch (s?.sector) {
    case 'civil-society':
      return 'national-ngo, international-ngo, regional-ngo or partner-country-ngo (a local or national NGO in the country receiving aid)';
    case 'cooperative':
    case 'business-federation':
      return 'private-sector, national-ngo or other';
    case 'political-party':
      return 'other';
    default:
      return 'government, local-government, other-public-sector, national-ngo, international-ngo, multilateral, foundation, private-sector, academic or other';
  }
}

/** One contribution in kind, in words: `- OPP: Designs and supervision (people; in progress; from 1 January 1982; due by 31 December 1988)`. */
function inKindLine(c: Commitment, s: Stakeholder | undefined, currency: string | undefined): string {
  const details = [
    label(RESOURCE_KIND, c.kind),
    label(COMMITMENT_STATUS, c.status)?.toLowerCase(),
    c.start && `from ${formatDate(c.start) ?? c.start}`,
    c.due && `due by ${formatDate(c.due) ?? c.due}`,
    c.amount !== undefined && `estimated value ${c.currency ?? currency ? formatMoney(c.amount, c.currency ?? currency) : formatNumber(c.amount)}`,
  ].filter(Boolean);
  return `- ${s?.name ?? c.stakeholder}: ${c.description}${details.length ? ` (${details.join('; ')})` : ''}`;
}

/**
 * One indicator: title, description (unit, method, who collects, how often), baseline, and one period for each
 * measurement date and the target date, in date order. Each period ends on its date and starts the day after the
 * previous one (the first, the day after the baseline), so periods never overlap. For a qualitative measure the
 * values go into comments, as IATI allows no value there.
 */
function indicatorElement(ind: Indicator, measure: MeasureWord, owner: string | undefined): XmlElement {
  const qualitative = measure === 'qualitative';
  const valueAttr = (v: number) => (qualitative ? {} : { value: formatDecimal(v) });
  const valueComment = (v: number, note?: string) => {
    const text = [qualitative ? `${formatDecimal(v)}${ind.unit ? ` ${ind.unit}` : ''}` : undefined, note].filter(isText).join(' — ');
    return text ? el('comment', {}, [narrative(text)]) : undefined;
  };
  const about = [ind.unit && `Unit: ${ind.unit}.`, ind.method && `Method: ${ind.method}.`, owner && `Collected by: ${owner}.`, ind.frequency && `Frequency: ${label(FREQUENCY, ind.frequency)}.`].filter(isText).join(' ');
  // Which way is better: `better:` when the indicator says (read defensively: it is a newer field), else the
  // direction from the baseline to the target.
  const better = (ind as { better?: unknown }).better;
  const ascending = better === 'higher' ? '1' : better === 'lower' ? '0' : ind.baseline && ind.target && ind.target.value !== ind.baseline.value ? (ind.target.value > ind.baseline.value ? '1' : '0') : undefined;

  const points = new Map<string, { actual?: { value: number; note?: string }; target?: number }>();
  for (const m of ind.measurements ?? []) points.set(m.date, { ...points.get(m.date), actual: { value: m.value, ...(m.note !== undefined ? { note: m.note } : {}) } });
  if (ind.target) points.set(ind.target.date, { ...points.get(ind.target.date), target: ind.target.value });
  const periods: XmlElement[] = [];
  let previous = ind.baseline?.date;
  for (const date of [...points.keys()].sort()) {
    const point = points.get(date)!;
    periods.push(el('period', {}, [
      el('period-start', { 'iso-date': previous !== undefined && previous < date ? nextDay(previous) : date }),
      el('period-end', { 'iso-date': date }),
      point.target !== undefined && el('target', valueAttr(point.target), [valueComment(point.target)]),
      point.actual && el('actual', valueAttr(point.actual.value), [valueComment(point.actual.value, point.actual.note)]),
    ]));
    previous = date;
  }

  return el('indicator', { measure: MEASURE_CODE[measure], ascending }, [
    el('title', {}, [narrative(ind.name)]),
    about ? el('description', {}, [narrative(about)]) : undefined,
    ind.baseline && el('baseline', { year: Number(ind.baseline.date.slice(0, 4)), 'iso-date': ind.baseline.date, ...valueAttr(ind.baseline.value) }, [valueComment(ind.baseline.value)]),
    ...periods,
  ]);
}
