/* Generated from schemas/ by scripts/gen-types.mjs (npm run gen:types). Do not edit by hand. */
/* eslint-disable */

// ---- partnership.schema.json
export namespace PartnershipFiles {
/**
 * The name partners use for the partnership.
 */
export type Name = string
/**
 * Where the partnership stands in the partnering cycle (seed 002): scoping, building, planning, implementing, reviewing or sustaining. `partner check` holds the files to what this phase needs.
 */
export type CurrentPhase = ("scoping" | "building" | "planning" | "implementing" | "reviewing" | "sustaining")
/**
 * A phase of the partnering cycle (seed 002, The Partnering Process): scoping, building, planning, implementing, reviewing, sustaining.
 */
export type Phase = ("scoping" | "building" | "planning" | "implementing" | "reviewing" | "sustaining")
/**
 * A calendar date written YYYY-MM-DD.
 */
export type Date = string
/**
 * Why the move was made; required in practice when moving back.
 */
export type Reason = string
/**
 * When the partnership moved between phases, and why (seed 001: building, reviewing and re-building).
 */
export type PhaseHistory = PhaseChange[]
/**
 * The problem the partnership tackles, described in writing (seed 004 step 1; seed 003 question 1.1).
 */
export type TheIssue = string
/**
 * Why no single sector can solve it alone: what each sector brings and why they are needed together (seed 003 question 1.1).
 */
export type WhySeveralSectors = string
/**
 * A draft vision of what the partnership will achieve. Keep it flexible: it will change with partner input (seed 002, Scoping).
 */
export type Vision = string
/**
 * What kind of goals the partnership pursues (seed 000): task, policy, innovation, accountability. The most effective partnerships often mix all four.
 */
export type GoalTypes = ("task" | "policy" | "innovation" | "accountability")[]
/**
 * The statement as it would appear in the agreement.
 */
export type Text = string
/**
 * proposed (still to be negotiated; shown as an open question in the draft agreement) or agreed. A point the partners disagree on after the agreement in principle is either central (it must be resolved before implementing) or parked (put on hold; work can start without it). Seed 002, Planning: "it should be decided whether they are central and need to be resolved immediately or whether they can be put on hold".
 */
export type AgreementStatus = ("proposed" | "agreed" | "central" | "parked")
/**
 * The objectives all partners share, measurable and time-bound where possible (seeds 000 and 002).
 */
export type SharedObjectives = AgreedItem[]
/**
 * A short name in lower case with hyphens (kebab-case) that other files use to refer to this item.
 */
export type Id = string
/**
 * What is done.
 */
export type Activity1 = string
/**
 * The stakeholder that leads it.
 */
export type Lead = string
/**
 * What it produces, countable where possible.
 */
export type Outputs = string[]
/**
 * The change it should bring about.
 */
export type Outcome = string
/**
 * What the partners will do and what it will produce, under the shared objectives (seed 002, Planning: "Refine ... outputs and outcomes"; Fig. 1: inputs, outputs, outcomes and impact).
 */
export type ActivitiesAndOutputs = Activity[]
/**
 * local, sub-national, national, regional or global.
 */
export type Level = ("local" | "sub-national" | "national" | "regional" | "global")
/**
 * The place in words.
 */
export type Area = string
/**
 * What the partnership works on, as sectors of the OECD DAC classification that registries, donors and IATI use (seed 000: "developing a typology of partnerships; more specifically identifying targets; and measuring progress"). Each is a 5-digit DAC sector (such as 14032, Basic sanitation) or a 3-digit DAC category (such as 140, Water supply and sanitation); with more than one of a kind, each has a percentage and those of a kind add up to 100. `partner check` knows every code and suggests one from words. Not the `sector:` of a stakeholder, which says what kind of organisation it is.
 * 
 * @minItems 1
 */
export type SectorsOfActivity = [Sector, ...(Sector)[]]
/**
 * A 5-digit DAC sector (14032) or a 3-digit DAC category (140).
 */
export type DACSectorCode = (number | string)
/**
 * The share of the partnership's work, 0 to 100. Needed when there is more than one entry; the percentages then add up to 100.
 */
export type Percentage = number
/**
 * The countries where the partnership works, as two-letter ISO 3166-1 codes (PK for Pakistan), for registries, donors and IATI (seed 000). With more than one country, or with regions too, each has a percentage and together they add up to 100.
 * 
 * @minItems 1
 */
export type Countries = [Country, ...(Country)[]]
/**
 * Two-letter ISO 3166-1 code, such as PK or BD.
 */
export type CountryCode = string
/**
 * The share of the partnership's work, 0 to 100. Needed when there is more than one entry; the percentages then add up to 100.
 */
export type Percentage1 = number
/**
 * The regions where the partnership works when it is not one country's, as OECD DAC region codes (679 for South Asia, regional). With more than one region, or with countries too, each has a percentage and together with the countries they add up to 100.
 * 
 * @minItems 1
 */
export type Regions = [Region, ...(Region)[]]
/**
 * An OECD DAC region code, such as 679 (South Asia, regional).
 */
export type RegionCode = (number | string)
/**
 * The share of the partnership's work, 0 to 100. Needed when there is more than one entry; the percentages then add up to 100.
 */
export type Percentage2 = number
/**
 * The Sustainable Development Goals the partnership serves, and which of their targets (seed 000: "more specifically identifying targets"). A goal is its number, 1 to 17; a target is written as on the UN list, in quotes, such as '6.2' or '3.b', and belongs to its goal.
 * 
 * @minItems 1
 */
export type SustainableDevelopmentGoals = [Goal, ...(Goal)[]]
/**
 * The goal's number, 1 to 17 (6: Clean water and sanitation).
 */
export type Goal1 = number
/**
 * The targets of this goal, each in quotes as on the UN list ('6.2', '6.b').
 */
export type Targets = string[]
/**
 * How different the partners are in culture, goals, power and history (seed 003 Table 1).
 */
export type PartnerDiversity = ("low" | "medium" | "high")
/**
 * How specific and resource-intensive the joint task is (seed 003 Table 1).
 */
export type TaskSpecificity = ("low" | "medium" | "high")
/**
 * The form of organisation (seed 003 Table 1). Low task specificity: association or network (similar partners), social-movement or network (diverse partners). High task specificity: network, alliance or joint-venture (similar partners), coalition or partnership (diverse partners); a new-organisation (an intermediary or joint body) when the tasks are specific.
 */
export type OrganisationalForm = ("association" | "social-movement" | "network" | "alliance" | "joint-venture" | "coalition" | "partnership" | "new-organisation")
/**
 * The capacity or intervention, by its short name: `partner status` shows the seed's words for each one of the current stage (seed 003 Table 2).
 */
export type WhichOne = ("identify-issue" | "identify-players" | "assess-interests" | "understand-histories" | "describe-issue" | "list-players" | "test-reactions" | "investigate-relationships" | "recognise-crisis" | "appreciate-interdependence" | "explore-alternatives" | "convene-partners" | "facilitate-contacts" | "articulate-concerns" | "provide-alternatives" | "listen-to-perspectives" | "shared-diagnosis" | "assess-solutions" | "shared-vision" | "agree-strategies" | "facilitate-discussion" | "articulate-strategies" | "train-negotiation" | "mediate-strategy" | "plan-implementation" | "design-structures" | "manage-conflicts" | "mobilise-resources" | "hold-accountable" | "learn-from-experience" | "facilitate-planning" | "support-commitments" | "train-skills" | "mediate-disputes" | "support-monitoring" | "assess-success-factors" | "design-expansion" | "mobilise-for-expansion" | "codify-solutions" | "support-learning" | "train-for-expansion" | "enable-wider-experience" | "disseminate-learning")
/**
 * in-place, under-way or not-yet.
 */
export type State = ("in-place" | "under-way" | "not-yet")
/**
 * What shows it, or what is being done about it.
 */
export type Note = string
/**
 * Which of the capacities each stage needs, and of the interventions that support them, are in place (seed 003 Table 2, "Summary of ISP Development Stages"). `partner status` lists those of the current stage beside its questions; `partner record capacity` records one.
 */
export type CapacitiesAndSupportingInterventions = CapacityOrIntervention[]
/**
 * The person or organisation that convenes.
 */
export type Name1 = string
/**
 * If the convener is also a stakeholder, its id in stakeholders.yaml.
 */
export type Stakeholder = string
/**
 * The stakeholders (ids) who accept the convener; leave it out only if the credibility is not yet known (seed 003 question 2.1).
 * 
 * @minItems 1
 */
export type CredibleWith = [StakeholderId, ...(StakeholderId)[]]
/**
 * The id of a stakeholder listed in stakeholders.yaml.
 */
export type StakeholderId = string
/**
 * How it is known that the parties accept the convener: a track record, who asked it to convene, what the parties said (seed 003 question 2.1).
 */
export type Credibility = string
/**
 * The broker's name.
 */
export type Name2 = string
/**
 * The organisation the broker works for.
 */
export type Organisation = string
/**
 * Whether the broker's organisation is a partner, a facilitator, or both (seed 002, Identifying partners).
 */
export type Role = ("partner" | "facilitator" | "both")
/**
 * How partners reach the broker.
 */
export type Contact = string
/**
 * The place, in words.
 */
export type Description = string
/**
 * neutral, rotating, partner-premises or online.
 */
export type Kind = ("neutral" | "rotating" | "partner-premises" | "online")
export type Principle1 = string
/**
 * What the principle means for this partnership.
 */
export type Meaning = string
/**
 * The partnering principles the partners commit to (seed 002: equity, transparency, mutual benefit, responsibility, complementarity).
 */
export type Principles = Principle[]
/**
 * How partners work together (seed 004 step 6: the right to say no, honesty, accountability; seed 001: a joint code of conduct).
 */
export type GroundRules = AgreedItem[]
/**
 * Assumptions about duration.
 */
export type Note1 = string
/**
 * A calendar date written YYYY-MM-DD.
 */
export type Date1 = string
/**
 * What was agreed in principle, and what was left open, in words.
 */
export type Note2 = string
/**
 * sustain (continue, perhaps re-negotiated), scale-up, institutionalise (build lasting structures) or close (seed 002 Phase 4; seed 003 stage 5), or a list of several, e.g. [sustain, scale-up]. seed 003 question 5.1: partnerships "decide to terminate, continue, or expand"; seed 002: expand or replicate the partnership model.
 */
export type WayForward = (("sustain" | "scale-up" | "institutionalise" | "close") | [("sustain" | "scale-up" | "institutionalise" | "close"), ...(("sustain" | "scale-up" | "institutionalise" | "close"))[]])
/**
 * Why this way forward was chosen.
 */
export type Rationale = string
/**
 * How experience and learning will be communicated, especially on closure (seed 002 Phase 4).
 */
export type HowLearningIsShared = string
/**
 * The reporting organisation's IATI identifier: the code of the agency that registered it and its number there (see org-id.guide), e.g. GB-CHC-202918 for a charity registered in England and Wales. Required to export.
 */
export type IATIOrganisationIdentifier = string
/**
 * The organisation's name as published. Not needed when `stakeholder` names it.
 */
export type Name3 = string
/**
 * Not needed when `stakeholder` names a stakeholder whose type partner knows. The organisation's type in the IATI OrganisationType codelist: government (10), local-government (11), other-public-sector (15), international-ngo (21), national-ngo (22), regional-ngo (23), partner-country-ngo (24, a local or national NGO in the country that receives aid), public-private-partnership (30), multilateral (40), foundation (60), private-sector (70), private-sector-provider-country (71), private-sector-recipient-country (72), private-sector-third-country (73), academic (80, academic, training and research) or other (90).
 */
export type IATIOrganisationType = ("government" | "local-government" | "other-public-sector" | "international-ngo" | "national-ngo" | "regional-ngo" | "partner-country-ngo" | "public-private-partnership" | "multilateral" | "foundation" | "private-sector" | "private-sector-provider-country" | "private-sector-recipient-country" | "private-sector-third-country" | "academic" | "other")
/**
 * The id of a stakeholder listed in stakeholders.yaml.
 */
export type StakeholderId1 = string
/**
 * The activity's identifier, unique and never changed once published: either the part after the reporting organisation's identifier (partner joins them with a hyphen), or the full IATI identifier starting with it. Required to export.
 */
export type ActivityIdentifier = string
/**
 * Three-letter ISO 4217 code of the currency most amounts are in; cash commitments in another currency keep their own `currency`. `partner check` knows the ISO 4217 codes IATI accepts.
 */
export type DefaultCurrency = string
/**
 * Two-letter ISO 639-1 code of the language the partnership files are written in (default en).
 */
export type Language = string
/**
 * Older setting, kept working: `countries:` (at the top of partnership.yaml) says where the partnership works, with percentages, and is used instead when both are given. Two-letter ISO 3166-1 code of the country where the partnership works, if it works in one country.
 */
export type RecipientCountry = string
/**
 * output (1), outcome (2), impact (3, the long-term effects) or other (9), from the IATI ResultType codelist.
 */
export type ResultType = ("output" | "outcome" | "impact" | "other")
/**
 * unit (1), percentage (2), nominal (3), ordinal (4) or qualitative (5), from the IATI IndicatorMeasure codelist. For qualitative, values are reported as comments.
 */
export type Measure = ("unit" | "percentage" | "nominal" | "ordinal" | "qualitative")
/**
 * Whether, and how much of, this partnership `partner portfolio` publishes (seed 000: the CSD Partnerships Database, where partnerships report so that potential partners can find them). `false` leaves it out. By default representatives' names, non-negotiables and internal assessments are never published: each partner's internal assessment is its own preparation for the negotiations (seed 002).
 */
export type PublicationInAPortfolio = (boolean | {
representatives?: RepresentativesNames
non_negotiables?: NonNegotiables
assessments?: InternalAssessments
})
/**
 * Show the names of the partners' representatives (default: no).
 */
export type RepresentativesNames = boolean
/**
 * Show each partner's non-negotiables (default: no).
 */
export type NonNegotiables = boolean
/**
 * Show the objectives from each partner's internal assessment (default: no; seed 002 keeps them each partner's own).
 */
export type InternalAssessments = boolean

/**
 * The partnership itself: its name, the issue it tackles, its vision and where it stands in the partnering cycle (seeds 002, 003, 004).
 */
export interface PartnershipFile {
name: Name
phase: CurrentPhase
phase_history?: PhaseHistory
issue?: TheIssue
why_multi_sector?: WhySeveralSectors
vision?: Vision
goal_types?: GoalTypes
objectives?: SharedObjectives
activities?: ActivitiesAndOutputs
geographic_scope?: GeographicScope
sectors?: SectorsOfActivity
countries?: Countries
regions?: Regions
sdgs?: SustainableDevelopmentGoals
typology?: Typology
capacities?: CapacitiesAndSupportingInterventions
convener?: Convener
broker?: Broker
venue?: Venue
principles?: Principles
ground_rules?: GroundRules
duration?: Duration
agreement_in_principle?: AgreementInPrinciple
sustainability?: SustainingOutcomes
iati?: IATIExport
checks?: CheckSettings
publish?: PublicationInAPortfolio
}
/**
 * One move between phases.
 */
export interface PhaseChange {
phase: Phase
date: Date
reason?: Reason
}
/**
 * A statement and whether the partners have agreed it yet.
 */
export interface AgreedItem {
text: Text
status?: AgreementStatus
}
/**
 * One activity and its outputs.
 */
export interface Activity {
id: Id
name: Activity1
lead?: Lead
outputs?: Outputs
outcome?: Outcome
}
/**
 * Where the partnership works (seed 002, Scoping: local, national, regional).
 */
export interface GeographicScope {
level: Level
area?: Area
}
/**
 * One sector of activity and its share.
 */
export interface Sector {
code: DACSectorCode
percentage?: Percentage
}
/**
 * One country and its share.
 */
export interface Country {
code: CountryCode
percentage?: Percentage1
}
/**
 * One region and its share.
 */
export interface Region {
code: RegionCode
percentage?: Percentage2
}
/**
 * One goal and the targets of it the partnership serves.
 */
export interface Goal {
goal: Goal1
targets?: Targets
}
/**
 * The shape of the partnership from seed 003 Table 1: how different the partners are, and how specific the joint task is; together they give the organisational form that fits (`partner check` flags a form that contradicts them). A loose form (an association, social movement or network without highly specific tasks) needs no decision-making body before implementing: seed 000, some partnerships "function best as a loose affiliation with only minimal formal interaction among partners".
 */
export interface Typology {
partner_diversity?: PartnerDiversity
task_specificity?: TaskSpecificity
form?: OrganisationalForm
}
/**
 * One line of seed 003 Table 2 and how far it is in place.
 */
export interface CapacityOrIntervention {
id: WhichOne
state: State
note?: Note
}
/**
 * Who calls the partners together. Seed 003 (question 2.1) and seed 004 (step 4) ask for a convener with credibility with every major party, not neutrality: governments and agencies often convene. Neutrality is asked of the venue (`venue:`) and the chair (decision-rules.yaml).
 */
export interface Convener {
name: Name1
stakeholder?: Stakeholder
credible_with?: CredibleWith
credibility?: Credibility
}
/**
 * The person who keeps this record and facilitates the partnership (seed 002: partner, facilitator, or both?).
 */
export interface Broker {
name: Name2
organisation?: Organisation
role?: Role
contact?: Contact
}
/**
 * Where partners meet. A neutral or rotating venue helps equal partnership (seed 003; seed 004 step 4).
 */
export interface Venue {
description?: Description
kind: Kind
}
/**
 * One principle and what it means here.
 */
export interface Principle {
name: Principle1
meaning?: Meaning
status?: AgreementStatus
}
/**
 * How long the partnership and its project are expected to last (seed 002, Planning).
 */
export interface Duration {
start?: Date
end?: Date
note?: Note1
}
/**
 * When the partners reached an agreement in principle: not yet a formal agreement, but enough to start planning the project and the partnership in detail (seed 002, Planning: "After an agreement in principle (not a formal agreement) is reached ..."). Points still disputed are marked central or parked where they stand (`partner record open-point`). `partner record agreement-in-principle` writes it.
 */
export interface AgreementInPrinciple {
date: Date1
note?: Note2
}
/**
 * The way forward chosen at the end of a cycle (seed 002, Phase 4).
 */
export interface SustainingOutcomes {
way_forward?: WayForward
rationale?: Rationale
learning_shared?: HowLearningIsShared
}
/**
 * What `partner export iati` needs to publish the partnership as one activity in the IATI activity standard 2.03 (International Aid Transparency Initiative): who publishes it and the activity's identifier; optionally the default currency, the language and how indicators are reported (the sectors, countries and goals are at the top of partnership.yaml). Nothing else reads it.
 */
export interface IATIExport {
reporting_org?: ReportingOrganisation
activity_id?: ActivityIdentifier
default_currency?: DefaultCurrency
language?: Language
recipient_country?: RecipientCountry
indicators?: IndicatorsInIATI
}
/**
 * The organisation that publishes this activity to IATI: usually the broker's organisation or the lead partner.
 */
export interface ReportingOrganisation {
ref?: IATIOrganisationIdentifier
name?: Name3
org_type?: IATIOrganisationType
stakeholder?: StakeholderId1
}
/**
 * For an indicator id from indicators.yaml, how to report it when partner's choice does not fit. partner reports project-delivery indicators as outputs, impact ones as outcomes, partnership-functioning and value-of-partnering ones as other results; it measures an indicator whose unit has % as a percentage and any other as units.
 */
export interface IndicatorsInIATI {
[k: string]: IndicatorInIATI | undefined
}
/**
 * How one indicator is reported.
 */
export interface IndicatorInIATI {
result_type?: ResultType
measure?: Measure
}
/**
 * Severity of `partner check` rules for this partnership: off, warn or error per rule id (see `partner explain`).
 */
export interface CheckSettings {
[k: string]: "off" | "warn" | "error" | undefined
}
}
export type PartnershipFile = PartnershipFiles.PartnershipFile;

