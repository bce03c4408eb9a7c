import { z } from 'zod';
import { defineStoredItem } from '../browser/stored-item';

/**
 * The name a page of a site showed while the site's session row still waited for the site's answer. Where guests
 * hold cookies under the login's names (Librus, Vinted), the row only comes with the account check, which may run
 * seconds after the page greeted the person: the name waits here for it. Kept in storage.session: a worker stopped
 * meanwhile still has it when the row comes (at its next start, cookie change or popup), a browser restart does not.
 * Kept for a short while only, and dropped as soon as the site says "signed out" or the cookies go, so one person's
 * name never lands on the next person's row.
 */
const KEEP_MS = 60_000;
const MAX_ENTRIES = 50;

const PendingNames = z.record(z.string(), z.object({ name: z.string().max(200), at: z.number() }));
type PendingNames = z.infer<typeof PendingNames>;

const pendingNames = defineStoredItem('session:pendingAccountNames', {
  parse: (stored): PendingNames => PendingNames.catch({}).parse(stored ?? {}),
});

/** Read-modify-write one at a time: a greeting and a cookie change may arrive together. Written only when changed. */
let queue: Promise<unknown> = Promise.resolve();
function update(change: (pending: PendingNames) => void): Promise<void> {
  const run = queue.then(async () => {
    const pending = await pendingNames.get();
    const before = JSON.stringify(pending);
    change(pending);
    if (JSON.stringify(pending) !== before) await pendingNames.set(pending);
  });
  queue = run.catch(() => undefined);
  return run;
}

export function keepPendingName(sessionId: string, name: string, now = Date.now()): Promise<void> {
  return update((pending) => {
    pending[sessionId] = { name: name.slice(0, 200), at: now };
    // A page cannot grow this without bound: only the newest entries stay.
    const newest = new Set(Object.entries(pending).sort((a, b) => b[1].at - a[1].at).slice(0, MAX_ENTRIES).map(([key]) => key));
    for (const key of Object.keys(pending)) if (!newest.has(key)) delete pending[key];
  });
}

/** The name waiting for this row, if it is recent. Read outside the database's transaction (storage is not IndexedDB). */
export async function pendingNameFor(sessionId: string, now = Date.now()): Promise<string | undefined> {
  await queue;
  const entry = (await pendingNames.get())[sessionId];
  return entry && now - entry.at <= KEEP_MS && now >= entry.at ? entry.name : undefined;
}

/** The rows came (the name was used) or the sessions ended (the name belongs to no later one). */
export function dropPendingNames(sessionIds: readonly string[]): Promise<void> {
  if (sessionIds.length === 0) return Promise.resolve();
  return update((pending) => {
    for (const id of sessionIds) delete pending[id];
  });
}
