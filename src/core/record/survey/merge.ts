/**
 * Merges partners' answers into a review file (reviews/<date>.yaml), keeping everything else in it, comments too:
 * for each partner its entry in `respondents`, `project_views`, `functioning` and `value_of_partnering`, and its id
 * in `participants`. A partner whose answers the review already holds is left alone (a conflict) unless `replace`.
 */
import { Document, isMap, isSeq, parseDocument, YAMLSeq } from 'yaml';
import type { PartnerAnswers } from './answers.js';

const LISTS = [
  ['respondents', (a: PartnerAnswers) => a.respondent],
  ['project_views', (a: PartnerAnswers) => a.project],
  ['functioning', (a: PartnerAnswers) => a.functioning],
  ['value_of_partnering', (a: PartnerAnswers) => a.value],
] as const;

export interface Merged {
  text: string;
  added: string[];
  replaced: string[];
  /** Partners the review already has answers of, left as they were. */
  conflicts: string[];
}

export function mergeAnswers(existing: string | undefined, date: string, answers: readonly PartnerAnswers[], replace: boolean): Merged {
  const doc = existing === undefined ? new Document({ date }) : parseDocument(existing);
  if (!isMap(doc.contents)) throw new Error('The review file does not hold a mapping.');
  const added: string[] = [];
  const replaced: string[] = [];
  const conflicts: string[] = [];
  for (const a of answers) {
    const has = LISTS.some(([key]) => indexOf(doc, key, a.stakeholder) >= 0);
    if (has && !replace) {
      conflicts.push(a.stakeholder);
      continue;
    }
    (has ? replaced : added).push(a.stakeholder);
    for (const [key, entry] of LISTS) {
      const value = entry(a);
      if (Object.keys(value).length <= 1 && key !== 'respondents') continue;
      const seq = seqOf(doc, key);
      const i = indexOf(doc, key, a.stakeholder);
      const node = doc.createNode(value);
      if (i >= 0) seq.items[i] = node;
      else seq.items.push(node);
    }
    const participants = seqOf(doc, 'participants');
    if (!participants.items.some((n) => String((n as { value?: unknown }).value ?? n) === a.stakeholder)) participants.items.push(doc.createNode(a.stakeholder));
  }
  return { text: doc.toString({ lineWidth: 100 }), added, replaced, conflicts };
}

function seqOf(doc: Document, key: string): YAMLSeq {
  const found = doc.get(key, true);
  if (isSeq(found)) return found;
  const seq = new YAMLSeq();
  doc.set(key, seq);
  return seq;
}

function indexOf(doc: Document, key: string, stakeholder: string): number {
  const seq = doc.get(key, true);
  if (!isSeq(seq)) return -1;
  return seq.items.findIndex((item) => isMap(item) && item.get('stakeholder') === stakeholder);
}
