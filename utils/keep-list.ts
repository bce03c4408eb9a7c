import { Domain } from './recipes/schema';

/**
 * Turns what a person typed ("https://Mail.Example.com/inbox", "mail.example.com") into a domain for the keep
 * list, or undefined when it is not one.
 */
export function normalizeDomainInput(input: string): string | undefined {
  let text = input.trim().toLowerCase();
  if (!text) return undefined;
  if (/^[a-z]+:\/\//.test(text)) {
    if (!URL.canParse(text)) return undefined;
    text = new URL(text).hostname;
  }
  text = text.replace(/^\.+|\/.*$/g, '').replace(/^www\./, '');
  return Domain.safeParse(text).success ? text : undefined;
}

/**
 * True when a session's domain is kept: it is on the list, under a listed domain, or above one (signing out of
 * google.com would end a kept mail.google.com too).
 */
export function isKept(domain: string, keepList: readonly string[]): boolean {
  return keepList.some((kept) => domain === kept || domain.endsWith(`.${kept}`) || kept.endsWith(`.${domain}`));
}
