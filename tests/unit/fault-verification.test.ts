import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabRunResult } from '@/utils/jobs/run-in-tab';

// Faults the fault matrix found (docs/fault-matrix.md), at the job level: the same fake adapters as sign-out-job.test.ts.
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
const tabs = { opened: [] as string[], closed: [] as number[] };
let tabExists = true;
let siteOpenElsewhere = false;
vi.mock('@/utils/browser/tabs', () => ({
  openBackgroundTab: async (url: string) => (tabs.opened.push(url), 9),
  tabUrl: async () => (tabExists ? 'https://www.amazon.pl/' : undefined),
  navigateTab: async () => undefined,
  closeTab: async (id: number) => void tabs.closed.push(id),
  waitForTabComplete: async () => true,
  tabSettledProbe: () => async () => true,
  someTabOn: async () => siteOpenElsewhere,
}));
const runs: number[] = [];
let runner: () => Promise<TabRunResult>;
vi.mock('@/utils/jobs/run-in-tab', () => ({
  runStepsInTab: (_tab: number, _job: string, _steps: unknown, startAt: number) => (runs.push(startAt), runner()),
}));
// The GET of the recipe's sign-out URL from the worker: it changes nothing here unless a test says so.
vi.mock('@/utils/jobs/sign-out-by-request', () => ({ signOutByRequest: async () => false }));

const { db } = await import('@/utils/db');
const { startSignOut, resumeUnfinishedJobs } = await import('@/utils/jobs/sign-out-job');
const { browserRunStartedAt } = await import('@/utils/jobs/browser-run');
const { reconcileAllSites } = await import('@/utils/sessions/sessions');

async function signedInOnAmazonPl() {
  for (const name of ['at-acbpl', 'x-acbpl', 'sess-at-acbpl']) jar.add(name);
  await reconcileAllSites();
}

async function finished(jobId: string) {
  await vi.waitFor(async () => expect((await db.jobs.get(jobId))?.phase).toBe('done'), { timeout: 20_000, interval: 20 });
  return (await db.jobs.get(jobId))!;
}

/** A job the previous browser run left in the middle of its first method. */
async function leftOverJob(updatedAt: number) {
  await db.jobs.add({
    id: 'left-over', kind: 'sign-out', sessionId: 'amazon:amazon.pl', recipeId: 'amazon', siteName: 'Amazon',
    domain: 'amazon.pl', phase: 'verifying', methodIndex: 0, stepIndex: 1, resumes: 0, tabId: 7, openedTab: true,
    createdAt: updatedAt, updatedAt, deadline: Date.now() + 60_000,
  });
}

beforeEach(async () => {
  jar.clear();
  tabs.opened = [];
  tabs.closed = [];
  runs.length = 0;
  tabExists = true;
  siteOpenElsewhere = false;
  delete siteSays.onAsk;
  cleared.mockClear();
  await Promise.all([db.sessions.clear(), db.jobs.clear(), db.audit.clear()]);
});

describe('verification is not fooled by a site that signs the person straight back in', () => {
  // The sign-out tab is closed as soon as the cookies go (sign-out-job.ts): what can still sign the person back in
  // is what the browser holds, which the account check carries, or another open page of the site.
  it('a remember-me cookie the sign-out left: the site answers the check by signing the person back in — not verified, removed', async () => {
    await signedInOnAmazonPl();
    runner = async () => {
      jar.clear(); // The sign-out response expires the auth cookies (the remember-me cookie stays)...
      return { kind: 'completed', stepsDone: 2 };
    };
    siteSays.onAsk = () => jar.add('at-acbpl'); // ...and the site, asked with it, starts a new session.
    const job = await finished(await startSignOut('amazon:amazon.pl'));
    expect(job).toMatchObject({ outcome: 'cleared', reason: { key: 'reasonNotVerified' } });
    expect(cleared).toHaveBeenCalledOnce();
    expect(await db.audit.toArray()).toMatchObject([{ outcome: 'cleared', reason: { key: 'reasonNotVerified' } }]);
  });

  it('another page of the site is open and signs the person back in a moment later: not verified, removed', async () => {
    await signedInOnAmazonPl();
    siteOpenElsewhere = true;
    runner = async () => {
      jar.clear(); // The sign-out response expires the auth cookies...
      setTimeout(() => jar.add('at-acbpl'), 400); // ...and the person's other page of the site signs them back in.
      return { kind: 'completed', stepsDone: 2 };
    };
    const job = await finished(await startSignOut('amazon:amazon.pl'));
    expect(job).toMatchObject({ outcome: 'cleared', reason: { key: 'reasonNotVerified' } });
    expect(cleared).toHaveBeenCalledOnce();
  });

  it('cookies that stay gone while the page settles: verified', async () => {
    await signedInOnAmazonPl();
    runner = async () => (jar.clear(), { kind: 'completed', stepsDone: 2 });
    const job = await finished(await startSignOut('amazon:amazon.pl'));
    expect(job).toMatchObject({ outcome: 'verified', reason: { key: 'reasonVerified' } });
    expect(cleared).not.toHaveBeenCalled();
  });
});

