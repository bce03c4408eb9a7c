import { manualGuidesHrefFor } from '../utils/guides/manual/links';
import { buildPopupModel, type SessionView } from '../utils/popup-model';
import type { PopupSnapshot } from '../utils/popup-snapshot-schema';

/** Browsers show a popup at most 600 px high (Chrome and Firefox alike). */
export const POPUP_MAX_HEIGHT_PX = 600;
/**
 * Above the list, whatever else shows: the popup's padding, its title and the list's heading (entrypoints/popup/style.css:
 * 12 px, 16 px × 1.4, 12 px × 1.4 and the margins between them), rounded down.
 */
export const ABOVE_LIST_PX = 64;
/** A row's padding and border with its title (entrypoints/popup/style.css: 8 px above and below, 14 px × 1.4), rounded down. */
const ROW_TITLE_PX = 36;
/** Each further line of a row: a detail or a line of links (12 px × 1.4), rounded down. */
const ROW_LINE_PX = 16;

/** Which of a row's offers the list draws (components/SessionItem.tsx draws them only when it is given the handler). */
export interface RowOffers {
  accountFlows: boolean;
  guides: boolean;
}

/** The popup gives its list both handlers (entrypoints/popup/main.tsx). */
export const POPUP_OFFERS: RowOffers = { accountFlows: true, guides: true };

/**
 * The least height components/SessionItem.tsx can draw this row in: its title and one line for each detail and each
 * line of links it shows, as if none wrapped. Taller is fine; a line left out here only makes the first screen longer.
 */
export function leastRowHeight(session: SessionView, offers: RowOffers): number {
  const idle = !session.job;
  const lines = [
    session.signedInAt !== undefined,
    session.unconfirmed,
    session.sharedSignIn !== undefined && session.sharedSignIn.length > 0,
    session.endsAllAccountsOf,
    session.sessionCookiesUnknown,
    session.notModelled,
    session.detectedBy === 'heuristics', // "Found by heuristics"
    idle && session.detectedBy === 'heuristics', // the teach link
    idle && offers.accountFlows && (session.accountFlows ?? []).length > 0,
    idle && offers.guides && (session.guides ?? []).length > 0,
    idle && manualGuidesHrefFor(session.sessionId) !== undefined,
  ].filter(Boolean).length;
  return ROW_TITLE_PX + lines * ROW_LINE_PX;
}

/**
 * How many rows fill a popup at its largest, below the least there is above the list: the popup draws these first and
 * the rest after the next paint (tests/e2e/popup-first-screen.spec.ts and bench/popup.ts check on the real layout that
 * they reach the popup's bottom).
 */
export function firstScreenRows(sessions: readonly SessionView[], offers: RowOffers): number {
  let height = ABOVE_LIST_PX;
  for (const [index, session] of sessions.entries()) {
    height += leastRowHeight(session, offers);
    if (height >= POPUP_MAX_HEIGHT_PX) return index + 1;
  }
  return sessions.length;
}

/**
 * The part of a snapshot the popup's first screen shows, for the popup's own copy (utils/popup-snapshot-cache.ts):
 * the sessions of the first screen and their running sign-outs, and every row when they all fit (results come below
 * the sessions). Less to read and check as the popup opens; the rest comes with the database.
 */
export function firstScreenSnapshot(snapshot: PopupSnapshot): PopupSnapshot {
  const views = buildPopupModel(snapshot.sessions, snapshot.jobs, snapshot.writtenAt).sessions;
  const count = firstScreenRows(views, POPUP_OFFERS);
  if (count === views.length) return snapshot;
  const shown = new Set(views.slice(0, count).map((view) => view.sessionId));
  return {
    ...snapshot,
    sessions: snapshot.sessions.filter((session) => shown.has(session.id)),
    jobs: snapshot.jobs.filter((job) => shown.has(job.sessionId) && job.phase !== 'done'),
  };
}
