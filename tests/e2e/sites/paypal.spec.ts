import { driveRecipeSteps } from './recipe-steps';
import { describeSiteSignOut, expect, signInThroughForm, test } from './sign-out-spec';

describeSiteSignOut({ site: 'paypal', domain: 'paypal.com', accountName: 'Jan', languages: ['en', 'pl'] });

test('PayPal: "Log Out" sits in the header of the summary page; it ends the session and keeps only login_email', async ({
  page,
  context,
  fixtures,
}) => {
  const paypal = fixtures.paypal;
  await signInThroughForm(page, paypal, paypal.users[0]!);
  await expect(page).toHaveURL('https://www.paypal.com/myaccount/summary');
  await expect(page.locator('#header-logout')).toHaveAttribute('href', '/signout');

  await driveRecipeSteps(page, 'paypal', 1);
  await expect(page).toHaveURL('https://www.paypal.com/signin');
  expect(paypal.activeSessions()).toEqual([]);
  const names = (await context.cookies('https://www.paypal.com')).map((c) => c.name);
  expect(names).not.toContain('id_token');
  expect(names).toEqual(expect.arrayContaining(['login_email', 'nsid', 'x-pp-s'])); // x-pp-s is every visitor's.
  // Signed out, the summary page asks for the sign-in again and comes back after it.
  await page.goto('https://www.paypal.com/myaccount/summary');
  await expect(page).toHaveURL('https://www.paypal.com/signin?returnUri=%2Fmyaccount%2Fsummary');
});
