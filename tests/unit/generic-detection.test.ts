import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isAuthLikeCookieName } from '@/utils/generic/cookie-heuristics';

// The cookie jar behind the heuristics' adapter: names per domain, never values.
const jar = new Map<string, Set<string>>();
vi.mock('@/utils/browser/cookies', () => ({ cookieNames: async (domain: string) => [...(jar.get(domain) ?? [])].sort() }));
vi.mock('@/utils/browser/badge', () => ({ showBadge: async () => undefined }));

const { db } = await import('@/utils/db');
const { saveSettings } = await import('@/utils/settings');
const generic = await import('@/utils/generic/generic-sessions');
const { clearLoginSignals } = await import('@/utils/generic/login-signals');

const T0 = Date.UTC(2026, 10, 21, 9, 0, 0);

/** A cookie the site sets: into the jar, and the event the browser would send. */
async function set(domain: string, name: string, at: number, cookieDomain = `.${domain}`) {
  (jar.get(domain) ?? jar.set(domain, new Set()).get(domain)!).add(name);
  await generic.onGenericCookieChanged({ removed: false, cause: 'explicit', cookie: { domain: cookieDomain, name } }, at);
}
async function remove(domain: string, name: string, at: number) {
  jar.get(domain)?.delete(name);
  await generic.onGenericCookieChanged({ removed: true, cause: 'expired_overwrite', cookie: { domain: `.${domain}`, name } }, at);
}
const sessions = () => db.sessions.toArray();

beforeEach(async () => {
  jar.clear();
  await clearLoginSignals();
  await saveSettings({ detectOtherSites: true });
});

describe('auth-like cookie names', () => {
  it.each([
    'PHPSESSID',
    'JSESSIONID',
    'SKLEPSESSID',
    'sessionid',
    'laravel_session',
    'connect.sid',
    'bsp_sid',
    'bsp_auth',
    'authToken',
    'remember_user_token',
    'wordpress_logged_in_3f2a',
    'user_id',
    'jwt',
    'li_at_session',
  ])('%s looks like a session', (name) => expect(isAuthLikeCookieName(name)).toBe(true));

  it.each([
    '_ga',
    '_ga_ABC123',
    '_gid',
    '_gat_UA-1',
    '_fbp',
    '_gcl_au',
    '_hjSessionUser_123',
    'cookieconsent_status',
    'OptanonConsent',
    'CookieConsent',
    'euconsent-v2',
    'csrftoken',
    'XSRF-TOKEN',
    '_csrf',
    'lang',
    'locale',
    'currency',
    'koszyk_id',
    'cart_session',
    'inside',
    'consider',
    'theme',
  ])('%s does not', (name) => expect(isAuthLikeCookieName(name)).toBe(false));
});

