import { z } from 'zod';
import { Domain } from '../schema-primitives';

/**
 * One site of a recipe: its domain, where its pages open, and the cookies that may mean a session. Part of the recipe
 * schema (./schema.ts), kept apart with the two rules every module reading cookies goes by.
 */
export const SiteEntry = z
  .object({
    domain: Domain,
    /** The origin pages are opened on, e.g. https://www.amazon.pl. */
    origin: z.url({ protocol: /^https$/, hostname: z.regexes.domain }),
    /** Cookies set at sign-in; any one present triggers the account check, which decides (utils/account-check/). */
    authCookies: z.array(z.string().min(1).max(100)).max(20),
    /**
     * Guests get cookies with these names too (Vinted's guest tokens): their presence proves nothing either way and
     * never goes away, so only the account check can tell a session or a sign-out. Needs an account check.
     */
    guestsGetAuthCookies: z.literal(true).optional(),
    /**
     * No public source names the site's session cookies (a bank): `authCookies` stays empty rather than guessed, any
     * cookie of the domain is only a "maybe", and the account check alone tells a session or a sign-out, as with
     * `guestsGetAuthCookies`. Needs an account check.
     */
    sessionCookiesUnknown: z.literal(true).optional(),
  })
  .strict()
  .refine(
    // Runs even when `authCookies` already failed its own check (then reported there, not thrown here).
    (s) => !Array.isArray(s.authCookies) || (s.sessionCookiesUnknown ? s.authCookies.length === 0 : s.authCookies.length > 0),
    { path: ['authCookies'], message: 'name the auth cookies, or declare sessionCookiesUnknown and name none (a name would be a guess)' },
  )
  .refine(
    (s) => {
      // Runs even when `origin` already failed its own check: an unparsable origin is reported there, not thrown here.
      if (!URL.canParse(s.origin)) return true;
      const host = new URL(s.origin).hostname;
      return host === s.domain || host.endsWith(`.${s.domain}`);
    },
    'origin must be on the entry\'s own domain',
  );

export type SiteEntry = z.infer<typeof SiteEntry>;

/** Whether a cookie of the site's domain may be its session: a named auth cookie, or any cookie where none is known. */
export function mayBeAuthCookie(site: Pick<SiteEntry, 'authCookies' | 'sessionCookiesUnknown'>, name: string): boolean {
  return site.sessionCookiesUnknown === true || site.authCookies.includes(name);
}

/**
 * Cookies alone tell nothing (guests hold the names, or no name is known): the site's answer to its account check
 * alone says whether someone is signed in, or signed out.
 */
export function answerAloneDecides(site: Pick<SiteEntry, 'guestsGetAuthCookies' | 'sessionCookiesUnknown'>): boolean {
  return site.guestsGetAuthCookies === true || site.sessionCookiesUnknown === true;
}