// ---- stakeholders.schema.json
export namespace StakeholdersFiles {
/**
 * A short name in lower case with hyphens (kebab-case) that other files use to refer to this item.
 */
export type Id = string
/**
 * The organisation's name.
 */
export type Name = string
/**
 * public (state), private (market), civil-society (NGOs, grassroots and community groups, religious and women's organisations), or one of seed 003's hybrids: cooperative (producer cooperatives and credit unions), business-federation, semi-public (semi-public agencies), political-party, private-university. A donor belongs to one of these: mark it with `donor: true`.
 */
export type Sector = ("public" | "private" | "civil-society" | "cooperative" | "business-federation" | "semi-public" | "political-party" | "private-university")
/**
 * The stakeholder funds the partnership or its members (a government aid agency, a multilateral, a foundation, a company's fund). Its `sector:` is the sector it belongs to.
 */
export type Donor = boolean
/**
 * What kind of organisation it is and what it does.
 */
export type Description = string
/**
 * What the stakeholder wants from the issue and the partnership (seed 002: needs, interests and motivations).
 */
export type Interests = string[]
/**
 * Why it would take part. Seed 001: public sector, rule of law; private sector, growth; civil society, social development.
 */
export type Motivations = string[]
/**
 * How much it can shape the outcome: low, medium or high.
 */
export type Influence = ("low" | "medium" | "high")
/**
 * How much the issue matters to it: low, medium or high.
 */
export type Interest = ("low" | "medium" | "high")
/**
 * active-partner (decides), pilot, advisory-group (seed 002, Identifying partners), informed, or not-engaged. Keep to five or six active partners.
 */
export type EngagementLevel = ("active-partner" | "pilot" | "advisory-group" | "informed" | "not-engaged")
/**
 * The representative's name.
 */
export type Name1 = string
/**
 * Their position in the organisation.
 */
export type Title = string
/**
 * full (can commit the organisation), limited (within a mandate), refer-back (must consult before committing), or unknown (seed 002: determine what decision-making power each representative holds).
 */
export type DecisionMakingAuthority = ("full" | "limited" | "refer-back" | "unknown")
/**
 * The limits of their mandate, in words.
 */
export type AuthorityNote = string
/**
 * The sum, as a number.
 */
export type Amount = number
/**
 * Three-letter currency code (ISO 4217), e.g. USD; the same as the commitments it is compared with.
 */
export type Currency = string
/**
 * The day the party accepted the agreement.
 */
export type Date = string
/**
 * Who accepted it for the party, usually its representative.
 */
export type AcceptedBy = string
/**
 * not-needed (the person who accepted can commit the organisation), needed (the organisation has still to ratify it: a representative with limited or refer-back authority) or done.
 */
export type Ratification = ("not-needed" | "needed" | "done")
/**
 * The day the organisation ratified it.
 */
export type RatifiedOn = string
/**
 * The organisation's capacity to take part in a partnership (seed 003 question 1.2; seed 004 step 2).
 */
export type Capacity = string
/**
 * What the actor needs to be able to do.
 */
export type Need = string
/**
 * The training, coaching or support that meets it.
 */
export type Activity = string
/**
 * The stakeholder that provides it, if any.
 */
export type ProvidedBy = string
/**
 * planned, under-way or done.
 */
export type Status = ("planned" | "under-way" | "done")
/**
 * What this actor needs to carry out its part, and what is done about it (seed 004 step 6: "What kinds of capacity-building activities are necessary for different actors to carry out their parts of the process effectively?"; seed 003 lesson 4: grassroots groups need "opportunities to build organizations that can speak legitimately for their interests"). `partner record capacity-building` adds one.
 */
export type CapacityBuildingNeeds = CapacityBuildingNeed[]
/**
 * A grassroots group: residents, users or a community organisation speaking for them. Seed 003 lesson 4: success is more likely when such groups have a voice in the partnership; `partner check` flags one with a strong interest but no seat.
 */
export type GrassrootsGroup = boolean
/**
 * Existing coalitions and relationships with other stakeholders (seed 004 step 3).
 */
export type AlliancesAndRelationships = string[]
/**
 * The history of the issue and of relations with other stakeholders (seed 003 question 1.2).
 */
export type HistoryAndTensions = string
/**
 * When it left or was spun off.
 */
export type Date1 = string
/**
 * left or spun-off (became a body of its own).
 */
export type How = ("left" | "spun-off")
/**
 * Why, in words.
 */
export type Reason = string
/**
 * Internet access: full, limited or none. Communication must not assume internet for everyone (seeds 000 and 002).
 */
export type Connectivity = ("full" | "limited" | "none")
/**
 * The organisation's IATI identifier, if it has one (see org-id.guide), e.g. XM-DAC-41122 for UNICEF.
 */
export type IATIOrganisationIdentifier = string
/**
 * Set it when the sector alone does not say, e.g. local-government for a city council, or national-ngo for a civil-society organisation. The organisation's type in the IATI OrganisationType codelist: government (10), local-government (11), other-public-sector (15), international-ngo (21), national-ngo (22), regional-ngo (23), partner-country-ngo (24, a local or national NGO in the country that receives aid), public-private-partnership (30), multilateral (40), foundation (60), private-sector (70), private-sector-provider-country (71), private-sector-recipient-country (72), private-sector-third-country (73), academic (80, academic, training and research) or other (90).
 */
export type IATIOrganisationType = ("government" | "local-government" | "other-public-sector" | "international-ngo" | "national-ngo" | "regional-ngo" | "partner-country-ngo" | "public-private-partnership" | "multilateral" | "foundation" | "private-sector" | "private-sector-provider-country" | "private-sector-recipient-country" | "private-sector-third-country" | "academic" | "other")
/**
 * Its roles in the activity, from the IATI OrganisationRole codelist: funding (1, provides funds), accountable (2, oversees the activity and its outcomes), extending (3, manages the budget for a funder) or implementing (4, carries the activity out). An empty list [] leaves it out of the export.
 */
export type IATIRoles = ("funding" | "accountable" | "extending" | "implementing")[]
/**
 * One entry per organisation or group.
 */
export type Stakeholders = Stakeholder[]

/**
 * The stakeholder map: every organisation with a stake in the issue, their interests, influence and level of engagement (seed 002, Scoping; seed 003 question 1.2; seed 004 steps 2-3).
 */
export interface StakeholdersFile {
stakeholders: Stakeholders
}
/**
 * An organisation or group with a stake in the issue.
 */
export interface Stakeholder {
id: Id
name: Name
sector: Sector
donor?: Donor
description?: Description
interests?: Interests
motivations?: Motivations
influence?: Influence
interest_level?: Interest
engagement?: EngagementLevel
representative?: Representative
acceptance?: AcceptanceOfTheAgreement
capacity?: Capacity
capacity_building?: CapacityBuildingNeeds
grassroots?: GrassrootsGroup
alliances?: AlliancesAndRelationships
history?: HistoryAndTensions
former?: FormerPartner
connectivity?: Connectivity
iati?: IATI
}
/**
 * Who represents the organisation at the table and what they may decide (seed 002, Building).
 */
export interface Representative {
name: Name1
title?: Title
decision_authority?: DecisionMakingAuthority
authority_note?: AuthorityNote
authority_limit?: AuthorityLimit
}
/**
 * The largest sum the representative may commit without going back to the organisation. A pledge above it is flagged (seed 002, Building: "what degree of decision-making power is held by each representative").
 */
export interface AuthorityLimit {
amount: Amount
currency?: Currency
}
/**
 * When and by whom this party accepted the partnership agreement, and whether its organisation must still ratify it (seed 002, Partnership agreements: "acceptable to all partners"; Building: a representative with limited authority must refer back). Every active partner's acceptance is needed before implementing. `partner record acceptance` writes it.
 */
export interface AcceptanceOfTheAgreement {
date: Date
by: AcceptedBy
ratification?: Ratification
ratified_on?: RatifiedOn
}
/**
 * One need and the support for it.
 */
export interface CapacityBuildingNeed {
need: Need
activity?: Activity
by?: ProvidedBy
status?: Status
}
/**
 * A stakeholder that left the partnership or was spun off from it (seed 002 Phase 3, Revising: the continued participation of current partners). Keep its entry so the record stays whole, and set its engagement to informed or not-engaged. `partner record former` writes it.
 */
export interface FormerPartner {
date: Date1
kind: How
reason?: Reason
}
/**
 * How this stakeholder appears in `partner export iati` (IATI participating-org). Leave out what partner works out itself: the organisation type from the sector (public: government, private: private-sector, semi-public: other-public-sector, academic: academic; other sectors need `org_type`), and the roles from its commitments (cash: funding; in kind, or an active or pilot partner with none: implementing).
 */
export interface IATI {
ref?: IATIOrganisationIdentifier
org_type?: IATIOrganisationType
roles?: IATIRoles
}
}
export type StakeholdersFile = StakeholdersFiles.StakeholdersFile;

