import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabRunResult } from '@/utils/jobs/run-in-tab';

// Fake browser surfaces behind Signoff's adapters: a cookie jar (names only), tabs, the runner and site data.
const jar = new Set<string>();
// The site answers its account check as its cookies say, unless a test says otherwise.
const siteSays: { answer?: 'signed-in' | 'signed-out' | 'unknown'; onAsk?: () => void } = {};
vi.mock('@/utils/account-check/ask-site', async () => (await import('./fake-site-answers')).fakeAskSite(jar, siteSays));
vi.mock('@/utils/browser/cookies', () => ({
  authCookieNames: async (site: { authCookies: string[] }) => site.authCookies.filter((name) => jar.has(name)),
}));
vi.mock('@/utils/browser/badge', () => ({ showBadge: async () => undefined }));
const cleared = vi.fn(async () => jar.clear());
vi.mock('@/utils/browser/site-data', () => ({ clearSiteData: () => cleared() }));
const tabs = { opened: [] as string[], closed: [] as number[], navigated: [] as string[], siteOpen: false };
vi.mock('@/utils/browser/tabs', () => ({
  openBackgroundTab: async (url: string) => (tabs.opened.push(url), 7),
  tabUrl: async () => 'https://www.amazon.pl/',
  navigateTab: async (_id: number, url: string) => void tabs.navigated.push(url),
  closeTab: async (id: number) => void tabs.closed.push(id),
  waitForTabComplete: async () => true,
  tabSettledProbe: () => async () => true,
  someTabOn: async () => tabs.siteOpen,
}));
let runner: () => Promise<TabRunResult>;
vi.mock('@/utils/jobs/run-in-tab', () => ({ runStepsInTab: () => runner() }));

const { db } = await import('@/utils/db');
const { startSignOut, resumeUnfinishedJobs } = await import('@/utils/jobs/sign-out-job');
const { reconcileAllSites } = await import('@/utils/sessions/sessions');

async function signedInOnAmazonPl() {
  jar.add('at-acbpl');
  jar.add('x-acbpl');
  await reconcileAllSites();
}

async function finished(jobId: string) {
  await vi.waitFor(async () => expect((await db.jobs.get(jobId))?.phase).toBe('done'), { timeout: 20_000, interval: 20 });
  return (await db.jobs.get(jobId))!;
}

beforeEach(async () => {
  // The worker's own sign-out request finds no server here; the tab is tried next.
  vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('no network in unit tests')));
  jar.clear();
  delete siteSays.answer;
  delete siteSays.onAsk;
  Object.assign(tabs, { opened: [], closed: [], navigated: [], siteOpen: false });
  cleared.mockClear();
  await Promise.all([db.sessions.clear(), db.jobs.clear(), db.audit.clear()]);
});

