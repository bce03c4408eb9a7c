import type { JobRow, Reason } from '../db-schema';
import type { Recipe } from '../recipes/schema';
import { triedTargets } from './draft';

/**
 * "Try it" on the teach page: what the sign-out job with the new recipe came to, in the terms the page shows —
 * verified, or the step that failed with every target it tried, or why it could not be verified.
 */
export type TrialView =
  | { kind: 'sign-in-first' }
  | { kind: 'running' }
  | { kind: 'verified' }
  | { kind: 'step-failed'; step: number; reason: Reason; tried: string[] }
  | { kind: 'not-verified'; reason?: Reason };

export function trialOf(job: Pick<JobRow, 'phase' | 'outcome' | 'stepIndex'> | undefined, reason: Reason | undefined, recipe: Recipe): TrialView {
  if (!job || job.phase !== 'done') return { kind: 'running' };
  if (job.outcome === 'verified') return { kind: 'verified' };
  if (reason?.key === 'reasonControlMissing') return { kind: 'step-failed', step: job.stepIndex + 1, reason, tried: triedTargets(recipe, job.stepIndex) };
  return { kind: 'not-verified', ...(reason ? { reason } : {}) };
}
