import type { Page } from '@playwright/test';
import type { AuditRow } from '../../utils/db-schema';
import { expect, signInAmazon, test } from './harness';
import { readTable } from './extension-state';

// Amazon's account switcher ("Switch Accounts") and its mobile site: the fixture first (so the extension specs
// below can trust it), then switching, adding and — the shared-computer point — forgetting remembered accounts.

const PL = 'www.amazon.pl';
const COM = 'www.amazon.com';
const DE = 'www.amazon.de';
const JAN = 'jan@example.com';
const ANNA = 'anna@example.com';
const PASSWORD = 'haslo123';

const PICKER = '#ap-account-switcher-container';
const CARD_CLAIMS = `${PICKER} .cvf-account-switcher-claim`;
/** What a person would type to open the picker directly (the flyout link carries more OpenID fields). */
const pickerUrl = (host: string) => `https://${host}/ap/signin?switch_account=picker&ignoreAuthState=1&_encoding=UTF8`;

const sessionRow = (popup: Page, domain: string) =>
  popup.locator(`[data-testid="session-row"][data-session-id="amazon:${domain}"]`);
const resultRow = (popup: Page, domain: string) =>
  popup.locator('[data-testid="result-row"]').filter({ hasText: `(${domain})` });

/** Completes the two-step sign-in form the page shows now. */
async function fillSignInForm(page: Page, email: string): Promise<void> {
  await page.locator('#ap_email').fill(email);
  await page.locator('#continue').click();
  await page.locator('#ap_password').fill(PASSWORD);
  await page.locator('#signInSubmit').click();
}

/** Signed in already: "Account & Lists" → "Switch Accounts" → "Add account" → sign in as `email`. */
async function addAccountViaSwitcher(page: Page, host: string, email: string): Promise<void> {
  await page.goto(`https://${host}/`);
  await page.locator('#nav-link-accountList').hover();
  await page.locator('#nav-item-switch-account').click();
  await expect(page.locator(PICKER)).toBeVisible();
  await page.locator('#cvf-account-switcher-add-accounts-link').click();
  await fillSignInForm(page, email);
  await expect(page.locator('[data-nav-ref="nav_youraccount_btn"]')).toBeVisible();
}

/**
 * Presses the popup's "Switch account" / "Add account" for a session and returns the tab Signoff opens. Until the
 * popup has those buttons, sends the same command the buttons send.
 */
async function openFlowFromPopup(popup: Page, domain: string, flow: 'switchAccount' | 'addAccount'): Promise<Page> {
  await expect(sessionRow(popup, domain)).toBeVisible();
  const label = `${flow === 'switchAccount' ? 'Switch account' : 'Add account'} on Amazon (${domain})`;
  const button = popup.getByRole('button', { name: label });
  const opened = popup.context().waitForEvent('page');
  if ((await button.count()) > 0) {
    await button.click();
  } else {
    test.info().annotations.push({ type: 'popup', description: `no "${label}" button yet: sent the command` });
    const reply = await popup.evaluate(
      ({ sessionId, flow }) => chrome.runtime.sendMessage({ channel: 'command', type: 'open-flow', sessionId, flow }),
      { sessionId: `amazon:${domain}`, flow },
    );
    expect(reply).toMatchObject({ ok: true });
  }
  const page = await opened;
  await page.waitForLoadState();
  return page;
}

