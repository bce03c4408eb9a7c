import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { GenericTabResult } from '@/utils/jobs/run-in-tab';
import type { GenericRunRequest } from '@/utils/messaging/protocol';

// Fake browser surfaces behind Signoff's adapters: a cookie jar (names only), tabs, the runner and site data.
const jar = new Set<string>();
// The site answers its account check as its cookies say, unless a test says otherwise.
const siteSays: { answer?: 'signed-in' | 'signed-out' | 'unknown' } = {};
vi.mock('@/utils/account-check/ask-site', async () => (await import('./fake-site-answers')).fakeAskSite(jar, siteSays));
vi.mock('@/utils/browser/cookies', () => ({
  authCookieNames: async (site: { authCookies: string[] }) => site.authCookies.filter((name) => jar.has(name)),
  cookieNames: async () => [...jar].sort(),
}));
vi.mock('@/utils/browser/badge', () => ({ showBadge: async () => undefined }));
const cleared = vi.fn(async () => jar.clear());
vi.mock('@/utils/browser/site-data', () => ({ clearSiteData: () => cleared() }));
const tabs = { opened: [] as string[], closed: [] as number[], navigated: [] as string[] };
vi.mock('@/utils/browser/tabs', () => ({
  openBackgroundTab: async (url: string) => (tabs.opened.push(url), 7),
  tabUrl: async () => 'https://www.sklep-przyklad.pl/',
  navigateTab: async (_id: number, url: string) => void tabs.navigated.push(url),
  closeTab: async (id: number) => void tabs.closed.push(id),
  waitForTabComplete: async () => true,
  tabSettledProbe: () => async () => true,
  someTabOn: async () => false,
}));
/** What the page does each time the runner is asked; it may record a press the way the real runner's report does. */
let pageRounds: ((request: GenericRunRequest) => Promise<GenericTabResult>)[] = [];
const requests: GenericRunRequest[] = [];
vi.mock('@/utils/jobs/run-in-tab', () => ({
  runGenericInTab: async (_tabId: number, request: GenericRunRequest) => {
    requests.push(request);
    const round = pageRounds.shift();
    return round ? round(request) : { kind: 'not-found', detail: 'nothing more' };
  },
}));

const { db } = await import('@/utils/db');
const { startSignOut } = await import('@/utils/jobs/sign-out-job');

const SESSION_ID = 'generic:sklep-przyklad.pl';

async function signedInOnSklep() {
  jar.add('SKLEPSESSID');
  jar.add('sklep_remember');
  jar.add('_ga');
  await db.sessions.put({
    id: SESSION_ID,
    recipeId: 'generic',
    siteName: 'www.sklep-przyklad.pl',
    domain: 'sklep-przyklad.pl',
    origin: 'https://www.sklep-przyklad.pl',
    cookieNames: ['SKLEPSESSID', 'sklep_remember'],
    signedInAt: Date.now(),
    lastSeenAt: Date.now(),
    detectedBy: 'heuristics',
  });
}

/** The runner reports a press (as handle-message stores it), then the press signs out and unloads the page. */
function pressSignOut(label: string, signsOut = true) {
  return async (request: GenericRunRequest): Promise<GenericTabResult> => {
    const job = (await db.jobs.get(request.jobId))!;
    await db.jobs.update(job.id, { pageActions: [...(job.pageActions ?? []), `sign-out: ${label}`] });
    if (signsOut) {
      jar.delete('SKLEPSESSID');
      jar.delete('sklep_remember');
    }
    return { kind: 'unloaded' };
  };
}

async function finished(jobId: string) {
  await vi.waitFor(async () => expect((await db.jobs.get(jobId))?.phase).toBe('done'), { timeout: 20_000, interval: 20 });
  return (await db.jobs.get(jobId))!;
}

beforeEach(async () => {
  jar.clear();
  Object.assign(tabs, { opened: [], closed: [], navigated: [] });
  pageRounds = [];
  requests.length = 0;
  cleared.mockClear();
  await Promise.all([db.sessions.clear(), db.jobs.clear(), db.audit.clear()]);
});

