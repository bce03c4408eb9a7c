import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';

// The background's one message entry against forged senders: commands only from Signoff's own pages, reports only
// about the sender's own tab (whose address the browser supplies). Cookies are faked per domain (names only).
const jars = new Map<string, string[]>();
vi.mock('@/utils/browser/cookies', () => ({
  authCookieNames: async (site: { domain: string; authCookies: string[] }) =>
    (jars.get(site.domain) ?? []).filter((name) => site.authCookies.includes(name)),
  removeAllCookies: async () => undefined,
}));
vi.mock('@/utils/browser/badge', () => ({ showBadge: async () => undefined }));
const started = vi.fn();
vi.mock('@/utils/jobs/sign-out-everywhere', () => ({ signOutEverywhere: async () => (started('everywhere'), 'batch') }));

const { db } = await import('@/utils/db');
const { handleMessage } = await import('@/utils/messaging/handle-message');
const { reconcileAllSites } = await import('@/utils/sessions/sessions');

type Sender = Browser.runtime.MessageSender;
const ownId = () => fakeBrowser.runtime.id;
const popupSender = (): Sender => ({ id: ownId(), url: fakeBrowser.runtime.getURL('/popup.html') });
/** A content script of Signoff in a web page's tab: the browser fills in the tab and its address. */
const contentScript = (tabId: number, url: string): Sender => ({ id: ownId(), url, frameId: 0, tab: { id: tabId, url } as Browser.tabs.Tab });

const signOutEverywhere = { channel: 'command', type: 'sign-out-everywhere' } as const;

beforeEach(async () => {
  jars.clear();
  started.mockClear();
  await Promise.all([db.sessions.clear(), db.jobs.clear(), db.audit.clear()]);
});

async function signedIn() {
  jars.set('amazon.pl', ['at-acbpl', 'x-acbpl']);
  jars.set('amazon.com', ['at-main']);
  await reconcileAllSites();
  expect(await db.sessions.count()).toBe(2);
}

async function jobInTab(tabId: number) {
  await db.jobs.add({
    id: 'job-1', kind: 'sign-out', sessionId: 'amazon:amazon.pl', recipeId: 'amazon', siteName: 'Amazon', domain: 'amazon.pl',
    phase: 'running', methodIndex: 0, stepIndex: 0, resumes: 0, tabId, openedTab: true,
    createdAt: Date.now(), updatedAt: Date.now(), deadline: Date.now() + 60_000,
  });
}

describe('commands are obeyed only from Signoff\'s own pages', () => {
  it.each<[string, () => Sender]>([
    ['a content script in a web page (or a page that got hold of one)', () => contentScript(5, 'https://www.amazon.pl/')],
    ['another extension\'s page', () => ({ id: 'other-extension', url: 'chrome-extension://other-extension/popup.html' })],
    ['a sender claiming our id with a web address', () => ({ id: ownId(), url: 'https://evil.example/popup.html' })],
    ['a sender with our page address but another id', () => ({ id: 'other-extension', url: fakeBrowser.runtime.getURL('/popup.html') })],
    ['a sender with no id or address at all', () => ({})],
  ])('refuses "sign out everywhere" from %s', async (_name, sender) => {
    await signedIn();
    await expect(handleMessage(signOutEverywhere, sender())).resolves.toEqual({ ok: false, error: 'refused' });
    await expect(handleMessage({ channel: 'command', type: 'sign-out', sessionId: 'amazon:amazon.pl' }, sender())).resolves.toEqual({
      ok: false,
      error: 'refused',
    });
    expect(started).not.toHaveBeenCalled();
    expect(await db.jobs.count()).toBe(0);
  });

  it('obeys the popup (the same command, from the extension\'s own page)', async () => {
    await signedIn();
    await expect(handleMessage(signOutEverywhere, popupSender())).resolves.toMatchObject({ ok: true });
    expect(started).toHaveBeenCalledOnce();
  });

  it('ignores anything that is neither a valid command nor a valid report', async () => {
    for (const message of [null, 'sign-out', { channel: 'command', type: 'sign-out-everywhere', extra: 1 }, { channel: 'runner', type: 'run' }]) {
      expect(handleMessage(message, popupSender())).toBeUndefined();
    }
  });
});

