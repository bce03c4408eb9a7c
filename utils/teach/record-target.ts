import { LANGUAGES, type Target } from '../schema-primitives';
import { normalizeText } from '../core/find-target';

/**
 * What the recorder keeps of an element the person pressed or hovered while teaching Signoff a sign-out: targets
 * that survive a page change (a new build renames generated classes and ids), never what the person typed.
 * Order of the CSS selectors is the order the engine tries them: a stable id, test ids, the accessible name as an
 * attribute, the form name, the link's path. The visible text (in the page's language) is the fallback.
 */

/** What a person can press; the same set the engine's text fallback looks at, so a recorded label is found again. */
const PRESSABLE = 'a, button, [role="button"], [role="menuitem"], [role="link"], [role="tab"], input[type="submit"], input[type="button"], summary, label';

/** Fields a person types into (and choices): a press there focuses a field, it is not a step. */
const TEXT_ENTRY = 'input:not([type="submit"]):not([type="button"]):not([type="image"]):not([type="reset"]), textarea, select, [contenteditable]:not([contenteditable="false"])';

const TEST_ID_ATTRIBUTES = ['data-testid', 'data-test-id', 'data-test', 'data-qa', 'data-cy'] as const;

const MAX_LABEL = 120;

export interface RecordedTarget {
  target: Target;
  /** What the person saw on the control (its accessible name), for the review in plain words. */
  label: string;
  /** The pressed element opens a menu or a popup (aria-haspopup / aria-expanded): shown as "open the menu". */
  opensMenu: boolean;
}

/**
 * True for ids and attribute values a build or a framework made up ("r:1a:", "ember123", "css-1x2y3z", "a8f3c2d9e1"):
 * they change with the next release, so they are never recorded.
 */
export function looksGenerated(value: string): boolean {
  if (value.length > 40 || !/^[A-Za-z][\w-]*$/.test(value)) return true;
  if (/\d{3,}/.test(value)) return true;
  if (/^(ember|react|radix|headlessui|mui|css|sc|jsx|svelte|ng|el|_)[-_]?/i.test(value) && /\d/.test(value)) return true;
  // A chunk of letters with digits strewn in, as hashes are ("x7Fq2", "a8f3c2"); one trailing digit is a name ("signOut2").
  return value.split(/[-_]/).some((part) => part.length >= 5 && /[a-z]/i.test(part) && (part.match(/\d/g)?.length ?? 0) >= 2);
}

/** A value that may be quoted in a selector as it is (no quotes or backslashes to escape). */
const quotable = (value: string): boolean => value.length > 0 && value.length <= 200 && !/["\\\n]/.test(value);

/** The element a press on `element` acts on: its closest pressable ancestor (or itself); none for a text field. */
export function pressedControl(element: Element): Element | undefined {
  if (element.closest(TEXT_ENTRY)) return undefined;
  return element.closest(PRESSABLE) ?? undefined;
}

/** The element's name as the engine's text fallback reads it: aria-label, a button input's value, its text. */
export function accessibleName(element: Element): string {
  const value = isButtonInput(element) ? (element as HTMLInputElement).value : '';
  const title = element.getAttribute('title');
  const parts = [element.getAttribute('aria-label'), value, element.textContent].filter((part): part is string => !!part && part.trim() !== '');
  const name = parts.length ? parts.join(' ') : (title ?? '');
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL).trim();
}

function isButtonInput(element: Element): boolean {
  const type = (element.getAttribute('type') ?? '').toLowerCase();
  return element.localName === 'input' && ['submit', 'button'].includes(type);
}

/** The page's language as a recipe names it ("pl-PL" → "pl"); English when the page says none Signoff knows. */
export function pageLanguage(doc: Document): (typeof LANGUAGES)[number] {
  const lang = (doc.documentElement.getAttribute('lang') ?? '').slice(0, 2).toLowerCase();
  return (LANGUAGES as readonly string[]).includes(lang) ? (lang as (typeof LANGUAGES)[number]) : 'en';
}

/** A link's path on the page's own host (no query: it may carry a per-session token), else nothing. */
function linkPath(element: Element): string | undefined {
  if (element.localName !== 'a') return undefined;
  const href = element.getAttribute('href');
  if (!href || href.startsWith('#') || /^(javascript|data|mailto):/i.test(href)) return undefined;
  const base = element.ownerDocument.location?.href;
  if (!base || !URL.canParse(href, base)) return undefined;
  const url = new URL(href, base);
  if (url.host !== new URL(base).host || url.pathname === '/') return undefined;
  return url.pathname;
}

function stableSelectors(element: Element): string[] {
  const tag = element.localName;
  const selectors: string[] = [];
  const id = element.getAttribute('id');
  if (id && !looksGenerated(id)) selectors.push(`#${id}`);
  for (const attribute of TEST_ID_ATTRIBUTES) {
    const value = element.getAttribute(attribute);
    if (value && quotable(value) && !looksGenerated(value)) selectors.push(`[${attribute}="${value}"]`);
  }
  const aria = element.getAttribute('aria-label');
  if (aria && quotable(aria.trim())) selectors.push(`${tag}[aria-label="${aria}"]`);
  const name = element.getAttribute('name');
  if (name && quotable(name) && !looksGenerated(name)) selectors.push(`${tag}[name="${name}"]`);
  const path = linkPath(element);
  if (path && quotable(path)) selectors.push(`a[href$="${path}"]`, `a[href*="${path}?"]`);
  return selectors.slice(0, 10);
}

/**
 * The targets of a pressed control, or undefined when a press is no step (a text field) or the control can be found
 * by nothing that survives a page change (no stable attribute and no name).
 */
export function recordTarget(pressed: Element): RecordedTarget | undefined {
  const control = pressedControl(pressed);
  if (!control) return undefined;
  const label = accessibleName(control);
  const css = stableSelectors(control);
  const text = label && normalizeText(label).length > 0 ? { [pageLanguage(control.ownerDocument)]: [label] } : undefined;
  if (css.length === 0 && !text) return undefined;
  const target: Target = { ...(css.length ? { css } : {}), ...(text ? { text } : {}) };
  const opensMenu = control.hasAttribute('aria-haspopup') || control.hasAttribute('aria-expanded');
  return { target, label: label || css[0] || '', opensMenu };
}
