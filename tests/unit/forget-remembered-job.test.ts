import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import type { TabRunResult } from '@/utils/jobs/run-in-tab';

// A verified Facebook sign-out, then its forget flow ("Recent logins"): what the result may claim depends on what the
// runner saw on the sign-in page. The same fake adapters as sign-out-job.test.ts.
const jar = new Set<string>();
vi.mock('@/utils/account-check/ask-site', async () => (await import('./fake-site-answers')).fakeAskSite(jar));
vi.mock('@/utils/browser/cookies', () => ({
  authCookieNames: async (site: { authCookies: string[] }) => site.authCookies.filter((name) => jar.has(name)),
}));
vi.mock('@/utils/browser/badge', () => ({ showBadge: async () => undefined }));
vi.mock('@/utils/browser/site-data', () => ({ clearSiteData: async () => jar.clear() }));
vi.mock('@/utils/browser/tabs', () => ({
  openBackgroundTab: async () => TAB,
  tabUrl: async () => 'https://www.facebook.com/',
  navigateTab: async () => undefined,
  closeTab: async () => undefined,
  waitForTabComplete: async () => true,
  tabSettledProbe: () => async () => true,
  someTabOn: async () => false,
}));
/** The runner in the tab: the sign-out first, then the forget flow (`forget`), each given the job it works for. */
let forget: (jobId: string) => Promise<TabRunResult>;
vi.mock('@/utils/jobs/run-in-tab', () => ({
  runStepsInTab: async (_tab: number, jobId: string) => {
    if (jar.size > 0) return jar.clear(), { kind: 'completed', stepsDone: 2 }; // The site's own "Log out".
    return forget(jobId);
  },
}));

const TAB = 7;
const { db } = await import('@/utils/db');
const { handleMessage } = await import('@/utils/messaging/handle-message');
const { startSignOut } = await import('@/utils/jobs/sign-out-job');
const { reconcileAllSites } = await import('@/utils/sessions/sessions');

/** The runner's report, from Signoff's content script in `tabId` (the browser fills in the sender). */
function report(jobId: string, index: number, tabId = TAB) {
  const url = 'https://www.facebook.com/';
  const sender = { id: fakeBrowser.runtime.id, url, frameId: 0, tab: { id: tabId, url } as Browser.tabs.Tab };
  return handleMessage({ channel: 'report', type: 'runner-step', jobId, index, accountFound: true }, sender);
}

async function signOutOfFacebook() {
  jar.add('c_user');
  jar.add('xs');
  await reconcileAllSites();
  await db.sessions.update('facebook:facebook.com', { accountName: 'Jan' });
  const jobId = await startSignOut('facebook:facebook.com');
  await vi.waitFor(async () => expect((await db.jobs.get(jobId))?.phase).toBe('done'), { timeout: 10_000, interval: 20 });
  return (await db.jobs.get(jobId))!;
}

beforeEach(async () => {
  vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('no network in unit tests')));
  jar.clear();
  await Promise.all([db.sessions.clear(), db.jobs.clear(), db.audit.clear()]);
});

describe('the forget flow says "no longer shows" only when the sign-in page listed the account', () => {
  it('the page never listed the account: the flow ends without finding it, and the result says "not listed"', async () => {
    forget = async () => ({ kind: 'completed', stepsDone: 3 }); // The optional press found no tile naming Jan.
    const job = await signOutOfFacebook();
    expect(job).toMatchObject({ outcome: 'verified', forgotRemembered: 'not-listed' });
    expect(job.rememberedListed).toBeUndefined();
  });

  it('the runner found the account\'s tile before pressing its removal: "no longer shows"', async () => {
    forget = async (jobId) => (await report(jobId, 1), { kind: 'completed', stepsDone: 3 });
    expect(await signOutOfFacebook()).toMatchObject({ outcome: 'verified', forgotRemembered: true, rememberedListed: true });
  });

  it('found, and then the press unloaded the page: still "no longer shows" (the finding was recorded first)', async () => {
    let round = 0;
    forget = async (jobId) => {
      round += 1;
      if (round > 1) return { kind: 'completed', stepsDone: 3 };
      await report(jobId, 1);
      return { kind: 'unloaded' };
    };
    expect(await signOutOfFacebook()).toMatchObject({ forgotRemembered: true });
  });

  it('a finding reported from another tab, or during the sign-out itself, counts for nothing', async () => {
    forget = async (jobId) => (await report(jobId, 1, 99), { kind: 'completed', stepsDone: 3 });
    expect(await signOutOfFacebook()).toMatchObject({ forgotRemembered: 'not-listed' });
    const running = { phase: 'running' as const, tabId: TAB, rememberedListed: undefined };
    await db.jobs.update((await db.jobs.toCollection().first())!.id, running);
    await report((await db.jobs.toCollection().first())!.id, 0);
    expect((await db.jobs.toCollection().first())!.rememberedListed).toBeUndefined();
  });

  it('the removal did not work: says so, whatever was found', async () => {
    forget = async (jobId) => (await report(jobId, 1), { kind: 'failed', stepIndex: 2, error: 'step 3: the element did not disappear' });
    expect(await signOutOfFacebook()).toMatchObject({ outcome: 'verified', forgotRemembered: false });
  });
});
