import { driveRecipeSteps } from './recipe-steps';
import { describeSiteSignOut, expect, signInThroughForm, test } from './sign-out-spec';

describeSiteSignOut({ site: 'olx', domain: 'olx.pl', languages: ['pl'] });

test('OLX: clicking „Twoje konto” only opens the account page; hovering it builds the menu whose „Wyloguj” signs out', async ({
  page,
  context,
  fixtures,
}) => {
  const olx = fixtures.olx;
  await signInThroughForm(page, olx, olx.users[0]!);
  await expect(page).toHaveURL('https://www.olx.pl/');
  const account = page.locator('a[data-cy="myolx-link"]');
  await account.click();
  await expect(page).toHaveURL('https://www.olx.pl/mojolx/');
  expect(olx.activeSessions()).toHaveLength(1);

  await expect(page.locator('[data-testid="myolx-dropdown"]')).toHaveCount(0);
  await account.hover();
  await expect(page.getByRole('menuitem', { name: 'Wyloguj' })).toHaveAttribute('href', '/account/logout');
  // The recipe's menu route (its fallback): hover, then „Wyloguj”.
  await driveRecipeSteps(page, 'olx', 1);
  await expect(page).toHaveURL('https://www.olx.pl/');
  await expect(page.locator('a[data-cy="myolx-link"]')).toHaveAttribute('href', 'https://login.olx.pl/');
  expect(olx.activeSessions()).toEqual([]);
  const names = (await context.cookies('https://www.olx.pl')).map((c) => c.name);
  expect(names).not.toContain('refresh_token');
  expect(names).toEqual(expect.arrayContaining(['onap', 'OptanonConsent']));
});
