import { z } from 'zod';

/**
 * Guide messages, on the same rules as the rest of Signoff's messaging (utils/messaging/protocol.ts):
 * - commands come only from Signoff's own pages (popup, options) and make the background act;
 * - reports come from the guide panel on a web page, are untrusted, and may only move the guide of the tab they
 *   come from (the background checks the tab and its address, which the browser supplies);
 * - panel messages go from the background to the panel it injected.
 */

const id = z.string().min(1).max(100);

export const GuideCommand = z.discriminatedUnion('type', [
  z
    .object({ channel: z.literal('command'), type: z.literal('start-guide'), recipeId: id, guideId: id, domain: z.string().max(253) })
    .strict(),
  /** Bring the guide's tab forward (or open the site again) and show the panel. */
  z.object({ channel: z.literal('command'), type: z.literal('resume-guide'), runId: id }).strict(),
  z.object({ channel: z.literal('command'), type: z.literal('stop-guide'), runId: id }).strict(),
]);
export type GuideCommand = z.infer<typeof GuideCommand>;

/** What a guide command answers on success (utils/messaging/protocol.ts `ReplyTo`). */
export interface GuideCommandReplies {
  'start-guide': { runId: string };
  'resume-guide': object;
  'stop-guide': object;
}

export const PositionKind = z.enum(['step', 'sign-in', 'retention', 'ending']);

export const GuideReport = z.discriminatedUnion('type', [
  /** What the page shows now. Sent when it changes. */
  z
    .object({
      channel: z.literal('guide-report'),
      type: z.literal('progress'),
      runId: id,
      position: PositionKind,
      stepIndex: z.number().int().min(0).max(100),
      offerId: id.optional(),
      endingId: id.optional(),
      /** For a completed ending: the site's confirmation text. */
      confirmationText: z.string().max(2000).optional(),
    })
    .strict(),
  /** The person read a step's warning and pressed "I understand". */
  z.object({ channel: z.literal('guide-report'), type: z.literal('acknowledge'), runId: id, stepId: id }).strict(),
  /** The person closed the guide from its panel. */
  z.object({ channel: z.literal('guide-report'), type: z.literal('stop'), runId: id }).strict(),
  /** The panel was injected and asks for its guide (after a page load). */
  z.object({ channel: z.literal('guide-report'), type: z.literal('hello'), runId: id }).strict(),
]);
export type GuideReport = z.infer<typeof GuideReport>;

/** The run as the panel needs it. */
export const GuideState = z.object({
  runId: id,
  status: z.enum(['active', 'completed', 'stopped', 'abandoned']),
  stepIndex: z.number().int(),
  acknowledged: z.array(z.string()),
  siteName: z.string(),
  domain: z.string(),
  /** Completed runs: whether the receipt was stored, and with a screenshot. */
  receipt: z.enum(['none', 'saved', 'saved-with-screenshot']).optional(),
});
export type GuideState = z.infer<typeof GuideState>;

/** Background → panel. The guide itself is recipe data the background validated; the panel trusts its sender. */
export type PanelMessage =
  | {
      channel: 'guide';
      type: 'show';
      runId: string;
      /** The parsed Guide (utils/guides/schema.ts). */
      guide: unknown;
      lang: 'en' | 'pl';
      strings: Record<string, string>;
      state: GuideState;
      /** Where a press may lead: the run's site and its recipe's related domains (utils/recipes/click-guard.ts). */
      allowedDomains: string[];
    }
  /** The guide continues in another tab, or was closed: the panel goes away. */
  | { channel: 'guide'; type: 'detach'; runId: string; reason: 'moved' | 'closed' };
