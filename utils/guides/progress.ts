import type { Target } from '../recipes/schema';
import { findTarget } from '../core/find-target';
import { holds, PageReader, type PageView } from './conditions';
import type { Bilingual, Guide, GuideEnding, GuideStep, RetentionOffer } from './schema';

/**
 * Where a guide stands on the page in front of the person, read from the page alone. In order of precedence:
 * an ending (done, or cannot be done here), the sign-in page, a retention offer, then the step the page is at.
 */
export type Position =
  | { kind: 'ending'; ending: GuideEnding }
  | { kind: 'sign-in' }
  | { kind: 'retention'; offer: RetentionOffer }
  /** `onTrack` false: the page matches no step; the guide keeps the last step it knew. */
  | { kind: 'step'; index: number; onTrack: boolean };

export function locate(guide: Guide, page: PageView, lastStep: number): Position {
  const reader = new PageReader(page);
  // Endings first: a confirmation page may show a signed-out header (the account was just deleted).
  const ending = guide.endings.find((candidate) => holds(candidate.when, reader));
  if (ending) return { kind: 'ending', ending };
  if (holds(guide.signedOut, reader)) return { kind: 'sign-in' };
  const offer = guide.retentionOffers.find((candidate) => holds(candidate.when, reader));
  if (offer) return { kind: 'retention', offer };
  const index = currentStep(guide.steps, reader);
  if (index !== undefined) return { kind: 'step', index, onTrack: true };
  return { kind: 'step', index: Math.min(Math.max(lastStep, 0), guide.steps.length - 1), onTrack: false };
}

/**
 * The furthest step whose page this is and which the page does not show as done. A step without `at` applies
 * anywhere (the guide's first step: "go to your account"), so a person who wanders off is led back.
 */
function currentStep(steps: readonly GuideStep[], reader: PageReader): number | undefined {
  for (let index = steps.length - 1; index >= 0; index--) {
    const step = steps[index]!;
    if (step.at && !holds(step.at, reader)) continue;
    if (step.done && holds(step.done, reader)) continue;
    return index;
  }
  return undefined;
}

/** A step as the page shows it: the alternative that applies (tick box or list), its instruction and target. */
export function resolveStep(step: GuideStep, page: PageView): { instruction: Bilingual; target?: Target } {
  const reader = new PageReader(page);
  const alternative = step.alternatives?.find((candidate) => holds(candidate.when, reader));
  if (alternative) return { instruction: alternative.instruction, target: alternative.target ?? step.target };
  return { instruction: step.instruction, target: step.target };
}

/** The element to highlight, or null when the page does not show it (yet). */
export function findControl(doc: Document, target: Target | undefined): Element | null {
  return target ? findTarget(doc, target) : null;
}

/** The confirmation text of an ending, from its first selector that matches (or the page's heading). */
export function confirmationText(doc: Document, ending: GuideEnding): string {
  for (const selector of ending.confirmation ?? []) {
    let element: Element | null = null;
    try {
      element = doc.querySelector(selector);
    } catch {
      continue;
    }
    const text = element?.textContent?.replace(/\s+/g, ' ').trim();
    if (text) return text.slice(0, 2000);
  }
  return (doc.querySelector('h1')?.textContent ?? doc.title).replace(/\s+/g, ' ').trim().slice(0, 2000);
}

/**
 * Endings that need to hold a while ("no Cancel button" — a late script might still add it) are accepted only once
 * the same ending has been seen continuously for its `stableMs`. Pure: the caller passes the clock.
 */
export class EndingConfirmer {
  private candidate: { id: string; since: number } | undefined;

  accept(position: Position, now: number): Position | { kind: 'settling'; ending: GuideEnding } {
    if (position.kind !== 'ending') {
      this.candidate = undefined;
      return position;
    }
    const { ending } = position;
    if (this.candidate?.id !== ending.id) this.candidate = { id: ending.id, since: now };
    return now - this.candidate.since >= ending.stableMs ? position : { kind: 'settling', ending };
  }
}
