import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EXTENSION_DIR, expect, signInAmazon, test } from './harness';
import { isWorkerRunning } from './service-worker';

// These specs check the Amazon fixture itself (and the harness) in real Chromium, so that extension
// specs built on it can trust that it behaves like the real site.

const PL = 'www.amazon.pl';
const COM = 'www.amazon.com';

test('sign-in on amazon.pl: Polish greeting, HttpOnly Secure auth cookies, a server-side session', async ({
  page,
  context,
  fixtures,
}) => {
  await page.goto(`https://${PL}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.locator('#nav-link-accountList-nav-line-1')).toHaveText('Witamy, zaloguj się');
  await expect(page.locator('#nav-link-accountList a')).toHaveAttribute('data-nav-ref', 'nav_ya_signin');

  await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
  await expect(page).toHaveURL(`https://${PL}/`);
  await expect(page.locator('#nav-link-accountList-nav-line-1')).toHaveText('Cześć, Jan');
  await expect(page.locator('#nav-link-accountList .nav-line-2')).toHaveText('Konto i listy');
  // Signed in, the account link is #nav-link-accountList itself (saved 2025 pages).
  const accountLink = page.locator('a#nav-link-accountList');
  await expect(accountLink).toHaveAttribute('data-nav-ref', 'nav_youraccount_btn');
  await expect(accountLink).toHaveAttribute('href', '/gp/css/homepage.html?ref_=nav_youraccount_btn');

  const cookies = await context.cookies(`https://${PL}/`);
  const at = cookies.find((cookie) => cookie.name === 'at-acbpl');
  expect(at).toMatchObject({ domain: '.amazon.pl', path: '/', httpOnly: true, secure: true });
  expect(at?.expires).toBeGreaterThan(Date.now() / 1000 + 300 * 24 * 3600);
  expect(cookies.find((cookie) => cookie.name === 'sess-at-acbpl')).toMatchObject({ httpOnly: true, secure: true });
  expect(cookies.find((cookie) => cookie.name === 'x-acbpl')).toMatchObject({ domain: '.amazon.pl', secure: true });
  expect(cookies.map((cookie) => cookie.name)).toEqual(expect.arrayContaining(['session-id', 'ubid-acbpl']));

  expect(fixtures.amazon.activeSessions(PL)).toEqual([
    expect.objectContaining({ email: 'jan@example.com', name: 'Jan', realm: 'acbpl' }),
  ]);
  await page.goto(`https://${PL}/gp/css/homepage.html`);
  await expect(page.locator('#ya-signed-in-as')).toHaveText('Zalogowano jako jan@example.com');
});

test('anonymous visitors get session-id and ubid but no auth cookies; bare domain redirects to www', async ({
  page,
  context,
}) => {
  await page.goto('https://amazon.pl/gp/yourstore/home');
  await expect(page).toHaveURL(`https://${PL}/gp/yourstore/home`);
  const names = (await context.cookies(`https://${PL}/`)).map((cookie) => cookie.name).sort();
  expect(names).toEqual(['session-id', 'ubid-acbpl']);
  await page.goto(`https://${PL}/gp/css/homepage.html`);
  await expect(page).toHaveURL(/\/ap\/signin\?/);
});

test('a wrong password shows an error and creates no session', async ({ page, fixtures }) => {
  await expect(signInAmazon(page, PL, 'jan@example.com', 'wrong')).rejects.toThrow(/Twoje hasło jest nieprawidłowe/);
  await expect(signInAmazon(page, COM, 'nobody@example.com', 'x')).rejects.toThrow(/cannot find an account/);
  expect(fixtures.amazon.activeSessions()).toEqual([]);
});

test('the account flyout is rendered only after hovering "Account & Lists"', async ({ page }) => {
  await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
  // Like the real site, the flyout HTML sits in a JSON string until the page script renders it.
  await expect(page.locator('#nav-item-signout')).toHaveCount(0);
  expect(await page.locator('#nav-flyout-data').textContent()).toContain('nav-item-signout');

  await page.locator('#nav-link-accountList').hover();
  const signOut = page.locator('#nav-item-signout');
  await expect(signOut).toBeVisible();
  await expect(signOut).toHaveText('Wyloguj się');
  await expect(signOut).toHaveAttribute(
    'href',
    '/gp/flex/sign-out.html?path=%2Fgp%2Fyourstore%2Fhome&signIn=1&useRedirectOnSuccess=1&action=sign-out&ref_=nav_AccountFlyout_signout',
  );
  await expect(page.locator('#nav-item-switch-account')).toHaveText('Zmień konto');
  await expect(page.locator('#nav-item-switch-account')).toHaveAttribute('href', /switch_account=picker&ignoreAuthState=1/);
});

test('a synthetic mouseover (as the extension sends) opens the flyout too', async ({ page, fixtures }) => {
  fixtures.amazon.controls.flyoutDelayMs = 500;
  await signInAmazon(page, COM, 'anna@example.com', 'haslo123');
  const shownAfter = await page.evaluate(async () => {
    const trigger = document.querySelector('a#nav-link-accountList');
    if (!trigger) throw new Error('no trigger');
    const start = performance.now();
    trigger.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    while (!document.querySelector('#nav-item-signout')) await new Promise((resolve) => setTimeout(resolve, 20));
    return performance.now() - start;
  });
  expect(shownAfter).toBeGreaterThanOrEqual(450);
  await expect(page.locator('#nav-item-signout')).toHaveText('Sign Out');
});

test('clicking "Wyloguj się" revokes the server-side session, expires the auth cookies and lands on /ap/signin', async ({
  page,
  context,
  fixtures,
}) => {
  await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
  expect(fixtures.amazon.activeSessions(PL)).toHaveLength(1);

  await page.locator('#nav-link-accountList').hover();
  await page.locator('#nav-item-signout').click();
  await expect(page).toHaveURL(new RegExp(`^https://${PL.replace(/\./g, '\\.')}/ap/signin\\?`));
  await expect(page.locator('#ap_email')).toBeVisible();

  expect(fixtures.amazon.activeSessions(PL)).toEqual([]);
  const names = (await context.cookies(`https://${PL}/`)).map((cookie) => cookie.name).sort();
  expect(names).toEqual(['session-id', 'ubid-acbpl']);
  await page.goto(`https://${PL}/`);
  await expect(page.locator('#nav-link-accountList-nav-line-1')).toHaveText('Witamy, zaloguj się');
});

test('deleting the cookies in the browser does not end the server-side session', async ({ page, context, fixtures }) => {
  await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
  const saved = await context.cookies(`https://${PL}/`);
  await context.clearCookies({ domain: '.amazon.pl' });
  await page.goto(`https://${PL}/`);
  await expect(page.locator('#nav-link-accountList-nav-line-1')).toHaveText('Witamy, zaloguj się');
  // The session is still alive on the server: anyone holding the old cookie is still Jan.
  expect(fixtures.amazon.activeSessions(PL)).toHaveLength(1);
  await context.addCookies(saved.filter((cookie) => cookie.name === 'at-acbpl'));
  await page.reload();
  await expect(page.locator('#nav-link-accountList-nav-line-1')).toHaveText('Cześć, Jan');
});

test('amazon.com is a separate realm and session store, in English', async ({ page, context, fixtures }) => {
  await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
  await page.goto(`https://${COM}/`);
  await expect(page.locator('#nav-link-accountList-nav-line-1')).toHaveText('Hello, sign in');

  await signInAmazon(page, COM, 'anna@example.com', 'haslo123');
  await expect(page.locator('#nav-link-accountList-nav-line-1')).toHaveText('Hello, Anna');
  await expect(page.locator('#nav-link-accountList .nav-line-2')).toHaveText('Account & Lists');
  const comNames = (await context.cookies(`https://${COM}/`)).map((cookie) => cookie.name);
  expect(comNames).toEqual(expect.arrayContaining(['at-main', 'x-main', 'sess-at-main', 'ubid-main', 'session-id']));

  expect(fixtures.amazon.activeSessions(COM)).toEqual([expect.objectContaining({ name: 'Anna', realm: 'main' })]);
  expect(fixtures.amazon.activeSessions(PL)).toEqual([expect.objectContaining({ name: 'Jan', realm: 'acbpl' })]);
  expect(fixtures.amazon.activeSessions()).toHaveLength(2);

  // Signing out on .com leaves .pl signed in.
  await page.locator('#nav-link-accountList').hover();
  await page.locator('#nav-item-signout').click();
  await expect(page).toHaveURL(/\/ap\/signin\?/);
  expect(fixtures.amazon.activeSessions(COM)).toEqual([]);
  expect(fixtures.amazon.activeSessions(PL)).toHaveLength(1);
});

test('amazon.de speaks German', async ({ page }) => {
  await signInAmazon(page, 'www.amazon.de', 'jan@example.com', 'haslo123');
  await expect(page.locator('#nav-link-accountList-nav-line-1')).toHaveText('Hallo, Jan');
  await page.locator('#nav-link-accountList').hover();
  await expect(page.locator('#nav-item-signout')).toHaveText('Abmelden');
});

test('signOutRemoved: no sign-out link, and the sign-out URL answers 404 without revoking', async ({
  page,
  fixtures,
}) => {
  fixtures.amazon.controls.signOutRemoved = true;
  await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
  await page.locator('#nav-link-accountList').hover();
  await expect(page.locator('#nav-item-switch-account')).toBeVisible();
  await expect(page.locator('#nav-item-signout')).toHaveCount(0);
  await expect(page.locator('a[href*="/gp/flex/sign-out.html"]')).toHaveCount(0);

  const response = await page.goto(
    `https://${PL}/gp/flex/sign-out.html?path=%2Fgp%2Fyourstore%2Fhome&signIn=1&useRedirectOnSuccess=1&action=sign-out`,
  );
  expect(response?.status()).toBe(404);
  expect(fixtures.amazon.activeSessions(PL)).toHaveLength(1);
  await expect(page.locator('#nav-link-accountList-nav-line-1')).toHaveText('Cześć, Jan');
});

test('signOutDelayMs: a sign-out abandoned by the browser revokes nothing', async ({ page, fixtures }) => {
  await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
  fixtures.amazon.controls.signOutDelayMs = 1_500;
  const signOutUrl = `https://${PL}/gp/flex/sign-out.html?path=%2Fgp%2Fyourstore%2Fhome&signIn=1&action=sign-out`;
  void page.goto(signOutUrl).catch(() => undefined);
  await page.waitForTimeout(300);
  await page.close(); // Interrupts the request mid-sign-out.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  expect(fixtures.amazon.activeSessions(PL)).toHaveLength(1);
});

test('the extension sees the fixture cookies through chrome.cookies', async ({ page, serviceWorker }) => {
  await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
  const worker = await serviceWorker();
  const cookies = await worker.evaluate(() => chrome.cookies.getAll({ domain: 'amazon.pl' }));
  const at = cookies.find((cookie) => cookie.name === 'at-acbpl');
  expect(at).toMatchObject({ domain: '.amazon.pl', httpOnly: true, secure: true, hostOnly: false, session: false });
  expect(cookies.map((cookie) => cookie.name)).toEqual(
    expect.arrayContaining(['at-acbpl', 'x-acbpl', 'sess-at-acbpl', 'session-id', 'ubid-acbpl']),
  );
  // The service worker reaches the fixture through the resolver rules too (its own fetch, not a page).
  const status = await worker.evaluate(async () => (await fetch('https://www.amazon.pl/favicon.ico')).status);
  expect(status).toBe(404);
});

test('the harness stops the service worker, opens the popup and wakes the worker', async ({
  context,
  serviceWorker,
  stopServiceWorker,
  wakeServiceWorker,
  openPopup,
  extensionId,
}) => {
  const before = await serviceWorker();
  expect(new URL(before.url()).host).toBe(extensionId);
  // Let the first start (onInstalled and its work) settle, or Chromium restarts the worker at once.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  await before.evaluate(() => {
    (globalThis as Record<string, unknown>).harnessMarker = 'old worker';
  });

  await stopServiceWorker();
  expect(await isWorkerRunning(context, extensionId)).toBe(false);

  const popup = await openPopup();
  await expect(popup).toHaveURL(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('body')).not.toBeEmpty();
  const after = await wakeServiceWorker();
  // A fresh worker: the global set in the old one is gone.
  expect(await after.evaluate(() => (globalThis as Record<string, unknown>).harnessMarker ?? 'fresh')).toBe('fresh');
});

