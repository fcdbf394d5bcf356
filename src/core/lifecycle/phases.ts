import { PHASES, type Phase } from '../folder/layout.js';
import { SEED_QUESTIONS, type SeedQuestion } from './questions.js';

/**
 * How the six phases of `partner` sit in the seeds (../shared/DOMAIN.md, "The lifecycle the tool follows"):
 * seed 002's four phases are the backbone; seed 003's five stages and seed 004's seven steps map onto them.
 */
export interface PhaseInSeeds {
  phase: Phase;
  /** Seed 002, The Partnering Process: the phase (1-4) and the sections of it this phase covers. */
  seed002: { phase: 1 | 2 | 3 | 4; sections: readonly string[] };
  /** Seed 003, Waddell & Brown: the development stages (1-5). */
  seed003: { stages: readonly number[] };
  /** Seed 004, USAID User Guide part V: the start-up steps (1-7). */
  seed004: { steps: readonly number[] };
}

/** Seed 002's phase headings, in sentence case. */
export const SEED_002_PHASES: Readonly<Record<1 | 2 | 3 | 4, string>> = {
  1: 'Creation and relationship building',
  2: 'Implementing, managing and maintaining',
  3: 'Reviewing, evaluating and revising',
  4: 'Sustaining outcomes',
};

/** Seed 003's stage headings, as the seed writes them. */
export const SEED_003_STAGES: Readonly<Record<number, string>> = {
  1: 'Identifying Preconditions for Cooperation',
  2: 'Convening Partners',
  3: 'Setting Shared Directions',
  4: 'Implementing Action Strategies',
  5: 'Institutionalizing and/or Expanding Successful ISPs',
};

/** Seed 004's step headings, as the seed writes them. */
export const SEED_004_STEPS: Readonly<Record<number, string>> = {
  1: 'Identify the Goals and Aims',
  2: 'Identify Realities and Partners',
  3: 'Understand the Potential for Working Together, Anticipate Problems',
  4: 'Convene Partners and Define Problems',
  5: 'Set Directions',
  6: 'Develop an Action Plan',
  7: 'Institutionalize and/or Expand Successful ISPs',
};

export const LIFECYCLE: Readonly<Record<Phase, PhaseInSeeds>> = {
  scoping: { phase: 'scoping', seed002: { phase: 1, sections: ['Scoping'] }, seed003: { stages: [1] }, seed004: { steps: [1, 2, 3] } },
  building: { phase: 'building', seed002: { phase: 1, sections: ['Identifying partners', 'Building'] }, seed003: { stages: [2] }, seed004: { steps: [4] } },
  planning: { phase: 'planning', seed002: { phase: 1, sections: ['Planning', 'Setting indicators', 'Risks and assumptions', 'Partnership agreements'] }, seed003: { stages: [3] }, seed004: { steps: [5, 6] } },
  implementing: { phase: 'implementing', seed002: { phase: 2, sections: ['Managing', 'Resourcing', 'Implementing'] }, seed003: { stages: [4] }, seed004: { steps: [6] } },
  reviewing: { phase: 'reviewing', seed002: { phase: 3, sections: ['Measuring', 'Reviewing', 'Revising'] }, seed003: { stages: [4, 5] }, seed004: { steps: [] } },
  sustaining: { phase: 'sustaining', seed002: { phase: 4, sections: ['Sustaining', 'Institutionalizing', 'Closure'] }, seed003: { stages: [5] }, seed004: { steps: [7] } },
};

/** The phase after `phase`, or undefined for the last one. */
export function nextPhase(phase: Phase): Phase | undefined {
  return PHASES[PHASES.indexOf(phase) + 1];
}

export function phaseIndex(phase: Phase): number {
  return PHASES.indexOf(phase);
}

/** The questions the seeds ask at this phase: seed 002's own, then seed 003's and seed 004's for its stages and steps. */
export function questionsFor(phase: Phase): SeedQuestion[] {
  const { seed003, seed004 } = LIFECYCLE[phase];
  return [
    ...SEED_QUESTIONS.filter((q) => q.seed === '002' && q.phases?.includes(phase)),
    ...SEED_QUESTIONS.filter((q) => q.seed === '003' && q.stage !== undefined && seed003.stages.includes(q.stage)),
    ...SEED_QUESTIONS.filter((q) => q.seed === '004' && q.step !== undefined && seed004.steps.includes(q.step)),
  ];
}

/** "1-3", "4", "5-6", "4-5": a compact list of stage or step numbers. */
export function numberRange(numbers: readonly number[]): string {
  if (numbers.length === 0) return '';
  const sorted = [...numbers].sort((a, b) => a - b);
  const contiguous = sorted.every((n, i) => i === 0 || n === sorted[i - 1]! + 1);
  if (contiguous && sorted.length > 1) return `${sorted[0]}–${sorted[sorted.length - 1]}`;
  return sorted.join(', ');
}
