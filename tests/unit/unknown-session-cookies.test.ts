import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseRecipe, type RecipeInput } from '@/utils/recipes/schema';

// A bank whose session cookies no public source names: the site's answer to its account check is all there is.
const siteSays: { answer: 'signed-in' | 'signed-out' } = { answer: 'signed-in' };
vi.mock('@/utils/account-check/ask-site', () => ({
  checkKey: (recipe: { id: string }, site: { domain: string }) => `${recipe.id}:${site.domain}`,
  checkUnderWay: () => undefined,
  askSite: async () => ({ state: siteSays.answer }),
}));

const { db } = await import('@/utils/db');
const { refreshSite } = await import('@/utils/sessions/sessions');
const { verifySignOut } = await import('@/utils/jobs/verify');

const bank: RecipeInput = {
  id: 'bank-example',
  name: 'Bank Example',
  sites: [{ domain: 'bank.example', origin: 'https://online.bank.example', authCookies: [], sessionCookiesUnknown: true }],
  signOut: [{ kind: 'url', path: '/logout' }],
  accountCheck: { url: '/dashboard', signedIn: { kind: 'marker', text: ['Wyloguj'] } },
  provenance: {
    sources: [{ url: 'https://example.com/client', note: 'A public client signs out with GET /logout.' }],
    checked: '2026-12-06',
    accountCheck: { confidence: 'low', sources: [{ url: 'https://example.com/client', note: 'The dashboard shows Wyloguj.' }] },
  },
};

/** The browser's cookies of the bank (names only reach Signoff's code). */
let jar: string[] = [];

beforeEach(() => {
  jar = [];
  siteSays.answer = 'signed-in';
  fakeBrowser.cookies.getAll = async () =>
    jar.map((name) => ({
      name, value: '', domain: 'online.bank.example', hostOnly: true, path: '/', secure: true, httpOnly: true,
      sameSite: 'lax' as const, session: true, storeId: '0', firstPartyDomain: '',
    }));
});

describe('a site whose session cookie names are unknown', () => {
  it('parses only with an account check and no guessed names', () => {
    expect(parseRecipe(bank).sites[0]!.sessionCookiesUnknown).toBe(true);
    const { accountCheck: _check, ...noCheck } = bank;
    expect(() => parseRecipe(noCheck)).toThrow(/sessionCookiesUnknown: needs an account check/);
    const guessed = { ...bank, sites: [{ ...bank.sites[0]!, authCookies: ['JSESSIONID'] }] };
    expect(() => parseRecipe(guessed)).toThrow(/sites\.0\.authCookies: name the auth cookies, or declare sessionCookiesUnknown/);
    const unnamed = { ...bank, sites: [{ domain: 'bank.example', origin: 'https://online.bank.example', authCookies: [] }] };
    expect(() => parseRecipe(unnamed)).toThrow(/sites\.0\.authCookies/);
  });

  it('is listed when the site says signed in, whatever its cookies are called, and not when it says signed out', async () => {
    const recipe = parseRecipe(bank);
    jar = ['XSRF-TOKEN', 'srv_id'];
    expect(await refreshSite(recipe, recipe.sites[0]!, Date.now(), 'popup')).toMatchObject({ id: 'bank-example:bank.example' });
    siteSays.answer = 'signed-out';
    expect(await refreshSite(recipe, recipe.sites[0]!, Date.now() + 60_000, 'popup')).toBeUndefined();
    expect(await db.sessions.count()).toBe(0);
  });

  it('counts as signed out on the site\'s answer alone: the cookies it keeps prove nothing either way', async () => {
    const recipe = parseRecipe(bank);
    jar = ['srv_id']; // A cookie the bank keeps after its sign-out (no source says which ones).
    siteSays.answer = 'signed-out';
    const landed = vi.fn(async () => 0);
    expect(await verifySignOut(recipe, recipe.sites[0]!, { waitMs: 300, landed })).toBe('verified');
    siteSays.answer = 'signed-in';
    expect(await verifySignOut(recipe, recipe.sites[0]!, { waitMs: 300, landed })).toBe('not-signed-out');
    expect(landed).not.toHaveBeenCalled();
  });
});
