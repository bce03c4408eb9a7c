import { driveRecipeSteps } from './recipe-steps';
import { describeSiteSignOut, expect, signInThroughForm, test } from './sign-out-spec';

describeSiteSignOut({ site: 'yahoo', domain: 'yahoo.com', accountName: 'Jan', languages: ['en', 'pl'] });

test('Yahoo: /account/logout only asks; a POST without the crumb is refused; Cancel keeps the session; the menu’s sign-out-all is never used', async ({
  page,
  context,
  fixtures,
}) => {
  const yahoo = fixtures.yahoo;
  await signInThroughForm(page, yahoo, yahoo.users[0]!);
  await expect(page).toHaveURL('https://mail.yahoo.com/d/folders/1');

  await page.goto('https://login.yahoo.com/account/logout?logout=1');
  await expect(page.locator('input[data-logout="yes"]')).toHaveValue('Sign out');
  expect(yahoo.activeSessions()).toHaveLength(1);
  const status = await page.evaluate(async () => {
    const response = await fetch('/account/logout', { method: 'POST', body: new URLSearchParams({ crumb: 'forged' }) });
    return response.status;
  });
  expect(status).toBe(422);
  await page.locator('a[data-logout="no"]').click();
  await expect(page).toHaveURL('https://mail.yahoo.com/d/folders/1');
  expect(yahoo.activeSessions()).toHaveLength(1);

  // The Yahoo bar's "Sign out" signs out every Yahoo account (logout_all=1): the recipe leaves it alone and signs
  // out through the one-account confirmation page.
  await page.goto('https://mail.yahoo.com/d/folders/1');
  await page.locator('#ybarAccountMenuOpener').hover();
  await expect(page.locator('#profile-signout-link')).toHaveAttribute('href', /logout_all=1/);
  await driveRecipeSteps(page, 'yahoo', 0);
  await expect(page).toHaveURL('https://www.yahoo.com/');
  expect(yahoo.activeSessions()).toEqual([]);
  const names = (await context.cookies('https://mail.yahoo.com')).map((c) => c.name);
  expect(names).not.toContain('T');
  expect(names).not.toContain('Y');
  expect(names).toEqual(expect.arrayContaining(['A1', 'A3']));
});
