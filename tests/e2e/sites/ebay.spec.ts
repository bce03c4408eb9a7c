import { describeSiteSignOut, expect, signInThroughForm, test } from './sign-out-spec';

describeSiteSignOut({ site: 'ebay', domain: 'ebay.com', accountName: 'Jan' });

test('eBay: eBayISAPI.dll?SignIn without lgout=1 is only the sign-in page; the flyout\'s link with lgout=1 signs out', async ({
  page,
  context,
  fixtures,
}) => {
  const ebay = fixtures.ebay;
  await signInThroughForm(page, ebay, ebay.users[0]!);
  await expect(page).toHaveURL('https://www.ebay.com/');
  await page.goto('https://signin.ebay.com/ws/eBayISAPI.dll?SignIn');
  await expect(page).toHaveURL('https://signin.ebay.com/signin/');
  expect(ebay.activeSessions()).toHaveLength(1);

  // The link exists only once the flyout is opened.
  await page.goto('https://www.ebay.com/');
  await expect(page.locator('a[href*="lgout=1"]')).toHaveCount(0);
  await page.locator('button.gh-flyout__target--left[aria-controls="account-dialog"]').click();
  const signOut = page.locator('#account-dialog a[href*="lgout=1"]');
  await expect(signOut).toHaveText('Sign out');
  await signOut.click();
  await expect(page).toHaveURL('https://signin.ebay.com/signout/');
  expect(ebay.activeSessions()).toEqual([]);
  const names = (await context.cookies('https://www.ebay.com')).map((c) => c.name);
  expect(names).not.toContain('ds2');
  expect(names).toEqual(expect.arrayContaining(['ebay', 'dp1', 'nonsession'])); // guest cookies stay
});