// ---- assessment.schema.json
export namespace AssessmentFiles {
/**
 * The stakeholder this assessment belongs to; must match the file name.
 */
export type Stakeholder = string
/**
 * Who wrote the assessment.
 */
export type PreparedBy = string
/**
 * A calendar date written YYYY-MM-DD.
 */
export type Date = string
/**
 * This partner's own objectives in the partnership (seed 002: desired objectives, shared and individual).
 */
export type Objectives = string[]
/**
 * Capacity-building, knowledge transfer, money, reputation, positioning, advocacy, core activity delivery, networks (seed 002).
 */
export type BenefitsAndDesiredOutcomes = string[]
/**
 * What taking part will cost, including transaction costs (seeds 000 and 002).
 */
export type AnticipatedCosts = string[]
/**
 * Seed 002 lists human, financial and technical resources, contacts, networks, products, services, premises, transport; seed 000 adds convening authority ("it is not all about money").
 */
export type KindOfResource = ("human" | "financial" | "technical" | "contacts" | "networks" | "products" | "services" | "premises" | "transport" | "information" | "logistics" | "publicity" | "convening")
/**
 * What exactly.
 */
export type Description = string
/**
 * What the partner can put in (seed 002).
 */
export type ResourcesToInvest = Resource[]
export type About = ("partners" | "project" | "time-frames" | "other")
/**
 * The assumption.
 */
export type Assumption1 = string
/**
 * Assumptions about the other partners, the project, time-frames (seed 002).
 */
export type Assumptions = Assumption[]
/**
 * Opportunities, internal and for the project (seed 002).
 */
export type Opportunities = string[]
/**
 * Risks, internal and for the project and the partners (seed 002).
 */
export type Risks = string[]

/**
 * A partner's internal assessment before entering negotiations (seed 002, Identifying partners). One file per partner, named after its stakeholder id.
 */
export interface AssessmentFile {
stakeholder: Stakeholder
prepared_by?: PreparedBy
date?: Date
objectives?: Objectives
benefits?: BenefitsAndDesiredOutcomes
costs?: AnticipatedCosts
resources?: ResourcesToInvest
assumptions?: Assumptions
opportunities?: Opportunities
risks?: Risks
}
/**
 * One resource.
 */
export interface Resource {
kind: KindOfResource
description: Description
}
/**
 * One assumption.
 */
export interface Assumption {
about?: About
text: Assumption1
}
}
export type AssessmentFile = AssessmentFiles.AssessmentFile;

