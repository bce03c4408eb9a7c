import { z } from 'zod';
import { REASON_KEYS, reasonFromLegacyText } from './stored-reason';

/**
 * What Signoff keeps in IndexedDB. Only names, domains and times: never a cookie value or page content.
 * These schemas are the contract between the background, the popup and the tests.
 */

export const ReasonKey = z.enum(REASON_KEYS);
export type ReasonKey = z.infer<typeof ReasonKey>;

/** Why an outcome is what it is, as a value: the popup translates `key`; `detail` is for the log (the step, the host). */
export const Reason = z.object({ key: ReasonKey, detail: z.string().optional() });
export type Reason = z.infer<typeof Reason>;

/** A stored reason as read back: a Reason, or a row an older version wrote as text. */
export const StoredReason = z.union([Reason, z.string().transform(reasonFromLegacyText)]);

export const SessionRow = z.object({
  /** `${recipeId}:${domain}`, e.g. "amazon:amazon.pl". */
  id: z.string(),
  recipeId: z.string(),
  siteName: z.string(),
  domain: z.string(),
  /** From the page's greeting ("Hello, Jan" → "Jan"), when a page of the site has been seen. */
  accountName: z.string().optional(),
  /** Names of the auth cookies seen (names only). */
  cookieNames: z.array(z.string()),
  signedInAt: z.number(),
  lastSeenAt: z.number(),
  /** How the session was found: by a recipe's auth cookies, or by heuristics on a site without a recipe. */
  detectedBy: z.enum(['recipe', 'heuristics']).optional(),
  /** Sessions found by heuristics: the origin the person signed in on (where the sign-out starts). */
  origin: z.string().optional(),
  /**
   * What the site itself said (recipe sessions): 'confirmed' — its account page answered signed in; 'unconfirmed' —
   * it could not be asked (offline, no answer in time, no check in the recipe). A site that answers "signed out"
   * has no row at all. `named`: the account name came from the site's answer.
   */
  siteCheck: z
    .object({ state: z.enum(['confirmed', 'unconfirmed']), at: z.number(), why: z.string().max(100).optional(), named: z.boolean().optional() })
    .optional(),
  /**
   * What the popup offers on the row, written by the background from the session's recipe (built-in, imported or
   * policy alike; utils/sessions/row-offers.ts), so that the popup needs no recipes: account flows, and guides with
   * their menu labels.
   */
  accountFlows: z.array(z.enum(['switchAccount', 'addAccount'])).optional(),
  guides: z
    .array(
      z.object({
        id: z.string(),
        menuLabel: z.object({ en: z.string(), pl: z.string() }),
        /** Only 'sign-out-other-devices' changes how the popup shows it ("Signed in on another computer?"). */
        kind: z.string().optional(),
      }),
    )
    .optional(),
  /** Services that share this sign-in (the recipe's `sharedSignIn`): the popup says signing out ends both. */
  sharedSignIn: z.array(z.object({ name: z.string(), host: z.string() })).optional(),
  /** The recipe's sign-out ends every account of this name in the browser ("Google"): the row says so before the press. */
  endsAllAccountsOf: z.string().max(60).optional(),
  /** No source names the site's session cookies (`sessionCookiesUnknown`): the row says only the site's answer counts. */
  sessionCookiesUnknown: z.literal(true).optional(),
  /** The site is not modelled (`notModelled`): the row says Signoff cannot tell whether anyone is signed in there. */
  notModelled: z.literal(true).optional(),
});
export type SessionRow = z.infer<typeof SessionRow>;

export const JobOutcome = z.enum([
  /** The site's own sign-out ran and its auth cookies are gone. */
  'verified',
  /** The site's sign-out could not be driven or verified; Signoff removed the site's cookies and storage. */
  'cleared',
  /** Neither worked. */
  'failed',
]);
export type JobOutcome = z.infer<typeof JobOutcome>;

