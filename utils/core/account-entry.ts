import { fold } from './words-match';

/**
 * Does a part of a page name one account? Used where a recipe cannot be trusted to know a site's remembered-account
 * list well enough (its evidence is thin): the page is asked at run time, and only the entry that names the account
 * just signed out is touched. Pure DOM.
 */

/** Labels a person is shown besides text: a photo's alt, a control's aria-label or title. */
const LABELLED = '[alt], [aria-label], [title]';
const letterOrDigit = /[\p{L}\p{N}]/u;

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, by value: the page's realm may differ from this script's.

/**
 * Everything the element shows about who it is: its texts and the labels of it and of its descendants. Text nodes
 * are kept apart ("Jan Kowalski" in one element and "jan@…" in the next never run together as "Kowalskijan").
 */
function namingText(element: Element): string {
  const texts: string[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.nodeValue ?? '');
  const labels = [element, ...Array.from(element.querySelectorAll(LABELLED))].flatMap((node) =>
    ['alt', 'aria-label', 'title'].map((name) => node.getAttribute(name) ?? ''),
  );
  return fold([...texts, ...labels].join(' '));
}

/**
 * True when the account name stands whole in the text: "Jan" names "Jan Kowalski" and "jan@example.com"'s owner
 * only where it is written so, never "Janina". Case and diacritics do not count (as in the finder's words).
 */
export function textNamesAccount(text: string, accountName: string): boolean {
  const name = fold(accountName);
  if (name.length < 2) return false; // One letter names nobody.
  const haystack = fold(text);
  for (let at = haystack.indexOf(name); at !== -1; at = haystack.indexOf(name, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + name.length];
    if ((before === undefined || !letterOrDigit.test(before)) && (after === undefined || !letterOrDigit.test(after))) return true;
  }
  return false;
}

/** True when the element itself (its text or labels) names the account. */
export function namesAccount(element: Element, accountName: string): boolean {
  return textNamesAccount(namingText(element), accountName);
}

/**
 * True when `control` belongs to the entry of the account: the nearest enclosing element that names the account
 * holds no other of `controls` (the same kind of control of other entries). A list whose entries share one
 * container never counts as the entry of each of them: there the walk stops before it reaches the name.
 */
export function inEntryOfAccount(control: Element, accountName: string, controls: readonly Element[]): boolean {
  const others = controls.filter((other) => other !== control);
  const root = control.ownerDocument.body;
  for (let node: Element | null = control; node && node !== root; node = node.parentElement) {
    if (others.some((other) => node!.contains(other))) return false;
    if (namesAccount(node, accountName)) return true;
  }
  return false;
}
