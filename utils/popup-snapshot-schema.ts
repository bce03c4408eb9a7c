import { z } from 'zod';
import { LANGUAGE_CHOICES } from './language-setting';
import { REASON_KEYS } from './stored-reason';

/*
 * The shape of the popup's snapshot (utils/popup-snapshot.ts) as a zod schema: the type the writer builds and the
 * popup reads, and the reference the popup's hand-written check is held to (tests/unit/popup-snapshot-check.test.ts).
 * The popup never imports this as a value: zod would be most of its script (docs/benchmarks.md).
 */

const SnapshotSession = z.object({
  id: z.string(),
  siteName: z.string(),
  domain: z.string(),
  accountName: z.string().optional(),
  signedInAt: z.number(),
  detectedBy: z.enum(['recipe', 'heuristics']).optional(),
  siteCheck: z.object({ state: z.enum(['confirmed', 'unconfirmed']) }).optional(),
  accountFlows: z.array(z.enum(['switchAccount', 'addAccount'])).optional(),
  guides: z.array(z.object({ id: z.string(), menuLabel: z.object({ en: z.string(), pl: z.string() }), kind: z.string().optional() })).optional(),
  sharedSignIn: z.array(z.object({ name: z.string(), host: z.string() })).optional(),
  endsAllAccountsOf: z.string().optional(),
  sessionCookiesUnknown: z.literal(true).optional(),
  notModelled: z.literal(true).optional(),
});

const SnapshotJob = z.object({
  id: z.string(),
  sessionId: z.string(),
  siteName: z.string(),
  domain: z.string(),
  accountName: z.string().optional(),
  phase: z.enum(['queued', 'opening', 'running', 'verifying', 'forgetting', 'clearing', 'done']),
  createdAt: z.number(),
  updatedAt: z.number(),
  outcome: z.enum(['verified', 'cleared', 'failed']).optional(),
  reason: z.object({ key: z.enum(REASON_KEYS), detail: z.string().optional() }).optional(),
  finishedAt: z.number().optional(),
  forgotRemembered: z.union([z.boolean(), z.literal('not-listed')]).optional(),
  batchId: z.string().optional(),
  leftoversCleared: z.boolean().optional(),
  dismissed: z.boolean().optional(),
  endedAllAccountsOf: z.string().optional(),
});

const SnapshotBatch = z.object({
  id: z.string(),
  startedAt: z.number(),
  trigger: z.enum(['popup', 'shortcut', 'context-menu', 'idle', 'leave', 'start-banner']),
  kept: z.array(z.string()),
  closedTabs: z.number().optional(),
});

export const PopupSnapshotSchema = z.object({
  /**
   * When the background wrote these rows; the same rows keep their time, so it names them in the toolbar popup's
   * address (utils/popup-snapshot-cache.ts). The popup never trusts it over the database.
   */
  writtenAt: z.number(),
  /** The language setting (the popup reads the setting too, and follows it if this one is behind). */
  language: z.enum(LANGUAGE_CHOICES),
  sessions: z.array(SnapshotSession),
  jobs: z.array(SnapshotJob),
  batches: z.array(SnapshotBatch),
});
export type PopupSnapshot = z.infer<typeof PopupSnapshotSchema>;
