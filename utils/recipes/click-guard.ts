import { allWords, DESTRUCTIVE_LABELS, DESTRUCTIVE_URL_WORDS } from '../core/sign-out-words';
import { fold, phraseList, urlWordList } from '../core/words-match';
import { normalizeText } from '../core/find-target';
import { hostOnDomain } from '../core/host-match';
import { labelSignsOutAllAccounts } from '../core/all-accounts';
import { addressSignsOutAllAccounts } from '../core/all-accounts-address';
import type { Target } from './schema';

/**
 * The one guard every press Signoff makes goes through (recipe steps, account flows, the guide panel's "do it for
 * me" and retention-offer presses, the generic finder's choices). It judges what the click will really do, not only
 * the element a selector or a text matched: a click on a <span> inside a link follows the link; a click on a
 * <label> presses its control; a submit button sends its form to the form's action. Pure DOM, like the engine.
 *
 * Refused, whatever matched:
 * - anything that leads to an http(s) address outside the allowed domains (the site being acted on and its
 *   recipe's related domains): pressing it would act on another site;
 * - anything that leads to a destructive address (delete, close-account, cancel, unsubscribe…), whatever its
 *   label says ("Wyloguj się" pointing at /ap/close-account);
 * - a control labelled destructively ("Delete account"), unless its own label is exactly one the step names (a
 *   built-in recipe's "Remove" beside a remembered account; the import rules keep such names to built-in recipes);
 * - a sign-out of every account of the site in this browser ("Sign out from all accounts", "Wyloguj się ze
 *   wszystkich kont", an address with logout_all), unless the sign-out method declares it (`endsAllAccounts`, which
 *   the popup shows on the row): the person asked to sign out of one account. Guides included.
 * Guides (`cancellation`) are about cancelling: destructive words and addresses are expected there, and a guide
 * never presses a final step (its schema), so only the off-site rule and the effective control apply.
 */
const destructiveLabels = phraseList(allWords(DESTRUCTIVE_LABELS));
const destructiveUrl = urlWordList(DESTRUCTIVE_URL_WORDS);
/** A text longer than this is a whole section, not a control's name (as in the generic finder). */
const MAX_TEXT_CHARS = 200;

export interface ClickRules {
  /** Domains a press may lead to. Undefined only in engine unit tests on pages without an address. */
  allowedDomains?: readonly string[];
  /** Labels (normalized) the step names exactly: a destructive *label* among them is accepted, an address never. */
  namedLabels?: ReadonlySet<string>;
  /** A guide's press on the person's own request, inside the cancellation they started. */
  cancellation?: boolean;
  /** The sign-out method declares that it ends every account of the site in this browser (and the popup says so). */
  endsAllAccounts?: boolean;
}

export type ClickVerdict =
  | { ok: true }
  | { ok: false; reason: 'off-site' | 'destructive-address' | 'destructive-label' | 'all-accounts'; element: Element };

function isSubmit(element: Element): boolean {
  const type = (element.getAttribute('type') ?? '').toLowerCase();
  if (element.localName === 'button') return type === '' || type === 'submit';
  return element.localName === 'input' && (type === 'submit' || type === 'image');
}

/** A submit control that belongs to a form: pressing it sends the form. */
export function isFormSubmit(element: Element): boolean {
  return isSubmit(element) && formOf(element) !== null;
}

/** Where pressing the element leads: a link's address, or the action of the form a submit control sends. */
export function destinationOf(element: Element): string | undefined {
  const href = element.getAttribute('href');
  if (href !== null && (element.localName === 'a' || element.localName === 'area')) return href;
  if (!isSubmit(element)) return undefined;
  const form = formOf(element);
  if (!form) return undefined;
  return element.getAttribute('formaction') ?? form.getAttribute('action') ?? '';
}

/** The form a control belongs to: its `form` attribute's target, else the enclosing form. */
function formOf(element: Element): Element | null {
  const owner = element.getAttribute('form');
  if (owner) return element.ownerDocument.getElementById(owner);
  return element.closest('form');
}

/** The control a label presses: its `for` target, else the first labelable element inside it. */
function labelControl(label: Element): Element | null {
  const target = label.getAttribute('for');
  if (target !== null) return label.ownerDocument.getElementById(target);
  return label.querySelector('button, input, select, textarea');
}