// ---- decision-rules.schema.json
export namespace DecisionRulesFiles {
/**
 * A short name in lower case with hyphens (kebab-case) that other files use to refer to this item.
 */
export type Id = string
export type Name = string
/**
 * steering-committee, secretariat, task-force, focal-points, working-group, advisory-group or general-assembly (seed 000).
 */
export type Kind = ("steering-committee" | "secretariat" | "task-force" | "focal-points" | "working-group" | "advisory-group" | "general-assembly")
/**
 * The id of a stakeholder listed in stakeholders.yaml.
 */
export type StakeholderId = string
/**
 * Stakeholder ids of the members.
 */
export type Members = StakeholderId[]
/**
 * What the body is for and may decide (seed 000).
 */
export type TermsOfReference = string
/**
 * How many members must take part for a decision to stand.
 */
export type Quorum = string
/**
 * How often it meets.
 */
export type Meets = ("weekly" | "fortnightly" | "monthly" | "quarterly" | "twice-yearly" | "yearly" | "as-needed" | "once")
/**
 * neutral, rotating or partner.
 */
export type Kind1 = ("neutral" | "rotating" | "partner")
/**
 * The chair, if a person.
 */
export type Name1 = string
/**
 * How the chair is chosen and for how long: elected by the members each year, rotating in a set order, named by the convener (seed 003 recommends a rotating chair as one option).
 */
export type HowTheChairIsChosen = string
/**
 * Where it meets: neutral, rotating, partner-premises or online.
 */
export type Venue = ("neutral" | "rotating" | "partner-premises" | "online")
/**
 * Steering committee, secretariat, task forces, focal points (seed 000).
 */
export type Bodies = Body[]
export type KindOfDecision = string
/**
 * A short name in lower case with hyphens (kebab-case) that other files use to refer to this item.
 */
export type Id1 = string
/**
 * consensus, unanimity, majority, qualified-majority, delegated or lead-partner.
 */
export type Method = ("consensus" | "unanimity" | "majority" | "qualified-majority" | "delegated" | "lead-partner")
/**
 * proposed (still to be negotiated; shown as an open question in the draft agreement) or agreed. A point the partners disagree on after the agreement in principle is either central (it must be resolved before implementing) or parked (put on hold; work can start without it). Seed 002, Planning: "it should be decided whether they are central and need to be resolved immediately or whether they can be put on hold".
 */
export type AgreementStatus = ("proposed" | "agreed" | "central" | "parked")
/**
 * Parties whose consent this decision always needs, whatever the method: a veto (seed 003 line 208, Orangi: decisions "cannot be made without key actors' assent"; water users must sign off).
 */
export type NeedsTheConsentOf = StakeholderId[]
/**
 * How each kind of decision is made and by whom (seed 002: all, some, committee or task force).
 */
export type Decisions = DecisionRule[]
/**
 * The steps, in order.
 */
export type Steps = string[]
/**
 * Who mediates.
 */
export type Mediator = string
/**
 * pooled, no-co-mingling or mixed.
 */
export type Model = ("pooled" | "no-co-mingling" | "mixed")
/**
 * How it works in practice.
 */
export type Description = string
/**
 * How a new partner joins.
 */
export type Joining = string
/**
 * How a partner leaves, with notice.
 */
export type Leaving = string
/**
 * The statement as it would appear in the agreement.
 */
export type Text = string

/**
 * How the partnership decides: its bodies, who decides what and how, disputes, money, joining and leaving (seed 002, Planning; seed 000; seed 003 questions 4.2-4.3).
 */
export interface DecisionRulesFile {
bodies?: Bodies
decisions?: Decisions
dispute_resolution?: DisputeResolution
financial_management?: FinancialManagement
joining_and_leaving?: JoiningAndLeaving
changes?: ChangesToTheAgreement
}
/**
 * One decision-making or coordinating body.
 */
export interface Body {
id: Id
name: Name
kind: Kind
members?: Members
terms_of_reference?: TermsOfReference
quorum?: Quorum
meets?: Meets
chair?: Chair
venue?: Venue
}
/**
 * Who chairs, and how the chair is chosen. A neutral or rotating chair helps equal partnership (seed 003).
 */
export interface Chair {
kind: Kind1
stakeholder?: StakeholderId
name?: Name1
selection?: HowTheChairIsChosen
}
/**
 * One kind of decision.
 */
export interface DecisionRule {
kind: KindOfDecision
body?: Id1
method: Method
status?: AgreementStatus
consent_of?: NeedsTheConsentOf
}
/**
 * Who mediates tensions and conflicts, and the steps to resolve them (seed 003 question 4.2).
 */
export interface DisputeResolution {
steps?: Steps
mediator?: Mediator
status?: AgreementStatus
}
/**
 * How financial contributions are managed (seed 000: pooled funds, or no co-mingling under a memorandum of understanding).
 */
export interface FinancialManagement {
model: Model
description?: Description
status?: AgreementStatus
}
/**
 * How partners join and leave (seed 002 Phase 3, Revising).
 */
export interface JoiningAndLeaving {
joining?: Joining
leaving?: Leaving
status?: AgreementStatus
}
/**
 * How the agreement itself is changed.
 */
export interface ChangesToTheAgreement {
text: Text
status?: AgreementStatus
}
}
export type DecisionRulesFile = DecisionRulesFiles.DecisionRulesFile;

