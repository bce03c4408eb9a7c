import { defineStoredItem } from './browser/stored-item';
import type { BatchRow, JobRow, SessionRow } from './db-schema';
import { LANGUAGE_CHOICES, type LanguageChoice } from './language-setting';
import { arrayOf, INVALID, isBoolean, isNumber, isString, objectOf, oneOf, type Check } from './popup-snapshot-check';
import type { PopupSnapshot } from './popup-snapshot-schema';
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
 * Checked by hand, not with zod: the popup parses this at its boundary and must stay small (docs/benchmarks.md). The
 * zod schema (utils/popup-snapshot-schema.ts) gives the type, and a test holds this check to it.
 */

const optionalString = { accountName: isString };

const checkSession = objectOf(
  { id: isString, siteName: isString, domain: isString, signedInAt: isNumber },
  {
    ...optionalString,
    detectedBy: oneOf(['recipe', 'heuristics']),
    siteCheck: objectOf({ state: oneOf(['confirmed', 'unconfirmed']) }, {}),
    accountFlows: arrayOf(oneOf(['switchAccount', 'addAccount'])),
    guides: arrayOf(objectOf({ id: isString, menuLabel: objectOf({ en: isString, pl: isString }, {}) }, { kind: isString })),
    sharedSignIn: arrayOf(objectOf({ name: isString, host: isString }, {})),
    endsAllAccountsOf: isString,
    sessionCookiesUnknown: oneOf([true]),
    notModelled: oneOf([true]),
  },
);

const checkJob = objectOf(
  {
    id: isString, sessionId: isString, siteName: isString, domain: isString,
    phase: oneOf(['queued', 'opening', 'running', 'verifying', 'forgetting', 'clearing', 'done']),
    createdAt: isNumber, updatedAt: isNumber,
  },
  {
    ...optionalString,
    outcome: oneOf(['verified', 'cleared', 'failed']),
    reason: objectOf({ key: oneOf(REASON_KEYS) }, { detail: isString }),
    finishedAt: isNumber,
    forgotRemembered: oneOf([true, false, 'not-listed']),
    batchId: isString,
    leftoversCleared: isBoolean,
    dismissed: isBoolean,
    endedAllAccountsOf: isString,
  },
);

const checkBatch = objectOf(
  { id: isString, startedAt: isNumber, trigger: oneOf(['popup', 'shortcut', 'context-menu', 'idle', 'leave', 'start-banner']), kept: arrayOf(isString) },
  { closedTabs: isNumber },
);

// Typed as the schema's type: a field the check types differently from the schema fails to compile here.
const checkSnapshot: Check<PopupSnapshot> = objectOf(
  { writtenAt: isNumber, language: oneOf(LANGUAGE_CHOICES), sessions: arrayOf(checkSession), jobs: arrayOf(checkJob), batches: arrayOf(checkBatch) },
  {},
);

/** Anything stored that is not a snapshot of this shape (an older version's, a hand edit) reads as none. */
export function readPopupSnapshot(stored: unknown): PopupSnapshot | undefined {
  const checked = checkSnapshot(stored);
  return checked === INVALID ? undefined : checked;
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
