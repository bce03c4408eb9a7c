/**
 * The name a page of a site showed while the site's session row still waited for the site's answer. Where guests
 * hold cookies under the login's names (Librus, Vinted), the row only comes with the account check, which may run
 * seconds after the page greeted the person: the name waits here for it. Kept in memory like the trailing check it
 * waits for (a stopped worker loses both), for a short while only, and dropped as soon as the site says "signed out"
 * or the cookies go, so one person's name never lands on the next person's row.
 */
const KEEP_MS = 60_000;
const MAX_ENTRIES = 50;

const pending = new Map<string, { name: string; at: number }>();

export function keepPendingName(sessionId: string, name: string, now = Date.now()): void {
  pending.delete(sessionId);
  pending.set(sessionId, { name, at: now });
  // A page cannot grow this without bound: only the newest entries stay.
  while (pending.size > MAX_ENTRIES) pending.delete(pending.keys().next().value!);
}

/** The name waiting for this row, if it is recent; taken once. */
export function takePendingName(sessionId: string, now = Date.now()): string | undefined {
  const entry = pending.get(sessionId);
  pending.delete(sessionId);
  return entry && now - entry.at <= KEEP_MS && now >= entry.at ? entry.name : undefined;
}

export function dropPendingName(sessionId: string): void {
  pending.delete(sessionId);
}
