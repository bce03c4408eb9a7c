import { closeTab } from './browser/tabs';
import { giveBackOptionalAccess } from './browser/optional-access';
import { clearStoredItems } from './browser/stored-item';
import { setToolbarPopup } from './browser/toolbar-button';
import { forgetKeptSnapshot, POPUP_PAGE } from './popup-snapshot-cache';
import { db } from './db';

/** Everything Signoff recorded on this computer, as one JSON document (no cookie values: none are stored). */
export async function exportHistory(): Promise<string> {
  const [sessions, jobs, audit, batches] = await Promise.all([
    db.sessions.toArray(),
    db.jobs.toArray(),
    db.audit.toArray(),
    db.batches.toArray(),
  ]);
  return JSON.stringify({ exportedAt: new Date().toISOString(), sessions, jobs, audit, batches }, null, 2);
}

/**
 * "Forget everything": empties every table and Signoff's stored settings and state, closes the background tabs of
 * sign-outs still running (nothing is left half done on screen), and gives back every optional access. The next
 * user of a shared computer finds nothing. Sessions come back only if the browser still holds the sites' cookies.
 */
export async function forgetEverything(): Promise<void> {
  // Read and emptied in one transaction: a job that records a new tab after it finds itself gone and closes the tab.
  const tabs = await db.transaction('rw', db.tables, async () => {
    const running = await db.jobs.where('phase').notEqual('done').toArray();
    await Promise.all(db.tables.map((table) => table.clear()));
    return running.filter((job) => job.openedTab && job.tabId !== undefined).map((job) => job.tabId!);
  });
  await Promise.all(tabs.map(closeTab));
  await clearStoredItems();
  // The popup's copy of its rows and the address naming it (utils/popup-snapshot-cache.ts). The background would set
  // the address again after the tables are emptied, but only if it is running: a stopped worker hears nothing of this.
  forgetKeptSnapshot();
  await setToolbarPopup(POPUP_PAGE);
  await giveBackOptionalAccess();
}
