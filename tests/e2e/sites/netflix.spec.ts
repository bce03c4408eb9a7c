import { driveRecipeSteps } from './recipe-steps';
import { describeSiteSignOut, expect, signInThroughForm, test } from './sign-out-spec';

describeSiteSignOut({ site: 'netflix', domain: 'netflix.com', accountName: 'Jan', languages: ['en', 'pl'] });

test('Netflix: the profile drop-down is built only on hover; its "Sign out of Netflix" ends the session; nfvdid stays', async ({
  page,
  context,
  fixtures,
}) => {
  const netflix = fixtures.netflix;
  await signInThroughForm(page, netflix, netflix.users[0]!);
  await expect(page).toHaveURL('https://www.netflix.com/browse');
  await expect(page.locator('a[href^="/SignOut"]')).toHaveCount(0);
  // A click on the icon is not how the menu opens: it is a link to the account page.
  await page.locator('.account-dropdown-button > a').click();
  await expect(page).toHaveURL('https://www.netflix.com/YourAccount');
  await expect(page.locator('a[href^="/SignOut"]')).toHaveCount(0);
  expect(netflix.activeSessions()).toHaveLength(1);

  // The recipe's own menu steps: hover the icon, then the drop-down's last link.
  await driveRecipeSteps(page, 'netflix', 1);
  await expect(page).toHaveURL('https://www.netflix.com/logout');
  await expect(page.getByRole('heading', { name: 'Leaving So Soon?' })).toBeVisible();
  expect(netflix.activeSessions()).toEqual([]);
  const names = (await context.cookies('https://www.netflix.com')).map((c) => c.name);
  expect(names).not.toContain('NetflixId');
  expect(names).not.toContain('SecureNetflixId');
  expect(names).toContain('nfvdid');
});