// ---- communication.schema.json
export namespace CommunicationFiles {
/**
 * meeting, letter, phone, email, video-call, messaging, newsletter, site-visit, radio, notice-board, online-platform. email, video-call, messaging and online-platform need the internet.
 */
export type Mode = ("meeting" | "letter" | "phone" | "email" | "video-call" | "messaging" | "newsletter" | "site-visit" | "radio" | "notice-board" | "online-platform")
/**
 * How often: weekly, fortnightly, monthly, quarterly, twice-yearly, yearly, as-needed or once.
 */
export type Frequency = ("weekly" | "fortnightly" | "monthly" | "quarterly" | "twice-yearly" | "yearly" | "as-needed" | "once")
/**
 * What the channel is for.
 */
export type Purpose = string
/**
 * The id of a stakeholder listed in stakeholders.yaml.
 */
export type StakeholderId = string
/**
 * Stakeholder ids; leave out when every partner takes part.
 */
export type Participants = StakeholderId[]
/**
 * How partners keep each other informed: mode and frequency, mindful of restrictions such as internet connectivity or location (seed 002).
 */
export type BetweenPartners = Channel[]
/**
 * When and what information may be shared with stakeholders outside the partnership (seed 002).
 */
export type SharingWithOtherStakeholders = string
/**
 * How the partnership is described and communicated inside the organisation.
 */
export type How = string
/**
 * How each partner keeps its own organisation informed and bought in (seed 002).
 */
export type WithinEachPartner = InternalCommunication[]
/**
 * visibility, awareness-raising, advocacy, publicity, fundraising, accountability (seed 002).
 */
export type Objectives = ("visibility" | "awareness-raising" | "advocacy" | "publicity" | "fundraising" | "accountability")[]
/**
 * Who the partnership speaks to.
 */
export type Audiences = string[]
/**
 * The agreed words for describing the partnership and its project.
 */
export type HowThePartnershipIsDescribed = string
/**
 * The person.
 */
export type Name = string
/**
 * What they speak about.
 */
export type Topics = string[]
/**
 * Who speaks for the partnership.
 */
export type Spokespeople = Spokesperson[]
/**
 * Who approves public statements and how.
 */
export type Approval = string
/**
 * The time-frame for going public (seed 002).
 */
export type GoingPublic = string
/**
 * Protocols for using partners' logos and materials (seed 002).
 */
export type LogosAndMaterials = string
/**
 * proposed (still to be negotiated; shown as an open question in the draft agreement) or agreed. A point the partners disagree on after the agreement in principle is either central (it must be resolved before implementing) or parked (put on hold; work can start without it). Seed 002, Planning: "it should be decided whether they are central and need to be resolved immediately or whether they can be put on hold".
 */
export type AgreementStatus = ("proposed" | "agreed" | "central" | "parked")
export type Term1 = string
export type Meaning = string
/**
 * Terms partners use differently, and what they mean here (seed 002: does "ownership" mean branding or responsibility?).
 */
export type Glossary = Term[]

/**
 * Communication protocols: between partners, within each partner, and with the outside world (seed 002, Planning).
 */
export interface CommunicationFile {
between_partners?: BetweenPartners
information_sharing?: SharingWithOtherStakeholders
within_partners?: WithinEachPartner
external?: ExternalCommunication
glossary?: Glossary
}
/**
 * One way partners communicate.
 */
export interface Channel {
mode: Mode
frequency?: Frequency
purpose?: Purpose
participants?: Participants
}
/**
 * One partner's plan.
 */
export interface InternalCommunication {
stakeholder: StakeholderId
how: How
}
/**
 * Protocols for communicating publicly (seed 002).
 */
export interface ExternalCommunication {
objectives?: Objectives
audiences?: Audiences
description?: HowThePartnershipIsDescribed
spokespeople?: Spokespeople
approval?: Approval
going_public?: GoingPublic
branding?: LogosAndMaterials
status?: AgreementStatus
}
/**
 * One spokesperson.
 */
export interface Spokesperson {
stakeholder: StakeholderId
name?: Name
topics?: Topics
}
/**
 * One term.
 */
export interface Term {
term: Term1
meaning: Meaning
}
}
export type CommunicationFile = CommunicationFiles.CommunicationFile;

