import { manualGuidesHrefFor } from '../utils/guides/manual/links';
import type { SessionView } from '../utils/popup-model';

/** Browsers show a popup at most 600 px high (Chrome and Firefox alike). */
export const POPUP_MAX_HEIGHT_PX = 600;
/** A row's padding and border with its title (entrypoints/popup/style.css: 8 px above and below, 14 px × 1.4), rounded down. */
const ROW_TITLE_PX = 36;
/** Each further line of a row: a detail or a line of links (12 px × 1.4), rounded down. */
const ROW_LINE_PX = 16;

/** Which of a row's offers the list draws (components/SessionItem.tsx draws them only when it is given the handler). */
export interface RowOffers {
  accountFlows: boolean;
  guides: boolean;
}

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
    session.detectedBy === 'heuristics', // "Found by heuristics", and when idle the teach link
    idle && session.detectedBy === 'heuristics',
    idle && offers.accountFlows && (session.accountFlows ?? []).length > 0,
    idle && offers.guides && (session.guides ?? []).length > 0,
    idle && manualGuidesHrefFor(session.sessionId) !== undefined,
  ].filter(Boolean).length;
  return ROW_TITLE_PX + lines * ROW_LINE_PX;
}

/**
 * How many rows fill a popup at its largest even if the list began at its top: the popup draws these first and the
 * rest after the next paint (bench/popup.ts checks on the real layout that they reach the popup's bottom).
 */
export function firstScreenRows(sessions: readonly SessionView[], offers: RowOffers): number {
  let height = 0;
  for (const [index, session] of sessions.entries()) {
    height += leastRowHeight(session, offers);
    if (height >= POPUP_MAX_HEIGHT_PX) return index + 1;
  }
  return sessions.length;
}
