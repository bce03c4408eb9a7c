import type { Target } from './schema';

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
  const value = element instanceof HTMLInputElement ? element.value : '';
  return normalizeText([aria, value, element.textContent].filter(Boolean).join(' '));
}

function byCss(scope: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    let matches: Element[];
    try {
      matches = Array.from(scope.querySelectorAll(selector));
    } catch {
      continue; // An invalid selector in one recipe must not stop the others from being tried.
    }
    const visible = matches.find(isVisible);
    if (visible) return visible;
  }
  return null;
}

function byText(scope: ParentNode, texts: readonly string[]): Element | null {
  const wanted = texts.map(normalizeText);
  const candidates = Array.from(scope.querySelectorAll(INTERACTIVE)).filter(isVisible);
  // An exact label beats one that merely contains the text ("Sign out" before "Not Jan? Sign out").
  for (const exact of [true, false]) {
    for (const text of wanted) {
      const found = candidates.find((el) => (exact ? accessibleText(el) === text : accessibleText(el).includes(text)));
      if (found) return found;
    }
  }
  return null;
}

/** Finds the first visible element a target describes: CSS selectors in order, then texts in every language. */
export function findTarget(root: ParentNode, target: Target): Element | null {
  const scope = target.within ? root.querySelector(target.within) : root;
  if (!scope) return null;
  if (target.css) {
    const found = byCss(scope, target.css);
    if (found) return found;
  }
  if (target.text) {
    const texts = Object.values(target.text).flat();
    return byText(scope, texts);
  }
  return null;
}

/** Every visible element the target's first matching selector (or text) finds, in document order. */
export function findAll(root: ParentNode, target: Target): Element[] {
  const scope = target.within ? root.querySelector(target.within) : root;
  if (!scope) return [];
  for (const selector of target.css ?? []) {
    let matches: Element[] = [];
    try {
      matches = Array.from(scope.querySelectorAll(selector)).filter(isVisible);
    } catch {
      continue;
    }
    if (matches.length) return matches;
  }
  if (!target.text) return [];
  const wanted = Object.values(target.text).flat().map(normalizeText);
  return Array.from(scope.querySelectorAll(INTERACTIVE))
    .filter(isVisible)
    .filter((el) => wanted.some((text) => accessibleText(el) === text));
}
