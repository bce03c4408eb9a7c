import type { SessionRow } from '../../utils/db-schema';
import { readTable } from './extension-state';
import { signInGeneric, testWithAllHttps as test, turnOnDetection } from './detect-other-sites';
import { expect } from './harness';

/**
 * Issue #11 §7: a report speaks for the document that sent it, and only the top frame's active document may speak
 * at all (`reportOrigin` in utils/messaging/handle-message.ts). Here a shop embeds another site's widget that shows
 * "Log out"; Signoff's own detector runs in the framed document (as it would if a browser ran content scripts in
 * frames) and reports the account signal it sees there. Attributed by `sender.tab.url`, that report made the shop
 * look signed in: a session row for a site whose visible page shows no account at all.
 */

const SHOP = 'www.sklep-przyklad.pl';

test('a framed document cannot speak for the visible site: no session row for the shop, none for the widget', async ({
  page,
  context,
  extensionId,
  serviceWorker,
  openPopup,
  fixtures,
}) => {
  await turnOnDetection(context, extensionId);
  // A guest whose browser still holds an auth-like cookie (a stale "remember me"): only an account signal on the
  // shop's own page could make it a session.
  await context.addCookies([
    { name: 'sklep_remember', value: 'stale', domain: '.sklep-przyklad.pl', path: '/', secure: true, httpOnly: true, sameSite: 'Lax', expires: Date.now() / 1000 + 3600 },
  ]);
  await page.goto(`https://${SHOP}/partnerzy`);
  await expect(page.getByRole('link', { name: 'Zaloguj się' })).toBeVisible(); // The shop shows no account.
  const widget = page.frameLocator('#partner');
  await expect(widget.getByRole('link', { name: 'Log out' })).toBeVisible();

  // Signoff's detector in every frame of the tab: the top document has nothing to report, the framed one has.
  const worker = await serviceWorker();
  const injected = await worker.evaluate(async (shop) => {
    const [tab] = await chrome.tabs.query({ url: `https://${shop}/*` });
    const results = await chrome.scripting.executeScript({
      target: { tabId: tab!.id!, allFrames: true },
      files: ['/content-scripts/generic-detector.js'],
    });
    return results.map((result) => ({ frameId: result.frameId, url: (result as { documentUrl?: string }).documentUrl }));
  }, SHOP);
  expect(injected.map((frame) => frame.frameId === 0)).toEqual(expect.arrayContaining([true, false]));

  // The detector reports at once and once more after 2 s; the background keeps a report within moments.
  await page.waitForTimeout(3_500);
  const popup = await openPopup();
  const sessions = await readTable<SessionRow>(popup, 'sessions');
  expect(sessions.map((session) => session.id)).toEqual([]);
  await expect(popup.locator('[data-testid="session-row"]')).toHaveCount(0);

  // The person signs in on the shop itself: that is heard (the test can see a report when one counts).
  await signInGeneric(page, fixtures.sklepPrzyklad);
  await expect
    .poll(async () => (await readTable<SessionRow>(popup, 'sessions')).map((session) => session.id), { timeout: 10_000 })
    .toEqual(['generic:sklep-przyklad.pl']);
});
