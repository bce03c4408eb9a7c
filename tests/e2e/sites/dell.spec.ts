import { DELL_LOGOUT_ID } from '../../fixture-sites/dell';
import { driveRecipeSteps } from './recipe-steps';
import { describeSiteSignOut, expect, signInThroughForm, test } from './sign-out-spec';

// Dell follows the browser's language; the masthead greets with the first name.
describeSiteSignOut({ site: 'dell', domain: 'dell.com', accountName: 'Jan', languages: ['en', 'pl'] });

test('Dell: the masthead button leads to My Account; the hover flyout holds Sign Out; another logout id signs nobody out', async ({
  page,
  context,
  fixtures,
}) => {
  const dell = fixtures.dell;
  await signInThroughForm(page, dell, dell.users[0]!);
  await expect(page.locator('#um-si-label')).toHaveText('Jan');
  const response = await page.goto('https://www.dell.com/di/v3/fp/session/logout/00000000-0000-4000-8000-000000000000?redirect_uri=');
  expect(response?.status()).toBe(404);
  expect(dell.activeSessions()).toHaveLength(1);

  await page.goto('https://www.dell.com/');
  await page.locator('a.mh-myaccount-btn').click();
  await expect(page).toHaveURL('https://www.dell.com/myaccount');
  expect(dell.activeSessions()).toHaveLength(1);

  await expect(page.locator('.mh-myaccount-auth-dropdown')).toHaveCount(0);
  await page.locator('#um-si-label').hover();
  await expect(page.locator('#um-so-fl-label')).toHaveText('Welcome, Jan');
  await expect(page.locator('.auth-signout a.logout')).toHaveAttribute('href', `/di/v3/fp/session/logout/${DELL_LOGOUT_ID}`);
  // The recipe's menu route: hover, then Sign Out.
  await driveRecipeSteps(page, 'dell', 0);
  await expect(page.locator('#um-si-label')).toHaveText('Sign In');
  expect(dell.activeSessions()).toEqual([]);
  const names = (await context.cookies('https://www.dell.com')).map((c) => c.name);
  expect(names).not.toContain('di_session');
  expect(names).toEqual(expect.arrayContaining(['di_c', 'DellCEMSession'])); // the remembered device stays
});
