import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { expect, test } from './harness';
import { closeWelcomePage, FIREFOX_EXTENSION_ID, launchFirefox } from './launch';
import { openExtensionPage } from './pages';
import { firefoxWithPolicies } from './policy-folder';

test('policies.json\'s 3rdparty.Extensions reaches storage.managed: shared mode forced, idle time and keep list locked', async ({ fixtures }) => {
  const policy = { forceMode: 'shared', idleMinutes: 5, keepList: ['intranet.example.pl'] };
  const managed = firefoxWithPolicies({ '3rdparty': { Extensions: { [FIREFOX_EXTENSION_ID]: policy } } });
  let firefox: Browser | undefined;
  try {
    firefox = await launchFirefox({ proxyPort: fixtures.proxy.port, executablePath: managed.executablePath });
    await closeWelcomePage(firefox, 5_000);
    const options = await openExtensionPage(firefox, 'options.html');
    expect(await options.evaluate(() => (globalThis as unknown as { browser: { storage: { managed: { get(): Promise<object> } } } }).browser.storage.managed.get())).toEqual(policy);
    await options.waitForSelector('[data-testid="managed-note"]', { timeout: 15_000 });
    const shared = await options.waitForSelector('input[type="radio"][value="shared"]');
    // Locked through its fieldset, as Chrome's policy test sees it.
    expect(await shared!.evaluate((input) => [(input as HTMLInputElement).checked, input.matches(':disabled')])).toEqual([true, true]);
    expect(await options.$eval('input[type="number"]', (input) => (input as HTMLInputElement).value)).toBe('5');
    expect(await options.$eval('[data-testid="keep-list"]', (list) => (list as HTMLElement).innerText)).toContain('intranet.example.pl');
  } finally {
    await firefox?.close();
    managed.remove();
  }
  // The real folder never held the file: other browsers on the machine never saw the test's policy.
  expect(existsSync(join(managed.distributionDir, 'policies.json'))).toBe(false);
});
