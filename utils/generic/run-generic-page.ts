import { findSignOut, scanForSignOut, type Candidate, type FinderOptions } from './find-sign-out';

/**
 * The generic sign-out as it runs inside the page (the runner content script): press the best visible sign-out
 * control; if there is none, open the likeliest account menus one by one and look again; failing that, point the
 * background to the account page. Every press is reported *before* it happens, because a press may unload the
 * page and this script with it. Pure DOM: unit-tested in happy-dom.
 */

export type GenericAction = 'open-menu' | 'sign-out' | 'account-page';

export interface GenericPageRequest {
  /** "find": everything below; "confirm": only press a visible sign-out control (a confirmation page after a press). */
  mode: 'find' | 'confirm';
  /** May point the background to the account page (only once per job: the background says). */
  allowAccountPage: boolean;
  /** The site being signed out, as the background's site identity says (the finder's "same site" rule). */
  siteDomain?: string;
}

export type GenericPageResult =
  | { kind: 'clicked'; label: string; via: 'page' | 'menu' | 'hidden' }
  | { kind: 'account-page'; url: string; label: string }
  | { kind: 'not-found'; detail: string };

export interface GenericPageHooks {
  /** Records what is about to be pressed (the background stores it with the job). */
  report(action: GenericAction, label: string): Promise<void>;
}

export interface GenericPageTimings {
  /** How long a menu gets to open after a hover, then after a click. */
  hoverWaitMs: number;
  clickWaitMs: number;
  pollMs: number;
}

const DEFAULT_TIMINGS: GenericPageTimings = { hoverWaitMs: 700, clickWaitMs: 2_500, pollMs: 100 };
/** Account menus tried before giving up on menus: more would be guessing. */
const MAX_OPENERS = 3;
/** A hidden control is pressed only when both its label and its address say "sign out". */
const MIN_HIDDEN_SCORE = 100;

export async function runGenericSignOutInPage(
  doc: Document,
  request: GenericPageRequest,
  hooks: GenericPageHooks,
  timings: GenericPageTimings = DEFAULT_TIMINGS,
): Promise<GenericPageResult> {
  const finder = request.siteDomain ? { siteDomain: request.siteDomain } : {};
  const scan = scanForSignOut(doc, finder);
  const visible = scan.signOut.find((candidate) => candidate.visible);
  if (visible) return press(visible, 'page', hooks);
  if (request.mode === 'confirm') return { kind: 'not-found', detail: 'no sign-out control on the page after the sign-out' };

  for (const opener of scan.openers.slice(0, MAX_OPENERS)) {
    await hooks.report('open-menu', describe(opener));
    hover(opener.element);
    let found = await waitForVisibleSignOut(doc, finder, timings.hoverWaitMs, timings.pollMs);
    if (!found && !opener.navigates) {
      pressElement(opener.element);
      found = await waitForVisibleSignOut(doc, finder, timings.clickWaitMs, timings.pollMs);
    }
    if (found) return press(found, 'menu', hooks);
  }

  // A sign-out link the page keeps hidden (a menu that would not open for synthetic events): press it only when
  // its label and its address both say "sign out".
  const hidden = scan.signOut.find((candidate) => !candidate.visible && candidate.score >= MIN_HIDDEN_SCORE && candidate.reasons.includes('url'));
  if (hidden) return press(hidden, 'hidden', hooks);

  const accountPage = request.allowAccountPage ? scan.accountPages[0] : undefined;
  if (accountPage) {
    await hooks.report('account-page', describe(accountPage));
    return { kind: 'account-page', url: accountPage.url, label: describe(accountPage) };
  }
  const refused = scan.refused.length ? `; ${scan.refused.length} destructive control(s) refused` : '';
  const menus = Math.min(scan.openers.length, MAX_OPENERS);
  return { kind: 'not-found', detail: `no sign-out control found; ${menus} account menu(s) tried${refused}` };
}

async function press(candidate: Candidate, via: 'page' | 'menu' | 'hidden', hooks: GenericPageHooks): Promise<GenericPageResult> {
  const label = describe(candidate);
  await hooks.report('sign-out', label);
  pressElement(candidate.element);
  return { kind: 'clicked', label, via };
}

function describe(candidate: Candidate): string {
  if (candidate.label) return candidate.label;
  const element = candidate.element;
  const href = element.getAttribute('href');
  return href ? `${element.localName} → ${href.slice(0, 60)}` : `(${element.localName} without a label)`;
}

async function waitForVisibleSignOut(doc: Document, finder: FinderOptions, timeoutMs: number, pollMs: number): Promise<Candidate | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = findSignOut(doc, finder);
    if (found || Date.now() >= deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

function pointerInit(element: Element) {
  return { bubbles: true, cancelable: true, composed: true, view: element.ownerDocument.defaultView };
}

/** What a pointer resting on the element sends (menus open on mouseenter, mouseover or pointerover). */
function hover(element: Element) {
  const view = element.ownerDocument.defaultView;
  const Pointer = view?.PointerEvent ?? view?.MouseEvent ?? MouseEvent;
  const Mouse = view?.MouseEvent ?? MouseEvent;
  const init = pointerInit(element);
  element.dispatchEvent(new Pointer('pointerover', init));
  element.dispatchEvent(new Pointer('pointerenter', { ...init, bubbles: false }));
  element.dispatchEvent(new Mouse('mouseover', init));
  element.dispatchEvent(new Mouse('mouseenter', { ...init, bubbles: false }));
  element.dispatchEvent(new Mouse('mousemove', init));
}

/**
 * A full press: some menus open on pointerdown or mousedown, not on click. `click()` then follows links and
 * submits forms as a real click does (a sign-out button in a POST form sends the form with its CSRF token).
 */
function pressElement(element: Element) {
  const view = element.ownerDocument.defaultView;
  const Pointer = view?.PointerEvent ?? view?.MouseEvent ?? MouseEvent;
  const Mouse = view?.MouseEvent ?? MouseEvent;
  const init = { ...pointerInit(element), button: 0 };
  element.dispatchEvent(new Pointer('pointerdown', init));
  element.dispatchEvent(new Mouse('mousedown', init));
  element.dispatchEvent(new Pointer('pointerup', init));
  element.dispatchEvent(new Mouse('mouseup', init));
  if ('click' in element && typeof element.click === 'function') element.click();
  else element.dispatchEvent(new Mouse('click', init));
}
