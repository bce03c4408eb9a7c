import { z } from 'zod';
import { Domain, SiteUrl, Step, Target } from '../recipes/schema';

/**
 * Two protocols, never mixed:
 * - commands come from Signoff's own pages (popup, options) and may make the background act;
 * - reports come from content scripts on web pages, are untrusted, and may only describe the tab they come from.
 */

/** The account pages a recipe may open for the person (switch account, add an account). */
export const AccountFlowName = z.enum(['switchAccount', 'addAccount']);
export type AccountFlowName = z.infer<typeof AccountFlowName>;

export const Command = z.discriminatedUnion('type', [
  /** The popup opened: a stopped worker starts, and picks up any sign-out it left unfinished. */
  z.object({ channel: z.literal('command'), type: z.literal('popup-opened') }).strict(),
  z.object({ channel: z.literal('command'), type: z.literal('sign-out'), sessionId: z.string().max(300) }).strict(),
  z.object({ channel: z.literal('command'), type: z.literal('sign-out-everywhere') }).strict(),
  /** "I'm leaving": sign out everywhere, clear those sites' data and close their tabs. */
  z.object({ channel: z.literal('command'), type: z.literal('leave') }).strict(),
  z.object({ channel: z.literal('command'), type: z.literal('dismiss-leftovers') }).strict(),
  z.object({ channel: z.literal('command'), type: z.literal('dismiss-result'), jobId: z.string().max(100) }).strict(),
  z
    .object({
      channel: z.literal('command'),
      type: z.literal('open-flow'),
      sessionId: z.string().max(300),
      flow: AccountFlowName,
    })
    .strict(),
  /** Teach Signoff how to sign out of this session's site (no recipe): record it in a tab of the site. */
  z.object({ channel: z.literal('command'), type: z.literal('teach-start'), sessionId: z.string().max(300) }).strict(),
  /** May the popup offer teaching for the tab it is over (an https site without a recipe or a row)? Ok when it may. */
  z.object({ channel: z.literal('command'), type: z.literal('teach-offer'), tabId: z.number().int().min(0), origin: z.string().max(300) }).strict(),
  /** Teach Signoff a sign-out in this tab, which must still show `origin` (offered by the popup on that tab). */
  z.object({ channel: z.literal('command'), type: z.literal('teach-start-tab'), tabId: z.number().int().min(0), origin: z.string().max(300) }).strict(),
]);
export type Command = z.infer<typeof Command>;

/** Every reply's envelope: success with the id it may carry, or failure with a reason key. */
export const CommandReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), jobId: z.string().optional(), batchId: z.string().optional(), runId: z.string().optional() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type CommandReply = z.infer<typeof CommandReply>;

/** What a command answers on success, per command; a refused or failed one answers `{ ok: false, error }`. */
export interface CommandReplies {
  'popup-opened': object;
  'sign-out': { jobId: string };
  'sign-out-everywhere': { batchId: string };
  /** "I'm leaving": the batch its receipt follows. */
  leave: { batchId: string };
  'dismiss-leftovers': object;
  'dismiss-result': object;
  'open-flow': object;
  'teach-start': object;
  'teach-offer': object;
  'teach-start-tab': object;
}

/** The reply to command `T` of a protocol whose replies are `Replies` (this one, or the guides' own). */
export type ReplyTo<Replies, T extends keyof Replies> = ({ ok: true } & Replies[T]) | { ok: false; error: string };

