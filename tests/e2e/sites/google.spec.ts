import { readTable } from '../extension-state';
import { describeSiteSignOut, expect, resultRow, signInThroughForm, signOutButtonName, test } from './sign-out-spec';

describeSiteSignOut({
  site: 'google',
  domain: 'google.com',
  languages: ['en', 'pl'],
  // After the verified sign-out, Signoff also removed the account from Google's chooser ("forgetRemembered").
  afterSignOut: async ({ page, popup, site }) => {
    expect(site.rememberedAccounts()).toEqual([]);
    const jobs = await readTable<{ forgotRemembered?: boolean }>(popup, 'jobs');
    expect(jobs).toMatchObject([{ forgotRemembered: true }]);
    await page.goto('https://accounts.google.com/AccountChooser');
    await expect(page).toHaveURL(/\/ServiceLogin/);
  },
});

test('Google: /Logout leaves the accounts in the chooser as "Signed out" until removed', async ({ page, context, fixtures }) => {
  const google = fixtures.google;
  await signInThroughForm(page, google, google.users[0]!);
  await expect(page).toHaveURL('https://myaccount.google.com/');
  await page.goto('https://mail.google.com/');
  await expect(page).toHaveURL('https://mail.google.com/mail/u/0/');

  await page.goto('https://accounts.google.com/Logout');
  await expect(page).toHaveURL('https://accounts.google.com/AccountChooser');
  expect(google.activeSessions()).toEqual([]);
  const names = (await context.cookies('https://mail.google.com')).map((c) => c.name);
  expect(names).not.toContain('SID');
  expect(names).toContain('NID');
  const account = page.locator('[data-identifier="jan@example.com"]');
  await expect(account).toContainText('Signed out');
  expect(google.rememberedAccounts()).toEqual(['jan@example.com']);

  await page.getByRole('link', { name: 'Remove an account' }).click();
  await account.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Yes, remove' }).click();
  await expect(account).toHaveCount(0);
  expect(google.rememberedAccounts()).toEqual([]);
});

test('Google: one sign-out ends every account of the browser and forgets both', async ({ page, openPopup, fixtures }) => {
  const google = fixtures.google;
  const [jan, anna] = google.users;
  await signInThroughForm(page, google, jan!);
  // "Add another account" in the avatar menu leads to the same sign-in form.
  await page.goto('https://www.google.com/');
  await page.locator('a[href^="https://accounts.google.com/SignOutOptions?"]').click();
  await page.getByRole('link', { name: 'Add another account' }).click();
  await page.locator(google.signInForm.identifier).fill(anna!.email);
  await page.locator(google.signInForm.next!).click();
  await page.locator(google.signInForm.password).fill(anna!.password);
  await page.locator(google.signInForm.submit).click();
  await expect(page).toHaveURL(/https:\/\/(www|myaccount)\.google\.com\//);
  expect(google.activeSessions().map((s) => s.email).sort()).toEqual(['anna@example.com', 'jan@example.com']);

  const popup = await openPopup();
  await popup.getByRole('button', { name: signOutButtonName('en', 'Google', 'google.com'), exact: true }).click();
  await expect(resultRow(popup, 'google.com')).toHaveAttribute('data-outcome', 'verified', { timeout: 45_000 });
  expect(google.activeSessions()).toEqual([]);
  expect(google.rememberedAccounts()).toEqual([]);
});
