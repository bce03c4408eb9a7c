import { z } from 'zod';
import { GuideKind } from './schema';

/**
 * What Signoff keeps about guides in IndexedDB: where each guide run stands (so a closed tab or a stopped service
 * worker loses nothing), and the receipts of finished ones.
 */

export const GuideRunStatus = z.enum([
  /** Under way: the panel shows on the guide's tab (or the next tab of the site the person opens). */
  'active',
  /** The site confirmed it: a receipt was kept. */
  'completed',
  /** The site showed it cannot be done here (not eligible, already cancelled, …): the panel said why. */
  'stopped',
  /** The person closed the guide. */
  'abandoned',
]);
export type GuideRunStatus = z.infer<typeof GuideRunStatus>;

export const GuideRunRow = z.object({
  id: z.string(),
  recipeId: z.string(),
  guideId: z.string(),
  siteName: z.string(),
  /** The recipe domain the guide runs on ("amazon.pl"). */
  domain: z.string(),
  status: GuideRunStatus,
  /** The step the page last showed. */
  stepIndex: z.number().int().min(0),
  /** What the page last showed: a step, the sign-in page, a retention offer. */
  position: z.enum(['step', 'sign-in', 'retention', 'ending']).default('step'),
  /** Steps whose warning the person has acknowledged. */
  acknowledged: z.array(z.string()).default([]),
  /** The tab the panel is in (it may have been closed since). */
  tabId: z.number().int().optional(),
  startedAt: z.number(),
  updatedAt: z.number(),
  finishedAt: z.number().optional(),
  /** The ending the page showed (completed or stopped). */
  endingId: z.string().optional(),
  /** How many retention offers the page showed on the way. */
  offersSeen: z.array(z.string()).default([]),
  receiptId: z.string().optional(),
});
export type GuideRunRow = z.infer<typeof GuideRunRow>;

export const ReceiptRow = z.object({
  id: z.string(),
  runId: z.string(),
  recipeId: z.string(),
  guideId: z.string(),
  siteName: z.string(),
  domain: z.string(),
  kind: GuideKind,
  /** What was cancelled or deleted, in both languages. */
  what: z.object({ en: z.string(), pl: z.string() }),
  /** When the site confirmed it. */
  at: z.number(),
  /** The site's own confirmation text. */
  confirmationText: z.string().max(2000),
  /** The confirmation page's address. */
  url: z.string().max(2000),
  /** A JPEG data URL of the confirmation page, when the browser allowed the capture. */
  screenshot: z.string().optional(),
  /** Why there is no screenshot. */
  screenshotError: z.string().max(300).optional(),
});
export type ReceiptRow = z.infer<typeof ReceiptRow>;
