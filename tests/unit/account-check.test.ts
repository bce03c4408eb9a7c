import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readAnswer } from '@/utils/account-check/read-answer';
import { pageShowsSignOut } from '@/utils/account-check/page-signals';
import { parseRecipe, type RecipeInput } from '@/utils/recipes/schema';
import { recipeInputs } from '@/utils/recipes/sites';

// A cookie jar (names only) behind the cookies adapter.
const jar = new Set<string>();
vi.mock('@/utils/browser/cookies', () => ({
  authCookieNames: async (site: { authCookies: string[] }) => site.authCookies.filter((name) => jar.has(name)),
}));
vi.mock('@/utils/browser/badge', () => ({ showBadge: async () => undefined }));

const { askSite, CHECK_TIMEOUT_MS } = await import('@/utils/account-check/ask-site');
const { db } = await import('@/utils/db');
const { onCookieChanged, onPageSignal, recheckSites } = await import('@/utils/sessions/sessions');

const recipe = (id: string) => parseRecipe(recipeInputs.find((r) => r.id === id)!);
const reddit = recipe('reddit');
const github = recipe('github');
const google = recipe('google');

/** The site behind fetch: a function of the request, recording what was asked. */
let site: (url: string, init: RequestInit) => Promise<Response>;
const asked: { url: string; init: RequestInit }[] = [];

beforeEach(async () => {
  jar.clear();
  asked.length = 0;
  site = async () => Promise.reject(new TypeError('offline'));
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => (asked.push({ url, init }), site(url, init)));
  await db.sessions.clear();
});

describe('reading the site\'s answer', () => {
  const redirect = { redirected: true, status: 0, body: '' };
  it('a redirect (opaque: no Location is read) is "signed out"; 2xx is "signed in"; anything else is unknown', () => {
    const check = github.accountCheck!;
    expect(readAnswer(check, redirect).state).toBe('signed-out');
    expect(readAnswer(check, { redirected: false, status: 200, body: '<html>' }).state).toBe('signed-in');
    expect(readAnswer(check, { redirected: false, status: 503, body: '' })).toEqual({ state: 'unknown', why: 'status 503' });
  });

  it('JSON: the account name where the recipe says, a guest\'s empty answer is "signed out", broken JSON unknown', () => {
    const check = reddit.accountCheck!;
    expect(readAnswer(check, { redirected: false, status: 200, body: '{"kind":"t2","data":{"name":"jan_k"}}' })).toEqual({
      state: 'signed-in',
      accountName: 'jan_k',
    });
    expect(readAnswer(check, { redirected: false, status: 200, body: '{}' }).state).toBe('signed-out');
    expect(readAnswer(check, { redirected: false, status: 200, body: '<html>login</html>' }).state).toBe('unknown');
  });

  it('Google ListAccounts: a listed account flagged "signed out" is not a session', () => {
    const check = google.accountCheck!;
    const row = (signedOut: number) => ['gaia.l.a', 1, 'Jan', 'jan@gmail.com', 'p', 1, 1, 0, null, 1, '1', null, null, null, signedOut];
    const body = (rows: unknown[]) => JSON.stringify(['gaia.l.a.r', rows]);
    expect(readAnswer(check, { redirected: false, status: 200, body: body([row(0)]) })).toEqual({ state: 'signed-in', accountName: 'jan@gmail.com' });
    expect(readAnswer(check, { redirected: false, status: 200, body: body([row(1)]) }).state).toBe('signed-out');
    expect(readAnswer(check, { redirected: false, status: 200, body: body([]) }).state).toBe('signed-out');
  });

  it('a name the site reports that carries markup or is too long is not shown', () => {
    const check = reddit.accountCheck!;
    const answer = (name: string) => readAnswer(check, { redirected: false, status: 200, body: JSON.stringify({ data: { name } }) });
    expect(answer('<img src=x onerror=alert(1)>')).toEqual({ state: 'signed-in' });
    expect(answer('x'.repeat(200))).toEqual({ state: 'signed-in' });
  });

  it('the page a person was signed in on (sites without a recipe): sign-out links and labels, not words in scripts', () => {
    expect(pageShowsSignOut('<header><a href="/wyloguj" class="logout">Wyloguj się</a></header>')).toBe(true);
    expect(pageShowsSignOut('<form action="/users/sign_out" method="post"><button>Log out</button></form>')).toBe(true);
    expect(pageShowsSignOut('<input type="submit" value="Sign out">')).toBe(true);
    expect(pageShowsSignOut('<a href="/login">Zaloguj się</a><script>var logoutUrl = "/logout";</script>')).toBe(false);
  });
});

