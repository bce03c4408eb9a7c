import { z } from 'zod';
import { defineStoredItem } from '../browser/stored-item';

/**
 * When Signoff may ask a site (issue #12): when its auth cookies appear (at most every COOKIE_GAP_MS per site, the
 * last change always answered), when the popup opens (at most once a minute per site), and after a sign-out (always).
 * The times live in storage.session: they survive a worker stop, and a browser start asks afresh.
 */
export type CheckTrigger = 'cookies' | 'popup' | 'sign-out' | 'start';

const GAP_MS: Record<CheckTrigger, number> = { cookies: 5_000, popup: 60_000, 'sign-out': 0, start: 0 };
const MAX_ENTRIES = 200;

const CheckTimes = z.record(z.string(), z.number());
const checkTimes = defineStoredItem('session:accountChecksAt', {
  parse: (stored) => CheckTimes.catch({}).parse(stored ?? {}),
});

/** Read-modify-write of the times, one at a time: sites asked side by side must not overwrite each other's. */
let queue: Promise<unknown> = Promise.resolve();

/** True, and the time recorded, when `trigger` may ask the site `key` now; otherwise how long until it may. */
export function mayAsk(key: string, trigger: CheckTrigger, now = Date.now()): Promise<{ ok: true } | { ok: false; waitMs: number }> {
  const next = queue.then(() => decide(key, trigger, now));
  queue = next.catch(() => undefined);
  return next;
}

async function decide(key: string, trigger: CheckTrigger, now: number): Promise<{ ok: true } | { ok: false; waitMs: number }> {
  const times = await checkTimes.get();
  const last = times[key];
  const gap = GAP_MS[trigger];
  if (last !== undefined && gap > 0 && now - last < gap && now >= last) return { ok: false, waitMs: gap - (now - last) };
  times[key] = now;
  const kept = Object.entries(times).sort((a, b) => b[1] - a[1]).slice(0, MAX_ENTRIES);
  await checkTimes.set(Object.fromEntries(kept));
  return { ok: true };
}

/** One trailing run per site: a burst of cookie changes inside the gap is answered once, when the gap is over. */
const trailing = new Map<string, ReturnType<typeof setTimeout>>();

export function runLater(key: string, waitMs: number, run: () => Promise<unknown>): void {
  if (trailing.has(key)) return;
  trailing.set(
    key,
    setTimeout(() => {
      trailing.delete(key);
      void run();
    }, waitMs),
  );
}
