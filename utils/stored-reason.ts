// Reasons as the popup reads them, without zod (the popup's JavaScript stays small, docs/benchmarks.md); the zod
// schemas of the rows build on the same keys (utils/db-schema.ts).

/** Keys the background may store as a reason; the popup translates them (utils/i18n.ts checks each is a message). */
export const REASON_KEYS = [
  'reasonControlMissing',
  'reasonTimeout',
  'reasonNotVerified',
  'reasonTabClosed',
  'reasonClearFailed',
  'reasonUnknownSession',
  'reasonPageUnavailable',
  'reasonBrowserClosed',
  'reasonUnexpected',
  'reasonVerified',
  'reasonBestEffortClose',
  'reasonTabLeftSite',
  'reasonNoSiteAccess',
  'reasonSiteStillSignedIn',
  'reasonSiteNotAsked',
  'reasonNotModelled',
] as const;
export type ReasonKey = (typeof REASON_KEYS)[number];

/** Why an outcome is what it is, as a value: the popup translates `key`; `detail` is for the log (the step, the host). */
export interface Reason {
  key: ReasonKey;
  detail?: string;
}

function isReasonKey(value: unknown): value is ReasonKey {
  return typeof value === 'string' && (REASON_KEYS as readonly string[]).includes(value);
}

/**
 * Rows written before reasons were values held "reasonX" or "reasonX: detail" (database version 4 and below); the
 * version 5 upgrade in utils/db.ts turns them into a Reason here, once. Text that starts with no known key (an old
 * raw error) keeps its words as the detail of 'reasonUnexpected'.
 */
export function reasonFromLegacyText(text: string): Reason {
  const colon = text.indexOf(':');
  const head = (colon < 0 ? text : text.slice(0, colon)).trim();
  const detail = colon < 0 ? '' : text.slice(colon + 1).trim();
  if (!isReasonKey(head)) return { key: 'reasonUnexpected', detail: text };
  return detail ? { key: head, detail } : { key: head };
}

/** A reason as a page reads it without Dexie (the database may not be upgraded yet): a Reason, or none if unreadable. */
export function readStoredReason(value: unknown): Reason | undefined {
  if (typeof value === 'string') return reasonFromLegacyText(value);
  if (!value || typeof value !== 'object') return undefined;
  const { key, detail } = value as { key?: unknown; detail?: unknown };
  if (!isReasonKey(key) || (detail !== undefined && typeof detail !== 'string')) return undefined;
  return detail === undefined ? { key } : { key, detail };
}