describe('the account check in recipes', () => {
  const base = recipeInputs.find((r) => r.id === 'github')!;
  const withCheck = (accountCheck: unknown, extra: Partial<RecipeInput> = {}) => ({ ...base, ...extra, accountCheck });

  it('every built-in recipe has one, with its evidence and confidence (but one whose site is declared not modelled)', () => {
    for (const input of recipeInputs) {
      const parsed = parseRecipe(input);
      // A bank whose pages no source shows has no check by rule (the schema refuses one): tests/unit/not-modelled-site.test.ts.
      if (parsed.sites.every((site) => site.notModelled)) continue;
      expect(parsed.accountCheck, input.id).toBeDefined();
      expect(parsed.provenance.accountCheck?.sources.length, input.id).toBeGreaterThan(0);
    }
  });

  it('is validated like every other address: https, on the recipe\'s own sites (not a related domain), with evidence', () => {
    const signedIn = { kind: 'status' };
    expect(() => parseRecipe(withCheck({ url: 'https://evil.example/me', signedIn }))).toThrow(/accountCheck\.url/);
    expect(() => parseRecipe(withCheck({ url: 'http://github.com/settings', signedIn }))).toThrow(/accountCheck\.url/);
    expect(() => parseRecipe(withCheck({ url: '//evil.example/me', signedIn }))).toThrow(/accountCheck\.url/);
    const youtube = recipeInputs.find((r) => r.id === 'youtube')!;
    expect(() => parseRecipe({ ...youtube, accountCheck: { url: 'https://accounts.google.com/ListAccounts', signedIn } })).toThrow(
      /not a site of the recipe/,
    );
    const { accountCheck: _evidence, ...provenance } = base.provenance as { accountCheck?: unknown };
    expect(() => parseRecipe(withCheck({ url: '/settings', signedIn }, { provenance: provenance as RecipeInput['provenance'] }))).toThrow(
      /needs its evidence/,
    );
  });

  it('cookie names guests get too need a check: only the site can tell', () => {
    const { accountCheck: _check, ...noCheck } = recipeInputs.find((r) => r.id === 'vinted')!;
    expect(() => parseRecipe(noCheck)).toThrow(/guestsGetAuthCookies: needs an account check/);
  });
});