test.describe('Amazon fixture: account switcher', () => {
  test('signing in remembers the account in this browser; signing out leaves it there, one click from signing in again without a password', async ({
    page,
    fixtures,
  }) => {
    await signInAmazon(page, PL, JAN, PASSWORD);
    expect(fixtures.amazon.rememberedAccounts(PL)).toEqual([JAN]);

    // The site's own sign-out ends the session...
    await page.locator('#nav-link-accountList').hover();
    await page.locator('#nav-item-signout').click();
    await expect(page).toHaveURL(/\/ap\/signin\?/);
    expect(fixtures.amazon.activeSessions(PL)).toEqual([]);

    // ...but the switcher still offers Jan, and anyone at this computer can be Jan again without the password.
    expect(fixtures.amazon.rememberedAccounts(PL)).toEqual([JAN]);
    await page.goto(pickerUrl(PL));
    await expect(page.locator(`${PICKER} h1`)).toHaveText('Wybierz konto');
    await expect(page.locator(CARD_CLAIMS)).toHaveText([JAN]);
    await expect(page.locator(`${PICKER} [data-test-id="customerName"]`)).toHaveText(['Jan']);
    await page.locator(`${PICKER} [data-name="switch_account_request"]`).click();
    await expect(page).toHaveURL(`https://${PL}/`);
    await expect(page.locator('#nav-link-accountList-nav-line-1')).toHaveText('Cześć, Jan');
    expect(fixtures.amazon.activeSessions(PL)).toEqual([
      expect.objectContaining({ email: JAN, signedInWith: 'account-switcher' }),
    ]);
  });

  test('"Add account" leads to the sign-in form; the switcher then holds both, and switching keeps the old session valid', async ({
    page,
    fixtures,
  }) => {
    await signInAmazon(page, PL, JAN, PASSWORD);
    await addAccountViaSwitcher(page, PL, ANNA);
    await expect(page.locator('#nav-link-accountList-nav-line-1')).toHaveText('Cześć, Anna');
    expect(fixtures.amazon.rememberedAccounts(PL)).toEqual([JAN, ANNA]);
    // Like the real switcher: Jan's session stays valid on the server while Anna uses the browser.
    expect(fixtures.amazon.activeSessions(PL).map((s) => [s.email, s.signedInWith])).toEqual([
      [JAN, 'password'],
      [ANNA, 'password'],
    ]);
    await page.goto(pickerUrl(PL));
    await expect(page.locator(CARD_CLAIMS)).toHaveText([JAN, ANNA]);
    await expect(page.locator('#cvf-account-switcher-add-accounts-link')).toHaveText('Dodaj konto');
  });

  test('"Manage" → "Sign out" beside an account removes it with a fetch (no page load) and ends its sessions in this browser', async ({
    page,
    fixtures,
  }) => {
    await signInAmazon(page, PL, JAN, PASSWORD);
    await addAccountViaSwitcher(page, PL, ANNA);
    await page.goto(pickerUrl(PL));
    await page.evaluate(() => ((window as unknown as Record<string, unknown>).samePage = true));

    // The buttons exist only in "Manage" mode.
    await expect(page.getByRole('button', { name: 'Wyloguj', exact: true })).toHaveCount(0);
    await page.getByRole('button', { name: 'Zarządzaj' }).click();
    await expect(page.getByRole('button', { name: 'Gotowe' })).toBeVisible();
    const janProfile = page.locator('.cvf-account-switcher-profile').filter({ hasText: JAN });
    await janProfile.getByRole('button', { name: 'Wyloguj', exact: true }).click();

    await expect(page.locator('.cvf-account-switcher-profile-details-after-account-removed')).toHaveText([
      'Wylogowano i usunięto z tej przeglądarki',
    ]);
    await expect(page.locator(CARD_CLAIMS)).toHaveText([ANNA]);
    expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).samePage)).toBe(true);
    expect(fixtures.amazon.rememberedAccounts(PL)).toEqual([ANNA]);
    expect(fixtures.amazon.activeSessions(PL).map((s) => s.email)).toEqual([ANNA]);

    // Removing the account signed in now signs this browser out of it too.
    const annaProfile = page.locator('.cvf-account-switcher-profile').filter({ hasText: ANNA });
    await annaProfile.getByRole('button', { name: 'Wyloguj', exact: true }).click();
    await expect(page.locator('.cvf-account-switcher-profile-details-after-account-removed')).toHaveCount(2);
    expect(fixtures.amazon.rememberedAccounts(PL)).toEqual([]);
    expect(fixtures.amazon.activeSessions(PL)).toEqual([]);
    await page.reload();
    await expect(page.locator(PICKER)).toBeVisible();
    await expect(page.locator(`${PICKER} .cvf-account-switcher-profile`)).toHaveCount(0);
    await page.goto(`https://${PL}/`);
    await expect(page.locator('#nav-link-accountList-nav-line-1')).toHaveText('Witamy, zaloguj się');
  });

  test('the switcher belongs to the browser (its ubid cookie) and the marketplace; English and German labels', async ({
    page,
    context,
    fixtures,
  }) => {
    await signInAmazon(page, COM, ANNA, PASSWORD);
    await page.goto(pickerUrl(COM));
    await expect(page.locator(`${PICKER} h1`)).toHaveText('Choose an account');
    await expect(page.getByRole('button', { name: 'Manage' })).toBeVisible();
    await expect(page.locator('#cvf-account-switcher-add-accounts-link')).toHaveText('Add account');
    await expect(page.locator(CARD_CLAIMS)).toHaveText([ANNA]);
    expect(fixtures.amazon.rememberedAccounts(PL)).toEqual([]);

    await page.goto(pickerUrl(DE));
    await expect(page.locator(`${PICKER} h1`)).toHaveText('Konto auswählen');
    await expect(page.locator('#cvf-account-switcher-add-accounts-link')).toHaveText('Konto hinzufügen');
    await expect(page.locator(CARD_CLAIMS)).toHaveCount(0);

    // Another browser (no ubid of this one) sees nothing; the account stays remembered for the first.
    await context.clearCookies();
    await page.goto(pickerUrl(COM));
    await expect(page.locator(PICKER)).toBeVisible();
    await expect(page.locator(CARD_CLAIMS)).toHaveCount(0);
    expect(fixtures.amazon.rememberedAccountDetails(COM)).toEqual([
      expect.objectContaining({ email: ANNA, realm: 'main', browser: expect.stringMatching(/^\d{3}-\d{7}-\d{7}$/) }),
    ]);
  });

  test('mobile layout: greeting in #nav-greeting-name, no flyout, "Zmień konto" and "Wyloguj się" at the bottom', async ({
    page,
    fixtures,
  }) => {
    fixtures.amazon.controls.layout = 'mobile';
    await page.goto(`https://${PL}/`);
    await expect(page.locator('#nav-greeting-name')).toHaveCount(0);
    await expect(page.locator('#nav-logobar-greeting')).toHaveText('Zaloguj się ›');

    await signInAmazon(page, PL, JAN, PASSWORD);
    await expect(page.locator('#nav-greeting-name')).toHaveText('Cześć, Jan');
    await expect(page.locator('#nav-link-accountList')).toHaveCount(0);
    await expect(page.locator('#nav-flyout-data')).toHaveCount(0);
    const footer = page.locator('#nav-ftr');
    await expect(footer.getByRole('link', { name: 'Zmień konto' })).toHaveAttribute('href', /switch_account=picker/);
    const signOut = footer.getByRole('link', { name: 'Wyloguj się' });
    await expect(signOut).toHaveAttribute(
      'href',
      '/gp/flex/sign-out.html?path=%2Fgp%2Fyourstore%2Fhome&signIn=1&useRedirectOnSuccess=1&action=sign-out&ref_=nav_AccountFlyout_signout',
    );
    await signOut.click();
    await expect(page).toHaveURL(/\/ap\/signin\?/);
    expect(fixtures.amazon.activeSessions(PL)).toEqual([]);
  });
});

