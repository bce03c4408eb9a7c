import { hostOnDomain } from '../core/host-match';
import { LANGUAGE_NAMES } from '../core/sign-out-words';
import { bareLabel, fold } from '../core/words-match';

/**
 * What the generic finder reads off one control before scoring it (utils/generic/find-sign-out.ts): its labels, where
 * it leads, where it sits, and whether it can be pressed at all. Pure DOM, no browser APIs.
 */

const languageNames = new Set(LANGUAGE_NAMES.map(fold));
/** id, class and related attributes of language pickers ("lang-switcher", "locale-menu", "i18n"). */
const LANGUAGE_ATTR = /lang|locale|i18n|sprache|jezyk|idioma|langue/i;

/** Containers that hold site-wide account controls. */
const NAV_CONTAINER = 'header, nav, [role="banner"], [role="navigation"], [role="menu"], [role="menubar"]';
/** id/class words of account menus and avatars ("user-menu", "account-dropdown", "avatar"). */
const ACCOUNT_ATTR = /account|profile|avatar|user|konto|compte|cuenta|usermenu|mecontrol/i;
/** A text longer than this is a whole section (a clickable card, a menu wrapper): its text is ignored. */
const MAX_TEXT_CHARS = 200;

export interface Labels {
  /** Folded labels: aria-label, text, title, value, image alt. */
  folded: string[];
  /** The label to show. */
  shown: string;
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function labelsOf(element: Element): Labels {
  const raw: string[] = [];
  const aria = element.getAttribute('aria-label');
  if (aria) raw.push(aria);
  const text = collapse(element.textContent ?? '');
  if (text && text.length <= MAX_TEXT_CHARS) raw.push(text);
  const title = element.getAttribute('title');
  if (title) raw.push(title);
  if (element.localName === 'input') {
    const input = element as HTMLInputElement;
    if (input.value) raw.push(input.value);
    if (input.alt) raw.push(input.alt);
  }
  if (!text) {
    // Icon-only controls: <a href="/logout"><img alt="Wyloguj"></a>, <button><svg aria-label="Log out"/></button>.
    const icon = element.querySelector('img[alt], [aria-label], title');
    const iconLabel = icon?.getAttribute('alt') ?? icon?.getAttribute('aria-label') ?? icon?.textContent;
    if (iconLabel) raw.push(iconLabel);
  }
  return { folded: raw.map(fold).filter(Boolean), shown: collapse(raw[0] ?? '').slice(0, 80) };
}

/** Where the control leads: a link's address, or the action of the form a submit button sends. */
export function targetUrl(element: Element): string {
  const href = element.getAttribute('href');
  if (href !== null) return href;
  const formAction = element.getAttribute('formaction');
  if (formAction) return formAction;
  const form = element.closest('form');
  return form?.getAttribute('action') ?? '';
}

export function isRealLink(element: Element): boolean {
  const href = element.getAttribute('href');
  if (href === null || element.localName !== 'a') return false;
  const trimmed = href.trim().toLowerCase();
  return trimmed !== '' && !trimmed.startsWith('#') && !trimmed.startsWith('javascript:');
}

export function inNavigation(element: Element): boolean {
  return element.closest(NAV_CONTAINER) !== null;
}

/** The element or one of its close ancestors has an account-like id or class ("user-menu", "account-dropdown"). */
export function inAccountArea(element: Element): boolean {
  let node: Element | null = element;
  for (let depth = 0; node && depth < 6; depth++, node = node.parentElement) {
    const attrs = `${node.id} ${node.getAttribute('class') ?? ''} ${node.getAttribute('data-testid') ?? ''}`;
    if (ACCOUNT_ATTR.test(attrs)) return true;
  }
  return false;
}

/** A control that cannot be pressed now (disabled, or inside a disabled fieldset): never a candidate. */
export function isDisabled(element: Element): boolean {
  return (
    element.hasAttribute('disabled') ||
    element.getAttribute('aria-disabled') === 'true' ||
    (element.closest('fieldset[disabled]') !== null && ['button', 'input', 'select', 'textarea'].includes(element.localName))
  );
}

/**
 * A language (or region) picker: labelled only with a language's name or code, marked as one by its attributes,
 * or opening a list of alternate-language links. Its menu holds no account.
 */
export function isLanguagePicker(element: Element, labels: Labels): boolean {
  if (labels.folded.length > 0 && labels.folded.every((label) => languageNames.has(bareLabel(label)))) return true;
  const attrs = ['id', 'class', 'name', 'data-testid', 'aria-controls', 'data-toggle', 'data-target']
    .map((name) => element.getAttribute(name) ?? '')
    .join(' ');
  if (LANGUAGE_ATTR.test(attrs)) return true;
  const controlled = element.getAttribute('aria-controls');
  const menu = controlled ? element.ownerDocument.getElementById(controlled) : element.localName === 'summary' ? element.parentElement : null;
  return menu?.querySelector('[hreflang]') != null;
}

export function opensMenu(element: Element): boolean {
  const popup = element.getAttribute('aria-haspopup');
  return (
    (popup !== null && popup !== 'false') ||
    element.getAttribute('aria-expanded') === 'false' ||
    (element.localName === 'summary' && !element.parentElement?.hasAttribute('open'))
  );
}

/**
 * The control leads to an http(s) address on another site than the page's. With `siteDomain` (the page's site as
 * utils/core/site-identity.ts decides it, on the Public Suffix List) the address must lie on that site; without it, only
 * the page's own host and its subdomains count, since a parent may be a public suffix ("github.io") that other
 * people's sites share.
 */
export function leadsToAnotherSite(url: string, doc: Document, siteDomain: string | undefined): boolean {
  const page = doc.defaultView?.location.hostname;
  const target = url ? resolveUrl(url, doc) : undefined;
  if (!page || !target || (target.protocol !== 'https:' && target.protocol !== 'http:')) return false;
  return !hostOnDomain(target.hostname, siteDomain && hostOnDomain(page, siteDomain) ? siteDomain : page);
}

export function resolveUrl(url: string, doc: Document): URL | undefined {
  try {
    return new URL(url, doc.baseURI);
  } catch {
    return undefined;
  }
}
