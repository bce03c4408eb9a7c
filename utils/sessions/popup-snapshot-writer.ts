import Dexie from 'dexie';
import { db } from '../db';
import { loadLanguageChoice } from '../language-setting';
import { buildPopupSnapshot, popupSnapshotItem } from '../popup-snapshot';
import { popupAddress } from '../popup-snapshot-cache';
import { setToolbarPopup } from '../browser/toolbar-button';

/** The stores the popup shows; a change to any other (audit, guide runs) leaves the snapshot as it is. */
const SHOWN_STORES = /^idb:\/\/[^/]+\/(sessions|jobs|batches)\//;

let writing: Promise<void> | undefined;
let again = false;
/** Write even the rows written last (until a write succeeds). */
let forced = false;
/** The rows last written (without their time) and the time they were given. */
let last: { text: string; writtenAt: number } | undefined;

/**
 * Reads the rows (and the language setting) and writes the popup's snapshot of them (utils/popup-snapshot.ts), and
 * names it in the toolbar popup's address (utils/popup-snapshot-cache.ts), unless nothing would change.
 */
async function writeOnce(): Promise<void> {
  const [sessions, jobs, batches] = await db.transaction('r', db.sessions, db.jobs, db.batches, () =>
    Promise.all([db.sessions.toArray(), db.jobs.toArray(), db.batches.toArray()]),
  );
  const snapshot = buildPopupSnapshot({ sessions, jobs, batches }, await loadLanguageChoice(), Date.now());
  // The same rows as last time (a session only seen again): no write. `writtenAt` alone does not count.
  const text = JSON.stringify({ ...snapshot, writtenAt: 0 });
  const same = text === last?.text;
  if (same && !forced) return;
  // The time names the content in the popup's address: the same rows keep theirs, other rows get a later one.
  const writtenAt = same ? last!.writtenAt : Math.max(snapshot.writtenAt, (last?.writtenAt ?? 0) + 1);
  const written = { ...snapshot, writtenAt };
  await popupSnapshotItem.set(written);
  await setToolbarPopup(popupAddress(written));
  last = { text, writtenAt };
  forced = false;
}

/**
 * Brings the snapshot in line with the database now. Calls during a write fold into one more write after it, which
 * reads the rows again: the last write always follows the last change. Failures are left to the next change: the
 * popup never shows the snapshot for longer than the database takes to answer. `force`: write even rows this worker
 * wrote last (session storage may have been emptied since, or the database written without Dexie).
 */
export function writePopupSnapshot(force = false): Promise<void> {
  if (force) forced = true;
  if (writing) {
    again = true;
    return writing;
  }
  writing = (async () => {
    try {
      do {
        again = false;
        await writeOnce().catch(() => undefined);
      } while (again);
    } finally {
      writing = undefined;
    }
  })();
  return writing;
}

/**
 * Keeps the snapshot as the database changes: right after each commit that touches what the popup shows, from this
 * worker or (through Dexie's own channel) any of Signoff's pages, and once now, since the worker may have been stopped
 * between a commit and its write, and a browser start empties session storage. (The background also writes it when
 * the settings change, for the language.)
 */
export function keepPopupSnapshot(): void {
  Dexie.on('storagemutated', (parts) => {
    if (Object.keys(parts).some((key) => SHOWN_STORES.test(key))) void writePopupSnapshot();
  });
  void writePopupSnapshot();
}