test.describe('Amazon: switching and adding accounts from the popup', () => {
  test('(a) "Switch account" opens the picker; Jan\'s card signs in as Jan without a password', async ({
    page,
    openPopup,
    fixtures,
  }) => {
    await signInAmazon(page, PL, JAN, PASSWORD);
    await addAccountViaSwitcher(page, PL, ANNA);
    expect(fixtures.amazon.rememberedAccounts(PL)).toEqual([JAN, ANNA]);
    const popup = await openPopup();
    await expect(sessionRow(popup, 'amazon.pl')).toContainText('Anna');

    const picker = await openFlowFromPopup(popup, 'amazon.pl', 'switchAccount');
    await expect(picker).toHaveURL(/^https:\/\/www\.amazon\.pl\/ap\/signin\?.*switch_account=picker/);
    await expect(picker.locator(CARD_CLAIMS)).toHaveText([JAN, ANNA]);
    await picker.locator(`${PICKER} [data-name="switch_account_request"]`).filter({ hasText: JAN }).click();

    await expect(picker).toHaveURL(`https://${PL}/`);
    await expect(picker.locator('#nav-link-accountList-nav-line-1')).toHaveText('Cześć, Jan');
    const janSessions = fixtures.amazon.activeSessions(PL).filter((s) => s.email === JAN);
    expect(janSessions.map((s) => s.signedInWith)).toEqual(['password', 'account-switcher']);
    await expect(sessionRow(popup, 'amazon.pl')).toContainText('Jan', { timeout: 15_000 });
  });

  test('(b) "Add account" opens the sign-in form', async ({ page, openPopup, fixtures }) => {
    await signInAmazon(page, PL, JAN, PASSWORD);
    const popup = await openPopup();
    const form = await openFlowFromPopup(popup, 'amazon.pl', 'addAccount');
    await expect(form).toHaveURL(/^https:\/\/www\.amazon\.pl\/ap\/signin/);
    await expect(form).not.toHaveURL(/switch_account=picker/);
    await expect(form.locator('#ap_email')).toBeVisible();
    await expect(form.locator(PICKER)).toHaveCount(0);

    await fillSignInForm(form, ANNA);
    await expect(form.locator('#nav-link-accountList-nav-line-1')).toHaveText('Cześć, Anna');
    expect(fixtures.amazon.rememberedAccounts(PL)).toEqual([JAN, ANNA]);
  });
});

