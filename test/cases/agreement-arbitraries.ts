/**
 * fast-check arbitraries for partnership folders that pass their file schemas, for property tests of
 * `partner render agreement`: any field may be missing, empty, whitespace, hostile or proposed.
 */
import fc from 'fast-check';
import type { FolderModel } from '../../src/model/index.js';

/** Characters that cannot spell "undefined", "NaN" or "[object Object]", but cover Markdown, HTML and Handlebars. */
const CHARS = ['a', 'b', 'c', 'x', 'y', 'z', '1', '2', ' ', ' ', '\n', '\t', 'é', '中', '\u00a0', '<', '>', '*', '_', '[', ']', '(', ')', '#', '|', '`', '~', '\\', '&', ';', '!', '-', '+', '=', '.', ':', '/', '{', '}', '"', "'", '@'];
export const hostileText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 24 }),
  fc.constantFrom('<b>*Acme*</b> {{x}}', '<script>alert(1)</script>', '[a](javascript:alert(1))', '&amp; &#60;', '| a | b |', '# title', '- item', '1. one', '   ', '{{constructor.constructor}}', 'www.x.yz', '***', '=== ', '> quote'),
);
const text = hostileText;
const id = fc.stringMatching(/^[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,3}){0,1}$/);
const date = fc.integer({ min: Date.UTC(1980, 0, 1), max: Date.UTC(2030, 11, 31) }).map((t) => new Date(t).toISOString().slice(0, 10));
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const status = opt(fc.constantFrom('proposed', 'agreed'));
const level = fc.constantFrom('low', 'medium', 'high');
const frequency = fc.constantFrom('weekly', 'fortnightly', 'monthly', 'quarterly', 'twice-yearly', 'yearly', 'as-needed', 'once');
const kind = fc.constantFrom('human', 'financial', 'technical', 'contacts', 'networks', 'products', 'services', 'premises', 'transport', 'information', 'logistics', 'publicity', 'convening');
const texts = fc.array(text, { maxLength: 3 });
const subset = (ids: string[]) => (ids.length ? fc.subarray(ids) : fc.constant([] as string[]));
const pick = (ids: string[]) => (ids.length ? opt(fc.constantFrom(...ids)) : fc.constant(undefined));

/** Drops undefined keys, as a YAML file would not have them. */
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