describe('sign-out jobs', () => {
  it('reports "verified" only when the site\'s own sign-out removed the auth cookies', async () => {
    await signedInOnAmazonPl();
    runner = async () => {
      jar.clear(); // The site's sign-out response expires its cookies.
      return { kind: 'completed', stepsDone: 2 };
    };
    const job = await finished(await startSignOut('amazon:amazon.pl'));
    expect(job).toMatchObject({ outcome: 'verified', reason: { key: 'reasonVerified' } });
    // The sign-out tab, then (its sign-out verified) a fresh one for Amazon's account switcher; both closed.
    expect(tabs.opened[0]).toBe('https://www.amazon.pl/');
    expect(tabs.opened[1]).toContain('switch_account=picker');
    await vi.waitFor(() => expect(tabs.closed).toEqual([7, 7]));
    expect(cleared).not.toHaveBeenCalled();
    expect(await db.sessions.count()).toBe(0);
    expect(await db.audit.toArray()).toMatchObject([{ outcome: 'verified', method: 'steps', domain: 'amazon.pl' }]);
  });

  it('closes its sign-out tab as soon as the site\'s sign-out has landed, before it asks the site', async () => {
    await signedInOnAmazonPl();
    const closedWhenAsked: number[][] = [];
    siteSays.onAsk = () => closedWhenAsked.push([...tabs.closed]);
    runner = async () => {
      jar.clear(); // The site's sign-out response expires its cookies.
      return { kind: 'completed', stepsDone: 2 };
    };
    const job = await finished(await startSignOut('amazon:amazon.pl'));
    expect(job.outcome).toBe('verified');
    expect(closedWhenAsked[0]).toEqual([7]);
  });

  it('is not "verified" when the cookies went but the site still answers signed in: cleared, and says so', async () => {
    await signedInOnAmazonPl();
    siteSays.answer = 'signed-in'; // The session lives on in a cookie the recipe does not name.
    runner = async () => {
      jar.clear();
      return { kind: 'completed', stepsDone: 2 };
    };
    const job = await finished(await startSignOut('amazon:amazon.pl'));
    expect(job).toMatchObject({ outcome: 'cleared', reason: { key: 'reasonSiteStillSignedIn' } });
    expect(cleared).toHaveBeenCalled();
  });

  it('is not "verified" when the site cannot be asked after its sign-out: cleared, and says exactly that', async () => {
    await signedInOnAmazonPl();
    runner = async () => {
      jar.clear();
      siteSays.answer = 'unknown'; // Offline, or no answer in time.
      return { kind: 'completed', stepsDone: 2 };
    };
    const job = await finished(await startSignOut('amazon:amazon.pl'));
    expect(job).toMatchObject({ outcome: 'cleared', reason: { key: 'reasonSiteNotAsked' } });
  });

  it('tries the sign-out URL when the menu cannot be driven', async () => {
    await signedInOnAmazonPl();
    runner = async () => ({ kind: 'failed', stepIndex: 1, error: 'step 2: the element was not found' });
    // Navigating the sign-out URL is what signs out here.
    tabs.navigated = new Proxy(tabs.navigated, {
      get: (target, key) => (key === 'push' ? (url: string) => (jar.clear(), target.push(url)) : Reflect.get(target, key)),
    });
    const job = await finished(await startSignOut('amazon:amazon.pl'));
    expect(job.outcome).toBe('verified');
    expect(tabs.navigated[0]).toContain('/gp/flex/sign-out.html');
    expect(await db.audit.toArray()).toMatchObject([{ method: 'url' }]);
  });

  it('signs out by a plain request, without a tab, when the site answers it', async () => {
    await signedInOnAmazonPl();
    runner = async () => ({ kind: 'failed', stepIndex: 1, error: 'not found' });
    vi.stubGlobal('fetch', async (url: string) => {
      if (url.includes('/gp/flex/sign-out.html')) jar.clear();
      return new Response('signed out', { status: 200 });
    });
    const job = await finished(await startSignOut('amazon:amazon.pl'));
    expect(job.outcome).toBe('verified');
    expect(tabs.navigated.filter((url) => url.includes('/gp/flex/sign-out.html'))).toEqual([]);
    expect(await db.audit.toArray()).toMatchObject([{ method: 'url-request' }]);
  });

  // The quiet window after a sign-out by request: only a page of the site could sign the person back in.
  async function signOutByRequestThenCookieReturns(siteOpen: boolean) {
    await signedInOnAmazonPl();
    tabs.siteOpen = siteOpen;
    runner = async () => ({ kind: 'failed', stepIndex: 1, error: 'not found' });
    let cookieBack = Promise.resolve();
    vi.stubGlobal('fetch', async (url: string) => {
      if (!url.includes('/gp/flex/sign-out.html')) return new Response('', { status: 404 });
      jar.clear();
      // What an open page of the site would do with a remember-me cookie.
      cookieBack = new Promise((resolve) => setTimeout(() => resolve(void jar.add('at-acbpl')), 400));
      return new Response('signed out', { status: 200 });
    });
    const job = await finished(await startSignOut('amazon:amazon.pl'));
    await cookieBack; // Not into the next test.
    return job;
  }

  it('after a sign-out by request, watches for a return of the cookies while a page of the site is open', async () => {
    const job = await signOutByRequestThenCookieReturns(true);
    expect(job).toMatchObject({ outcome: 'cleared', reason: { key: 'reasonNotVerified' } });
  });

  it('after a sign-out by request with no page of the site open, reports it verified without a quiet window', async () => {
    const job = await signOutByRequestThenCookieReturns(false);
    expect(job.outcome).toBe('verified');
    expect(await db.audit.toArray()).toMatchObject([{ method: 'url-request' }]);
  });

  it('runs at most MAX_PARALLEL_JOBS sign-outs at once and queues the rest', async () => {
    const { MAX_PARALLEL_JOBS } = await import('@/utils/jobs/sign-out-job');
    const { builtInRecipes } = await import('@/utils/recipes/registry');
    // Two more sites than the limit, each signing out through steps in a tab (so that each waits in the runner below).
    const sites = builtInRecipes
      .filter((recipe) => recipe.signOut[0]?.kind === 'steps')
      .flatMap((recipe) => recipe.sites.map((site) => ({ id: `${recipe.id}:${site.domain}`, cookie: site.authCookies[0]! })))
      .slice(0, MAX_PARALLEL_JOBS + 2);
    sites.forEach((site) => jar.add(site.cookie));
    await reconcileAllSites();
    let running = 0;
    let most = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    runner = async () => {
      most = Math.max(most, ++running);
      await gate;
      running--;
      return { kind: 'failed', stepIndex: 0, error: 'not found' };
    };
    const ids = await Promise.all(sites.map((site) => startSignOut(site.id)));
    await vi.waitFor(() => expect(running).toBe(MAX_PARALLEL_JOBS));
    expect((await db.jobs.where('phase').equals('queued').count())).toBe(sites.length - MAX_PARALLEL_JOBS);
    release();
    for (const id of ids) await finished(id);
    expect(most).toBe(MAX_PARALLEL_JOBS);
  }, 60_000);

  it('falls back to clearing, and says so, when no method signs out', async () => {
    await signedInOnAmazonPl();
    runner = async () => ({ kind: 'failed', stepIndex: 1, error: 'not found' });
    const job = await finished(await startSignOut('amazon:amazon.pl'));
    expect(job.outcome).toBe('cleared');
    expect(job.reason).toEqual({ key: 'reasonNotVerified' });
    expect(cleared).toHaveBeenCalledOnce();
  }, 40_000);

  it('without access to the site, claims nothing: no tab, no clearing, outcome "failed" with the reason (issue #11 §5)', async () => {
    await signedInOnAmazonPl();
    // Site access "on click": cookies.getAll leaves the site out, so its cookies look gone.
    fakeBrowser.permissions.contains = async () => false;
    jar.clear();
    runner = async () => ({ kind: 'completed', stepsDone: 2 });
    const job = await finished(await startSignOut('amazon:amazon.pl'));
    expect(job).toMatchObject({ outcome: 'failed', reason: { key: 'reasonNoSiteAccess' } });
    expect(tabs.opened).toEqual([]);
    expect(cleared).not.toHaveBeenCalled();
    expect(await db.audit.toArray()).toMatchObject([{ outcome: 'failed', reason: { key: 'reasonNoSiteAccess' } }]);
    // The session is kept as last seen: invisible cookies are not missing cookies.
    expect(await db.sessions.get('amazon:amazon.pl')).toBeDefined();
  });

  it('access taken back while the job runs: neither "verified" nor "cleared" (issue #11 §5)', async () => {
    await signedInOnAmazonPl();
    runner = async () => {
      fakeBrowser.permissions.contains = async () => false;
      jar.clear(); // What cookies.getAll answers without access.
      return { kind: 'completed', stepsDone: 2 };
    };
    const job = await finished(await startSignOut('amazon:amazon.pl'));
    expect(job).toMatchObject({ outcome: 'failed', reason: { key: 'reasonNoSiteAccess' } });
  });

  it('reconciling without access keeps the session instead of dropping it (issue #11 §5)', async () => {
    await signedInOnAmazonPl();
    fakeBrowser.permissions.contains = async () => false;
    jar.clear();
    await reconcileAllSites();
    expect(await db.sessions.get('amazon:amazon.pl')).toBeDefined();
  });

  it('resumes a job a stopped worker left mid-sign-out, and verifies instead of starting over', async () => {
    await signedInOnAmazonPl();
    const now = Date.now();
    const { browserRunStartedAt } = await import('@/utils/jobs/browser-run');
    await browserRunStartedAt(now - 1_000); // The browser ran before the job began: a worker stop, not a restart.
    await db.jobs.add({
      id: 'left-over', kind: 'sign-out', sessionId: 'amazon:amazon.pl', recipeId: 'amazon', siteName: 'Amazon',
      domain: 'amazon.pl', phase: 'running', methodIndex: 0, stepIndex: 1, resumes: 0, tabId: 7, openedTab: true,
      createdAt: now, updatedAt: now, deadline: now + 60_000,
    });
    runner = async () => ({ kind: 'failed', stepIndex: 0, error: 'should not run' });
    setTimeout(() => jar.clear(), 300); // The sign-out request the page sent finishes while the worker restarts.
    await resumeUnfinishedJobs();
    const job = await finished('left-over');
    expect(job).toMatchObject({ outcome: 'verified', resumes: 1 });
    await vi.waitFor(() => expect(tabs.closed).toEqual([7]));
  });

  it('refuses to start for a session it does not know', async () => {
    await expect(startSignOut('amazon:nowhere.pl')).rejects.toThrow('reasonUnknownSession');
  });
});