// ---- indicators.schema.json
export namespace IndicatorsFiles {
/**
 * How often: weekly, fortnightly, monthly, quarterly, twice-yearly, yearly, as-needed or once.
 */
export type Frequency = ("weekly" | "fortnightly" | "monthly" | "quarterly" | "twice-yearly" | "yearly" | "as-needed" | "once")
/**
 * The date of the next review.
 */
export type NextReview = string
/**
 * The id of a stakeholder listed in stakeholders.yaml.
 */
export type StakeholderId = string
export type Needs = string
/**
 * What each partner must report, to whom, how and when (seed 002).
 */
export type ReportingNeeds = ReportingNeed[]
/**
 * A short name in lower case with hyphens (kebab-case) that other files use to refer to this item.
 */
export type Id = string
/**
 * What success looks like, in words.
 */
export type Indicator1 = string
/**
 * project-delivery, impact, partnership-functioning or value-of-partnering (seed 002, Fig. 1).
 */
export type Aspect = ("project-delivery" | "impact" | "partnership-functioning" | "value-of-partnering")
/**
 * What the numbers count.
 */
export type Unit = string
export type Value = number
/**
 * A calendar date written YYYY-MM-DD.
 */
export type Date = string
export type Value1 = number
/**
 * A calendar date written YYYY-MM-DD.
 */
export type Date1 = string
/**
 * higher (the target is a level to reach or stay above) or lower (a level to get below or stay under). Without it, the direction from the baseline to the target decides; give it when the baseline already meets the target, e.g. a share that must stay above 90%. `partner render review` uses it to judge progress.
 */
export type WhichWayIsBetter = ("higher" | "lower")
/**
 * How the data is captured (seed 002).
 */
export type Method = string
/**
 * The id of a stakeholder listed in stakeholders.yaml.
 */
export type StakeholderId1 = string
export type Value2 = number
/**
 * Source or comment.
 */
export type Note = string
/**
 * Values recorded over time.
 */
export type Measurements = Measurement[]
/**
 * What was observed, in words.
 */
export type Observation1 = string
/**
 * The id of a stakeholder listed in stakeholders.yaml.
 */
export type StakeholderId2 = string
/**
 * Qualitative measurements: what was seen or heard, with its date, beside the numbers (seed 002 Fig. 1: delivery, impact and sustainability are not all counted). `partner record measurement <indicator> --text` adds one.
 */
export type Observations = Observation[]
/**
 * One entry per indicator.
 */
export type Indicators = Indicator[]

/**
 * What success looks like and how it is measured, with the review cadence and each partner's reporting needs (seed 002, Setting indicators; seed 000: measurable, time-bound targets).
 */
export interface IndicatorsFile {
review_cadence?: ReviewCadence
reporting_needs?: ReportingNeeds
indicators?: Indicators
}
/**
 * How often partners review the project and the partnership (seed 002).
 */
export interface ReviewCadence {
frequency: Frequency
next_review?: NextReview
}
/**
 * One partner's needs.
 */
export interface ReportingNeed {
stakeholder: StakeholderId
needs: Needs
}
/**
 * What is measured, how and by whom.
 */
export interface Indicator {
id: Id
name: Indicator1
aspect: Aspect
unit?: Unit
baseline?: Baseline
target?: Target
better?: WhichWayIsBetter
method?: Method
owner?: StakeholderId1
frequency?: Frequency
measurements?: Measurements
observations?: Observations
}
/**
 * Where things stood at the start.
 */
export interface Baseline {
value: Value
date: Date
}
/**
 * Where things should be, and by when.
 */
export interface Target {
value: Value1
date: Date1
}
/**
 * One recorded value.
 */
export interface Measurement {
date: Date
value: Value2
note?: Note
}
/**
 * One observation.
 */
export interface Observation {
date: Date
text: Observation1
by?: StakeholderId2
}
}
export type IndicatorsFile = IndicatorsFiles.IndicatorsFile;

// ---- resources.schema.json
export namespace ResourcesFiles {
/**
 * A short name in lower case with hyphens (kebab-case) that other files use to refer to this item.
 */
export type Id = string
export type Description = string
/**
 * Seed 002 lists human, financial and technical resources, contacts, networks, products, services, premises, transport; seed 000 adds convening authority ("it is not all about money").
 */
export type KindOfResource = ("human" | "financial" | "technical" | "contacts" | "networks" | "products" | "services" | "premises" | "transport" | "information" | "logistics" | "publicity" | "convening")
/**
 * Resources the project needs (seed 002: skills, logistics, people, facilities, information, distribution, contacts, publicity, money, services, products).
 */
export type Needs = Need[]
/**
 * Who commits it.
 */
export type Partner = string
/**
 * The stakeholder that receives it, when one partner gives to another (seed 002, Map resources and commitments).
 */
export type Recipient = string
export type Description1 = string
/**
 * cash or in-kind.
 */
export type Type = ("cash" | "in-kind")
/**
 * A short name in lower case with hyphens (kebab-case) that other files use to refer to this item.
 */
export type Id1 = string
/**
 * For cash, the amount; for in-kind, an estimated value if known. 0, or from 0.01 to 999,999,999,999,999: what an IATI value (a decimal of at most 18 digits) can hold.
 */
export type Amount = number
/**
 * Three-letter ISO 4217 code.
 */
export type Currency = string
/**
 * grant (not paid back), loan (paid back), in-kind-gift or other: partners weigh a loan and a grant differently (seed 001: a just distribution of the cooperation rent).
 */
export type Terms = ("grant" | "loan" | "in-kind-gift" | "other")
/**
 * When the commitment starts.
 */
export type Start = string
/**
 * When it is due.
 */
export type Due = string
/**
 * proposed, agreed, in-progress, delivered, late or withdrawn.
 */
export type Status = ("proposed" | "agreed" | "in-progress" | "delivered" | "late" | "withdrawn")
/**
 * When it was delivered.
 */
export type DeliveredOn = string
/**
 * Anything partners should know.
 */
export type Note = string
/**
 * What each partner commits (seed 002: track and follow through on commitments).
 */
export type Commitments = Commitment[]

/**
 * The resource map: what the partnership needs and what each partner commits, cash or in kind (seed 002, Planning; seed 000: "it is not all about money").
 */
export interface ResourcesFile {
needs?: Needs
commitments?: Commitments
}
/**
 * One need.
 */
export interface Need {
id: Id
description: Description
kind?: KindOfResource
}
/**
 * One partner's commitment.
 */
export interface Commitment {
id: Id
stakeholder: Partner
recipient?: Recipient
description: Description1
type: Type
kind?: KindOfResource
need?: Id1
amount?: Amount
currency?: Currency
terms?: Terms
start?: Start
due?: Due
status?: Status
delivered_on?: DeliveredOn
note?: Note
}
}
export type ResourcesFile = ResourcesFiles.ResourcesFile;

