import { beforeEach, describe, expect, it, vi } from 'vitest';
import { shopRecipe } from '../fixture-sites/generic/shop-recipe';

// The cookie jar the adapter would read: name → domain. Cookie values never reach Signoff's code.
const jar = new Map<string, string>();
vi.mock('@/utils/browser/cookies', () => ({
  authCookieNames: async (site: { domain: string; authCookies: string[] }) =>
    [...jar].filter(([name, domain]) => domain === site.domain && site.authCookies.includes(name)).map(([name]) => name).sort(),
}));
const badge = vi.fn();
vi.mock('@/utils/browser/badge', () => ({ showBadge: (count: number) => badge(count) }));

const { db } = await import('@/utils/db');
const { onCookieChanged, onPageSignal, reconcileAllSites } = await import('@/utils/sessions/sessions');

function setCookie(name: string, domain: string) {
  jar.set(name, domain);
  return onCookieChanged({ name, domain: `.${domain}` });
}
function removeCookie(name: string, domain: string) {
  jar.delete(name);
  return onCookieChanged({ name, domain: `.${domain}` });
}

beforeEach(async () => {
  jar.clear();
  badge.mockClear();
  await db.sessions.clear();
});

describe('session tracking from cookie events', () => {
  it('starts a session when an auth cookie appears, and counts it on the badge', async () => {
    await setCookie('at-acbpl', 'amazon.pl');
    const session = await db.sessions.get('amazon:amazon.pl');
    expect(session).toMatchObject({ siteName: 'Amazon', domain: 'amazon.pl', cookieNames: ['at-acbpl'] });
    expect(badge).toHaveBeenLastCalledWith(1);
  });

  it('ignores anonymous cookies such as session-id and cookies of other sites', async () => {
    await setCookie('session-id', 'amazon.pl');
    await setCookie('at-main', 'example.com');
    expect(await db.sessions.count()).toBe(0);
  });

  it('keeps amazon.pl and amazon.com apart', async () => {
    await setCookie('x-acbpl', 'amazon.pl');
    await setCookie('at-main', 'amazon.com');
    expect((await db.sessions.toArray()).map((s) => s.id).sort()).toEqual(['amazon:amazon.com', 'amazon:amazon.pl']);
    expect(badge).toHaveBeenLastCalledWith(2);
  });

  it('ends the session only when the last auth cookie is gone', async () => {
    await setCookie('at-acbpl', 'amazon.pl');
    await setCookie('x-acbpl', 'amazon.pl');
    await removeCookie('at-acbpl', 'amazon.pl');
    expect(await db.sessions.get('amazon:amazon.pl')).toBeDefined();
    await removeCookie('x-acbpl', 'amazon.pl');
    expect(await db.sessions.get('amazon:amazon.pl')).toBeUndefined();
    expect(badge).toHaveBeenLastCalledWith(0);
  });

  it('keeps the time the session was first seen', async () => {
    await setCookie('at-acbpl', 'amazon.pl');
    const first = (await db.sessions.get('amazon:amazon.pl'))!.signedInAt;
    await new Promise((r) => setTimeout(r, 5));
    await setCookie('x-acbpl', 'amazon.pl');
    expect((await db.sessions.get('amazon:amazon.pl'))!.signedInAt).toBe(first);
  });

  it('rebuilds sessions from the cookie jar at start', async () => {
    jar.set('sess-at-acbde', 'amazon.de');
    await reconcileAllSites();
    expect(await db.sessions.get('amazon:amazon.de')).toBeDefined();
  });

  it('takes the account name from a page signal only for an existing session on that host', async () => {
    await onPageSignal('www.amazon.pl', { signedIn: true, accountName: 'Jan' });
    expect(await db.sessions.count()).toBe(0);
    await setCookie('at-acbpl', 'amazon.pl');
    await onPageSignal('www.amazon.com', { signedIn: true, accountName: 'Mallory' });
    await onPageSignal('www.amazon.pl', { signedIn: true, accountName: 'Jan' });
    expect((await db.sessions.get('amazon:amazon.pl'))!.accountName).toBe('Jan');
  });
});

describe('what the popup offers comes with the session row (issue 13 §6)', () => {

  it('a built-in recipe: its account flows and the guides of that marketplace', async () => {
    await setCookie('at-acbpl', 'amazon.pl');
    const row = await db.sessions.get('amazon:amazon.pl');
    expect(row?.accountFlows).toEqual(['switchAccount', 'addAccount']);
    expect(row?.guides?.map((guide) => guide.id)).toEqual(['cancel-prime', 'close-account', 'close-account-customer-service']);
    expect(row?.guides?.[0]?.menuLabel.pl).toMatch(/Prime/);
  });

  it('an imported recipe alike: its switcher and its guide, with their labels', async () => {
    const { checkImportedRecipe, saveImportedRecipe } = await import('@/utils/recipes/imported');
    const { builtInRecipes, reloadExtraRecipes } = await import('@/utils/recipes/registry');
    await saveImportedRecipe(checkImportedRecipe(JSON.stringify(shopRecipe), builtInRecipes));
    await reloadExtraRecipes();
    await setCookie('SKLEPSESSID', 'sklep-przyklad.pl');
    const row = await db.sessions.get('sklep-przyklad:sklep-przyklad.pl');
    expect(row).toMatchObject({
      accountFlows: ['switchAccount'],
      guides: [{ id: 'delete-account', menuLabel: { en: 'Delete shop account…', pl: 'Usuń konto w sklepie…' } }],
    });
  });
});
