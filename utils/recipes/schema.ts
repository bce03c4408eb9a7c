import { z } from 'zod';
import { Guide } from '../guides/schema';
import { Domain, Label, SitePath, Source, Target } from '../schema-primitives';
import { notModelledRules, SiteEntry } from './site-entry-schema';
import { AccountCheck as AccountCheckShape, Confidence } from './account-check-schema';
import { addressSignsOutAllAccounts } from '../core/all-accounts-address';

/**
 * Recipes are data: every field here is checked before a recipe is used, so a recipe can never carry code,
 * unbounded waits or navigation outside the site it belongs to. Built-in recipes are one file per site in ./sites
 * (sign-in facts and sign-out); their guides live in utils/guides/sites and are joined in ./built-in.ts.
 */

// The shared pieces, for the modules that know them as part of a recipe.
export { Domain, Language, LANGUAGES, SitePath, Target, Texts } from '../schema-primitives';
export { answerAloneDecides, cannotBeVerified, mayBeAuthCookie, SiteEntry } from './site-entry-schema';

const MAX_TIMEOUT_MS = 30_000;

const timeoutMs = z.number().int().min(100).max(MAX_TIMEOUT_MS);

/**
 * Where a step or method navigates: a path on the site being signed out, or an https URL whose host lies in one
 * of the recipe's own domains (checked on the whole recipe below), e.g. Google's shared sign-out page.
 */
export const SiteUrl = z.union([
  SitePath,
  z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'a URL must be https on a named domain' }).max(2000),
]);

const stepBase = { timeoutMs: timeoutMs.optional(), optional: z.boolean().optional() };

/**
 * Ask the page rather than trust the recipe: a click presses only a control in the entry that names the account just
 * signed out (its row in a remembered-accounts list), a waitFor counts only elements that name it. Without a known
 * account name such a step finds nothing.
 */
const forAccount = z.literal(true).optional();

export const Step = z.discriminatedUnion('action', [
  z.object({ action: z.literal('navigate'), path: SiteUrl, ...stepBase }).strict(),
  z.object({ action: z.literal('hover'), target: Target, ...stepBase }).strict(),
  z
    .object({
      action: z.literal('click'),
      target: Target,
      /** Click every match in turn (e.g. "Remove" beside each remembered account), up to 20; none is fine. */
      all: z.boolean().optional(),
      forAccount,
      ...stepBase,
    })
    .strict(),
  z
    .object({
      action: z.literal('waitFor'),
      target: Target,
      state: z.enum(['present', 'absent']).default('present'),
      forAccount,
      ...stepBase,
    })
    .strict(),
]);

/** Steps driven on the site's own pages, starting from `startPath`. */
export const Flow = z.object({ startPath: SiteUrl.default('/'), steps: z.array(Step).min(1).max(30) }).strict();

/**
 * The method signs out every account of the site in this browser, not only the one on the row (GitHub's "Sign out
 * from all accounts", Google's /Logout): only such a method may press a "sign out of all accounts" control, and the
 * popup says it on the row and in the result. `of` names whose accounts ("Google" for YouTube). Needs its evidence
 * in `provenance.endsAllAccounts`.
 */
export const EndsAllAccounts = z.object({ of: z.string().trim().min(1).max(60) }).strict();

/** One way of signing out; a recipe lists them in the order they are tried. */
export const SignOutMethod = z.discriminatedUnion('kind', [
  /** Drive the page's own controls. */
  Flow.extend({ kind: z.literal('steps'), endsAllAccounts: EndsAllAccounts.optional() }).strict(),
  /** The site signs out on a plain GET of this URL (with the site's cookies, no token needed). */
  z.object({ kind: z.literal('url'), path: SiteUrl, endsAllAccounts: EndsAllAccounts.optional() }).strict(),
  /**
   * No site knowledge: Signoff's generic finder looks for the sign-out control from `startPath` (through the
   * account menu or the account page if need be) and never presses a destructive one. Sites without a recipe.
   */
  z.object({ kind: z.literal('generic'), startPath: SiteUrl.default('/') }).strict(),
]);

/**
 * The evidence for one part of a `forgetRemembered` flow: where the remembered list is shown, how an entry is
 * removed, what confirms it, and where the site keeps the list (a cookie of this browser, or the site's server).
 */
export const ForgetEvidence = z
  .object({
    part: z.enum(['where', 'remove', 'confirm', 'storage']),
    confidence: Confidence,
    sources: z.array(Source).min(1).max(5),
  })
  .strict();