test.describe('UI language', () => {
  test.use({ uiLanguage: 'pl' });

  test('uiLanguage pl reaches the extension (messages) and pages (navigator.language)', async ({
    serviceWorker,
    page,
  }) => {
    const messages = (lang: string): Record<string, { message: string }> =>
      JSON.parse(readFileSync(join(EXTENSION_DIR, '_locales', lang, 'messages.json'), 'utf8')) as Record<
        string,
        { message: string }
      >;
    const en = messages('en');
    const pl = messages('pl');
    const key = Object.keys(pl).find((name) => en[name] && en[name].message !== pl[name]?.message);
    expect(key, 'a message that differs between en and pl').toBeDefined();

    const worker = await serviceWorker();
    const seen = await worker.evaluate((name) => ({
      message: chrome.i18n.getMessage(name),
      uiLanguage: chrome.i18n.getUILanguage(),
      navigatorLanguage: navigator.language,
    }), key ?? '');
    expect(seen.message).toBe(pl[key ?? '']?.message);
    expect(seen.navigatorLanguage).toBe('pl-PL');
    // chrome.i18n.getUILanguage() follows only if Chromium has pl.pak (Debian: chromium-l10n); else it says en-US.
    test.info().annotations.push({ type: 'getUILanguage', description: seen.uiLanguage });
    const chromiumDir = process.env.CHROMIUM_PATH ? dirname(process.env.CHROMIUM_PATH) : '/usr/lib/chromium';
    if (existsSync(join(chromiumDir, 'locales', 'pl.pak'))) expect(seen.uiLanguage).toBe('pl');

    await page.goto(`https://${PL}/`);
    expect(await page.evaluate(() => navigator.language)).toBe('pl-PL');
  });
});
