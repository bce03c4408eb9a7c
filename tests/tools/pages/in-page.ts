/**
 * Runs inside a saved page (bundled by esbuild, scripts of the page stripped): the extension's own matching code —
 * the content script's page signals and the engine's target finder with its click guard — held against one recipe.
 * Nothing is pressed or hovered: a saved page has no scripts to answer, and a click could leave the page.
 */
import { clickGuard } from '../../../utils/recipes/click-guard';
import { findTarget } from '../../../utils/core/find-target';
import type { Recipe, Step, Target } from '../../../utils/recipes/schema';
import { readPageSignal } from '../../../utils/sessions/page-signal';

/**
 * found: the step's target is there and may be pressed; hidden: its CSS matches only elements Signoff counts as
 * invisible; refused: it matches, but the click guard refuses every match; absent: nothing matches (a menu rendered
 * by script); navigates: the step loads another page, which a saved page cannot follow.
 */
export type StepState = 'found' | 'hidden' | 'refused' | 'absent' | 'navigates';

export interface StepCheck {
  action: Step['action'];
  state: StepState;
  /** What the step would press, briefly ("button#ybarAccountMenu 'Manage your Yahoo accounts…'"). */
  control?: string;
}

export interface MethodCheck {
  kind: Recipe['signOut'][number]['kind'];
  startPath?: string;
  steps: StepCheck[];
}

export interface PageCheck {
  signedIn: boolean;
  /** The signed-in marker that matched (a selector, or "text"). */
  marker?: string;
  /** Markers present in the DOM but invisible to Signoff (aria-hidden, display:none…). */
  hiddenMarkers: string[];
  accountName?: string;
  methods: MethodCheck[];
}

const MAX_LABEL = 60;

function describe(element: Element): string {
  const id = element.id ? `#${element.id}` : '';
  const label = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
  return `${element.localName}${id}${label ? ` '${label.slice(0, MAX_LABEL)}'` : ''}`;
}

/** CSS matches in the DOM whatever their visibility (within the target's scope). */
function presentInDom(doc: Document, target: Target): boolean {
  const scope = target.within ? doc.querySelector(target.within) : doc;
  if (!scope) return false;
  return (target.css ?? []).some((selector) => {
    try {
      return scope.querySelector(selector) !== null;
    } catch {
      return false;
    }
  });
}

function checkStep(doc: Document, step: Step, allowedDomains: readonly string[], endsAllAccounts: boolean): StepCheck {
  if (step.action === 'navigate') return { action: step.action, state: 'navigates', control: step.path };
  if (step.action === 'waitFor' && step.state === 'absent') return { action: step.action, state: 'found' };
  const accept = step.action === 'click' ? clickGuard(step.target, allowedDomains, endsAllAccounts) : undefined;
  const pressable = findTarget(doc, step.target, accept);
  if (pressable) return { action: step.action, state: 'found', control: describe(pressable) };
  const matched = findTarget(doc, step.target);
  if (matched) return { action: step.action, state: 'refused', control: describe(matched) };
  return { action: step.action, state: presentInDom(doc, step.target) ? 'hidden' : 'absent' };
}

function checkMethod(doc: Document, method: Recipe['signOut'][number], allowedDomains: readonly string[]): MethodCheck {
  if (method.kind === 'url') return { kind: method.kind, startPath: method.path, steps: [] };
  if (method.kind === 'generic') return { kind: method.kind, startPath: method.startPath, steps: [] };
  return { kind: method.kind, startPath: method.startPath, steps: method.steps.map((step) => checkStep(doc, step, allowedDomains, method.endsAllAccounts !== undefined)) };
}

/** Which signed-in marker matched, and which are in the DOM but invisible to Signoff. */
function markers(doc: Document, target: Target | undefined): { marker?: string; hiddenMarkers: string[] } {
  if (!target) return { hiddenMarkers: [] };
  const css = target.css ?? [];
  const seen = (selector: string) => findTarget(doc, { css: [selector] }, undefined, 'see') !== null;
  const marker = css.find(seen);
  const hiddenMarkers = css.filter((selector) => presentInDom(doc, { css: [selector] }) && !seen(selector));
  if (marker) return { marker, hiddenMarkers };
  if (target.text && findTarget(doc, { text: target.text, ...(target.within ? { within: target.within } : {}) }, undefined, 'see')) return { marker: 'text', hiddenMarkers };
  return { hiddenMarkers };
}

export function checkPage(recipe: Recipe, allowedDomains: readonly string[]): PageCheck {
  const signal = readPageSignal(document, recipe.detect);
  return {
    signedIn: signal.signedIn,
    ...markers(document, recipe.detect.signedIn),
    ...(signal.accountName ? { accountName: signal.accountName } : {}),
    methods: recipe.signOut.map((method) => checkMethod(document, method, allowedDomains)),
  };
}