export const Provenance = z
  .object({
    sources: z.array(Source).min(1),
    checked: z.iso.date(),
    /** The evidence for the account check: what public sources show and how far they go. */
    accountCheck: z.object({ confidence: Confidence, sources: z.array(Source).min(1).max(5) }).strict().optional(),
    /** The evidence for the `forgetRemembered` flow, part by part, each with its confidence. */
    forgetRemembered: z.array(ForgetEvidence).min(1).max(8).optional(),
    /** The evidence that the methods declaring `endsAllAccounts` sign out every account of the site. */
    endsAllAccounts: z.object({ confidence: Confidence, sources: z.array(Source).min(1).max(5) }).strict().optional(),
  })
  .strict();

/** The account check with its address validated like every other address of the recipe. */
export const AccountCheck = AccountCheckShape.extend({ url: SiteUrl });

export const Recipe = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id is kebab-case, like "amazon"'),
    name: z.string().min(1).max(60),
    sites: z.array(SiteEntry).min(1).max(40),
    detect: z
      .object({
        /** Present on a page only while signed in. */
        signedIn: Target.optional(),
        /** Element whose text greets the user, e.g. "Hello, Jan". */
        accountName: z
          .object({
            target: Target,
            greetings: z.array(Label).max(20).default([]),
            /**
             * Where the name is: the element's text (default) or a structured attribute, which keeps its word order in
             * every language (LinkedIn's avatar alt text, Yahoo's account button aria-label), or `content`: the
             * content of a <meta> element the target's CSS names (GitHub's meta user-login), which is never laid out.
             */
            from: z.enum(['text', 'aria-label', 'alt', 'title', 'content']).optional(),
            /** The name ends before the first of these (Yahoo: "Manage your Yahoo accounts: Jan (jan@…)" ends before " ("). */
            endsBefore: z.array(z.string().min(1).max(40)).max(5).optional(),
          })
          .strict()
          .optional(),
      })
      .strict()
      .default({}),
    signOut: z.array(SignOutMethod).min(1).max(5),
    /** Flows besides signing out, driven the same way. */
    flows: z
      .object({
        /** Open the site's account switcher / chooser. */
        switchAccount: Flow.optional(),
        /** Start adding another account. */
        addAccount: Flow.optional(),
        /** After signing out: remove the account from the site's remembered-account list (shared computers). */
        forgetRemembered: Flow.optional(),
      })
      .strict()
      .default({}),
    /** Other domains the recipe may navigate to but does not track sessions on (e.g. a shared sign-in domain). */
    relatedDomains: z.array(Domain).max(10).default([]),
    /**
     * Services that run on this site's sign-in and have none of their own (Gemini on Google's): signing out of one
     * signs out of the other, and the popup says so on the session's row. Names and hosts only, each host on one of
     * the recipe's own sites (checked below); evidence in provenance.
     */
    sharedSignIn: z
      .array(z.object({ name: z.string().trim().min(1).max(40), host: Domain }).strict())
      .max(5)
      .default([]),
    /** Guided cancellations and account deletions on the site (utils/guides/schema.ts; the person presses the final step). */
    guides: z.array(Guide).max(10).default([]),
    /** A page only a signed-in person can see: the site itself says whether someone is signed in. */
    accountCheck: AccountCheck.optional(),
    provenance: Provenance,
  })
  .strict()
  .superRefine((recipe, ctx) => {
    const seen = new Set<string>();
    recipe.sites.forEach((site, index) => {
      if (seen.has(site.domain)) {
        ctx.addIssue({ code: 'custom', path: ['sites', index, 'domain'], message: `duplicate domain ${site.domain}` });
      }
      seen.add(site.domain);
    });
    if (recipe.accountCheck && !recipe.provenance.accountCheck) {
      ctx.addIssue({ code: 'custom', path: ['provenance', 'accountCheck'], message: 'an account check needs its evidence' });
    }
    if (recipe.flows.forgetRemembered && !recipe.provenance.forgetRemembered?.some((part) => part.part === 'remove')) {
      ctx.addIssue({ code: 'custom', path: ['provenance', 'forgetRemembered'], message: 'a forgetRemembered flow needs its evidence (at least how an entry is removed)' });
    }
    recipe.signOut.forEach((method, index) => {
      if (method.kind !== 'generic' && method.endsAllAccounts && !recipe.provenance.endsAllAccounts) {
        ctx.addIssue({ code: 'custom', path: ['signOut', index, 'endsAllAccounts'], message: 'ending every account needs its evidence in provenance.endsAllAccounts' });
      }
    });
    for (const { path, url } of navigationUrls(recipe)) {
      // An address that says it signs every account out (logout_all) only in a sign-out method that declares it.
      if (typeof url !== 'string' || !addressSignsOutAllAccounts(url)) continue;
      const method = path[0] === 'signOut' ? recipe.signOut[Number(path[1])] : undefined;
      if (method && method.kind !== 'generic' && method.endsAllAccounts) continue;
      ctx.addIssue({ code: 'custom', path, message: 'this address signs out every account: only a sign-out method that declares endsAllAccounts may use it' });
    }
    recipe.sites.forEach((site, index) => {
      if (site.guestsGetAuthCookies && !recipe.accountCheck) {
        ctx.addIssue({ code: 'custom', path: ['sites', index, 'guestsGetAuthCookies'], message: 'needs an account check' });
      }
      if (site.sessionCookiesUnknown && !recipe.accountCheck) {
        ctx.addIssue({ code: 'custom', path: ['sites', index, 'sessionCookiesUnknown'], message: 'needs an account check: only the site can tell a session' });
      }
    });
    if (recipe.sites.some((site) => site.notModelled)) notModelledRules(recipe, ctx);
    recipe.sharedSignIn.forEach((service, index) => {
      // A recipe speaks only for its own sites: an imported one cannot claim that signing out of it ends another's.
      if (!recipe.sites.some((site) => service.host === site.domain || service.host.endsWith(`.${site.domain}`))) {
        ctx.addIssue({ code: 'custom', path: ['sharedSignIn', index, 'host'], message: `${service.host} is not on one of the recipe's sites` });
      }
    });
    const checkUrl = recipe.accountCheck?.url;
    if (checkUrl && !checkUrl.startsWith('/') && URL.canParse(checkUrl)) {
      // Stricter than navigation: the check goes to a site the recipe tracks sessions on, never a related domain.
      const host = new URL(checkUrl).hostname;
      if (!recipe.sites.some((site) => host === site.domain || host.endsWith(`.${site.domain}`))) {
        ctx.addIssue({ code: 'custom', path: ['accountCheck', 'url'], message: `${host} is not a site of the recipe` });
      }
    }
    const allowed = [...recipe.sites.map((site) => site.domain), ...recipe.relatedDomains];
    for (const { path, url } of navigationUrls(recipe)) {
      // A path, or a value its own field already refused (this check runs even then).
      if (typeof url !== 'string' || url.startsWith('/') || !URL.canParse(url)) continue;
      const host = new URL(url).hostname;
      if (!allowed.some((domain) => host === domain || host.endsWith(`.${domain}`))) {
        ctx.addIssue({ code: 'custom', path, message: `${host} is not one of the recipe's domains` });
      }
    }
  });