// ---- risks.schema.json
export namespace RisksFiles {
/**
 * A short name in lower case with hyphens (kebab-case) that other files use to refer to this item.
 */
export type Id = string
export type Risk1 = string
/**
 * low, medium or high.
 */
export type Likelihood = ("low" | "medium" | "high")
/**
 * low, medium or high.
 */
export type Impact = ("low" | "medium" | "high")
/**
 * How the partners will reduce it.
 */
export type Mitigation = string
/**
 * Who watches it.
 */
export type Owner = string
export type Status = ("open" | "mitigated" | "occurred" | "closed")
/**
 * The id of a stakeholder listed in stakeholders.yaml.
 */
export type StakeholderId = string
/**
 * The stakeholders who carry the risk if it happens (seed 003 lesson 4: those who carry risk need influence over the decisions that create it).
 */
export type BorneBy = StakeholderId[]
/**
 * One entry per risk.
 */
export type Risks = Risk[]
/**
 * Shared assumptions the plan rests on (seed 002).
 */
export type Assumptions = string[]
export type NonNegotiable1 = string
/**
 * What each partner has declared it cannot accept (seed 002).
 */
export type NonNegotiables = NonNegotiable[]

/**
 * Risks and assumptions, and each partner's non-negotiables (seed 002, Risks and assumptions).
 */
export interface RisksFile {
risks?: Risks
assumptions?: Assumptions
non_negotiables?: NonNegotiables
}
/**
 * A risk and how the partnership mitigates it.
 */
export interface Risk {
id: Id
description: Risk1
likelihood?: Likelihood
impact?: Impact
mitigation?: Mitigation
owner?: Owner
status?: Status
borne_by?: BorneBy
}
/**
 * One deal-breaker.
 */
export interface NonNegotiable {
stakeholder: StakeholderId
text: NonNegotiable1
}
}
export type RisksFile = RisksFiles.RisksFile;

// ---- review.schema.json
export namespace ReviewFiles {
/**
 * When the review took place; must match the file name.
 */
export type ReviewDate = string
/**
 * A calendar date written YYYY-MM-DD.
 */
export type Date = string
/**
 * The id of a stakeholder listed in stakeholders.yaml.
 */
export type StakeholderId = string
/**
 * Stakeholder ids of those who took part. Reviews must be participatory (seed 002 Phase 3).
 */
export type Participants = StakeholderId[]
/**
 * Who answered for the partner: name and position.
 */
export type AnsweredBy = string
/**
 * A calendar date written YYYY-MM-DD.
 */
export type Date1 = string
/**
 * How the answers were collected: odk (ODK Collect or Enketo), kobo (KoboToolbox), paper, meeting or other.
 */
export type Via = ("odk" | "kobo" | "paper" | "meeting" | "other")
/**
 * The partners who answered the review questionnaire, each in its own words (seed 002 Phase 3: review and evaluation "must be participatory (reflecting the experience and view of all partners)"). `partner review import` fills it in. Before sustaining, every active partner answers at least one review.
 */
export type WhoAnswered = Respondent[]
/**
 * A red/amber/green health rating: green (working well), amber (needs attention), red (not working).
 */
export type Rating = ("green" | "amber" | "red")
/**
 * What lies behind the rating, in the partner's words.
 */
export type Comment = string
/**
 * Each partner's ratings of the project's delivery and impact (seed 002 Fig. 1, Project impacts), beside the shared ratings above.
 */
export type EachPartnerSViewOfTheProject = PartnerSView[]
/**
 * Each partner's ratings of how the partnership works (seed 002 Fig. 1).
 */
export type PartnershipRelationshipsAndFunctioning = PartnerSRatings[]
/**
 * Reputation, networks, capacity, advocacy, money, core delivery (seed 002).
 */
export type Benefits = string[]
/**
 * Resources and transaction costs.
 */
export type Costs = string
/**
 * yes, no or unsure.
 */
export type BenefitsOutweighCosts = ("yes" | "no" | "unsure")
export type ReputationPositioningAndCredibility = ("none" | "low" | "medium" | "high")
export type NetworksAndContacts = ("none" | "low" | "medium" | "high")
export type CapacityBuildingInstitutionBuildingAndKnowledgeTransfer = ("none" | "low" | "medium" | "high")
export type Advocacy = ("none" | "low" | "medium" | "high")
export type MoneyAndOtherResources = ("none" | "low" | "medium" | "high")
export type CoreActivityDelivery = ("none" | "low" | "medium" | "high")
/**
 * How large the resources and transaction costs of partnering were for the partner (seed 002 Fig. 1: "These benefits should be compared to the resources and transaction costs involved in partnering").
 */
export type SizeOfTheCosts = ("low" | "medium" | "high")
/**
 * none, low, medium or high.
 */
export type Level = ("none" | "low" | "medium" | "high")
/**
 * What the benefit is.
 */
export type Comment1 = string
/**
 * yes, no or unsure.
 */
export type ForTheDevelopmentGoal = ("yes" | "no" | "unsure")
/**
 * yes, no or unsure.
 */
export type ForThePartner = ("yes" | "no" | "unsure")
/**
 * fair, partly or unfair.
 */
export type Rating1 = ("fair" | "partly" | "unfair")
/**
 * What would make it fairer.
 */
export type Comment2 = string
/**
 * What the partner has learnt and recommends (seed 002 Phase 3).
 */
export type Learning = string
/**
 * For each partner, the benefits against the resources and transaction costs (seed 002 Fig. 1).
 */
export type ValueOfPartnering = ValueForOnePartner[]
/**
 * How the partnership developed and why; learning and recommendations (seed 002 Phase 3).
 */
export type StoryAndLearning = string
/**
 * continue, terminate, expand or replicate the partnership (seed 003 question 5.1); revise-partnership, revise-project, partner-continues, partner-leaves, partner-joins, new-project (seed 002, Revising); or other.
 */
export type Kind = ("continue" | "terminate" | "expand" | "replicate" | "revise-partnership" | "revise-project" | "partner-continues" | "partner-leaves" | "partner-joins" | "new-project" | "other")
export type Decision1 = string
/**
 * The id of a stakeholder listed in stakeholders.yaml.
 */
export type StakeholderId1 = string
/**
 * The id of a stakeholder listed in stakeholders.yaml.
 */
export type StakeholderId2 = string
/**
 * A calendar date written YYYY-MM-DD.
 */
export type Date2 = string
/**
 * What the review decided (seed 002, Revising).
 */
export type Decisions = Decision[]
/**
 * A calendar date written YYYY-MM-DD.
 */
export type Date3 = string

/**
 * One review of the project and the partnership along seed 002 Fig. 1. The file is named after the review date.
 */
export interface ReviewFile {
date: ReviewDate
period?: PeriodCovered
participants?: Participants
respondents?: WhoAnswered
project_impacts?: ProjectImpacts
project_views?: EachPartnerSViewOfTheProject
functioning?: PartnershipRelationshipsAndFunctioning
value_of_partnering?: ValueOfPartnering
learning?: StoryAndLearning
decisions?: Decisions
next_review?: Date3
}
/**
 * The period the review looks back on.
 */
export interface PeriodCovered {
from: Date
to: Date
}
/**
 * One partner's answers.
 */
export interface Respondent {
stakeholder: StakeholderId
by?: AnsweredBy
answered_on?: Date1
via?: Via
}
/**
 * Seed 002 Fig. 1: delivery and progress towards objectives; impact and sustainability.
 */
export interface ProjectImpacts {
delivery?: DeliveryAndProgress
impact?: ImpactAndSustainability
}
/**
 * A red/amber/green rating and what lies behind it.
 */
export interface DeliveryAndProgress {
rating: Rating
comment?: Comment
}
/**
 * A red/amber/green rating and what lies behind it.
 */
export interface ImpactAndSustainability {
rating: Rating
comment?: Comment
}
/**
 * One partner's ratings.
 */
export interface PartnerSView {
stakeholder: StakeholderId
delivery?: DeliveryAndProgress1
impact?: ImpactAndSustainability1
}
/**
 * A red/amber/green rating and what lies behind it.
 */
export interface DeliveryAndProgress1 {
rating: Rating
comment?: Comment
}
/**
 * A red/amber/green rating and what lies behind it.
 */
export interface ImpactAndSustainability1 {
rating: Rating
comment?: Comment
}
/**
 * One partner's ratings.
 */
export interface PartnerSRatings {
stakeholder: StakeholderId
decision_making?: DecisionMakingAndGovernance
roles?: RolesAndResponsibilities
communication?: CommunicationSystems
working_relations?: WorkingRelationsAndCommitment
resources?: FinancialOperationsAndResources
}
/**
 * A red/amber/green rating and what lies behind it.
 */
export interface DecisionMakingAndGovernance {
rating: Rating
comment?: Comment
}
/**
 * A red/amber/green rating and what lies behind it.
 */
export interface RolesAndResponsibilities {
rating: Rating
comment?: Comment
}
/**
 * A red/amber/green rating and what lies behind it.
 */
export interface CommunicationSystems {
rating: Rating
comment?: Comment
}
/**
 * A red/amber/green rating and what lies behind it.
 */
export interface WorkingRelationsAndCommitment {
rating: Rating
comment?: Comment
}
/**
 * A red/amber/green rating and what lies behind it.
 */
export interface FinancialOperationsAndResources {
rating: Rating
comment?: Comment
}
/**
 * One partner's view.
 */
export interface ValueForOnePartner {
stakeholder: StakeholderId
benefits?: Benefits
costs?: Costs
worth_it?: BenefitsOutweighCosts
benefit_levels?: BenefitsByKind
costs_level?: SizeOfTheCosts
society?: BenefitForSociety
best_approach?: WasPartnershipTheBestApproach
fair_sharing?: FairSharing
learning?: Learning
}
/**
 * How much the partner gained of each benefit seed 002 Fig. 1 names, so partners can compare: none, low, medium or high.
 */
export interface BenefitsByKind {
reputation?: ReputationPositioningAndCredibility
networks?: NetworksAndContacts
capacity?: CapacityBuildingInstitutionBuildingAndKnowledgeTransfer
advocacy?: Advocacy
money?: MoneyAndOtherResources
core_delivery?: CoreActivityDelivery
}
/**
 * The added value for society as the partner sees it (seed 002 Fig. 1: "The benefit (added value) for society should also be considered").
 */
export interface BenefitForSociety {
level?: Level
comment?: Comment1
}
/**
 * Whether partnership was the best approach for the development goal and for the partner itself (seed 002 Fig. 1, Methodology).
 */
export interface WasPartnershipTheBestApproach {
for_goal?: ForTheDevelopmentGoal
for_us?: ForThePartner
}
/**
 * How fairly the costs and benefits are shared among the partners (seed 001: "transparent and just distribution of the cooperation rent"; seed 002: "Be fair in the distribution of resources, roles and responsibilities").
 */
export interface FairSharing {
rating?: Rating1
comment?: Comment2
}
/**
 * One decision.
 */
export interface Decision {
kind: Kind
description: Decision1
stakeholder?: StakeholderId1
owner?: StakeholderId2
due?: Date2
}
}
export type ReviewFile = ReviewFiles.ReviewFile;

