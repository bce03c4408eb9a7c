import { readPopupSnapshot } from './popup-snapshot';
import type { PopupSnapshot } from './popup-snapshot-schema';

/*
 * The popup's snapshot (utils/popup-snapshot.ts) without a round trip: the popup keeps what its first screen shows of
 * the last one it read (components/first-screen.ts), without account names, in its own localStorage, which it can read
 * at once as it starts; the background names the snapshot it wrote last in the toolbar popup's address
 * (`popup.html#<writtenAt>`, through action.setPopup). The kept copy is drawn only when it is that very snapshot: the
 * background gives each content its own time (utils/sessions/popup-snapshot-writer.ts). Otherwise the popup reads
 * storage as before. The database still wins once it answers.
 */

/** The manifest's popup: the address when there are no rows to draw. */
export const POPUP_PAGE = 'popup.html';

const KEY = 'popupSnapshot';

/** What the toolbar button opens: the popup, naming the snapshot it may draw from its own copy. */
export function popupAddress(snapshot: PopupSnapshot | undefined): string {
  return snapshot && snapshot.sessions.length > 0 ? `${POPUP_PAGE}#${snapshot.writtenAt}` : POPUP_PAGE;
}

/** The kept copy, if it is the snapshot the address (`location.hash`) names. */
export function keptSnapshot(hash: string, kept: Pick<Storage, 'getItem'> = globalThis.localStorage): PopupSnapshot | undefined {
  if (!/^#\d{1,16}$/.test(hash)) return undefined;
  const named = Number(hash.slice(1));
  try {
    const snapshot = readPopupSnapshot(JSON.parse(kept.getItem(KEY) ?? 'null'));
    return snapshot?.writtenAt === named ? snapshot : undefined;
  } catch {
    return undefined; // Not JSON (a hand edit), or no storage to read.
  }
}

/**
 * Keeps a snapshot the popup read from storage for its next opening, without account names: the copy outlives
 * sign-outs the popup never sees, and on a shared computer no account name is kept once its sign-out is done (the
 * privacy page says so). The names come with the database's answer a moment later. A snapshot without rows removes
 * the copy; none in storage leaves it (it is never drawn unless the address names it).
 */
export function keepSnapshot(snapshot: PopupSnapshot | undefined, kept: Pick<Storage, 'setItem' | 'removeItem'> = globalThis.localStorage): void {
  if (!snapshot) return;
  try {
    if (snapshot.sessions.length === 0) return kept.removeItem(KEY);
    const sessions = snapshot.sessions.map(({ accountName: _, ...session }) => session);
    const jobs = snapshot.jobs.map(({ accountName: _, ...job }) => job);
    kept.setItem(KEY, JSON.stringify({ ...snapshot, sessions, jobs }));
  } catch {
    // Full or refused: the next opening reads storage, as it would without a copy.
  }
}

/** "Forget everything": no copy of any row is left. */
export function forgetKeptSnapshot(kept: Pick<Storage, 'removeItem'> = globalThis.localStorage): void {
  try {
    kept.removeItem(KEY);
  } catch {
    // No storage: nothing kept.
  }
}