/** Every URL a recipe can navigate to, with its path in the recipe (for error messages). */
export function navigationUrls(recipe: {
  signOut: z.infer<typeof SignOutMethod>[];
  flows: Partial<Record<string, z.infer<typeof Flow>>>;
  accountCheck?: { url: string };
}): { path: (string | number)[]; url: string }[] {
  const found: { path: (string | number)[]; url: string }[] = [];
  if (recipe.accountCheck) found.push({ path: ['accountCheck', 'url'], url: recipe.accountCheck.url });
  const flowUrls = (flow: z.infer<typeof Flow>, at: (string | number)[]) => {
    found.push({ path: [...at, 'startPath'], url: flow.startPath });
    flow.steps.forEach((step, i) => {
      if (step.action === 'navigate') found.push({ path: [...at, 'steps', i, 'path'], url: step.path });
    });
  };
  recipe.signOut.forEach((method, i) => {
    if (method.kind === 'url') found.push({ path: ['signOut', i, 'path'], url: method.path });
    else if (method.kind === 'generic') found.push({ path: ['signOut', i, 'startPath'], url: method.startPath });
    else flowUrls(method, ['signOut', i]);
  });
  for (const [name, flow] of Object.entries(recipe.flows)) if (flow) flowUrls(flow, ['flows', name]);
  return found;
}

export type Step = z.infer<typeof Step>;
export type SignOutMethod = z.infer<typeof SignOutMethod>;
export type Flow = z.infer<typeof Flow>;
export type Recipe = z.infer<typeof Recipe>;
export type AccountCheck = z.infer<typeof AccountCheck>;
export type RecipeInput = z.input<typeof Recipe>;

/** Parses a recipe, throwing an error whose message names each bad field and why. */
export function parseRecipe(input: unknown): Recipe {
  const result = Recipe.safeParse(input);
  if (result.success) return result.data;
  throw new RecipeError(formatIssues(result.error));
}

export class RecipeError extends Error {
  override name = 'RecipeError';
}

function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(recipe)'}: ${issue.message}`)
    .join('; ');
}
