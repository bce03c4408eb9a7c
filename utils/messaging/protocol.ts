import { z } from 'zod';
import { SiteUrl, Step } from '../recipes/schema';

/**
 * Two protocols, never mixed:
 * - commands come from Signoff's own pages (popup, options) and may make the background act;
 * - reports come from content scripts on web pages, are untrusted, and may only describe the tab they come from.
 */

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
      flow: z.enum(['switchAccount', 'addAccount']),
    })
    .strict(),
]);
export type Command = z.infer<typeof Command>;

export const CommandReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), jobId: z.string().optional(), batchId: z.string().optional() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type CommandReply = z.infer<typeof CommandReply>;

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
  /** The runner is about to perform step `index` of the job it was given (so progress survives a page unload). */
  z
    .object({
      channel: z.literal('report'),
      type: z.literal('runner-step'),
      jobId: z.string().max(100),
      index: z.number().int().min(0).max(100),
    })
    .strict(),
]);
export type Report = z.infer<typeof Report>;

/** Sent by the background to the runner it injected into a tab. */
export const RunRequest = z
  .object({
    channel: z.literal('runner'),
    type: z.literal('run'),
    jobId: z.string(),
    steps: z.array(Step).max(30),
    startAt: z.number().int().min(0),
  })
  .strict();
export type RunRequest = z.infer<typeof RunRequest>;

export const RunResult = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('completed'), stepsDone: z.number().int() }),
  z.object({ kind: z.literal('navigate'), stepsDone: z.number().int(), path: SiteUrl }),
  z.object({ kind: z.literal('failed'), stepIndex: z.number().int(), error: z.string().max(500) }),
]);
export type RunResult = z.infer<typeof RunResult>;
