import type { JobRow } from '../../utils/db-schema';
import { readTable } from './extension-state';
import { ALL_HTTPS, signInGeneric, testWithAllHttps as test, turnOnDetection } from './detect-other-sites';
import { expect, signInAmazon } from './harness';

/** Issue #11 §7: Signoff holds and reaches no more than it uses, and "Forget everything" leaves nothing running. */

test('host access is https only, and the extension can connect only to itself and the built-in recipe sites', async ({
  page,
  fixtures,
  serviceWorker,
}) => {
  await signInGeneric(page, fixtures.sklepPrzyklad); // A reachable https site without a recipe.
  const worker = await serviceWorker();
  const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.host_permissions?.length).toBeGreaterThan(0);
  for (const pattern of manifest.host_permissions ?? []) expect(pattern).toMatch(/^https:\/\/\*\.[a-z0-9.-]+\/\*$/);
  const csp = manifest.content_security_policy as { extension_pages?: string } | undefined;
  expect(csp?.extension_pages).not.toMatch(/connect-src[^;]*\shttps:(\s|;|$)/);
  expect(csp?.extension_pages).toContain("script-src 'self';");

  // The profile remembers "all https sites" as allowed, and no-cors needs no answer headers: only the policy can refuse.
  expect(await worker.evaluate((origin) => chrome.permissions.contains({ origins: [origin] }), ALL_HTTPS)).toBe(true);
  const fetchFrom = (url: string) =>
    worker.evaluate(
      (target) => fetch(target, { cache: 'no-store', mode: 'no-cors' }).then(() => 'answered', (error: unknown) => `refused: ${String(error)}`),
      url,
    );
  // A recipe site: the sign-out requests and account checks Signoff makes for the person.
  expect(await fetchFrom('https://www.amazon.pl/')).toBe('answered');
  // Any other https site (it answers pages in the browser, as the sign-in above shows): the policy blocks it.
  expect(await fetchFrom('https://www.sklep-przyklad.pl/')).toMatch(/^refused: TypeError/);
  expect(await fetchFrom('https://www.konto-pulapka.pl/')).toMatch(/^refused: TypeError/);
});

test('"Forget everything" during a running sign-out closes its background tab and gives back optional access', async ({
  page,
  context,
  extensionId,
  openPopup,
  fixtures,
}) => {
  const { amazon } = fixtures;
  await turnOnDetection(context, extensionId); // Optional access to every https site, which Forget gives back.
  await signInAmazon(page, 'www.amazon.pl', 'jan@example.com', 'haslo123');
  await page.goto('about:blank'); // The person's own tab shows nothing of the site.
  amazon.controls.responseDelayMs = 6_000; // The sign-out tab stays on the site a while.

  const popup = await openPopup();
  await popup.getByRole('button', { name: 'Sign out of Amazon (amazon.pl)' }).click();
  await expect.poll(async () => (await readTable<JobRow>(popup, 'jobs'))[0]?.tabId, { timeout: 10_000 }).toBeDefined();
  const signOutTabs = () => context.pages().filter((tab) => tab.url().includes('amazon.pl'));
  await expect.poll(() => signOutTabs().length, { timeout: 10_000 }).toBe(1);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('button', { name: 'Forget everything…' }).click();
  await options.getByRole('button', { name: 'Yes, delete all of Signoff’s data' }).click();
  await expect(options.getByText('Done: Signoff’s history and settings are deleted.')).toBeVisible();

  await expect.poll(() => signOutTabs().length, { timeout: 5_000 }).toBe(0);
  // The job, had it gone on, would have opened another tab for its next method: none comes back.
  await page.waitForTimeout(4_000);
  expect(signOutTabs()).toHaveLength(0);
  expect(await options.evaluate((origin) => chrome.permissions.contains({ origins: [origin] }), ALL_HTTPS)).toBe(false);
  expect(await readTable<JobRow>(options, 'jobs')).toEqual([]);
});
