import type { BrowserContext, Page } from '@playwright/test';
import { genericUser, type GenericFixtureSite } from '../fixture-sites/generic/index';
import { disposeBrowser } from './browser-pool';
import { expect, test as base } from './harness';
import { launchWithExtension } from './launch';
import { launchWithGrantedOrigins } from './optional-permission';

/** "Detect other sites" asks for every https site. */
export const ALL_HTTPS = 'https://*/*';

/** The harness, with a profile in which the browser remembers that the person once allowed "all https sites". */
export const testWithAllHttps = base.extend({
  context: async ({ fixtures, uiLanguage, browserPool }, use) => {
    const prepared = await browserPool.take(`all https ${uiLanguage}`, (profileDir) => {
      const launch = () =>
        launchWithExtension({ profileDir, hostResolverRules: fixtures.server.hostResolverRules, uiLanguage, headless: true });
      return launchWithGrantedOrigins(launch, profileDir, [ALL_HTTPS]);
    });
    await use(prepared.context);
    await disposeBrowser(prepared);
  },
});

/** Turns "detect other sites" on the way a person does: a click in the options page, which asks for the access. */
export async function turnOnDetection(context: BrowserContext, extensionId: string): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const toggle = options.getByTestId('detect-other-sites');
  await toggle.click();
  await expect(toggle).toBeChecked();
  await expect.poll(() => options.evaluate((origin) => chrome.permissions.contains({ origins: [origin] }), ALL_HTTPS)).toBe(true);
  // The background registers the detector once the setting is stored: a page loaded before that has no detector
  // (CI: the teach spec signed in first and its row never came). Wait for the registration, as a person's next page would.
  await expect
    .poll(() => options.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id)), {
      timeout: 10_000,
    })
    .toContain('signoff-generic-detector');
  await options.close();
}

/** Signs in through a generic fixture site's own form, as a person would. */
export async function signInGeneric(page: Page, site: GenericFixtureSite): Promise<void> {
  await page.goto(`https://${site.host}${site.signIn.path}`);
  await page.locator(site.signIn.email).fill(genericUser.email);
  await page.locator(site.signIn.password).fill(genericUser.password);
  await page.locator(site.signIn.submit).click();
  await page.waitForURL(`https://${site.host}/`);
  expect(site.activeSessions()).toHaveLength(1);
}
