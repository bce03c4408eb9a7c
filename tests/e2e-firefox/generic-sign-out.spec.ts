import type { Browser } from 'puppeteer-core';
import type { AuditRow } from '../../utils/db-schema';
import { genericUser } from '../fixture-sites/generic/index';
import { expect, test } from './harness';
import { closeWelcomePage, launchFirefox } from './launch';
import { openExtensionPage, openPopup, pressButton, readTable, waitForText } from './pages';

/**
 * A site without a recipe in Firefox (issue #11 §7 with #12): the extension may connect only to the built-in recipe
 * sites (the MV2 build's `content_security_policy`), so after the generic sign-out the page the person signed in on is
 * asked again from a document of the site itself. Before, the worker's request was refused and the sign-out could
 * only end "removed from this browser".
 */

const SHOP = 'www.sklep-przyklad.pl';

test('a site without a recipe: detected, signed out by the generic finder, and verified by the site asked from its own tab', async ({
  fixtures,
}) => {
  test.setTimeout(120_000);
  const site = fixtures.sklepPrzyklad;
  let firefox: Browser | undefined;
  try {
    // The person allows "Detect other sites" in the options page; Firefox grants it without its doorhanger here.
    firefox = await launchFirefox({ proxyPort: fixtures.proxy.port, prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
    await closeWelcomePage(firefox);
    const options = await openExtensionPage(firefox, 'options.html');
    const csp = await options.evaluate(() => (globalThis as unknown as { browser: { runtime: { getManifest(): { content_security_policy?: unknown } } } }).browser.runtime.getManifest().content_security_policy);
    expect(String(csp)).not.toMatch(/connect-src[^;]*\shttps:(\s|;|$)/);
    // The options page renders its settings once storage has answered: wait for the switch before pressing it.
    await options.waitForSelector('[data-testid="detect-other-sites"]', { timeout: 15_000 });
    await options.click('[data-testid="detect-other-sites"]');
    await options.waitForFunction(() => (document.querySelector('[data-testid="detect-other-sites"]') as HTMLInputElement | null)?.checked === true);

    const tab = await firefox.newPage();
    await tab.goto(`https://${SHOP}/logowanie`);
    await tab.type('#email', genericUser.email);
    await tab.type('#haslo', genericUser.password);
    await Promise.all([tab.waitForNavigation(), tab.click('#zaloguj')]);
    expect(site.activeSessions()).toHaveLength(1);

    const popup = await openPopup(firefox);
    await popup.waitForSelector('[data-testid="session-row"][data-session-id="generic:sklep-przyklad.pl"]', { timeout: 15_000 });
    await pressButton(popup, `Sign out of ${SHOP} (sklep-przyklad.pl)`);
    await waitForText(popup, '[data-testid="result-row"][data-outcome="verified"]', 'Signed out (verified)', 60_000);
    expect(site.activeSessions()).toHaveLength(0);
    expect(site.decoyRequests).toBe(0);
    expect(await readTable<AuditRow>(popup, 'audit')).toMatchObject([{ recipeId: 'generic', domain: 'sklep-przyklad.pl', outcome: 'verified' }]);
  } finally {
    await firefox?.close();
  }
});
