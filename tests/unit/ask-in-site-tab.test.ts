import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { askFromSiteTab } from '@/utils/account-check/ask-in-site-tab';
import { askSite } from '@/utils/account-check/ask-site';
import { genericRecipe } from '@/utils/generic/generic-recipe';

/**
 * Issue #11 §7 with #12: sites the worker may not request (connect-src names only the built-in recipe sites) are
 * asked from a document of their own origin. Which document, and how far its answer is trusted, is what these pin.
 */

const ORIGIN = 'https://www.sklep-przyklad.pl';
const CHECK = `${ORIGIN}/`;

type Tab = Partial<Browser.tabs.Tab> & { id: number; cookieStoreId?: string };
const tab = (id: number, url: string, extra: Partial<Tab> = {}): Tab =>
  ({ id, url, status: 'complete', incognito: false, discarded: false, ...extra }) as Tab;

let tabs: Tab[];
let injected: { tabId: number; frameIds?: number[]; args: unknown[] }[];
/** What the injected function answers, per tab: the document's reply as the browser hands it back. */
let replies: Map<number, { frameId?: number; result: unknown }>;
let created: { url?: string; active?: boolean }[];
let closed: number[];

const signedOutPage = { origin: ORIGIN, redirected: false, status: 200, body: '<a href="/konto">Moje konto</a>' };
const signedInPage = { origin: ORIGIN, redirected: false, status: 200, body: '<a href="/wyloguj">Wyloguj się</a>' };

beforeEach(() => {
  tabs = [];
  injected = [];
  replies = new Map();
  created = [];
  closed = [];
  fakeBrowser.tabs.query = vi.fn(async () => tabs as Browser.tabs.Tab[]);
  fakeBrowser.tabs.get = vi.fn(async (id: number) => {
    const found = tabs.find((t) => t.id === id);
    if (!found) throw new Error('no tab');
    return found as Browser.tabs.Tab;
  });
  fakeBrowser.tabs.create = vi.fn(async (props: { url?: string; active?: boolean }) => {
    created.push(props);
    const opened = tab(900 + created.length, props.url ?? '');
    tabs.push(opened);
    replies.set(opened.id, { frameId: 0, result: signedOutPage });
    return opened as Browser.tabs.Tab;
  });
  fakeBrowser.tabs.remove = vi.fn(async (id: number | number[]) => {
    closed.push(...[id].flat());
  });
  (fakeBrowser as unknown as { scripting: object }).scripting = {
    executeScript: vi.fn(async ({ target, args }: { target: { tabId: number; frameIds?: number[] }; args: unknown[] }) => {
      injected.push({ tabId: target.tabId, frameIds: target.frameIds, args });
      const reply = replies.get(target.tabId);
      return reply ? [{ frameId: reply.frameId, result: reply.result }] : [];
    }),
  };
  vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('refused by connect-src'))));
});

