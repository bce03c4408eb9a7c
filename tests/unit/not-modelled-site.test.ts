import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseRecipe, type RecipeInput } from '@/utils/recipes/schema';

// The worker may request the bank (as for a built-in recipe): whatever the bank's page says must not count.
vi.mock('@/utils/recipes/match-patterns', () => ({ workerMayConnect: () => true }));

const { askSite } = await import('@/utils/account-check/ask-site');
const { verifySignOut } = await import('@/utils/jobs/verify');
const { buildPopupModel } = await import('@/utils/popup-model');

// A bank whose pages no public source shows: Signoff knows its domain and nothing else.
const bank: RecipeInput = {
  id: 'bank-example',
  name: 'Bank Example',
  sites: [{ domain: 'bank.example', origin: 'https://online.bank.example', authCookies: [], notModelled: { reason: 'No public source shows its pages.' } }],
  signOut: [{ kind: 'generic', startPath: '/' }],
  provenance: { sources: [{ url: 'https://bank.example/', note: 'The bank\'s own address.' }], checked: '2026-12-07' },
};

let jar: string[] = [];
/** Every request the code under test makes to the bank. */
const requested: string[] = [];

beforeEach(() => {
  jar = [];
  requested.length = 0;
  fakeBrowser.cookies.getAll = async () =>
    jar.map((name) => ({
      name, value: '', domain: 'online.bank.example', hostOnly: true, path: '/', secure: true, httpOnly: true,
      sameSite: 'lax' as const, session: true, storeId: '0', firstPartyDomain: '',
    }));
  // A page with no sign-out control: the generic reading of a page would call that "signed out".
  vi.stubGlobal('fetch', async (url: string) => {
    requested.push(url);
    return new Response('<html><body><a href="/login">Zaloguj</a></body></html>', { status: 200 });
  });
});

describe('a site not modelled', () => {
  it('parses with its domain alone, and is refused with any modelled fact', () => {
    expect(parseRecipe(bank).sites[0]!.notModelled).toEqual({ reason: 'No public source shows its pages.' });
    const site = bank.sites[0]!;
    const refused: [RecipeInput, RegExp][] = [
      [{ ...bank, sites: [{ ...site, authCookies: ['JSESSIONID'] }] }, /sites\.0\.authCookies/],
      [{ ...bank, sites: [{ ...site, sessionCookiesUnknown: true }] }, /sites\.0\.notModelled: a site not modelled has no session cookie facts/],
      [{ ...bank, accountCheck: { url: '/', signedIn: { kind: 'marker', text: ['Wyloguj'] } } }, /accountCheck: a site not modelled has no account check/],
      [{ ...bank, signOut: [{ kind: 'url', path: '/logout' }] }, /signOut\.0\.kind: a site not modelled signs out by the generic finder only/],
      [{ ...bank, signOut: [{ kind: 'steps', steps: [{ action: 'click', target: { text: { pl: ['Wyloguj'] } } }] }] }, /signOut\.0\.kind/],
      [{ ...bank, detect: { accountName: { target: { css: ['.user'] } } } }, /detect: a site not modelled reads nothing/],
      [{ ...bank, sites: [site, { domain: 'other.example', origin: 'https://other.example', authCookies: ['sid'] }] }, /sites\.1\.notModelled/],
    ];
    for (const [input, message] of refused) expect(() => parseRecipe(input)).toThrow(message);
  });

  it('is never asked, not even by reading its page as for a site without a recipe', async () => {
    const recipe = parseRecipe(bank);
    expect(await askSite(recipe, recipe.sites[0]!, { fresh: true })).toEqual({ state: 'unknown', why: 'no check' });
    expect(requested).toEqual([]);
  });

  it('never reports a sign-out as verified, even with its cookies gone and its page showing no sign-out', async () => {
    const recipe = parseRecipe(bank);
    let landedCalls = 0;
    const landed = async () => {
      landedCalls += 1;
      return 0;
    };
    expect(await verifySignOut(recipe, recipe.sites[0]!, { waitMs: 500, landed })).toBe('cannot-verify');
    jar = ['JSESSIONID'];
    expect(await verifySignOut(recipe, recipe.sites[0]!, { waitMs: 500, landed, settled: async () => true })).toBe('cannot-verify');
    expect(landedCalls).toBe(0);
  });

  it('gets a row that names no one and says Signoff cannot tell, not "not confirmed by the site"', () => {
    const row = {
      id: 'bank-example:bank.example', siteName: 'Bank Example', domain: 'bank.example', signedInAt: 1,
      accountName: 'Jan Kowalski', siteCheck: { state: 'unconfirmed' as const }, notModelled: true as const,
    };
    const [view] = buildPopupModel([row], [], 2).sessions;
    expect(view).toMatchObject({ notModelled: true });
    expect(view!.accountName).toBeUndefined();
    expect(view!.unconfirmed).toBeUndefined();
  });
});