export const JobPhase = z.enum(['queued', 'opening', 'running', 'verifying', 'forgetting', 'clearing', 'done']);
export type JobPhase = z.infer<typeof JobPhase>;

export const ForgetResult = z.union([z.boolean(), z.literal('not-listed')]);
export type ForgetResult = z.infer<typeof ForgetResult>;

export const JobRow = z.object({
  id: z.string(),
  kind: z.literal('sign-out'),
  sessionId: z.string(),
  recipeId: z.string(),
  siteName: z.string(),
  domain: z.string(),
  accountName: z.string().optional(),
  phase: JobPhase,
  /** Index into the recipe's signOut methods being tried. */
  methodIndex: z.number().int(),
  /** The step of a "steps" method the runner last started (it may have navigated the page away). */
  stepIndex: z.number().int(),
  /** How many times this job was picked up again after the service worker stopped. */
  resumes: z.number().int(),
  /** The tab the job drives, and whether Signoff opened it (only then does Signoff close it). */
  tabId: z.number().int().optional(),
  openedTab: z.boolean(),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** After this moment the job stops trying the site and falls back. */
  deadline: z.number(),
  outcome: JobOutcome.optional(),
  /** Why the outcome is what it is, as a message key plus detail for the log. */
  reason: Reason.optional(),
  finishedAt: z.number().optional(),
  /**
   * After a verified sign-out, where the recipe can: the site's remembered-accounts list. true: the account (or, for a
   * flow that empties the list, the list) was on the sign-in page and is gone; 'not-listed': the page never listed
   * the account, nothing was removed; false: removing it did not work.
   */
  forgotRemembered: ForgetResult.optional(),
  /** The forget flow found the account's entry on the site's page (the runner reports it before pressing there). */
  rememberedListed: z.literal(true).optional(),
  /** The "Sign out everywhere" run this job belongs to. */
  batchId: z.string().optional(),
  /** After a verified sign-out in a batch: the site's remaining cookies and storage were removed too. */
  leftoversCleared: z.boolean().optional(),
  /** The user has seen and dismissed the result in the popup. */
  dismissed: z.boolean().optional(),
  /** The verified sign-out used a method that ends every account of this name in the browser ("GitHub"). */
  endedAllAccountsOf: z.string().max(60).optional(),
  /** Generic sign-out (no recipe): what Signoff pressed on the site's pages, as "action: label the page showed". */
  pageActions: z.array(z.string().max(120)).max(20).optional(),
});
export type JobRow = z.infer<typeof JobRow>;

export const AuditRow = z.object({
  id: z.number().int().optional(),
  at: z.number(),
  action: z.literal('sign-out'),
  recipeId: z.string(),
  domain: z.string(),
  accountName: z.string().optional(),
  outcome: JobOutcome,
  reason: Reason,
  durationMs: z.number(),
  /** Which method signed out ("steps", "url", "url-request"), when one did. */
  method: z.string().optional(),
  /** What started it, when not a person's click on one site. */
  trigger: z.enum(['close', 'idle', 'batch']).optional(),
  /**
   * The verified sign-out ended every account of this name in the browser ("Google"), not only the row's. Rows
   * written before it was recorded simply lack it (an added optional field: no Dexie version, nothing to rewrite).
   */
  endedAllAccountsOf: z.string().max(60).optional(),
});
export type AuditRow = z.infer<typeof AuditRow>;

export const BatchTrigger = z.enum(['popup', 'shortcut', 'context-menu', 'idle', 'leave', 'start-banner']);

/** One press of "Sign out everywhere"; its progress is derived from the jobs that carry its id. */
export const BatchRow = z.object({
  id: z.string(),
  startedAt: z.number(),
  trigger: BatchTrigger,
  /** Domains left alone because they are on the keep list. */
  kept: z.array(z.string()),
  /** "I'm leaving": how many of the signed-out sites' tabs were closed. */
  closedTabs: z.number().int().optional(),
});
export type BatchRow = z.infer<typeof BatchRow>;
