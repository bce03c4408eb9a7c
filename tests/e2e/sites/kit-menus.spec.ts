import { chromium, expect, test as base, type Browser } from '@playwright/test';
import { createKitExampleSite } from '../../fixture-sites/kit/example-site';
import { projectTmpDir } from '../../fixture-sites/paths';
import { startFixtureServer, type FixtureServer } from '../../fixture-sites/server';
import { signInThroughForm } from './sign-in';

// The kit's menu script in real Chromium, for what the site fixtures do not use yet: a menu that opens on hover
// (real pointer and the synthetic events Signoff's engine sends) and a sign-out button that POSTs from the menu.
// Plain Chromium, no extension: this checks the fixture kit, not Signoff.

const hover = createKitExampleSite({ host: 'www.kit-hover.test', open: 'hover' });
const click = createKitExampleSite({
  host: 'www.kit-click.test',
  open: 'click',
  signOut: { kind: 'menu-then-link', method: 'get', path: '/wyloguj', redirectTo: '/' },
});

const test = base.extend<object, { server: FixtureServer; kitBrowser: Browser }>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires an object pattern here.
    async ({}, use) => {
      const server = await startFixtureServer([hover, click]);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  kitBrowser: [
    async ({ server }, use) => {
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        headless: true,
        env: { ...process.env, TMPDIR: projectTmpDir() },
        args: [`--host-resolver-rules=${server.hostResolverRules}`, '--ignore-certificate-errors', '--disable-gpu'],
      });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ kitBrowser }, use) => {
    hover.reset();
    click.reset();
    const context = await kitBrowser.newContext({ locale: 'pl-PL' });
    await use(await context.newPage());
    await context.close();
  },
});

test('a hover menu is built only after the pointer rests on the trigger; its POST button signs out', async ({ page }) => {
  await signInThroughForm(page, hover, hover.users[0]!);
  await expect(page.locator('#account-menu')).toHaveCount(0);
  await page.locator('#account-button').hover();
  const signOut = page.locator('#sign-out');
  await expect(signOut).toBeVisible();
  await expect(signOut).toHaveText('Wyloguj się');
  await signOut.click();
  await expect(page).toHaveURL('https://www.kit-hover.test/logowanie');
  expect(hover.activeSessions()).toEqual([]);
});

test('synthetic pointer events, as Signoff sends them, open a hover menu after its delay', async ({ page }) => {
  hover.controls.menuDelayMs = 500;
  await signInThroughForm(page, hover, hover.users[0]!);
  const shownAfter = await page.evaluate(async () => {
    const trigger = document.querySelector('#account-button')!;
    const start = performance.now();
    trigger.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    while (!document.querySelector('#sign-out')) await new Promise((resolve) => setTimeout(resolve, 20));
    return performance.now() - start;
  });
  expect(shownAfter).toBeGreaterThanOrEqual(450);
});

test('a click menu toggles and its sign-out link is a plain GET', async ({ page }) => {
  await signInThroughForm(page, click, click.users[0]!);
  await page.locator('#account-button').click();
  await expect(page.locator('#account-menu')).toBeVisible();
  await page.locator('#account-button').click();
  await expect(page.locator('#account-menu')).toBeHidden();
  await page.locator('#account-button').click();
  await page.locator('#sign-out').click();
  await expect(page).toHaveURL('https://www.kit-click.test/');
  expect(click.activeSessions()).toEqual([]);
});
