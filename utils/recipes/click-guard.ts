import { allWords, DESTRUCTIVE_LABELS, DESTRUCTIVE_URL_WORDS } from '../generic/sign-out-words';
import { fold, phraseList, urlWordList } from '../generic/words-match';
import { normalizeText } from './find-target';
import { hostOnDomain } from './host-match';
import type { Target } from './schema';

/**
 * What a recipe step may never press, whatever its selectors match: a page can put a look-alike next to the real
 * control (a "Sign out" link to another site, "Sign out and delete your account"). Pure DOM, like the engine.
 *
 * - A link or a form button that leads to an http(s) address outside `allowedDomains` (the site being signed out and
 *   the recipe's related domains): pressing it would act on another site.
 * - A destructive control (delete or close an account, cancel, unsubscribe… by its label or its address, with the
 *   generic finder's deny-list) — unless its label is exactly one the step names (a recipe that says "Remove"
 *   beside a remembered account means that button).
 */
const destructiveLabels = phraseList(allWords(DESTRUCTIVE_LABELS));
const destructiveUrl = urlWordList(DESTRUCTIVE_URL_WORDS);
/** A text longer than this is a whole section, not a control's name (as in the generic finder). */
const MAX_TEXT_CHARS = 200;

/** Where pressing the element leads: a link's address, or the action of the form a submit control sends. */
export function destinationOf(element: Element): string | undefined {
  const href = element.getAttribute('href');
  if (href !== null && (element.localName === 'a' || element.localName === 'area')) return href;
  const isSubmit =
    element.localName === 'button'
      ? (element.getAttribute('type') ?? 'submit').toLowerCase() === 'submit'
      : element.localName === 'input' && ['submit', 'image'].includes((element.getAttribute('type') ?? '').toLowerCase());
  if (!isSubmit) return undefined;
  const form = (element as HTMLButtonElement | HTMLInputElement).form ?? element.closest('form');
  if (!form) return undefined;
  return element.getAttribute('formaction') ?? form.getAttribute('action') ?? '';
}

function labelsOf(element: Element): string[] {
  const labels = [element.getAttribute('aria-label'), element.getAttribute('title')];
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_TEXT_CHARS) labels.push(text);
  if (element.localName === 'input') labels.push((element as HTMLInputElement).value);
  return labels.filter((label): label is string => Boolean(label)).map(fold);
}

/** True when the element leads to an http(s) address whose host is on none of `allowedDomains`. */
export function leadsOffSite(element: Element, allowedDomains: readonly string[]): boolean {
  const destination = destinationOf(element);
  if (destination === undefined) return false;
  let url: URL;
  try {
    url = new URL(destination, element.ownerDocument.baseURI);
  } catch {
    return false; // Not an address a browser would follow.
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return !allowedDomains.some((domain) => hostOnDomain(url.hostname, domain));
}

/** True for a control that deletes, closes, cancels or unsubscribes, by its label or its address. */
export function isDestructiveControl(element: Element): boolean {
  if (labelsOf(element).some((label) => destructiveLabels.contains(label))) return true;
  const destination = destinationOf(element);
  return destination !== undefined && destination !== '' && destructiveUrl(destination);
}

/** Labels the target names in any language, normalized as the engine compares them. */
function namedLabels(target: Target): Set<string> {
  return new Set(Object.values(target.text ?? {}).flat().map(normalizeText));
}

function accessibleLabel(element: Element): string {
  const value = element.localName === 'input' ? (element as HTMLInputElement).value : '';
  return normalizeText([element.getAttribute('aria-label'), value, element.textContent].filter(Boolean).join(' '));
}

/**
 * The filter a click step applies to what its target matches. `allowedDomains` undefined: only the destructive
 * rule (e.g. unit tests of the engine on a page without an address).
 */
export function clickGuard(target: Target, allowedDomains?: readonly string[]): (element: Element) => boolean {
  const named = namedLabels(target);
  return (element) => {
    if (allowedDomains && leadsOffSite(element, allowedDomains)) return false;
    return !isDestructiveControl(element) || named.has(accessibleLabel(element));
  };
}
