// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.sklep-przyklad.pl/koszyk"}
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { requestFromPage } from '@/utils/account-check/request-from-page';

/** The function injected into a site's document to make its account check (utils/account-check/ask-in-site-tab.ts). */

let asked: { url: string; init: RequestInit }[];
beforeEach(() => {
  asked = [];
});
const answer = (response: Response) =>
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => (asked.push({ url, init }), response)));

describe('the account check made from a page of the site', () => {
  it('asks only on its own document\'s origin (the tab may have moved on)', async () => {
    answer(new Response('<a href="/wyloguj">Wyloguj</a>'));
    expect(await requestFromPage('https://www.konto-pulapka.pl/', 1_000)).toEqual({ failed: 'another origin' });
    expect(await requestFromPage('https://sklep.sklep-przyklad.pl/', 1_000)).toEqual({ failed: 'another origin' });
    expect(asked).toEqual([]);
  });

  it('a same-origin GET with the site\'s cookies, no redirect followed; the answer named by its origin, bounded', async () => {
    answer(new Response('x'.repeat(100)));
    const reply = await requestFromPage('https://www.sklep-przyklad.pl/', 1_000, 10);
    expect(reply).toEqual({ origin: 'https://www.sklep-przyklad.pl', redirected: false, status: 200, body: 'x'.repeat(10) });
    expect(asked[0]?.init).toMatchObject({ credentials: 'include', redirect: 'manual', cache: 'no-store' });
    answer(new Response(null, { status: 302 }));
    expect(await requestFromPage('https://www.sklep-przyklad.pl/', 1_000)).toMatchObject({ redirected: true, status: 302, body: '' });
  });

  it('no answer in time, or a refused request, is "no answer"', async () => {
    vi.stubGlobal('fetch', vi.fn((_url: string, init: RequestInit) => new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted'))))));
    expect(await requestFromPage('https://www.sklep-przyklad.pl/', 50)).toEqual({ failed: 'no answer' });
  });
});
