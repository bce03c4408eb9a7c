import { describeSiteSignOut, expect, resultRow, sessionRow, signInThroughForm, signOutButtonName, test } from './sign-out-spec';

// fakturowo.pl is Polish only; its header names the account by e-mail address.
describeSiteSignOut({ site: 'fakturowo', domain: 'fakturowo.pl', accountName: 'jan@example.com', languages: ['pl'] });

test('fakturowo: switching to an account that granted access starts a linked session; one sign-out ends every one of them', async ({
  page,
  context,
  openPopup,
  fixtures,
}) => {
  const fakturowo = fixtures.fakturowo;
  const [jan, anna] = fakturowo.users;
  await signInThroughForm(page, fakturowo, jan!);
  await expect(page).toHaveURL('https://www.fakturowo.pl/panel');
  const janCookie = (await context.cookies('https://www.fakturowo.pl')).find((c) => c.name === 'PHPSESSID');

  // No password: the user menu → „Przełącz konto” → the account that granted access.
  await page.locator('#menu-uzytkownik').click();
  await page.getByRole('menuitem', { name: 'Przełącz konto' }).click();
  await page.locator(`button[data-konto="${anna!.email}"]`).click();
  await expect(page.locator('#menu-uzytkownik')).toHaveText(anna!.email);
  expect(fakturowo.activeSessions().map((s) => s.email).sort()).toEqual([anna!.email, jan!.email]);

  // Only with the page's token, and only to an account that granted access.
  await page.goto('https://www.fakturowo.pl/przelacz-konto');
  const token = await page.locator('#konta-z-dostepem input[name="token"]').first().inputValue();
  const statuses = await page.evaluate(async (token) => {
    const post = (body: Record<string, string>) => fetch('/przelacz-konto', { method: 'POST', body: new URLSearchParams(body) }).then((r) => r.status);
    return { forged: await post({ token: 'forged', konto: 'jan@example.com' }), noAccess: await post({ token, konto: 'nieznany@example.com' }) };
  }, token);
  expect(statuses).toEqual({ forged: 403, noAccess: 403 });
  expect(fakturowo.activeSessions()).toHaveLength(2);

  const popup = await openPopup();
  await expect(sessionRow(popup, 'fakturowo', 'fakturowo.pl')).toContainText(anna!.email);
  await popup.getByRole('button', { name: signOutButtonName('en', 'Fakturowo.pl', 'fakturowo.pl'), exact: true }).click();
  await expect(resultRow(popup, 'fakturowo.pl')).toHaveAttribute('data-outcome', 'verified', { timeout: 45_000 });
  // Not only the account on screen: Jan's login, which the switch left behind, is over too.
  expect(fakturowo.activeSessions()).toEqual([]);
  await context.addCookies([janCookie!]);
  await page.goto('https://www.fakturowo.pl/panel');
  await expect(page).toHaveURL(/^https:\/\/www\.fakturowo\.pl\/logowanie/);
});
