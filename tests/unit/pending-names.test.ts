import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SiteAnswer } from '@/utils/account-check/read-answer';

// Librus: guests hold a look-alike cookie, so a session row only comes with the site's answer, which may be asked
// seconds after a page greeted the person by name. The name waits in utils/sessions/pending-names.ts.
const jar = new Set<string>();
const siteSays: { answer?: SiteAnswer['state'] } = {};
vi.mock('@/utils/account-check/ask-site', async () => (await import('./fake-site-answers')).fakeAskSite(jar, siteSays));
vi.mock('@/utils/browser/cookies', () => ({
  authCookieNames: async (site: { authCookies: string[] }) => site.authCookies.filter((name) => jar.has(name)),
}));
// A fresh module graph gets a fresh fake browser without setup.ts's stand-ins: access and the badge are given here.
// (Storage, through WXT's storage module, stays the browser's: what a stopped worker leaves behind.)
vi.mock('@/utils/browser/site-access', () => ({ hasSiteAccess: async () => true }));
vi.mock('@/utils/sessions/badge', () => ({ refreshBadge: async () => undefined }));

const { db } = await import('@/utils/db');
const ROW = 'librus:librus.pl';
/** Loading every module again takes seconds on a loaded machine. */
const RESTART_TIMEOUT_MS = 30_000;

/** A fresh worker: every module loaded anew (nothing kept in memory), the same storage and database. */
async function restartedWorker() {
  vi.clearAllTimers(); // A stopped worker's scheduled trailing check is gone with it.
  vi.useRealTimers();
  vi.resetModules();
  return import('@/utils/sessions/sessions');
}

/** A guest's cookie, then a sign-in too soon after it to ask the site again, and a page greeting the person. */
async function greetedBeforeTheRowCame() {
  const worker = await import('@/utils/sessions/sessions');
  jar.add('SDZIENNIKSID');
  siteSays.answer = 'signed-out';
  await worker.onCookieChanged({ name: 'SDZIENNIKSID', domain: '.librus.pl' }); // Asked: a guest, no row.
  jar.add('DZIENNIKSID');
  siteSays.answer = 'signed-in';
  await worker.onCookieChanged({ name: 'DZIENNIKSID', domain: '.librus.pl' }); // Within the gap: a trailing check.
  await worker.onPageSignal('synergia.librus.pl', { signedIn: true, accountName: 'Jan Kowalski' });
  expect(await db.sessions.count()).toBe(0);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  jar.clear();
  delete siteSays.answer;
});
afterEach(() => vi.useRealTimers());

describe('a name a page showed while the session row waited for the site', () => {
  it('survives the worker being stopped: the row made by the next worker carries it', async () => {
    await greetedBeforeTheRowCame();
    const restarted = await restartedWorker();
    await restarted.reconcileAllSites(); // The new worker's start asks the site about cookies without a row.
    expect(await db.sessions.get(ROW)).toMatchObject({ accountName: 'Jan Kowalski' });
  }, RESTART_TIMEOUT_MS);

  it('never reaches the next person\'s row when the cookies went while no worker ran', async () => {
    await greetedBeforeTheRowCame();
    const restarted = await restartedWorker();
    jar.clear(); // Signed out while the worker was stopped: no cookie event reached it.
    await restarted.reconcileAllSites();
    jar.add('DZIENNIKSID'); // The next person signs in within the minute.
    await restarted.reconcileAllSites();
    const row = await db.sessions.get(ROW);
    expect(row).toBeDefined();
    expect(row!.accountName).toBeUndefined();
  }, RESTART_TIMEOUT_MS);

  it('keeps at most 50 names, the newest', async () => {
    const { keepPendingName, pendingNameFor } = await import('@/utils/sessions/pending-names');
    const now = Date.now();
    for (let i = 0; i < 60; i++) await keepPendingName(`site-${i}:example.pl`, `Name ${i}`, now + i);
    expect(await pendingNameFor('site-9:example.pl', now + 100)).toBeUndefined();
    expect(await pendingNameFor('site-10:example.pl', now + 100)).toBe('Name 10');
    expect(await pendingNameFor('site-59:example.pl', now + 60_100)).toBeUndefined(); // Older than a minute.
  });
});