export const Report = z.discriminatedUnion('type', [
  /** The detector saw the page: whether it shows a signed-in account, and the greeting's name. */
  z
    .object({
      channel: z.literal('report'),
      type: z.literal('page-signal'),
      signedIn: z.boolean(),
      accountName: z.string().max(80).optional(),
    })
    .strict(),
  /**
   * The runner is about to perform step `index` of the job it was given (so progress survives a page unload);
   * `accountFound`: that step found the account's entry on the page (a `forAccount` step, before pressing in it).
   */
  z
    .object({
      channel: z.literal('report'),
      type: z.literal('runner-step'),
      jobId: z.string().max(100),
      index: z.number().int().min(0).max(100),
      accountFound: z.literal(true).optional(),
    })
    .strict(),
  /** The generic detector (sites without a recipe): a form with a filled password field was sent in this tab. */
  z.object({ channel: z.literal('report'), type: z.literal('password-submitted') }).strict(),
  /** The generic detector: this tab's page shows a sign-out control (a signed-in account). */
  z.object({ channel: z.literal('report'), type: z.literal('account-signals') }).strict(),
  /** The runner's generic sign-out is about to press something in the job's tab (reported first: it may unload). */
  z
    .object({
      channel: z.literal('report'),
      type: z.literal('generic-step'),
      jobId: z.string().max(100),
      action: z.enum(['open-menu', 'sign-out', 'account-page']),
      label: z.string().max(100),
    })
    .strict(),
  /** The recorder (teaching a sign-out) saw the person press or point at a control in its tab. */
  z
    .object({
      channel: z.literal('report'),
      type: z.literal('teach-step'),
      step: z.object({ kind: z.enum(['press', 'hover']), target: Target, label: z.string().max(120), opensMenu: z.boolean() }).strict(),
      /** The recorder judged the pressed element destructive (the click guard's words and addresses). */
      destructive: z.boolean(),
    })
    .strict(),
  /** The recording bar's "Undo last step" and "Done". */
  z.object({ channel: z.literal('report'), type: z.enum(['teach-undo', 'teach-done']) }).strict(),
]);
export type Report = z.infer<typeof Report>;

/** The domains a job may act on; required, so a request without them is refused by the runner's schema. */
const AllowedDomains = z.array(Domain).min(1).max(11);

/** The runner's answer when its page is not on the request's allowed domains (the tab was steered elsewhere). */
const Refused = z.object({ kind: z.literal('refused'), host: z.string().max(300) });

/** Sent by the background to the runner it injected into a tab. */
export const RunRequest = z
  .object({
    channel: z.literal('runner'),
    type: z.literal('run'),
    jobId: z.string(),
    steps: z.array(Step).max(30),
    startAt: z.number().int().min(0),
    /**
     * The site being signed out and the recipe's related domains: the only pages the runner works on (it refuses
     * work on any other `location`), and the only places a click may lead to.
     */
    allowedDomains: AllowedDomains,
    /** The account being signed out, as the site showed it (steps marked `forAccount` look for it on the page). */
    accountName: z.string().min(1).max(200).optional(),
    /** The recipe's method declares that it signs out every account (only then may a click press such a control). */
    endsAllAccounts: z.literal(true).optional(),
  })
  .strict();
export type RunRequest = z.infer<typeof RunRequest>;

export const RunResult = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('completed'), stepsDone: z.number().int() }),
  z.object({ kind: z.literal('navigate'), stepsDone: z.number().int(), path: SiteUrl }),
  z.object({ kind: z.literal('failed'), stepIndex: z.number().int(), error: z.string().max(500) }),
  Refused,
]);
export type RunResult = z.infer<typeof RunResult>;

/** Sent by the background to the runner for a site without a recipe: find the sign-out control and press it. */
export const GenericRunRequest = z
  .object({
    channel: z.literal('runner'),
    type: z.literal('generic'),
    jobId: z.string(),
    /** "find": menus and the account page too; "confirm": only a visible sign-out control (after a press). */
    mode: z.enum(['find', 'confirm']),
    allowAccountPage: z.boolean(),
    /** The site being signed out: the runner refuses to look for controls on a page anywhere else. */
    allowedDomains: AllowedDomains,
    /** The site being signed out (its registrable domain on the Public Suffix List): the finder's "same site". */
    siteDomain: Domain.optional(),
  })
  .strict();
export type GenericRunRequest = z.infer<typeof GenericRunRequest>;

export const GenericRunResult = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('clicked'), label: z.string().max(100), via: z.enum(['page', 'menu', 'hidden']) }),
  z.object({ kind: z.literal('account-page'), url: z.string().max(2000), label: z.string().max(100) }),
  z.object({ kind: z.literal('not-found'), detail: z.string().max(500) }),
  Refused,
]);
export type GenericRunResult = z.infer<typeof GenericRunResult>;
