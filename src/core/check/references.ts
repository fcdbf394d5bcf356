import type { Checked } from './types.js';
import type { Diagnostic } from '../base/diagnostic.js';
import type { PathSegment } from '../yaml/source.js';
import { didYouMean } from '../../util/did-you-mean.js';

type Ref = { key: string; entry?: string; path: PathSegment[]; id: string | undefined };

/**
 * Cross-file checks: ids unique, every reference to a stakeholder, body or need resolves, and dates in order.
 * Runs on the files that passed their schemas (the model), so every value here has the right type.
 */
export function referenceFindings(c: Checked): Diagnostic[] {
  const m = c.model;
  const out: Diagnostic[] = [];
  const error = (key: string, entry: string | undefined, path: PathSegment[], rule: string, message: string, hint?: string) =>
    out.push({ ...c.at(key, entry, path), severity: 'error', rule, message, ...(hint ? { hint } : {}) });

  // Ids unique within each list.
  const uniqueIds = (key: string, list: { id: string }[] | undefined, listName: string, what: string) => {
    const seen = new Map<string, number>();
    list?.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, i);
      else {
        const firstAt = c.at(key, undefined, [listName, first, 'id']);
        error(key, undefined, [listName, i, 'id'], 'duplicate-id', `The ${what} id \`${item.id}\` is already used on line ${firstAt.line}.`, 'Give each entry its own id; other files refer to entries by id.');
      }
    });
  };
  uniqueIds('stakeholders', m.stakeholders?.stakeholders, 'stakeholders', 'stakeholder');
  uniqueIds('decision-rules', m['decision-rules']?.bodies, 'bodies', 'body');
  uniqueIds('resources', m.resources?.needs, 'needs', 'need');
  uniqueIds('resources', m.resources?.commitments, 'commitments', 'commitment');
  uniqueIds('indicators', m.indicators?.indicators, 'indicators', 'indicator');
  uniqueIds('risks', m.risks?.risks, 'risks', 'risk');

  // References to stakeholders. Only checked when stakeholders.yaml is valid, or they would all look dangling.
  const stakeholderIds = m.stakeholders ? m.stakeholders.stakeholders.map((s) => s.id) : undefined;
  const refs: Ref[] = [];
  const push = (key: string, path: PathSegment[], id: string | undefined, entry?: string) => refs.push({ key, path, id, ...(entry !== undefined ? { entry } : {}) });
  const p = m.partnership;
  if (p?.convener?.stakeholder) push('partnership', ['convener', 'stakeholder'], p.convener.stakeholder);
  const dr = m['decision-rules'];
  dr?.bodies?.forEach((b, i) => {
    b.members?.forEach((id, j) => push('decision-rules', ['bodies', i, 'members', j], id));
    if (b.chair?.stakeholder) push('decision-rules', ['bodies', i, 'chair', 'stakeholder'], b.chair.stakeholder);
  });
  const com = m.communication;
  com?.between_partners?.forEach((ch, i) => ch.participants?.forEach((id, j) => push('communication', ['between_partners', i, 'participants', j], id)));
  com?.within_partners?.forEach((w, i) => push('communication', ['within_partners', i, 'stakeholder'], w.stakeholder));
  com?.external?.spokespeople?.forEach((s, i) => push('communication', ['external', 'spokespeople', i, 'stakeholder'], s.stakeholder));
  m.resources?.commitments?.forEach((cm, i) => push('resources', ['commitments', i, 'stakeholder'], cm.stakeholder));
  m.indicators?.indicators?.forEach((ind, i) => ind.owner && push('indicators', ['indicators', i, 'owner'], ind.owner));
  m.indicators?.reporting_needs?.forEach((r, i) => push('indicators', ['reporting_needs', i, 'stakeholder'], r.stakeholder));
  m.risks?.risks?.forEach((r, i) => r.owner && push('risks', ['risks', i, 'owner'], r.owner));
  m.risks?.non_negotiables?.forEach((n, i) => push('risks', ['non_negotiables', i, 'stakeholder'], n.stakeholder));
  for (const [date, review] of Object.entries(m.reviews ?? {})) {
    review.participants?.forEach((id, j) => push('reviews', ['participants', j], id, date));
    review.functioning?.forEach((f, j) => push('reviews', ['functioning', j, 'stakeholder'], f.stakeholder, date));
    review.value_of_partnering?.forEach((v, j) => push('reviews', ['value_of_partnering', j, 'stakeholder'], v.stakeholder, date));
    review.decisions?.forEach((d, j) => d.stakeholder && push('reviews', ['decisions', j, 'stakeholder'], d.stakeholder, date));
  }
  for (const [entry, meeting] of Object.entries(m.meetings ?? {})) {
    if (meeting.convener?.stakeholder) push('meetings', ['convener', 'stakeholder'], meeting.convener.stakeholder, entry);
    if (meeting.moderator?.stakeholder) push('meetings', ['moderator', 'stakeholder'], meeting.moderator.stakeholder, entry);
    meeting.attendees?.forEach((a, j) => push('meetings', ['attendees', j, 'stakeholder'], a.stakeholder, entry));
    meeting.viewpoints?.forEach((v, j) => v.stakeholder && push('meetings', ['viewpoints', j, 'stakeholder'], v.stakeholder, entry));
    meeting.actions?.forEach((a, j) => a.owner && push('meetings', ['actions', j, 'owner'], a.owner, entry));
  }
  if (stakeholderIds) {
    const known = new Set(stakeholderIds);
    for (const r of refs) {
      if (r.id === undefined || known.has(r.id)) continue;
      const guess = didYouMean(r.id, stakeholderIds);
      error(r.key, r.entry, r.path, 'unknown-stakeholder', `\`${r.id}\` is not a stakeholder in stakeholders.yaml${guess ? `; did you mean \`${guess}\`?` : '.'}`, 'Use the `id` of an entry in stakeholders.yaml, or add the stakeholder there first.');
    }
    for (const [entry, assessment] of Object.entries(m.assessments ?? {})) {
      if (!known.has(entry)) {
        const guess = didYouMean(entry, stakeholderIds);
        error('assessments', entry, [], 'unknown-stakeholder', `assessments/${entry}.yaml is named after \`${entry}\`, which is not a stakeholder in stakeholders.yaml${guess ? `; did you mean \`${guess}\`?` : '.'}`, 'Name each assessment file after the id of the stakeholder it assesses.');
      }
      if (assessment.stakeholder !== entry) error('assessments', entry, ['stakeholder'], 'assessment-mismatch', `This file is assessments/${entry}.yaml but says \`stakeholder: ${assessment.stakeholder}\`.`, `Make them agree: set \`stakeholder: ${entry}\` or rename the file.`);
    }
  }

  // References to bodies and needs within their own files.
  const bodyIds = dr?.bodies?.map((b) => b.id) ?? [];
  dr?.decisions?.forEach((d, i) => {
    if (d.body !== undefined && !bodyIds.includes(d.body)) {
      const guess = didYouMean(d.body, bodyIds);
      error('decision-rules', undefined, ['decisions', i, 'body'], 'unknown-body', `\`${d.body}\` is not one of the bodies in decision-rules.yaml${guess ? `; did you mean \`${guess}\`?` : '.'}`, bodyIds.length ? `Bodies: ${bodyIds.join(', ')}.` : 'Add the body under `bodies:` first.');
    }
  });
  const ruleKinds = dr?.decisions?.map((d) => d.kind) ?? [];
  for (const [entry, meeting] of Object.entries(m.meetings ?? {})) {
    if (meeting.body !== undefined && dr && !bodyIds.includes(meeting.body)) {
      const guess = didYouMean(meeting.body, bodyIds);
      error('meetings', entry, ['body'], 'unknown-body', `\`${meeting.body}\` is not one of the bodies in decision-rules.yaml${guess ? `; did you mean \`${guess}\`?` : '.'}`, bodyIds.length ? `Bodies: ${bodyIds.join(', ')}.` : 'Add the body under `bodies:` first.');
    }
    meeting.decisions?.forEach((d, j) => {
      if (d.rule === undefined || !dr || ruleKinds.some((k) => k.toLowerCase() === d.rule!.toLowerCase())) return;
      const guess = didYouMean(d.rule, ruleKinds);
      error('meetings', entry, ['decisions', j, 'rule'], 'unknown-decision-rule', `"${d.rule}" is not a kind of decision in decision-rules.yaml${guess ? `; did you mean "${guess}"?` : '.'}`, ruleKinds.length ? `Kinds of decision: ${ruleKinds.join('; ')}.` : 'Add the rule under `decisions:` in decision-rules.yaml first, or leave `rule:` out.');
    });
    if (!entry.startsWith(meeting.date)) error('meetings', entry, ['date'], 'meeting-date-mismatch', `This file is meetings/${entry}.yaml but says \`date: ${meeting.date}\`.`, `Make them agree: set \`date: ${entry.slice(0, 10)}\` or rename the file.`);
  }
  const needIds = m.resources?.needs?.map((n) => n.id) ?? [];
  m.resources?.commitments?.forEach((cm, i) => {
    if (cm.need !== undefined && !needIds.includes(cm.need)) {
      const guess = didYouMean(cm.need, needIds);
      error('resources', undefined, ['commitments', i, 'need'], 'unknown-need', `\`${cm.need}\` is not one of the needs in resources.yaml${guess ? `; did you mean \`${guess}\`?` : '.'}`, needIds.length ? `Needs: ${needIds.join(', ')}.` : 'Add the need under `needs:` first.');
    }
  });

  // Dates in order.
  const order = (key: string, entry: string | undefined, earlier: string | undefined, later: string | undefined, laterPath: PathSegment[], message: string) => {
    if (earlier && later && later < earlier) error(key, entry, laterPath, 'date-order', message, 'Check the dates: one of them is probably mistyped.');
  };
  if (p?.duration) order('partnership', undefined, p.duration.start, p.duration.end, ['duration', 'end'], `The partnership ends (${p.duration.end}) before it starts (${p.duration.start}).`);
  m.resources?.commitments?.forEach((cm, i) => {
    order('resources', undefined, cm.start, cm.due, ['commitments', i, 'due'], `Commitment \`${cm.id}\` is due (${cm.due}) before it starts (${cm.start}).`);
    order('resources', undefined, cm.start, cm.delivered_on, ['commitments', i, 'delivered_on'], `Commitment \`${cm.id}\` was delivered (${cm.delivered_on}) before it started (${cm.start}).`);
  });
  m.indicators?.indicators?.forEach((ind, i) => {
    const base = ind.baseline?.date;
    order('indicators', undefined, base, ind.target?.date, ['indicators', i, 'target', 'date'], `Indicator \`${ind.id}\` has its target date (${ind.target?.date}) before its baseline (${base}).`);
    ind.measurements?.forEach((ms, j) => order('indicators', undefined, base, ms.date, ['indicators', i, 'measurements', j, 'date'], `Indicator \`${ind.id}\` has a measurement (${ms.date}) before its baseline (${base}).`));
  });
  for (const [entry, review] of Object.entries(m.reviews ?? {})) {
    if (review.date !== entry) error('reviews', entry, ['date'], 'review-date-mismatch', `This file is reviews/${entry}.yaml but says \`date: ${review.date}\`.`, `Make them agree: set \`date: ${entry}\` or rename the file.`);
    if (review.period) order('reviews', entry, review.period.from, review.period.to, ['period', 'to'], `The review period ends (${review.period.to}) before it starts (${review.period.from}).`);
    order('reviews', entry, review.date, review.next_review, ['next_review'], `The next review (${review.next_review}) is before this one (${review.date}).`);
  }
  return out;
}
