import type { Page } from '@playwright/test';
import type { AuditRow, JobRow } from '../../utils/db-schema';
import { readTable } from './extension-state';
import { signInGeneric, testWithAllHttps as test, turnOnDetection } from './detect-other-sites';
import { expect, signInAmazon } from './harness';

/**
 * Issue #11 §1: a page can send the sign-out tab anywhere. Before every injection and every message the job's tab
 * must show https on the job's site (or the recipe's related domains), and the runner refuses work anywhere else,
 * so nothing Signoff presses can land on a site it was not asked to sign out of.
 */

const PL = 'www.amazon.pl';
const COM = 'www.amazon.com';

const resultRow = (popup: Page, domain: string) => popup.locator('[data-testid="result-row"]').filter({ hasText: `(${domain})` });

async function amazonCookies(popup: Page, domain: string): Promise<string[]> {
  const cookies = await popup.evaluate((d) => chrome.cookies.getAll({ domain: d }), domain);
  return cookies.map((cookie) => cookie.name).filter((name) => /^(at|x|sess-at)-/.test(name));
}

test.describe('tab steering', () => {
  test('a site without a recipe that sends its sign-out tab to a recipe site: nothing is pressed there, and the job is not "verified"', async ({
    page,
    context,
    extensionId,
    openPopup,
    fixtures,
  }) => {
    const { amazon, steeringSite } = fixtures;
    await turnOnDetection(context, extensionId);
    await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
    await signInGeneric(page, steeringSite);

    const popup = await openPopup();
    await expect(popup.locator('[data-session-id="generic:konto-pulapka.pl"]')).toBeVisible();
    // The site turns: the page Signoff opens to sign out sends its tab to amazon.pl and deletes its own cookie.
    // (On today's code Signoff then pressed amazon.pl's sign-out and called the job "verified".)
    steeringSite.controls.steerTo = `https://${PL}/?steered=1`;
    amazon.controls.hostilePage = 'steering'; // That amazon.pl address shows the sign-out link in plain view.
    await popup.getByRole('button', { name: `Sign out of ${steeringSite.host} (konto-pulapka.pl)` }).click();

    const row = resultRow(popup, 'konto-pulapka.pl');
    await expect(row).toHaveAttribute('data-outcome', /cleared|failed/, { timeout: 45_000 });
    await expect(row).toContainText('sent to another site');
    const job = (await readTable<JobRow>(popup, 'jobs')).find((each) => each.domain === 'konto-pulapka.pl');
    expect(job?.reason).toEqual({ key: 'reasonTabLeftSite', detail: PL });
    expect(job?.pageActions ?? []).toEqual([]); // Nothing was pressed anywhere.
    const audit = await readTable<AuditRow>(popup, 'audit');
    expect(audit.map((entry) => [entry.domain, entry.outcome])).toEqual([['konto-pulapka.pl', 'cleared']]);

    // amazon.pl: its server session and its cookies are untouched, and Signoff still lists it.
    expect(amazon.activeSessions(PL)).toHaveLength(1);
    expect(await amazonCookies(popup, 'amazon.pl')).not.toEqual([]);
    await expect(popup.locator('[data-session-id="amazon:amazon.pl"]')).toBeVisible();
  });

  test('a recipe page that sends the tab to another marketplace (amazon.pl → amazon.com): the steps do not run there', async ({
    page,
    openPopup,
    fixtures,
  }) => {
    const { amazon } = fixtures;
    await signInAmazon(page, COM, 'anna@example.com', 'haslo123');
    await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
    // amazon.pl's signed-in home page (where the recipe's steps start) sends its tab to amazon.com, where Anna is
    // signed in and the sign-out is a button in plain view. (On today's code the steps pressed it: Anna signed out.)
    amazon.controls.hostilePage = 'steering';

    const popup = await openPopup();
    await popup.getByRole('button', { name: 'Sign out of Amazon (amazon.pl)' }).click();
    await expect(resultRow(popup, 'amazon.pl')).toHaveAttribute('data-outcome', 'verified', { timeout: 45_000 });

    // amazon.pl was signed out by the recipe's sign-out URL, after the steps refused the other marketplace.
    expect(amazon.activeSessions(PL)).toHaveLength(0);
    const audit = await readTable<AuditRow>(popup, 'audit');
    expect(audit).toMatchObject([{ domain: 'amazon.pl', outcome: 'verified', method: 'url-request' }]);
    // amazon.com: Anna is still signed in, on the server and in the browser.
    expect(amazon.activeSessions(COM)).toMatchObject([{ name: 'Anna' }]);
    expect(await amazonCookies(popup, 'amazon.com')).not.toEqual([]);
    await expect(popup.locator('[data-session-id="amazon:amazon.com"]')).toBeVisible();
  });
});