describe('reports may only describe the sender\'s own tab', () => {
  it('a runner report about a job driven in another tab changes nothing', async () => {
    await jobInTab(7);
    await handleMessage({ channel: 'report', type: 'runner-step', jobId: 'job-1', index: 4 }, contentScript(8, 'https://www.amazon.pl/'));
    expect((await db.jobs.get('job-1'))?.stepIndex).toBe(0);
    // The job's own tab may.
    await handleMessage({ channel: 'report', type: 'runner-step', jobId: 'job-1', index: 1 }, contentScript(7, 'https://www.amazon.pl/'));
    expect((await db.jobs.get('job-1'))?.stepIndex).toBe(1);
  });

  it('a generic runner report about another tab\'s job records nothing', async () => {
    await jobInTab(7);
    const report = { channel: 'report', type: 'generic-step', jobId: 'job-1', action: 'sign-out', label: 'Delete account' } as const;
    await handleMessage(report, contentScript(9, 'https://evil.example/'));
    expect((await db.jobs.get('job-1'))?.pageActions).toBeUndefined();
  });

  it('a page signal that names another site is refused outright; the site is the one the browser says', async () => {
    await signedIn();
    const forged = { channel: 'report', type: 'page-signal', signedIn: true, accountName: 'Mallory', host: 'www.amazon.com' };
    expect(handleMessage(forged, contentScript(5, 'https://www.amazon.pl/'))).toBeUndefined();
    // A valid signal from a tab on amazon.pl can only speak for amazon.pl.
    await handleMessage({ channel: 'report', type: 'page-signal', signedIn: true, accountName: 'Mallory' }, contentScript(5, 'https://www.amazon.pl/'));
    expect((await db.sessions.get('amazon:amazon.pl'))?.accountName).toBe('Mallory');
    expect((await db.sessions.get('amazon:amazon.com'))?.accountName).toBeUndefined();
  });

  it('a page saying "signed out" does not end a session while its cookies remain', async () => {
    await signedIn();
    await handleMessage({ channel: 'report', type: 'page-signal', signedIn: false }, contentScript(5, 'https://www.amazon.pl/'));
    expect(await db.sessions.get('amazon:amazon.pl')).toBeDefined();
  });

  it('a framed document speaks for nothing, even in the job\'s own tab (issue #11 §7)', async () => {
    await jobInTab(7);
    await signedIn();
    const framed: Sender = { id: ownId(), url: 'https://www.amazon.com/ad-frame', frameId: 3, tab: { id: 7, url: 'https://www.amazon.pl/' } as Browser.tabs.Tab };
    expect(handleMessage({ channel: 'report', type: 'runner-step', jobId: 'job-1', index: 4 }, framed)).toBeUndefined();
    expect(handleMessage({ channel: 'report', type: 'page-signal', signedIn: true, accountName: 'Mallory' }, framed)).toBeUndefined();
    await Promise.resolve();
    expect((await db.jobs.get('job-1'))?.stepIndex).toBe(0);
    expect((await db.sessions.get('amazon:amazon.pl'))?.accountName).toBeUndefined();
  });

  it('a prerendered or cached document speaks for nothing (issue #11 §7)', async () => {
    await signedIn();
    for (const documentLifecycle of ['prerender', 'cached', 'pending_deletion']) {
      const sender = { ...contentScript(5, 'https://www.amazon.pl/'), documentLifecycle } as Sender;
      expect(handleMessage({ channel: 'report', type: 'page-signal', signedIn: true, accountName: 'Mallory' }, sender)).toBeUndefined();
    }
    expect((await db.sessions.get('amazon:amazon.pl'))?.accountName).toBeUndefined();
  });

  it('the site is the sending frame\'s address, not the tab\'s (issue #11 §7)', async () => {
    await signedIn();
    // The tab's address is still the old page while the top frame already shows amazon.com (or the reverse).
    const sender: Sender = { id: ownId(), url: 'https://www.amazon.com/', frameId: 0, tab: { id: 5, url: 'https://www.amazon.pl/' } as Browser.tabs.Tab };
    await handleMessage({ channel: 'report', type: 'page-signal', signedIn: true, accountName: 'Anna' }, sender);
    expect((await db.sessions.get('amazon:amazon.com'))?.accountName).toBe('Anna');
    expect((await db.sessions.get('amazon:amazon.pl'))?.accountName).toBeUndefined();
  });

  it('reports without a tab, or from another extension, are ignored', async () => {
    await jobInTab(7);
    const report = { channel: 'report', type: 'runner-step', jobId: 'job-1', index: 3 } as const;
    expect(handleMessage(report, popupSender())).toBeUndefined();
    expect(handleMessage(report, { id: 'other-extension', tab: { id: 7, url: 'https://www.amazon.pl/' } as Browser.tabs.Tab })).toBeUndefined();
    expect((await db.jobs.get('job-1'))?.stepIndex).toBe(0);
  });
});