/**
 * Every element a click on `element` activates or sends: the element itself, the closest link (a click inside a
 * link follows it), the closest button or input, and a label's control. A submit among them sends its form,
 * which `destinationOf` reads.
 */
export function clickEffects(element: Element): Element[] {
  const found = new Set<Element>([element]);
  const link = element.closest('a[href], area[href]');
  if (link) found.add(link);
  const control = element.closest('button, input');
  if (control) found.add(control);
  const label = element.closest('label');
  const labelled = label && labelControl(label);
  if (labelled) {
    found.add(labelled);
    const outer = labelled.closest('a[href], button');
    if (outer) found.add(outer);
  }
  return [...found];
}

function labelsOf(element: Element): string[] {
  const labels = [element.getAttribute('aria-label'), element.getAttribute('title')];
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_TEXT_CHARS) labels.push(text);
  if (element.localName === 'input') labels.push((element as HTMLInputElement).value);
  return labels.filter((label): label is string => Boolean(label)).map(fold);
}

function resolve(destination: string, element: Element): URL | undefined {
  try {
    return new URL(destination, element.ownerDocument.baseURI);
  } catch {
    return undefined; // Not an address a browser would follow.
  }
}

/** True when the element leads to an http(s) address whose host is on none of `allowedDomains`. */
export function leadsOffSite(element: Element, allowedDomains: readonly string[]): boolean {
  const destination = destinationOf(element);
  const url = destination === undefined ? undefined : resolve(destination, element);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return false;
  return !allowedDomains.some((domain) => hostOnDomain(url.hostname, domain));
}

/** True when the element leads to a destructive address (its link, or the action of the form it submits). */
export function leadsToDestructiveAddress(element: Element): boolean {
  const destination = destinationOf(element);
  return destination !== undefined && destination !== '' && destructiveUrl(destination);
}

/** True when the element is labelled as deleting, closing, cancelling or unsubscribing something. */
export function hasDestructiveLabel(element: Element): boolean {
  return labelsOf(element).some((label) => destructiveLabels.contains(label));
}

/** True when pressing the element signs out of every account of the site, by its label or its address. */
export function signsOutAllAccounts(element: Element): boolean {
  const destination = destinationOf(element);
  if (destination !== undefined && addressSignsOutAllAccounts(destination)) return true;
  return labelsOf(element).some(labelSignsOutAllAccounts);
}

/** True for a control that deletes, closes, cancels or unsubscribes, by its label or its address. */
export function isDestructiveControl(element: Element): boolean {
  return hasDestructiveLabel(element) || leadsToDestructiveAddress(element);
}

/** The element's label as the engine compares a step's texts. */
function accessibleLabel(element: Element): string {
  const value = element.localName === 'input' ? (element as HTMLInputElement).value : '';
  return normalizeText([element.getAttribute('aria-label'), value, element.textContent].filter(Boolean).join(' '));
}

/** What a click on `element` would do, judged on everything it activates. */
export function judgeClick(element: Element, rules: ClickRules): ClickVerdict {
  for (const effect of clickEffects(element)) {
    if (rules.allowedDomains && leadsOffSite(effect, rules.allowedDomains)) return { ok: false, reason: 'off-site', element: effect };
    if (!rules.endsAllAccounts && signsOutAllAccounts(effect)) return { ok: false, reason: 'all-accounts', element: effect };
    if (rules.cancellation) continue;
    if (leadsToDestructiveAddress(effect)) return { ok: false, reason: 'destructive-address', element: effect };
    if (hasDestructiveLabel(effect) && !rules.namedLabels?.has(accessibleLabel(effect))) {
      return { ok: false, reason: 'destructive-label', element: effect };
    }
  }
  return { ok: true };
}

/** Labels the target names in any language, normalized as the engine compares them. */
export function namedLabels(target: Target): Set<string> {
  return new Set(Object.values(target.text ?? {}).flat().map(normalizeText));
}

/**
 * The filter a click step applies to what its target matches. `allowedDomains` undefined: only the destructive
 * rules (unit tests of the engine on a page without an address). `endsAllAccounts`: the method declares it.
 */
export function clickGuard(target: Target, allowedDomains?: readonly string[], endsAllAccounts = false): (element: Element) => boolean {
  const rules: ClickRules = { namedLabels: namedLabels(target), endsAllAccounts, ...(allowedDomains ? { allowedDomains } : {}) };
  return (element) => judgeClick(element, rules).ok;
}