describe('a job the browser left when it closed mid-sign-out', () => {
  it('without the auth cookies now: says the site may still hold the session (no "verified" from a lost cookie jar)', async () => {
    await signedInOnAmazonPl();
    await leftOverJob(Date.now() - 60_000); // Written in the previous run of the browser.
    jar.clear(); // The killed browser never wrote the cookies to disk.
    tabExists = false;
    runner = async () => ({ kind: 'failed', stepIndex: 0, error: 'should not run' });
    await resumeUnfinishedJobs();
    const job = await finished('left-over');
    expect(job).toMatchObject({ outcome: 'cleared', reason: { key: 'reasonBrowserClosed' }, resumes: 1 });
    expect(runs).toEqual([]);
  });

  it('with the auth cookies still there: signs out again from the first step, in a new tab', async () => {
    await signedInOnAmazonPl();
    await leftOverJob(Date.now() - 60_000);
    tabExists = false; // The old tab id means nothing in the new run of the browser.
    runner = async () => (jar.clear(), { kind: 'completed', stepsDone: 2 });
    await resumeUnfinishedJobs();
    const job = await finished('left-over');
    expect(job).toMatchObject({ outcome: 'verified', resumes: 1 });
    // The flow starts over on the fresh page, not at the step the old page had reached (then the forget flow runs).
    expect(runs[0]).toBe(0);
    expect(tabs.opened[0]).toBe('https://www.amazon.pl/');
  });

  it('a worker stop within one browser run still gives the sign-out under way its chance to finish', async () => {
    await signedInOnAmazonPl();
    const now = Date.now();
    await browserRunStartedAt(now - 5_000);
    await leftOverJob(now);
    runner = async () => ({ kind: 'failed', stepIndex: 0, error: 'should not run' });
    setTimeout(() => jar.clear(), 300);
    await resumeUnfinishedJobs();
    expect(await finished('left-over')).toMatchObject({ outcome: 'verified', resumes: 1 });
    expect(tabs.opened).toEqual([]); // No new sign-out was started: only the forget flow ran, in the job's own tab.
  });
});

describe('a sign-out by request counts from the answer that expires the cookies', () => {
  const site = { domain: 'amazon.pl', origin: 'https://www.amazon.pl', authCookies: ['at-acbpl'] };
  const actual = () => vi.importActual<typeof import('@/utils/jobs/sign-out-by-request')>('@/utils/jobs/sign-out-by-request');

  it('signed out at the first answer: done before the redirects it leads to are followed', async () => {
    const { signOutByRequest } = await actual();
    jar.add('at-acbpl');
    let finishRedirects!: (response: Response) => void;
    vi.stubGlobal('fetch', () => {
      setTimeout(() => jar.delete('at-acbpl'), 50); // The first answer's Set-Cookie expires the auth cookie...
      return new Promise<Response>((resolve) => (finishRedirects = resolve)); // ...the chain goes on.
    });
    try {
      await expect(signOutByRequest('https://www.amazon.pl/gp/flex/sign-out.html', site)).resolves.toBe(true);
    } finally {
      finishRedirects(new Response('', { status: 200 }));
      vi.unstubAllGlobals();
    }
  });

  it('auth cookies already gone when the request starts prove nothing: a failed request is not a sign-out', async () => {
    const { signOutByRequest } = await actual();
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('connection refused')));
    try {
      await expect(signOutByRequest('https://www.amazon.pl/gp/flex/sign-out.html', site)).resolves.toBe(false);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('a sign-out URL whose site never answers', () => {
  it('gives up on the GET after its timeout instead of holding the job', async () => {
    const { signOutByRequest, REQUEST_TIMEOUT_MS } = await vi.importActual<typeof import('@/utils/jobs/sign-out-by-request')>(
      '@/utils/jobs/sign-out-by-request',
    );
    let aborted = false;
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
      return new Promise((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => {
          aborted = true;
          reject(init.signal?.reason);
        });
      });
    });
    vi.useFakeTimers();
    try {
      jar.add('at-acbpl'); // Signed in: the request is the sign-out.
      const result = signOutByRequest('https://www.amazon.pl/gp/flex/sign-out.html', {
        domain: 'amazon.pl',
        origin: 'https://www.amazon.pl',
        authCookies: ['at-acbpl'],
      });
      await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS + 100);
      await expect(result).resolves.toBe(false);
      expect(aborted).toBe(true);
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });
});
