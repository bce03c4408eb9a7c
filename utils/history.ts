import { browser } from 'wxt/browser';
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
 * "Forget everything": empties every table and Signoff's stored settings and state. The next user of a shared
 * computer finds nothing. Sessions come back only if the browser still holds the sites' cookies.
 */
export async function forgetEverything(): Promise<void> {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
  await browser.storage.local.clear();
  await browser.storage.session.clear();
}
