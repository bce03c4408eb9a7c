import type { Target } from '../recipes/schema';

/** Elements a person can press or hover; text fallbacks only look at these, never at arbitrary containers. */
const INTERACTIVE = 'a, button, [role="button"], [role="menuitem"], [role="link"], input[type="submit"], input[type="button"], summary, label';

/** Case- and whitespace-insensitive; diacritics are kept because Polish labels are written with them. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}

/** Not laid out: display:none or visibility:hidden on the element or an ancestor. */
function styledHidden(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = view?.getComputedStyle(node);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  }
  return false;
}

export function isVisible(element: Element): boolean {
  if (!element.isConnected || element.closest('[hidden], [aria-hidden="true"]')) return false;
  return !styledHidden(element);
}

const DIALOGS = 'dialog[open], [role="dialog"], [role="alertdialog"]';

/** Dialogs shown now that lie outside `hiddenRoot`: while one is open, apps put everything else under aria-hidden. */
function openDialogsOutside(hiddenRoot: Element): Element[] {
  return Array.from(hiddenRoot.ownerDocument.querySelectorAll(DIALOGS)).filter(
    (dialog) => !hiddenRoot.contains(dialog) && !dialog.closest('[hidden], [aria-hidden="true"]') && !styledHidden(dialog),
  );
}

/**
 * True when the element is laid out and only aria-hidden because a dialog is open elsewhere (Google Drive hides the
 * whole app under aria-hidden="true" while any dialog is up; saved pages, issue #17). What the page *shows* — a
 * signed-in marker, an account name — is still there; a press never goes there (the dialog is in the way).
 */
export function isBehindDialog(element: Element): boolean {
  if (!element.isConnected || element.closest('[hidden]') || styledHidden(element)) return false;
  const hiddenRoot = element.closest('[aria-hidden="true"]');
  return hiddenRoot !== null && openDialogsOutside(hiddenRoot).length > 0;
}

/** Seen by a person: visible, or only hidden from assistive technology because a dialog is open in front of it. */
export function isShown(element: Element): boolean {
  return isVisible(element) || isBehindDialog(element);
}

/** True when `element` is inside a dialog that keeps controls of the rest of the page under aria-hidden. */
function inAppHidingDialog(element: Element): boolean {
  const dialog = element.closest(DIALOGS);
  if (!dialog) return false;
  return Array.from(element.ownerDocument.querySelectorAll('[aria-hidden="true"]')).some(
    (hidden) => !hidden.contains(dialog) && !dialog.contains(hidden) && hidden.querySelector(INTERACTIVE) !== null,
  );
}

function accessibleText(element: Element): string {
  const aria = element.getAttribute('aria-label');
  // A submit input's label is its value (GitHub's <input type="submit" value="Sign out from all accounts">). By tag
  // name, not instanceof: the page's elements may come from another realm than this script's constructors.
  const value = element.localName === 'input' ? (element as HTMLInputElement).value : '';
  return normalizeText([aria, value, element.textContent].filter(Boolean).join(' '));
}

/** Which matches may be returned; every visible match by default (click-guard.ts says what clicks refuse). */
export type Accept = (element: Element) => boolean;
const acceptAll: Accept = () => true;

/**
 * press: what Signoff may press or hover — visible only. see: what the page shows a person — also what a dialog keeps
 * under aria-hidden (signed-in markers and names are read past a dialog; nothing is ever pressed there).
 */
export type FindMode = 'press' | 'see';

const shownFor = (mode: FindMode) => (mode === 'see' ? isShown : isVisible);

/** Visible matches of one selector; an invalid selector matches nothing rather than stopping the others. */
function visibleMatches(scope: ParentNode, selector: string, accept: Accept = acceptAll, mode: FindMode = 'press'): Element[] {
  const shown = shownFor(mode);
  try {
    return Array.from(scope.querySelectorAll(selector)).filter((element) => shown(element) && accept(element));
  } catch {
    return [];
  }
}

/**
 * Visible controls whose label equals (or, when not `exact`, contains) one of the texts, in document order. A press
 * takes a merely *containing* label never from a dialog that hides the app: with a post open, Instagram's sidebar
 * "More" is aria-hidden and the post's "More options" would match instead (saved pages, issue #17).
 */
function textMatches(scope: ParentNode, texts: readonly string[], exact: boolean, accept: Accept = acceptAll, mode: FindMode = 'press'): Element[] {
  const wanted = texts.map(normalizeText);
  return visibleMatches(scope, INTERACTIVE, accept, mode).filter((el) => {
    const label = accessibleText(el);
    if (exact) return wanted.includes(label);
    return wanted.some((text) => label.includes(text)) && !(mode === 'press' && inAppHidingDialog(el));
  });
}

const scopeOf = (root: ParentNode, target: Target): ParentNode | null =>
  target.within ? root.querySelector(target.within) : root;

const targetTexts = (target: Target): string[] => Object.values(target.text ?? {}).flat();

/** Finds the first visible element a target describes: CSS selectors in order, then texts in every language. */
export function findTarget(root: ParentNode, target: Target, accept: Accept = acceptAll, mode: FindMode = 'press'): Element | null {
  const scope = scopeOf(root, target);
  if (!scope) return null;
  for (const selector of target.css ?? []) {
    const found = visibleMatches(scope, selector, accept, mode)[0];
    if (found) return found;
  }
  if (!target.text) return null;
  // An exact label beats one that merely contains the text ("Sign out" before "Not Jan? Sign out").
  const texts = targetTexts(target);
  return textMatches(scope, texts, true, accept, mode)[0] ?? textMatches(scope, texts, false, accept, mode)[0] ?? null;
}

/** Every visible element the target's first matching selector (or exact text) finds, in document order. */
export function findAll(root: ParentNode, target: Target, accept: Accept = acceptAll): Element[] {
  const scope = scopeOf(root, target);
  if (!scope) return [];
  for (const selector of target.css ?? []) {
    const matches = visibleMatches(scope, selector, accept);
    if (matches.length) return matches;
  }
  return target.text ? textMatches(scope, targetTexts(target), true, accept) : [];
}