describe('heuristic session detection', () => {
  it('records a session when auth-like cookies appear within a minute after a password form was sent', async () => {
    await generic.onPasswordSubmitted('https://www.sklep-przyklad.pl/logowanie', T0);
    await set('sklep-przyklad.pl', '_ga', T0 + 400); // Analytics: ignored.
    await set('sklep-przyklad.pl', 'SKLEPSESSID', T0 + 500);
    await set('sklep-przyklad.pl', 'sklep_remember', T0 + 510);
    expect(await sessions()).toEqual([
      {
        id: 'generic:sklep-przyklad.pl',
        recipeId: 'generic',
        siteName: 'www.sklep-przyklad.pl',
        domain: 'sklep-przyklad.pl',
        origin: 'https://www.sklep-przyklad.pl',
        cookieNames: ['SKLEPSESSID', 'sklep_remember'],
        signedInAt: T0 + 500,
        lastSeenAt: T0 + 510,
        detectedBy: 'heuristics',
      },
    ]);
  });

  it('also when the cookies arrive before the report of the form (the response beat the message)', async () => {
    await set('beispiel.de', 'bsp_sid', T0, 'forum.beispiel.de');
    await generic.onPasswordSubmitted('https://forum.beispiel.de/anmelden', T0 + 300);
    expect(await sessions()).toMatchObject([{ id: 'generic:beispiel.de', origin: 'https://forum.beispiel.de', cookieNames: ['bsp_sid'] }]);
  });

  it('ignores auth-like cookies without a password submission, and those too long before or after one', async () => {
    await set('sample-crm.com', 'crm_session', T0);
    expect(await sessions()).toEqual([]);
    // 30 s after that cookie (more than the 10 s a report may lag behind), then a cookie 61 s after the form.
    await generic.onPasswordSubmitted('https://app.sample-crm.com/login', T0 + 30_000);
    await set('sample-crm.com', 'remember_user_token', T0 + 30_000 + 61_000);
    expect(await sessions()).toEqual([]);
  });

  it('does nothing while "detect other sites" is off', async () => {
    await saveSettings({ detectOtherSites: false });
    await generic.onPasswordSubmitted('https://www.sklep-przyklad.pl/logowanie', T0);
    await set('sklep-przyklad.pl', 'SKLEPSESSID', T0 + 100);
    expect(await sessions()).toEqual([]);
  });

  it('leaves recipe sites, plain http and IP addresses alone', async () => {
    for (const url of ['https://www.amazon.pl/ap/signin', 'http://www.sklep-przyklad.pl/logowanie', 'https://192.168.1.1/login']) {
      await generic.onPasswordSubmitted(url, T0);
    }
    await set('amazon.pl', 'session-token', T0 + 100);
    await set('sklep-przyklad.pl', 'SKLEPSESSID', T0 + 100);
    expect(await sessions()).toEqual([]);
  });

  it('records a session from a page that shows a sign-out control while auth-like cookies exist', async () => {
    jar.set('boutique-exemple.fr', new Set(['sessionid', 'csrftoken', '_ga']));
    await generic.onAccountSignals('https://www.boutique-exemple.fr/compte/', T0);
    expect(await sessions()).toMatchObject([{ id: 'generic:boutique-exemple.fr', cookieNames: ['sessionid'], detectedBy: 'heuristics' }]);
  });

  it('does not record one from the page alone when no auth-like cookie exists', async () => {
    jar.set('boutique-exemple.fr', new Set(['csrftoken']));
    await generic.onAccountSignals('https://www.boutique-exemple.fr/', T0);
    expect(await sessions()).toEqual([]);
  });

  it('ends the session when its cookies go, and a later anonymous cookie does not bring it back', async () => {
    await generic.onPasswordSubmitted('https://www.sklep-przyklad.pl/logowanie', T0);
    await set('sklep-przyklad.pl', 'SKLEPSESSID', T0 + 100);
    await set('sklep-przyklad.pl', 'sklep_remember', T0 + 110);
    await remove('sklep-przyklad.pl', 'SKLEPSESSID', T0 + 5_000);
    expect((await sessions())[0]?.cookieNames).toEqual(['sklep_remember']);
    await remove('sklep-przyklad.pl', 'sklep_remember', T0 + 5_010);
    expect(await sessions()).toEqual([]);
    // The site hands out a fresh (anonymous) session cookie after the sign-out, within the same minute.
    await set('sklep-przyklad.pl', 'SKLEPSESSID', T0 + 6_000);
    expect(await sessions()).toEqual([]);
  });

  it('keeps the row while a sign-out job for it runs (the job verifies and resumes from it)', async () => {
    await generic.onPasswordSubmitted('https://www.sklep-przyklad.pl/logowanie', T0);
    await set('sklep-przyklad.pl', 'SKLEPSESSID', T0 + 100);
    await db.jobs.add({
      id: 'job-1',
      kind: 'sign-out',
      sessionId: 'generic:sklep-przyklad.pl',
      recipeId: 'generic',
      siteName: 'www.sklep-przyklad.pl',
      domain: 'sklep-przyklad.pl',
      phase: 'verifying',
      methodIndex: 0,
      stepIndex: 0,
      resumes: 0,
      openedTab: true,
      createdAt: T0,
      updatedAt: T0,
      deadline: T0 + 90_000,
    });
    await remove('sklep-przyklad.pl', 'SKLEPSESSID', T0 + 2_000);
    expect(await sessions()).toHaveLength(1);
  });

  it('forgets generic sessions (and only those) when detection is turned off', async () => {
    await db.sessions.put({ id: 'amazon:amazon.pl', recipeId: 'amazon', siteName: 'Amazon', domain: 'amazon.pl', cookieNames: ['at-acbpl'], signedInAt: T0, lastSeenAt: T0 });
    await generic.onPasswordSubmitted('https://forum.beispiel.de/anmelden', T0);
    await set('beispiel.de', 'bsp_sid', T0 + 100, 'forum.beispiel.de');
    await saveSettings({ detectOtherSites: false });
    await generic.reconcileGenericSessions();
    expect((await sessions()).map((s) => s.id)).toEqual(['amazon:amazon.pl']);
  });
});