describe('generic sign-out jobs (sites without a recipe)', () => {
  it('opens the site where the person signed in, presses its sign-out, and verifies by the recorded cookies', async () => {
    await signedInOnSklep();
    pageRounds = [pressSignOut('Wyloguj się')];
    const job = await finished(await startSignOut(SESSION_ID));
    expect(job).toMatchObject({ outcome: 'verified', reason: { key: 'reasonVerified' }, pageActions: ['sign-out: Wyloguj się'] });
    expect(tabs.opened).toEqual(['https://www.sklep-przyklad.pl/']);
    expect(requests).toEqual([
      { channel: 'runner', type: 'generic', jobId: job.id, mode: 'find', allowAccountPage: true, allowedDomains: ['sklep-przyklad.pl'], siteDomain: 'sklep-przyklad.pl' },
    ]);
    expect(cleared).not.toHaveBeenCalled();
    expect(await db.audit.toArray()).toMatchObject([{ recipeId: 'generic', outcome: 'verified', method: 'generic' }]);
    // The job ends by recording the outcome, then refreshing the session row: wait for the row to go.
    await vi.waitFor(async () => expect(await db.sessions.count()).toBe(0)); // The job's end removes the row (the analytics cookie is no session).
  });

  it('follows the page to the account page on the same site, then presses the sign-out there', async () => {
    await signedInOnSklep();
    pageRounds = [
      async () => ({ kind: 'account-page', url: 'https://www.sklep-przyklad.pl/konto', label: 'Moje konto' }),
      pressSignOut('Wyloguj'),
    ];
    const job = await finished(await startSignOut(SESSION_ID));
    expect(job.outcome).toBe('verified');
    expect(tabs.navigated).toEqual(['https://www.sklep-przyklad.pl/konto']);
    expect(requests.map((r) => r.allowAccountPage)).toEqual([true, false]);
  });

  it('presses a confirmation when the site asks for one after the first press', async () => {
    await signedInOnSklep();
    pageRounds = [pressSignOut('Wyloguj', false), pressSignOut('Tak, wyloguj')];
    const job = await finished(await startSignOut(SESSION_ID));
    expect(job.outcome).toBe('verified');
    expect(requests.map((r) => r.mode)).toEqual(['find', 'confirm']);
    expect(job.pageActions).toEqual(['sign-out: Wyloguj', 'sign-out: Tak, wyloguj']);
  });

  it('refuses to follow a page to another site', async () => {
    await signedInOnSklep();
    pageRounds = [async () => ({ kind: 'account-page', url: 'https://evil.example/konto', label: 'Konto' })];
    const job = await finished(await startSignOut(SESSION_ID));
    expect(tabs.navigated).toEqual([]);
    expect(job.outcome).toBe('cleared');
    expect(job.reason?.key).toBe('reasonControlMissing');
  });

  it('a tab steered to another site ends the method, even after the cookies went: never "verified" (issue #11 §1)', async () => {
    await signedInOnSklep();
    // The page sends its tab to another site and deletes its own cookie: what happens there proves nothing.
    pageRounds = [
      async () => {
        jar.delete('SKLEPSESSID');
        jar.delete('sklep_remember');
        return { kind: 'left-site', host: 'www.facebook.com' };
      },
    ];
    const job = await finished(await startSignOut(SESSION_ID));
    expect(job.outcome).toBe('cleared');
    expect(job.reason).toEqual({ key: 'reasonTabLeftSite', detail: 'www.facebook.com' });
    expect(requests).toHaveLength(1);
  });

  it('falls back to clearing, and says so, when no sign-out control is found', async () => {
    await signedInOnSklep();
    pageRounds = [async () => ({ kind: 'not-found', detail: 'no sign-out control found; 1 destructive control(s) refused' })];
    const job = await finished(await startSignOut(SESSION_ID));
    expect(job.outcome).toBe('cleared');
    expect(job.reason?.detail).toContain('destructive');
    expect(cleared).toHaveBeenCalled();
  });

  it('reports "not verified" and clears when the press did not end the session', async () => {
    await signedInOnSklep();
    pageRounds = [pressSignOut('Wyloguj', false)];
    const job = await finished(await startSignOut(SESSION_ID));
    expect(job).toMatchObject({ outcome: 'cleared', reason: { key: 'reasonNotVerified' } });
  });

  it('fails clearly for a generic session without the origin it was seen on', async () => {
    await signedInOnSklep();
    await db.sessions.update(SESSION_ID, { origin: undefined });
    const job = await finished(await startSignOut(SESSION_ID));
    expect(job).toMatchObject({ outcome: 'failed', reason: { key: 'reasonUnknownSession' } });
  });
});

describe('the generic recipe', () => {
  it('is built from the session row and validated like any recipe', async () => {
    const { genericRecipe } = await import('@/utils/generic/generic-recipe');
    const session = {
      id: 'generic:beispiel.de',
      recipeId: 'generic',
      siteName: 'forum.beispiel.de',
      domain: 'beispiel.de',
      origin: 'https://forum.beispiel.de',
      cookieNames: ['bsp_auth', 'bsp_sid'],
      signedInAt: Date.UTC(2026, 10, 21),
      lastSeenAt: Date.UTC(2026, 10, 21),
      detectedBy: 'heuristics' as const,
    };
    expect(genericRecipe(session)).toMatchObject({
      id: 'generic',
      name: 'forum.beispiel.de',
      sites: [{ domain: 'beispiel.de', origin: 'https://forum.beispiel.de', authCookies: ['bsp_auth', 'bsp_sid'] }],
      signOut: [{ kind: 'generic', startPath: '/' }],
    });
    // An origin off the session's domain, or no cookie names, makes no recipe.
    expect(genericRecipe({ ...session, origin: 'https://evil.example' })).toBeUndefined();
    expect(genericRecipe({ ...session, cookieNames: [] })).toBeUndefined();
    expect(genericRecipe({ ...session, recipeId: 'amazon' })).toBeUndefined();
  });

  it('a recipe may name the generic method, but only starting on its own site', async () => {
    const { parseRecipe } = await import('@/utils/recipes/schema');
    const base = {
      id: 'example',
      name: 'Example',
      sites: [{ domain: 'example.pl', origin: 'https://www.example.pl', authCookies: ['sid'] }],
      provenance: { sources: [{ url: 'https://www.example.pl/', note: 'test' }], checked: '2026-11-21' },
    };
    expect(parseRecipe({ ...base, signOut: [{ kind: 'generic' }] }).signOut).toEqual([{ kind: 'generic', startPath: '/' }]);
    expect(() => parseRecipe({ ...base, signOut: [{ kind: 'generic', startPath: 'https://other.example/' }] })).toThrow(
      /other\.example is not one of the recipe's domains/,
    );
  });
});
