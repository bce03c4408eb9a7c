import { findTarget } from '../core/find-target';
import type { RecipeInput } from '../recipes/schema';

type Detect = NonNullable<RecipeInput['detect']>;

const MAX_NAME_LENGTH = 40;

/** Reads a recipe's page signals: is an account shown as signed in, and what is the greeting's name. */
export function readPageSignal(doc: Document, detect: Detect): { signedIn: boolean; accountName?: string } {
  const signedIn = detect.signedIn ? findTarget(doc, detect.signedIn) !== null : false;
  if (!signedIn || !detect.accountName) return { signedIn };
  const greeting = findTarget(doc, detect.accountName.target)?.textContent ?? '';
  const accountName = nameFromGreeting(greeting, detect.accountName.greetings ?? []);
  return accountName ? { signedIn, accountName } : { signedIn };
}

/** "Cześć, Jan" → "Jan". Plain prefix matching: recipes never carry regular expressions. */
export function nameFromGreeting(text: string, greetings: readonly string[]): string | undefined {
  const clean = text.replace(/\s+/g, ' ').trim();
  const lower = clean.toLocaleLowerCase();
  const prefix = greetings.find((greeting) => lower.startsWith(greeting.toLocaleLowerCase()));
  const name = (prefix ? clean.slice(prefix.length) : clean).replace(/^[\s,!]+|[\s,!]+$/g, '');
  return name && name.length <= MAX_NAME_LENGTH ? name : undefined;
}