describe('asking the site from the worker', () => {
  it('sends the browser\'s cookies, follows no redirect, stores nothing of the answer but the verdict', async () => {
    site = async () => new Response('{"data":{"name":"jan_k"}}', { status: 200 });
    expect(await askSite(reddit, reddit.sites[0]!)).toEqual({ state: 'signed-in', accountName: 'jan_k' });
    expect(asked).toEqual([
      { url: 'https://www.reddit.com/api/me.json', init: expect.objectContaining({ credentials: 'include', redirect: 'manual', cache: 'no-store' }) },
    ]);
  });

  it('a site that never answers is "could not be asked" after the timeout, and never holds anything longer', async () => {
    site = (_url, init) => new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    vi.useFakeTimers();
    try {
      const answer = askSite(github, github.sites[0]!);
      await vi.advanceTimersByTimeAsync(CHECK_TIMEOUT_MS + 10);
      expect(await answer).toEqual({ state: 'unknown', why: 'no answer' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('one check at a time per site: a second caller shares the one under way', async () => {
    let release: (response: Response) => void = () => undefined;
    site = () => new Promise((resolve) => (release = resolve));
    const first = askSite(github, github.sites[0]!);
    const second = askSite(github, github.sites[0]!);
    release(new Response('ok', { status: 200 }));
    expect(await first).toEqual(await second);
    expect(asked).toHaveLength(1);
  });
});

describe('listing: cookies trigger, the site decides', () => {
  const cookieSet = (name: string) => onCookieChanged({ name, domain: '.github.com' });

  it('a guest with look-alike cookies (the site answers signed out) gets no row', async () => {
    site = async () => new Response(null, { status: 302, headers: { location: '/login' } });
    jar.add('user_session');
    await cookieSet('user_session');
    expect(await db.sessions.count()).toBe(0);
  });

  it('a confirmed session shows the name the site reports; one that cannot be asked is "not confirmed"', async () => {
    site = async () => new Response('{"data":{"name":"jan_k"}}', { status: 200 });
    jar.add('reddit_session');
    await onCookieChanged({ name: 'reddit_session', domain: '.reddit.com' });
    expect(await db.sessions.get('reddit:reddit.com')).toMatchObject({ accountName: 'jan_k', siteCheck: { state: 'confirmed', named: true } });

    site = async () => Promise.reject(new TypeError('offline'));
    jar.add('user_session');
    await cookieSet('user_session');
    expect(await db.sessions.get('github:github.com')).toMatchObject({ siteCheck: { state: 'unconfirmed' } });
  });

  it('when the popup opens, each site is asked at most once a minute; a session the site ended goes', async () => {
    site = async () => new Response('ok', { status: 200 });
    jar.add('user_session');
    await cookieSet('user_session');
    expect(await db.sessions.count()).toBe(1);
    const before = asked.length;
    const now = Date.now() + 10_000;
    await recheckSites(now); // Within a minute of the check when the cookies appeared: not asked again.
    expect(asked.length).toBe(before);
    site = async () => new Response(null, { status: 302 });
    await recheckSites(now + 61_000);
    expect(asked.length).toBe(before + 1);
    expect(await db.sessions.count()).toBe(0);
  });
});

describe('a page\'s name on sites whose guests hold look-alike cookies', () => {
  // Synergia answers its account page with the top bar when signed in, „Brak dostępu” to a guest.
  const librusAnswer = async () => new Response(jar.has('DZIENNIKSID') ? '<div id="user-section">' : '<h2>Brak dostępu</h2>', { status: 200 });
  const cookieSet = (name: string) => (jar.add(name), onCookieChanged({ name, domain: '.librus.pl' }));

  it('a name shown before the site\'s answer made the row is kept for that row, and never outlives a "signed out"', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      site = librusAnswer;
      await cookieSet('SDZIENNIKSID'); // The guest's cookie: asked, "signed out", no row.
      await cookieSet('DZIENNIKSID'); // Signed in seconds later: too soon to ask again, a trailing check is scheduled.
      expect(await db.sessions.count()).toBe(0);
      await onPageSignal('synergia.librus.pl', { signedIn: true, accountName: 'Jan Kowalski' });
      await vi.advanceTimersByTimeAsync(5_000);
      await vi.waitFor(async () => expect(await db.sessions.get('librus:librus.pl')).toMatchObject({ accountName: 'Jan Kowalski' }));

      // Signed out before the row came: the next person's row does not get the name.
      await db.sessions.clear();
      jar.delete('DZIENNIKSID');
      await onPageSignal('synergia.librus.pl', { signedIn: true, accountName: 'Jan Kowalski' });
      await vi.advanceTimersByTimeAsync(5_000);
      await onCookieChanged({ name: 'DZIENNIKSID', domain: '.librus.pl' }, true);
      await vi.advanceTimersByTimeAsync(5_000);
      await cookieSet('DZIENNIKSID');
      await vi.advanceTimersByTimeAsync(5_000);
      await vi.waitFor(async () => expect(await db.sessions.get('librus:librus.pl')).toBeDefined());
      expect((await db.sessions.get('librus:librus.pl'))!.accountName).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('rate limits', () => {
  it('sites asked side by side each keep their own time (no lost writes)', async () => {
    const { mayAsk } = await import('@/utils/account-check/schedule');
    const now = Date.now();
    const keys = Array.from({ length: 10 }, (_, i) => `site-${i}`);
    expect((await Promise.all(keys.map((key) => mayAsk(key, 'popup', now)))).every((answer) => answer.ok)).toBe(true);
    // Within the minute, none of them may be asked again on a popup open.
    expect((await Promise.all(keys.map((key) => mayAsk(key, 'popup', now + 30_000)))).some((answer) => answer.ok)).toBe(false);
    // After a sign-out, always.
    expect((await mayAsk('site-0', 'sign-out', now + 31_000)).ok).toBe(true);
  });
});
