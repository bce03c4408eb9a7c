import { describeSiteSignOut, expect, sessionRow, signInThroughForm, test } from './sign-out-spec';

describeSiteSignOut({ site: 'ceneo', domain: 'ceneo.pl', accountName: 'Jan', languages: ['pl'] });

test('Ceneo: a guest holds ASP.NET_SessionId and the antiforgery cookie but is no session; they stay after sign-out', async ({
  page,
  context,
  openPopup,
  fixtures,
}) => {
  const ceneo = fixtures.ceneo;
  await page.goto('https://www.ceneo.pl/');
  const guest = (await context.cookies('https://www.ceneo.pl')).map((c) => c.name);
  expect(guest).toEqual(expect.arrayContaining(['ASP.NET_SessionId', '__RequestVerificationToken']));
  const popup = await openPopup();
  await expect(popup.locator('[data-testid="empty-state"]')).toBeVisible();
  await expect(popup.locator('[data-testid="session-row"]')).toHaveCount(0);
  await popup.close();

  await signInThroughForm(page, ceneo, ceneo.users[0]!);
  // Clicking „Moje konto” opens the account page; the menu comes from hovering it.
  await page.locator('a.user-menu__toggle').click();
  await expect(page).toHaveURL('https://www.ceneo.pl/konto');
  await page.locator('a.user-menu__toggle').hover();
  await page.getByRole('menuitem', { name: 'Wyloguj się' }).click();
  await expect(page.locator('a.user-menu__login')).toBeVisible();
  expect(ceneo.activeSessions()).toEqual([]);
  const after = (await context.cookies('https://www.ceneo.pl')).map((c) => c.name);
  expect(after).not.toContain('.ASPXAUTH');
  expect(after).toEqual(expect.arrayContaining(['ASP.NET_SessionId', '__RequestVerificationToken']));
  const again = await openPopup();
  await expect(again.locator('[data-testid="empty-state"]')).toBeVisible();
  await expect(sessionRow(again, 'ceneo', 'ceneo.pl')).toHaveCount(0);
});
