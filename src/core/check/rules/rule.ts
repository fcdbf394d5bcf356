import type { Checked } from '../types.js';
import type { Phase } from '../../folder/layout.js';
import type { PathSegment } from '../../yaml/source.js';

export type RuleSetting = 'off' | 'warn' | 'error';

export interface RuleContext {
  today: string;
  phase: Phase | undefined;
  /**
   * Whether the phase gate being checked holds the requirement with this id (src/core/check/requirements.ts): its gaps
   * are then errors of the gate, so a rule looking for the same gap leaves it to the gate (one problem, one finding).
   */
  gated(requirement: string): boolean;
}

/** Where and what: a rule's finding before its severity is applied. */
export interface RuleHit {
  key: string;
  entry?: string;
  path: PathSegment[];
  /** Report the key of the last path segment rather than its value. */
  atKey?: boolean;
  message: string;
  hint?: string;
}

/** A good-practice rule from the seeds. */
export interface Rule {
  id: string;
  defaultSetting: Exclude<RuleSetting, 'off'>;
  /** One line: what the rule looks for. */
  summary: string;
  /** Why it matters, in a broker's words, citing the seed. */
  explanation: string;
  /** The lessons of seed 003 it supports (1-9, see lessons.ts): `partner explain` quotes them. */
  lessons?: readonly number[];
  check(c: Checked, ctx: RuleContext): RuleHit[];
}