export const folderModel: fc.Arbitrary<FolderModel & { partnership: NonNullable<FolderModel['partnership']> }> = fc
  .uniqueArray(id, { maxLength: 5 })
  .chain((ids) =>
    fc.record({
      ids: fc.constant(ids),
      bodyIds: fc.uniqueArray(id, { maxLength: 2 }),
      needIds: fc.uniqueArray(id, { maxLength: 3 }),
    }),
  )
  .chain(({ ids, bodyIds, needIds }) =>
    fc.record({
      partnership: fc.record({
        name: text,
        phase: fc.constantFrom('scoping', 'building', 'planning', 'implementing', 'reviewing', 'sustaining'),
        issue: opt(text),
        why_multi_sector: opt(text),
        vision: opt(text),
        goal_types: opt(fc.subarray(['task', 'policy', 'innovation', 'accountability'])),
        objectives: opt(fc.array(fc.record({ text, status }), { maxLength: 3 })),
        geographic_scope: opt(fc.record({ level: fc.constantFrom('local', 'national', 'global'), area: opt(text) })),
        typology: opt(fc.record({ form: opt(fc.constantFrom('network', 'alliance', 'coalition')) })),
        convener: opt(fc.record({ name: text, stakeholder: pick(ids), credible_with: ids.length ? opt(fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 3 })) : fc.constant(undefined), credibility: opt(text) })),
        broker: opt(fc.record({ name: text, organisation: opt(text), role: opt(fc.constantFrom('partner', 'facilitator', 'both')), contact: opt(text) })),
        venue: opt(fc.record({ kind: fc.constantFrom('neutral', 'rotating', 'partner-premises', 'online'), description: opt(text) })),
        principles: opt(fc.array(fc.record({ name: text, meaning: opt(text), status }), { maxLength: 3 })),
        ground_rules: opt(fc.array(fc.record({ text, status }), { maxLength: 3 })),
        duration: opt(fc.record({ start: opt(date), end: opt(date), note: opt(text) })),
        sustainability: opt(fc.record({ way_forward: opt(fc.constantFrom('sustain', 'scale-up', 'institutionalise', 'close')), rationale: opt(text), learning_shared: opt(text) })),
      }),
      stakeholders: opt(
        fc.record({
          stakeholders: fc.tuple(...ids.map((sid) =>
            fc.record({
              id: fc.constant(sid),
              name: text,
              sector: fc.constantFrom('public', 'private', 'civil-society', 'cooperative', 'semi-public'),
              engagement: opt(fc.constantFrom('active-partner', 'active-partner', 'pilot', 'advisory-group', 'informed', 'not-engaged')),
              representative: opt(fc.record({ name: text, title: opt(text), decision_authority: opt(fc.constantFrom('full', 'limited', 'refer-back', 'unknown')), authority_note: opt(text) })),
            }),
          )),
        }),
      ),
      assessments: subset(ids).chain((with_) =>
        fc.tuple(...with_.map((sid) => fc.record({ stakeholder: fc.constant(sid), objectives: opt(texts) }))).map((list) => Object.fromEntries(list.map((a) => [a.stakeholder, a]))),
      ),
      'decision-rules': opt(
        fc.record({
          bodies: opt(fc.tuple(...bodyIds.map((bid) => fc.record({ id: fc.constant(bid), name: text, kind: fc.constantFrom('steering-committee', 'secretariat', 'task-force'), members: opt(subset(ids)), terms_of_reference: opt(text), quorum: opt(text), meets: opt(frequency), chair: opt(fc.record({ kind: fc.constantFrom('neutral', 'rotating', 'partner'), stakeholder: pick(ids), name: opt(text) })), venue: opt(fc.constantFrom('neutral', 'online')) })))),
          decisions: opt(fc.array(fc.record({ kind: text, body: pick(bodyIds), method: fc.constantFrom('consensus', 'majority', 'lead-partner'), status }), { maxLength: 3 })),
          dispute_resolution: opt(fc.record({ steps: opt(texts), mediator: opt(text), status })),
          financial_management: opt(fc.record({ model: fc.constantFrom('pooled', 'no-co-mingling', 'mixed'), description: opt(text), status })),
          joining_and_leaving: opt(fc.record({ joining: opt(text), leaving: opt(text), status })),
          changes: opt(fc.record({ text, status })),
        }),
      ),
      communication: opt(
        fc.record({
          between_partners: opt(fc.array(fc.record({ mode: fc.constantFrom('meeting', 'letter', 'email', 'radio'), frequency: opt(frequency), purpose: opt(text), participants: opt(subset(ids)) }), { maxLength: 3 })),
          information_sharing: opt(text),
          within_partners: opt(subset(ids).chain((w) => fc.tuple(...w.map((sid) => fc.record({ stakeholder: fc.constant(sid), how: text }))))),
          external: opt(fc.record({ objectives: opt(fc.subarray(['visibility', 'advocacy', 'accountability'])), audiences: opt(texts), description: opt(text), spokespeople: opt(subset(ids).chain((w) => fc.tuple(...w.map((sid) => fc.record({ stakeholder: fc.constant(sid), name: opt(text), topics: opt(texts) }))))), approval: opt(text), going_public: opt(text), branding: opt(text), status })),
          glossary: opt(fc.array(fc.record({ term: text, meaning: text }), { maxLength: 2 })),
        }),
      ),
      resources: opt(
        fc.record({
          needs: opt(fc.tuple(...needIds.map((nid) => fc.record({ id: fc.constant(nid), description: text, kind: opt(kind) })))),
          commitments: ids.length
            ? opt(fc.uniqueArray(fc.record({ id, stakeholder: fc.constantFrom(...ids), description: text, type: fc.constantFrom('cash', 'in-kind'), kind: opt(kind), need: pick(needIds), amount: opt(fc.oneof(fc.integer({ min: 0, max: 2_000_000_000 }), fc.double({ min: 0.01, max: 1e7, noNaN: true, noDefaultInfinity: true }))), currency: opt(fc.constantFrom('USD', 'PKR', 'EUR')), start: opt(date), due: opt(date), status: opt(fc.constantFrom('proposed', 'agreed', 'in-progress', 'delivered', 'late', 'withdrawn')), delivered_on: opt(date), note: opt(text) }), { maxLength: 4, selector: (c) => c.id }))
            : fc.constant(undefined),
        }),
      ),
      indicators: opt(
        fc.record({
          review_cadence: opt(fc.record({ frequency, next_review: opt(date) })),
          reporting_needs: opt(subset(ids).chain((w) => fc.tuple(...w.map((sid) => fc.record({ stakeholder: fc.constant(sid), needs: text }))))),
          indicators: opt(fc.uniqueArray(fc.record({ id, name: text, aspect: fc.constantFrom('project-delivery', 'impact', 'partnership-functioning', 'value-of-partnering'), unit: opt(text), baseline: opt(fc.record({ value: fc.integer({ min: -5, max: 1000 }), date })), target: opt(fc.record({ value: fc.double({ min: 0, max: 1000, noNaN: true, noDefaultInfinity: true }), date })), method: opt(text), owner: pick(ids), frequency: opt(frequency) }), { maxLength: 3, selector: (i) => i.id })),
        }),
      ),
      risks: opt(
        fc.record({
          risks: opt(fc.uniqueArray(fc.record({ id, description: text, likelihood: opt(level), impact: opt(level), mitigation: opt(text), owner: pick(ids), status: opt(fc.constantFrom('open', 'mitigated', 'occurred', 'closed')) }), { maxLength: 3, selector: (r) => r.id })),
          assumptions: opt(texts),
          non_negotiables: ids.length ? opt(fc.array(fc.record({ stakeholder: fc.constantFrom(...ids), text }), { maxLength: 3 })) : fc.constant(undefined),
        }),
      ),
      reviews: opt(fc.uniqueArray(date, { maxLength: 2 }).map((ds) => Object.fromEntries(ds.map((d) => [d, { date: d }])))),
    }),
  )
  .map((m) => plain(m) as FolderModel & { partnership: NonNullable<FolderModel['partnership']> });