describe('asking a site from a tab of its own origin', () => {
  it('uses only a loaded tab of the exact origin in the default cookie store, and only its top frame', async () => {
    tabs = [
      tab(1, 'https://sklep.sklep-przyklad.pl/'), // another origin of the same site
      tab(2, `${ORIGIN}/`, { incognito: true }),
      tab(3, `${ORIGIN}/`, { cookieStoreId: 'firefox-container-1' }),
      tab(4, `${ORIGIN}/`, { status: 'loading' }),
      tab(5, `${ORIGIN}/`, { pendingUrl: 'https://www.konto-pulapka.pl/' }),
      tab(6, `${ORIGIN}/`, { discarded: true }),
      tab(7, `${ORIGIN}/koszyk`, { cookieStoreId: 'firefox-default' }),
    ];
    replies.set(7, { frameId: 0, result: signedInPage });
    const answer = await askFromSiteTab(CHECK, 5_000, false);
    expect(answer).toEqual({ redirected: false, status: 200, body: signedInPage.body });
    expect(injected).toEqual([{ tabId: 7, frameIds: [0], args: [CHECK, expect.any(Number)] }]);
    expect(created).toEqual([]);
  });

  it('trusts no reply that names another origin, comes from a frame, or has a shape it did not ask for', async () => {
    tabs = [tab(7, `${ORIGIN}/`)];
    for (const reply of [
      { frameId: 0, result: { ...signedOutPage, origin: 'https://www.konto-pulapka.pl' } },
      { frameId: 3, result: signedOutPage },
      { frameId: 0, result: { ...signedOutPage, extra: 'field' } },
      { frameId: 0, result: { ...signedOutPage, status: '200' } },
      { frameId: 0, result: { failed: 'another origin' } },
      { frameId: 0, result: undefined },
    ]) {
      replies.set(7, reply);
      expect(await askFromSiteTab(CHECK, 5_000, false), JSON.stringify(reply)).toBeUndefined();
    }
  });

  it('a document that goes away while it asks (the sign-in page moving on) is replaced by the next one, a few times at most', async () => {
    tabs = [tab(7, `${ORIGIN}/logowanie`)];
    const execute = (fakeBrowser as unknown as { scripting: { executeScript: ReturnType<typeof vi.fn> } }).scripting.executeScript;
    const answered = execute.getMockImplementation()!;
    execute.mockImplementationOnce(async () => Promise.reject(new Error('Frame with ID 0 was removed.')));
    replies.set(7, { frameId: 0, result: signedInPage });
    expect(await askFromSiteTab(CHECK, 5_000, false)).toEqual({ redirected: false, status: 200, body: signedInPage.body });
    expect(execute).toHaveBeenCalledTimes(2);

    execute.mockReset().mockImplementation(async () => Promise.reject(new Error('Frame with ID 0 was removed.')));
    expect(await askFromSiteTab(CHECK, 5_000, false)).toBeUndefined();
    expect(execute).toHaveBeenCalledTimes(3);
    execute.mockImplementation(answered);
  });

  it('waits for a tab still loading the site, and gives up at the deadline', async () => {
    tabs = [tab(7, 'https://www.konto-pulapka.pl/', { status: 'loading', pendingUrl: CHECK })];
    setTimeout(() => (tabs = [tab(7, CHECK)]), 250);
    replies.set(7, { frameId: 0, result: signedInPage });
    expect(await askFromSiteTab(CHECK, 5_000, false)).toMatchObject({ status: 200 });
    tabs = [tab(8, CHECK, { status: 'loading' })];
    const started = Date.now();
    expect(await askFromSiteTab(CHECK, 400, false)).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('for listing, a site with no tab open could not be asked: no tab is opened and nothing is requested', async () => {
    tabs = [tab(1, 'https://www.konto-pulapka.pl/')];
    expect(await askFromSiteTab(CHECK, 5_000, false)).toBeUndefined();
    expect(created).toEqual([]);
    expect(injected).toEqual([]);
  });

  it('after a sign-out, opens a background tab on the origin\'s robots.txt, asks from it and closes it', async () => {
    expect(await askFromSiteTab(CHECK, 5_000, true)).toEqual({ redirected: false, status: 200, body: signedOutPage.body });
    expect(created).toEqual([{ url: `${ORIGIN}/robots.txt`, active: false }]);
    expect(injected.map((i) => i.tabId)).toEqual([901]);
    expect(closed).toEqual([901]);
  });

  it('a site without a recipe: the worker never requests it; its page\'s answer from the site\'s tab decides', async () => {
    const recipe = genericRecipe({
      id: 'generic:sklep-przyklad.pl',
      recipeId: 'generic',
      siteName: 'www.sklep-przyklad.pl',
      domain: 'sklep-przyklad.pl',
      origin: ORIGIN,
      cookieNames: ['SKLEPSESSID'],
      signedInAt: Date.now(),
      lastSeenAt: Date.now(),
      detectedBy: 'heuristics',
    })!;
    tabs = [tab(7, `${ORIGIN}/`)];
    replies.set(7, { frameId: 0, result: signedInPage });
    expect(await askSite(recipe, recipe.sites[0]!, { fresh: true })).toEqual({ state: 'signed-in' });
    replies.set(7, { frameId: 0, result: signedOutPage });
    expect(await askSite(recipe, recipe.sites[0]!, { fresh: true })).toEqual({ state: 'signed-out' });
    expect(fetch).not.toHaveBeenCalled();
    expect(injected.every((i) => i.tabId === 7 && i.args[0] === CHECK)).toBe(true);
  });
});
