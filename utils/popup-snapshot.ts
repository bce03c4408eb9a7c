import * as z from 'zod/mini';
import { defineStoredItem } from './browser/stored-item';
import type { BatchRow, JobRow, SessionRow } from './db-schema';
import { LANGUAGE_CHOICES, type LanguageChoice } from './language-setting';
import { RESULT_TTL_MS, type PopupJobRow, type PopupSessionRow } from './popup-model';
import { REASON_KEYS } from './stored-reason';

/*
 * What the popup's first paint needs, kept by the background in storage.session next to the database (issue #13 §6)
 * and the language setting:
 * one storage read answers sooner than opening IndexedDB and reading three stores, so the popup draws its rows from
 * this and then from the database, which always wins once it answers (entrypoints/popup/store.ts). Only the fields
 * the popup shows, of every session (a prefix of the list could not be drawn exactly: a running job of a row left
 * out would show as a row of its own), and only the jobs and the batch the popup can still show.
 *
 * zod/mini rather than zod: the popup parses this at its boundary and must stay small (docs/benchmarks.md).
 */

// Extension pages forbid eval: without this zod would try `new Function` once and log the browser's refusal.
z.config({ jitless: true });

const SnapshotSession = z.object({
  id: z.string(),
  siteName: z.string(),
  domain: z.string(),
  accountName: z.optional(z.string()),
  signedInAt: z.number(),
  detectedBy: z.optional(z.enum(['recipe', 'heuristics'])),
  siteCheck: z.optional(z.object({ state: z.enum(['confirmed', 'unconfirmed']) })),
  accountFlows: z.optional(z.array(z.enum(['switchAccount', 'addAccount']))),
  guides: z.optional(
    z.array(z.object({ id: z.string(), menuLabel: z.object({ en: z.string(), pl: z.string() }), kind: z.optional(z.string()) })),
  ),
  sharedSignIn: z.optional(z.array(z.object({ name: z.string(), host: z.string() }))),
  endsAllAccountsOf: z.optional(z.string()),
  sessionCookiesUnknown: z.optional(z.literal(true)),
  notModelled: z.optional(z.literal(true)),
});

const SnapshotJob = z.object({
  id: z.string(),
  sessionId: z.string(),
  siteName: z.string(),
  domain: z.string(),
  accountName: z.optional(z.string()),
  phase: z.enum(['queued', 'opening', 'running', 'verifying', 'forgetting', 'clearing', 'done']),
  createdAt: z.number(),
  updatedAt: z.number(),
  outcome: z.optional(z.enum(['verified', 'cleared', 'failed'])),
  reason: z.optional(z.object({ key: z.enum(REASON_KEYS), detail: z.optional(z.string()) })),
  finishedAt: z.optional(z.number()),
  forgotRemembered: z.optional(z.union([z.boolean(), z.literal('not-listed')])),
  batchId: z.optional(z.string()),
  leftoversCleared: z.optional(z.boolean()),
  dismissed: z.optional(z.boolean()),
  endedAllAccountsOf: z.optional(z.string()),
});

const SnapshotBatch = z.object({
  id: z.string(),
  startedAt: z.number(),
  trigger: z.enum(['popup', 'shortcut', 'context-menu', 'idle', 'leave', 'start-banner']),
  kept: z.array(z.string()),
  closedTabs: z.optional(z.number()),
});

export const PopupSnapshot = z.object({
  /** When the background wrote it (for the log and the tests; the popup never trusts it over the database). */
  writtenAt: z.number(),
  /** The language setting (the popup reads the setting too, and follows it if this one is behind). */
  language: z.enum(LANGUAGE_CHOICES),
  sessions: z.array(SnapshotSession),
  jobs: z.array(SnapshotJob),
  batches: z.array(SnapshotBatch),
});
export type PopupSnapshot = z.infer<typeof PopupSnapshot>;

/** Anything stored that is not a snapshot of this shape (an older version's, a hand edit) reads as none. */
export function readPopupSnapshot(stored: unknown): PopupSnapshot | undefined {
  const parsed = PopupSnapshot.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

/** Written by the background only (utils/sessions/popup-snapshot-writer.ts); session storage: gone with the browser. */
export const popupSnapshotItem = defineStoredItem<PopupSnapshot | undefined>('session:popupSnapshot', { parse: readPopupSnapshot });

/** Copies the fields that are set: storage drops undefined values anyway, and the snapshot stays small. */
function pick<T extends object, K extends keyof T>(row: T, fields: Record<K, true>): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of Object.keys(fields) as K[]) if (row[key] !== undefined) out[key] = row[key];
  return out;
}

// Every field the popup model reads (utils/popup-model.ts): one it starts to read fails to compile until it is here.
const SESSION_FIELDS: Record<Exclude<keyof PopupSessionRow, 'siteCheck'>, true> = {
  id: true, siteName: true, domain: true, accountName: true, signedInAt: true, detectedBy: true, accountFlows: true, guides: true,
  sharedSignIn: true, endsAllAccountsOf: true, sessionCookiesUnknown: true, notModelled: true,
};
const JOB_FIELDS: Record<keyof PopupJobRow, true> = {
  id: true, sessionId: true, siteName: true, domain: true, accountName: true, phase: true, createdAt: true, updatedAt: true,
  outcome: true, reason: true, finishedAt: true, forgotRemembered: true, batchId: true, leftoversCleared: true, dismissed: true,
  endedAllAccountsOf: true,
};
const BATCH_FIELDS: Record<keyof BatchRow, true> = { id: true, startedAt: true, trigger: true, kept: true, closedTabs: true };

/**
 * The snapshot of the database's rows at `now`. For any later moment the popup model and the batch view made from it
 * equal those made from the rows themselves: every session is in it; of the jobs, those the popup can still show
 * (unfinished, the latest batch's, and results not dismissed whose 30 minutes have not run out: they only run out).
 */
export function buildPopupSnapshot(
  rows: { sessions: readonly SessionRow[]; jobs: readonly JobRow[]; batches: readonly BatchRow[] },
  language: LanguageChoice,
  now: number,
): PopupSnapshot {
  const latest = [...rows.batches].sort((a, b) => b.startedAt - a.startedAt)[0];
  const shown = (job: JobRow) =>
    job.phase !== 'done' ||
    (latest !== undefined && job.batchId === latest.id) ||
    (!job.dismissed && now - (job.finishedAt ?? job.updatedAt) <= RESULT_TTL_MS);
  return {
    writtenAt: now,
    language,
    sessions: rows.sessions.map((row) => ({
      ...pick(row, SESSION_FIELDS),
      ...(row.siteCheck ? { siteCheck: { state: row.siteCheck.state } } : {}),
    })),
    jobs: rows.jobs.filter(shown).map((job) => pick(job, JOB_FIELDS)),
    batches: latest ? [pick(latest, BATCH_FIELDS)] : [],
  };
}
