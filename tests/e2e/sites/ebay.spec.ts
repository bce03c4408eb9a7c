import { driveRecipeSteps } from './recipe-steps';
import { describeSiteSignOut, expect, signInThroughForm, test } from './sign-out-spec';

describeSiteSignOut({ site: 'ebay', domain: 'ebay.com', accountName: 'Jan' });

test('eBay: eBayISAPI.dll?SignIn without lgout=1 is only the sign-in page; the flyout link (the recipe menu route) signs out', async ({
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

  // The link exists only once the flyout is opened; the recipe's menu route (its fallback) finds it there.
  await page.goto('https://www.ebay.com/');
  await expect(page.locator('a[href*="lgout=1"]')).toHaveCount(0);
  await driveRecipeSteps(page, 'ebay', 1);
  await expect(page).toHaveURL('https://signin.ebay.com/signout/');
  expect(ebay.activeSessions()).toEqual([]);
  const names = (await context.cookies('https://www.ebay.com')).map((c) => c.name);
  expect(names).not.toContain('ds2');
  expect(names).toEqual(expect.arrayContaining(['ebay', 'dp1', 'nonsession'])); // guest cookies stay
});
