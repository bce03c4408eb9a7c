import { driveRecipeSteps } from './recipe-steps';
import { describeSiteSignOut, expect, signInThroughForm, test } from './sign-out-spec';

describeSiteSignOut({ site: 'microsoft', domain: 'live.com', languages: ['en', 'pl'] });

test('Microsoft: the Me control builds its card on click; its "Sign out" ends the account session on login.live.com', async ({
  page,
  context,
  fixtures,
}) => {
  const microsoft = fixtures.microsoft;
  await signInThroughForm(page, microsoft, microsoft.users[0]!);
  await expect(page).toHaveURL('https://outlook.live.com/mail/0/');
  await expect(page.locator('#mectrl_body_signOut')).toHaveCount(0);
  const hostOnly = (await context.cookies('https://login.live.com')).find((c) => c.name === '__Host-MSAAUTH');
  expect(hostOnly?.domain).toBe('login.live.com');

  await page.locator('#O365_MainLink_Me').click();
  await expect(page.locator('#mectrl_currentAccount_secondary')).toHaveText('jan@example.com');
  await expect(page.locator('#mectrl_body_signOut')).toHaveAttribute('href', /^https:\/\/login\.live\.com\/logout\.srf\?/);
  await page.locator('#O365_MainLink_Me').click();

  // The recipe's Me control steps: Outlook → login.live.com/logout.srf → back to outlook.live.com.
  await driveRecipeSteps(page, 'microsoft', 1);
  await expect(page).toHaveURL('https://outlook.live.com/');
  expect(microsoft.activeSessions()).toEqual([]);
  expect((await context.cookies(['https://login.live.com', 'https://outlook.live.com'])).map((c) => c.name)).toEqual(['MUID']);
});

test('Microsoft: outlook.live.com/owa/logoff.owa hands over to login.live.com/logout.srf', async ({ page, fixtures }) => {
  const microsoft = fixtures.microsoft;
  await signInThroughForm(page, microsoft, microsoft.users[0]!);
  const hops: string[] = [];
  page.on('request', (request) => {
    if (request.isNavigationRequest()) hops.push(new URL(request.url()).origin + new URL(request.url()).pathname);
  });
  await page.goto('https://outlook.live.com/owa/logoff.owa');
  await expect(page).toHaveURL('https://outlook.live.com/');
  expect(hops).toEqual(['https://outlook.live.com/owa/logoff.owa', 'https://login.live.com/logout.srf', 'https://outlook.live.com/']);
  expect(microsoft.activeSessions()).toEqual([]);
});
