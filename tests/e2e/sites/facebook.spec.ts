import { describeSiteSignOut, expect, signInThroughForm, test } from './sign-out-spec';

describeSiteSignOut({ site: 'facebook', domain: 'facebook.com', accountName: 'Jan', languages: ['en', 'pl'] });

test('Facebook: logout.php without this session\'s h= token signs nobody out', async ({ page, fixtures }) => {
  const facebook = fixtures.facebook;
  await signInThroughForm(page, facebook, facebook.users[0]!);
  await page.goto('https://www.facebook.com/logout.php');
  await expect(page).toHaveURL('https://www.facebook.com/');
  await page.goto('https://www.facebook.com/logout.php?h=AfakeHashFromSomeoneElse');
  expect(facebook.activeSessions()).toHaveLength(1);

  // The real "Log out" is only in the account menu, which the page builds when it is opened: a span in a
  // role=button item, no logout.php link anywhere.
  await page.locator('[role="navigation"] div[aria-label="Account"][role="button"]').click();
  const logOut = page.getByRole('button', { name: 'Log out' });
  await expect(logOut.locator('span', { hasText: 'Log out' })).toHaveCount(1);
  await expect(page.locator('a[href*="logout.php"]')).toHaveCount(0);
  const staleHref = await logOut.getAttribute('data-token-href');
  expect(staleHref).toMatch(/^\/logout\.php\?h=[\w-]+$/);
  await logOut.click();
  await expect(page).toHaveURL('https://www.facebook.com/?stype=lo');
  expect(facebook.activeSessions()).toEqual([]);

  // A token belongs to one session: the old link does nothing to the next one.
  await signInThroughForm(page, facebook, facebook.users[1]!);
  await page.goto(`https://www.facebook.com${staleHref}`);
  expect(facebook.activeSessions()).toMatchObject([{ email: facebook.users[1]!.email }]);
});
