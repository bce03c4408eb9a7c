import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { genericSchoolSession } from './support/generic-school-session';

/** Issue #15 §1: the background starts a recording from the tab the popup was over, and only while it shows that site. */

type FakeTab = { id: number; url: string; pendingUrl?: string; incognito: boolean };
const tabs = new Map<number, FakeTab>();
const injected: number[] = [];
const focused: number[] = [];
vi.mock('@/utils/browser/tab-state', () => ({ getTab: async (tabId: number) => tabs.get(tabId) }));
vi.mock('@/utils/browser/teach-tabs', async (importOriginal) => ({
  showsSite: (await importOriginal<typeof import('@/utils/browser/teach-tabs')>()).showsSite,
  focusTab: async (tabId: number) => void focused.push(tabId),
  tabAddresses: async (tabId: number) => {
    const tab = tabs.get(tabId);
    return tab ? [tab.url, ...(tab.pendingUrl ? [tab.pendingUrl] : [])] : undefined;
  },
  injectRecorder: async (tabId: number) => (injected.push(tabId), true),
}));
let cookies: string[] = [];
const cookieUrls: string[] = [];
vi.mock('@/utils/browser/cookies', () => ({ cookieNamesSentTo: async (url: string) => (cookieUrls.push(url), cookies) }));

const { db } = await import('@/utils/db');
const { recordingItem } = await import('@/utils/teach/recording-store');
const { checkTeachOffer, startTeachingTab } = await import('@/utils/teach/start-from-tab');

const SITE = 'https://www.dziennik-szkolny.pl';
/** The host patterns Signoff holds; `permissions.contains` answers from it, and every question asked is kept. */
let held: string[] = [];
const asked: string[][] = [];

beforeEach(() => {
  tabs.clear();
  injected.length = 0;
  focused.length = 0;
  cookieUrls.length = 0;
  asked.length = 0;
  cookies = ['DZIENNIKSESSID', 'dziennik_remember', '_ga', 'lang'];
  held = ['https://www.dziennik-szkolny.pl/*', 'https://dziennik-szkolny.pl/*'];
  fakeBrowser.permissions.contains = async ({ origins = [] }) => (asked.push(origins), origins.every((origin) => held.includes(origin)));
  tabs.set(7, { id: 7, url: `${SITE}/oceny`, incognito: false });
});

const reason = (work: Promise<unknown>) => work.then(() => 'started', (error: Error) => error.message);

describe('teaching from the current tab: the start', () => {
  it('records in that tab, from its page, with the sign-in cookie names the page gets (names only)', async () => {
    await startTeachingTab(7, SITE, 1_000);
    expect(await recordingItem.get()).toMatchObject({
      sessionId: 'generic:dziennik-szkolny.pl',
      domain: 'dziennik-szkolny.pl',
      origin: SITE,
      siteName: 'www.dziennik-szkolny.pl',
      tabId: 7,
      startPath: '/oceny',
      status: 'recording',
      sessionCookies: ['DZIENNIKSESSID', 'dziennik_remember'],
    });
    expect(cookieUrls).toEqual([`${SITE}/oceny`]);
    expect(injected).toEqual([7]);
    expect(focused).toEqual([7]);
    // Access was checked for the tab's host and its parent only, never the whole site or every site.
    expect(asked).toEqual([['https://www.dziennik-szkolny.pl/*', 'https://dziennik-szkolny.pl/*']]);
  });

  it('refuses when the tab no longer shows that origin: another site, on its way to one, another host, closed', async () => {
    const cases: [string, Partial<FakeTab> | undefined][] = [
      ['another site', { url: 'https://evil.example/' }],
      ['loading another site', { pendingUrl: 'https://evil.example/' }],
      ['another host of the site', { url: 'https://poczta.dziennik-szkolny.pl/' }],
      ['plain http', { url: 'http://www.dziennik-szkolny.pl/' }],
      ['a private window', { incognito: true }],
      ['closed', undefined],
    ];
    for (const [what, change] of cases) {
      if (change) tabs.set(7, { id: 7, url: `${SITE}/`, incognito: false, ...change });
      else tabs.delete(7);
      expect(await reason(startTeachingTab(7, SITE)), what).toBe('teachTabLeftSite');
    }
    expect(await recordingItem.get()).toBeUndefined();
    expect(injected).toEqual([]);
  });

  it('refuses an origin that is no https site, a site with a recipe, no access, or no sign-in cookie', async () => {
    tabs.set(8, { id: 8, url: 'http://www.dziennik-szkolny.pl/', incognito: false });
    expect(await reason(startTeachingTab(8, 'http://www.dziennik-szkolny.pl'))).toBe('teachTabLeftSite');
    tabs.set(9, { id: 9, url: 'https://www.amazon.pl/', incognito: false });
    held.push('https://www.amazon.pl/*', 'https://amazon.pl/*');
    expect(await reason(startTeachingTab(9, 'https://www.amazon.pl'))).toBe('teachHasRecipe');
    held = ['https://www.dziennik-szkolny.pl/*'];
    expect(await reason(startTeachingTab(7, SITE))).toBe('reasonNoSiteAccess');
    held = ['https://www.dziennik-szkolny.pl/*', 'https://dziennik-szkolny.pl/*'];
    cookies = ['_ga', 'lang', 'cookie_consent'];
    expect(await reason(startTeachingTab(7, SITE))).toBe('teachNoSignIn');
    expect(await recordingItem.get()).toBeUndefined();
  });
});

describe('teaching from the current tab: the popup\'s offer', () => {
  it('is made while the tab shows the origin, for a site without a recipe or a row', async () => {
    expect(await reason(checkTeachOffer(7, SITE))).toBe('started');
    tabs.set(7, { id: 7, url: 'https://evil.example/', incognito: false });
    expect(await reason(checkTeachOffer(7, SITE))).toBe('teachTabLeftSite');
    tabs.set(7, { id: 7, url: `${SITE}/`, incognito: false });
    await db.sessions.put(genericSchoolSession());
    expect(await reason(checkTeachOffer(7, SITE))).toBe('teachNotOffered');
    tabs.set(9, { id: 9, url: 'https://www.amazon.pl/', incognito: false });
    expect(await reason(checkTeachOffer(9, 'https://www.amazon.pl'))).toBe('teachNotOffered');
  });
});