test.describe('Amazon: sign-out on a shared computer', () => {
  test('(c) "Sign out" with two remembered accounts: verified, sessions revoked, and the switcher offers neither account', async ({
    page,
    context,
    openPopup,
    fixtures,
  }) => {
    await signInAmazon(page, PL, JAN, PASSWORD);
    await addAccountViaSwitcher(page, PL, ANNA);
    expect(fixtures.amazon.rememberedAccounts(PL)).toEqual([JAN, ANNA]);
    expect(fixtures.amazon.activeSessions(PL)).toHaveLength(2);
    const popup = await openPopup();
    await expect(sessionRow(popup, 'amazon.pl')).toContainText('Anna');

    await popup.getByRole('button', { name: 'Sign out of Amazon (amazon.pl)' }).click();

    await expect(resultRow(popup, 'amazon.pl')).toHaveAttribute('data-outcome', 'verified', { timeout: 45_000 });
    expect(fixtures.amazon.activeSessions(PL)).toEqual([]);
    expect(fixtures.amazon.rememberedAccounts(PL)).toEqual([]);
    const jobs = await readTable<{ domain: string; outcome?: string; forgotRemembered?: boolean }>(popup, 'jobs');
    expect(jobs).toMatchObject([{ domain: 'amazon.pl', outcome: 'verified', forgotRemembered: true }]);
    const audit = await readTable<AuditRow>(popup, 'audit');
    expect(audit).toMatchObject([{ domain: 'amazon.pl', outcome: 'verified', method: 'steps' }]);
    const authCookies = (await context.cookies(`https://${PL}/`)).filter((c) => /^(at|x|sess-at)-acbpl$/.test(c.name));
    expect(authCookies).toEqual([]);

    // The next person at this computer opens the switcher and finds no account to pick.
    await page.goto(pickerUrl(PL));
    await expect(page.locator(PICKER)).toBeVisible();
    await expect(page.locator(`${PICKER} .cvf-account-switcher-profile`)).toHaveCount(0);
    await expect(page.locator(CARD_CLAIMS)).toHaveCount(0);
  });

  test('(d) mobile layout: the steps method signs out through the link at the bottom of the page', async ({
    page,
    openPopup,
    fixtures,
  }) => {
    fixtures.amazon.controls.layout = 'mobile';
    await signInAmazon(page, PL, JAN, PASSWORD);
    await expect(page.locator('#nav-greeting-name')).toHaveText('Cześć, Jan');
    const popup = await openPopup();
    await expect(sessionRow(popup, 'amazon.pl')).toContainText('Amazon (amazon.pl) — Jan');

    await popup.getByRole('button', { name: 'Sign out of Amazon (amazon.pl)' }).click();

    await expect(resultRow(popup, 'amazon.pl')).toHaveAttribute('data-outcome', 'verified', { timeout: 45_000 });
    expect(fixtures.amazon.activeSessions(PL)).toEqual([]);
    const audit = await readTable<AuditRow>(popup, 'audit');
    expect(audit).toMatchObject([{ domain: 'amazon.pl', outcome: 'verified', method: 'steps', accountName: 'Jan' }]);
    // The mobile site has the same switcher: Jan is not left in it.
    expect(fixtures.amazon.rememberedAccounts(PL)).toEqual([]);
  });
});
