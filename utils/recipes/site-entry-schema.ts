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
    /**
     * The site's pages cannot be modelled from public evidence (a bank that signs in and out by JSON calls only): no
     * cookie names, no account check, no known sign-out. Signoff knows the domain alone; any cookie of it only makes a
     * row saying Signoff cannot tell whether someone is signed in, and a sign-out is the generic finder on the site's
     * own page followed by the labelled fallback, never "verified". `reason` says what the evidence lacks.
     */
    notModelled: z.object({ reason: z.string().trim().min(1).max(300) }).strict().optional(),
  })
  .strict()
  .refine(
    // Runs even when `authCookies` already failed its own check (then reported there, not thrown here).
    (s) => !Array.isArray(s.authCookies) || (s.sessionCookiesUnknown || s.notModelled ? s.authCookies.length === 0 : s.authCookies.length > 0),
    { path: ['authCookies'], message: 'name the auth cookies, or declare sessionCookiesUnknown or notModelled and name none (a name would be a guess)' },
  )
  .refine((s) => !s.notModelled || (s.sessionCookiesUnknown === undefined && s.guestsGetAuthCookies === undefined), {
    path: ['notModelled'],
    message: 'a site not modelled has no session cookie facts (no sessionCookiesUnknown, no guestsGetAuthCookies)',
  })
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
export function mayBeAuthCookie(site: Pick<SiteEntry, 'authCookies' | 'sessionCookiesUnknown' | 'notModelled'>, name: string): boolean {
  return site.sessionCookiesUnknown === true || site.notModelled !== undefined || site.authCookies.includes(name);
}

/**
 * Cookies alone tell nothing (guests hold the names, or no name is known): the site's answer to its account check
 * alone says whether someone is signed in, or signed out.
 */
export function answerAloneDecides(site: Pick<SiteEntry, 'guestsGetAuthCookies' | 'sessionCookiesUnknown'>): boolean {
  return site.guestsGetAuthCookies === true || site.sessionCookiesUnknown === true;
}

/**
 * The site is not modelled (`notModelled`): nothing Signoff can observe tells a session or a sign-out, so no answer
 * is asked for and a sign-out is never "verified" (utils/jobs/verify.ts, utils/account-check/ask-site.ts).
 */
export function cannotBeVerified(site: Pick<SiteEntry, 'notModelled'>): boolean {
  return site.notModelled !== undefined;
}

/** The parts of a recipe the rules for a site not modelled look at (the recipe schema, ./schema.ts, calls them). */
interface NotModelledCandidate {
  sites: readonly SiteEntry[];
  accountCheck?: unknown;
  signOut: readonly { kind: string }[];
  detect: { accountName?: unknown; signedIn?: unknown };
  flows: Record<string, unknown>;
  guides: readonly unknown[];
  sharedSignIn: readonly unknown[];
}

/**
 * A recipe whose site is not modelled knows its domain and nothing else: every site of it is not modelled, and it has
 * no account check, no sign-out but the generic finder, no account name to read and nothing besides signing out.
 */
export function notModelledRules(recipe: NotModelledCandidate, ctx: z.RefinementCtx): void {
  const refuse = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  recipe.sites.forEach((site, index) => {
    if (!site.notModelled) refuse(['sites', index, 'notModelled'], 'every site of a recipe not modelled is not modelled');
  });
  if (recipe.accountCheck) refuse(['accountCheck'], 'a site not modelled has no account check');
  recipe.signOut.forEach((method, index) => {
    if (method.kind !== 'generic') refuse(['signOut', index, 'kind'], 'a site not modelled signs out by the generic finder only');
  });
  if (recipe.detect.accountName || recipe.detect.signedIn) refuse(['detect'], 'a site not modelled reads nothing on its pages');
  if (Object.values(recipe.flows).some(Boolean)) refuse(['flows'], 'a site not modelled has no flows');
  if (recipe.guides.length > 0) refuse(['guides'], 'a site not modelled has no guides');
  if (recipe.sharedSignIn.length > 0) refuse(['sharedSignIn'], 'a site not modelled claims no shared sign-in');
}