// ---- meeting.schema.json
export namespace MeetingFiles {
/**
 * The day of the meeting; must match the file name.
 */
export type Date = string
/**
 * What the meeting is called, in a few words.
 */
export type Title = string
/**
 * exploratory (first talks with possible partners), negotiation (agreeing the partnership), planning, steering (a body deciding), working (getting work done), review (seed 002, Phase 3) or other.
 */
export type KindOfMeeting = ("exploratory" | "negotiation" | "planning" | "steering" | "working" | "review" | "other")
/**
 * The id of the body that met, from decision-rules.yaml; its quorum applies to the decisions.
 */
export type Body = string
/**
 * neutral, rotating, partner-premises or online.
 */
export type KindOfVenue = ("neutral" | "rotating" | "partner-premises" | "online")
/**
 * The place, in words.
 */
export type Place = string
/**
 * The person or organisation.
 */
export type Name = string
/**
 * The id of a stakeholder listed in stakeholders.yaml.
 */
export type StakeholderId = string
/**
 * The person or organisation.
 */
export type Name1 = string
/**
 * The people who came for it.
 */
export type Representatives = string[]
/**
 * present, apologies (sent word it could not come) or absent.
 */
export type Attendance = ("present" | "apologies" | "absent")
/**
 * Each stakeholder invited, who represented it, and whether it was there.
 */
export type Attendees = Attendee[]
/**
 * What was to be discussed, in order.
 */
export type Agenda = string[]
/**
 * The view, in a sentence or two.
 */
export type Viewpoint1 = string
/**
 * The different viewpoints put forward, for the summary written for distribution (seed 004 step 4).
 */
export type ViewpointsShared = Viewpoint[]
/**
 * What was decided.
 */
export type Decision1 = string
/**
 * The kind of decision in decision-rules.yaml it was made under, when there is one (e.g. Approve the annual work plan).
 */
export type DecisionRule = string
/**
 * What the meeting decided (seed 002: refer back to decisions made in the planning stage).
 */
export type Decisions = Decision[]
/**
 * What is to be done.
 */
export type Action1 = string
/**
 * The id of a stakeholder listed in stakeholders.yaml.
 */
export type StakeholderId1 = string
/**
 * When it is due.
 */
export type Due = string
/**
 * open, done or dropped.
 */
export type Status = ("open" | "done" | "dropped")
/**
 * Who does what by when.
 */
export type ActionItems = Action[]
/**
 * Anything else worth keeping.
 */
export type Notes = string

/**
 * The record of one meeting: who convened and moderated it, who came, what was discussed, the viewpoints shared, what was decided and who does what by when (seed 002: keep communicating between partners and maintain good records; seed 004 step 4: who convenes, where, who moderates, what to discuss, a summary of viewpoints written for distribution). One file per meeting, named after its date.
 */
export interface MeetingFile {
date: Date
title?: Title
kind?: KindOfMeeting
body?: Body
venue?: Venue
convener?: Convener
moderator?: Moderator
attendees?: Attendees
agenda?: Agenda
viewpoints?: ViewpointsShared
decisions?: Decisions
actions?: ActionItems
notes?: Notes
}
/**
 * Where the meeting took place (seed 004 step 4: a neutral place helps).
 */
export interface Venue {
kind?: KindOfVenue
description?: Place
}
/**
 * Who called the meeting.
 */
export interface Convener {
name: Name
stakeholder?: StakeholderId
}
/**
 * Who moderated it (seed 004 step 4).
 */
export interface Moderator {
name: Name1
stakeholder?: StakeholderId
}
/**
 * One stakeholder at the meeting.
 */
export interface Attendee {
stakeholder: StakeholderId
representatives?: Representatives
attendance: Attendance
}
/**
 * One viewpoint.
 */
export interface Viewpoint {
stakeholder?: StakeholderId
text: Viewpoint1
}
/**
 * One decision.
 */
export interface Decision {
text: Decision1
rule?: DecisionRule
}
/**
 * One action item.
 */
export interface Action {
text: Action1
owner?: StakeholderId1
due?: Due
status?: Status
}
}
export type MeetingFile = MeetingFiles.MeetingFile;
