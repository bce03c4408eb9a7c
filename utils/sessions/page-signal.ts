import { findTarget } from '../core/find-target';
import type { RecipeInput } from '../recipes/schema';

type Detect = NonNullable<RecipeInput['detect']>;

const MAX_NAME_LENGTH = 40;

/** Reads a recipe's page signals: is an account shown as signed in, and what is the greeting's name. */
export function readPageSignal(doc: Document, detect: Detect): { signedIn: boolean; accountName?: string } {
  // What the page shows, even behind an open dialog (Google Drive puts the app under aria-hidden while one is up).
  const signedIn = detect.signedIn ? findTarget(doc, detect.signedIn, undefined, 'see') !== null : false;
  if (!signedIn || !detect.accountName) return { signedIn };
  const { target, greetings, from = 'text', endsBefore = [] } = detect.accountName;
  const element = from === 'content' ? metaElement(doc, target.css ?? []) : findTarget(doc, target, undefined, 'see');
  const raw = (from === 'text' ? element?.textContent : element?.getAttribute(from)) ?? '';
  const accountName = nameFromGreeting(cutBefore(raw, endsBefore), greetings ?? []);
  return accountName ? { signedIn, accountName } : { signedIn };
}

/**
 * The first <meta> with a non-empty content that one of the selectors names. Meta elements are data, never laid out,
 * so visibility does not apply; anything else the selectors match is ignored (a name is read from a meta only).
 */
function metaElement(doc: Document, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    try {
      const found = Array.from(doc.querySelectorAll(selector)).find((el) => el.localName === 'meta' && el.getAttribute('content')?.trim());
      if (found) return found;
    } catch {
      // An invalid selector matches nothing.
    }
  }
  return null;
}

/** "Cześć, Jan" → "Jan". Plain prefix matching: recipes never carry regular expressions. */
export function nameFromGreeting(text: string, greetings: readonly string[]): string | undefined {
  const clean = text.replace(/\s+/g, ' ').trim();
  const lower = clean.toLocaleLowerCase();
  const prefix = greetings.find((greeting) => lower.startsWith(greeting.toLocaleLowerCase()));
  const name = (prefix ? clean.slice(prefix.length) : clean).replace(/^[\s,!]+|[\s,!]+$/g, '');
  return name && name.length <= MAX_NAME_LENGTH ? name : undefined;
}

/** The text up to the first of `ends` ("Jan (jan@example.com)" → "Jan"); plain text, never a pattern. */
export function cutBefore(text: string, ends: readonly string[]): string {
  const at = Math.min(...ends.map((end) => text.indexOf(end)).filter((index) => index >= 0), text.length);
  return text.slice(0, at);
}
