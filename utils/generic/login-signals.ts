import { z } from 'zod';
import { defineStoredItem } from '../browser/stored-item';

/**
 * Short-lived memory of the two halves of a heuristic sign-in: "a password form was submitted on this site" and
 * "an auth-like cookie was set on this site". Either may arrive first (the login response can set its cookies
 * before the content script's report is handled), so both are kept for a minute and matched either way.
 *
 * Kept in storage.session: it survives a service-worker stop but not a browser restart, and holds only domains,
 * origins, cookie names and times.
 */

/** A password submission and an auth-like cookie count as one sign-in when this close together. */
export const LOGIN_WINDOW_MS = 60_000;
/** A cookie may be set this long *before* the submission is reported (reports travel slower than responses). */
export const COOKIE_BEFORE_REPORT_MS = 10_000;
/** Bounds, so a site that sets cookies in a loop cannot grow this without end. */
const MAX_DOMAINS = 200;
const MAX_SETS_PER_DOMAIN = 50;

const Signals = z.object({
  /** `used`: a session was already recorded from this submission; it must not make another one after a sign-out. */
  submits: z.record(z.string(), z.object({ at: z.number(), origin: z.string(), used: z.boolean().default(false) })).default({}),
  cookieSets: z.record(z.string(), z.array(z.object({ name: z.string(), at: z.number() }))).default({}),
});
type Signals = z.infer<typeof Signals>;

const loginSignals = defineStoredItem('session:genericLoginSignals', {
  parse: (stored): Signals => Signals.catch({ submits: {}, cookieSets: {} }).parse(stored ?? {}),
});

function prune(signals: Signals, now: number): Signals {
  const fresh = (at: number) => now - at <= LOGIN_WINDOW_MS;
  const submits = Object.fromEntries(Object.entries(signals.submits).filter(([, s]) => fresh(s.at)).slice(-MAX_DOMAINS));
  const cookieSets = Object.fromEntries(
    Object.entries(signals.cookieSets)
      .map(([domain, sets]) => [domain, sets.filter((s) => fresh(s.at)).slice(-MAX_SETS_PER_DOMAIN)] as const)
      .filter(([, sets]) => sets.length > 0)
      .slice(-MAX_DOMAINS),
  );
  return { submits, cookieSets };
}

/** Read-modify-write one at a time: cookie events arrive in bursts and must not overwrite each other. */
let queue: Promise<unknown> = Promise.resolve();
function update<T>(change: (signals: Signals) => T): Promise<T> {
  const run = queue.then(async () => {
    const signals = await loginSignals.get();
    const result = change(signals);
    await loginSignals.set(signals);
    return result;
  });
  queue = run.catch(() => undefined);
  return run;
}

/**
 * A password form was submitted on `domain`: remember it, and return the auth-like cookie names that were set
 * there just before (the login response beat the report).
 */
export function recordPasswordSubmit(domain: string, origin: string, now = Date.now()): Promise<string[]> {
  return update((signals) => {
    Object.assign(signals, prune(signals, now));
    const recent = (signals.cookieSets[domain] ?? []).filter((set) => set.at >= now - COOKIE_BEFORE_REPORT_MS);
    const names = [...new Set(recent.map((set) => set.name))].sort();
    signals.submits[domain] = { at: now, origin, used: names.length > 0 };
    return names;
  });
}

/**
 * An auth-like cookie was set on `domain`: remember it, and return the origin of a password submission on that
 * domain within the last minute that has not made a session yet (and mark it as having made one).
 */
export function recordAuthCookieSet(domain: string, name: string, now = Date.now()): Promise<string | undefined> {
  return update((signals) => {
    Object.assign(signals, prune(signals, now));
    const sets = (signals.cookieSets[domain] ??= []);
    if (!sets.some((set) => set.name === name && set.at === now)) sets.push({ name, at: now });
    const submit = signals.submits[domain];
    if (!submit || submit.used) return undefined;
    submit.used = true;
    return submit.origin;
  });
}

export async function clearLoginSignals(): Promise<void> {
  await update((signals) => Object.assign(signals, { submits: {}, cookieSets: {} }));
}
