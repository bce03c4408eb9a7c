import { clickGuard } from './click-guard';
import { findAll, findTarget, isVisible, type Accept } from '../core/find-target';
import { inEntryOfAccount, namesAccount } from '../core/account-entry';
import type { Step, Target } from './schema';

export const DEFAULT_STEP_TIMEOUT_MS = 5_000;
const POLL_MS = 50;

export type StepErrorCode = 'not-found' | 'aborted';

export class StepError extends Error {
  override name = 'StepError';
  constructor(
    readonly stepIndex: number,
    readonly code: StepErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface RunOptions {
  /** Index of the first step to run (a flow continues after a page load). */
  startAt?: number;
  signal?: AbortSignal;
  /** Called before each step, so the caller can record progress that survives the page unloading. */
  onStep?: (index: number, step: Step) => void | Promise<void>;
  /**
   * The domains a click may lead to (the site being signed out and the recipe's related domains): a link or form
   * to anywhere else is never pressed, even if a selector matches it. Destructive controls are refused always.
   */
  allowedDomains?: readonly string[];
  /** The account being signed out, as the site showed it: what `forAccount` steps look for on the page. */
  accountName?: string;
  /**
   * A `forAccount` step found the account's entry on the page (before anything in it is pressed): the page listed
   * the account. Awaited, so the caller can record it before a press unloads the page.
   */
  onAccountFound?: (index: number) => void | Promise<void>;
  /**
   * The sign-out method declares that it ends every account of the site in this browser: only then may a click
   * press "Sign out of all accounts" (utils/core/all-accounts.ts).
   */
  endsAllAccounts?: boolean;
}

export type RunOutcome =
  | { kind: 'completed'; stepsDone: number }
  /** A navigate step: the caller navigates (the engine never changes location itself) and continues after. */
  | { kind: 'navigate'; stepsDone: number; path: string };

/**
 * Runs recipe steps against a document. Pure apart from the DOM: no browser APIs, no network; every wait is
 * bounded by the step's timeout.
 */
export async function runSteps(doc: Document, steps: readonly Step[], options: RunOptions = {}): Promise<RunOutcome> {
  for (let index = options.startAt ?? 0; index < steps.length; index++) {
    const step = steps[index]!;
    await options.onStep?.(index, step);
    if (step.action === 'navigate') return { kind: 'navigate', stepsDone: index + 1, path: step.path };
    try {
      await runStep(doc, step, index, options);
    } catch (error) {
      if (step.optional && error instanceof StepError && error.code === 'not-found') continue;
      throw error;
    }
  }
  return { kind: 'completed', stepsDone: steps.length };
}

async function runStep(doc: Document, step: Exclude<Step, { action: 'navigate' }>, index: number, options: RunOptions) {
  const { signal, allowedDomains, accountName, endsAllAccounts } = options;
  const found = () => options.onAccountFound?.(index);
  const timeoutMs = step.timeoutMs ?? DEFAULT_STEP_TIMEOUT_MS;
  const forAccount = step.action !== 'hover' && step.forAccount === true;
  if (forAccount && !accountName) throw new StepError(index, 'not-found', `step ${index + 1}: no account name to look for`);
  if (step.action === 'waitFor') {
    const accept: Accept | undefined = forAccount ? (element) => namesAccount(element, accountName!) : undefined;
    if (step.state === 'absent') {
      await waitUntil(() => findTarget(doc, step.target, accept) === null, timeoutMs, signal, index, 'did not disappear');
      return;
    }
    await waitUntil(() => findTarget(doc, step.target, accept), timeoutMs, signal, index, 'was not found');
    if (forAccount) await found();
    return;
  }
  // What a click may press: what the target matches, less links off the site, destructive controls and (unless the
  // method declares it) a sign-out of every account; for the account, only the one in the entry that names it.
  const guard = step.action === 'click' ? clickGuard(step.target, allowedDomains, endsAllAccounts) : undefined;
  const accept = guard && forAccount ? accountEntryFilter(doc, step.target, guard, accountName!) : guard;
  if (step.action === 'click' && step.all) {
    await clickAll(doc, step.target, timeoutMs, signal, index, accept, forAccount ? found : undefined);
    return;
  }
  const element = await waitUntil(() => findTarget(doc, step.target, accept), timeoutMs, signal, index, 'was not found');
  if (forAccount) await found();
  if (step.action === 'hover') hover(element);
  if (step.action === 'click') click(element);
}

/** The guard, narrowed to controls in the entry that names the account (the other entries' controls bound it). */
function accountEntryFilter(doc: Document, target: Target, guard: Accept, accountName: string): Accept {
  return (element) => guard(element) && inEntryOfAccount(element, accountName, findAll(doc, target, guard));
}

async function waitUntil<T>(
  probe: () => T | null | false,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  index: number,
  failure: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (signal?.aborted) throw new StepError(index, 'aborted', `step ${index + 1} was aborted`);
    const value = probe();
    if (value) return value;
    if (Date.now() >= deadline) throw new StepError(index, 'not-found', `step ${index + 1}: the element ${failure} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

const MAX_CLICK_ALL = 20;

/** Clicks each element the target matches, one at a time, waiting for each to go away or change before the next. */
async function clickAll(
  doc: Document,
  target: Target,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  index: number,
  accept?: (element: Element) => boolean,
  beforeFirst?: () => void | Promise<void>,
) {
  const clicked = new Set<Element>();
  const next = () => findAll(doc, target, accept).find((element) => !clicked.has(element)) ?? null;
  for (let count = 0; count < MAX_CLICK_ALL; count++) {
    const element = next();
    if (!element) return;
    if (clicked.size === 0) await beforeFirst?.();
    clicked.add(element);
    click(element);
    // The page usually removes the entry (or re-renders): give it a moment before looking for the next one.
    await waitUntil(() => !element.isConnected || !isVisible(element), Math.min(timeoutMs, 2_000), signal, index, 'stayed').catch(
      () => undefined,
    );
  }
}

/** Menus open on different events (mouseenter, mouseover, pointerover); send what a real pointer would. */
function hover(element: Element) {
  const view = element.ownerDocument.defaultView;
  const init = { bubbles: true, cancelable: true, view };
  const PointerEventCtor = view?.PointerEvent ?? view?.MouseEvent ?? MouseEvent;
  const MouseEventCtor = view?.MouseEvent ?? MouseEvent;
  element.dispatchEvent(new PointerEventCtor('pointerover', init));
  element.dispatchEvent(new PointerEventCtor('pointerenter', { ...init, bubbles: false }));
  element.dispatchEvent(new MouseEventCtor('mouseover', init));
  element.dispatchEvent(new MouseEventCtor('mouseenter', { ...init, bubbles: false }));
  element.dispatchEvent(new MouseEventCtor('mousemove', init));
}

function click(element: Element) {
  // HTMLElement.click() follows links and submits forms like a real click; SVG elements only get the event.
  if ('click' in element && typeof element.click === 'function') element.click();
  else element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
}
