import type { Target } from '../recipes/schema';

/** Elements a person can press or hover; text fallbacks only look at these, never at arbitrary containers. */
const INTERACTIVE = 'a, button, [role="button"], [role="menuitem"], [role="link"], input[type="submit"], input[type="button"], summary, label';

/** Case- and whitespace-insensitive; diacritics are kept because Polish labels are written with them. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}

export function isVisible(element: Element): boolean {
  if (!element.isConnected || element.closest('[hidden], [aria-hidden="true"]')) return false;
  const view = element.ownerDocument.defaultView;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = view?.getComputedStyle(node);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return true;
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

/** Visible matches of one selector; an invalid selector matches nothing rather than stopping the others. */
function visibleMatches(scope: ParentNode, selector: string, accept: Accept = acceptAll): Element[] {
  try {
    return Array.from(scope.querySelectorAll(selector)).filter((element) => isVisible(element) && accept(element));
  } catch {
    return [];
  }
}

/** Visible controls whose label equals (or, when not `exact`, contains) one of the texts, in document order. */
function textMatches(scope: ParentNode, texts: readonly string[], exact: boolean, accept: Accept = acceptAll): Element[] {
  const wanted = texts.map(normalizeText);
  return visibleMatches(scope, INTERACTIVE, accept).filter((el) => {
    const label = accessibleText(el);
    return wanted.some((text) => (exact ? label === text : label.includes(text)));
  });
}

const scopeOf = (root: ParentNode, target: Target): ParentNode | null =>
  target.within ? root.querySelector(target.within) : root;

const targetTexts = (target: Target): string[] => Object.values(target.text ?? {}).flat();

/** Finds the first visible element a target describes: CSS selectors in order, then texts in every language. */
export function findTarget(root: ParentNode, target: Target, accept: Accept = acceptAll): Element | null {
  const scope = scopeOf(root, target);
  if (!scope) return null;
  for (const selector of target.css ?? []) {
    const found = visibleMatches(scope, selector, accept)[0];
    if (found) return found;
  }
  if (!target.text) return null;
  // An exact label beats one that merely contains the text ("Sign out" before "Not Jan? Sign out").
  const texts = targetTexts(target);
  return textMatches(scope, texts, true, accept)[0] ?? textMatches(scope, texts, false, accept)[0] ?? null;
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
