import { driveRecipeSteps } from './recipe-steps';
import { describeSiteSignOut, expect, signInThroughForm, test } from './sign-out-spec';

describeSiteSignOut({ site: 'spotify', domain: 'spotify.com', languages: ['en', 'pl'] });

test('Spotify: one sign-in on accounts.spotify.com serves the web player; its menu\'s "Log out" goes through www.spotify.com/logout/', async ({
  page,
  context,
  fixtures,
}) => {
  const spotify = fixtures.spotify;
  await page.goto('https://open.spotify.com/');
  await page.locator('header [data-testid="login-button"]').click();
  await expect(page).toHaveURL(/^https:\/\/accounts\.spotify\.com\/login\?continue=/);
  await signInThroughForm(page, spotify, spotify.users[0]!);
  await expect(page).toHaveURL('https://open.spotify.com/');
  await page.goto('https://www.spotify.com/account/overview/');
  await expect(page.locator('dd').first()).toHaveText('jankowalski');

  const hops: string[] = [];
  page.on('request', (request) => {
    if (request.isNavigationRequest()) hops.push(new URL(request.url()).origin + new URL(request.url()).pathname);
  });
  await driveRecipeSteps(page, 'spotify', 1);
  await expect(page).toHaveURL('https://open.spotify.com/');
  await expect(page.locator('header [data-testid="login-button"]')).toBeVisible();
  expect(hops.slice(-2)).toEqual(['https://www.spotify.com/logout/', 'https://open.spotify.com/']);
  expect(spotify.activeSessions()).toEqual([]);
  const names = (await context.cookies('https://open.spotify.com')).map((c) => c.name);
  expect(names).not.toContain('sp_dc');
  expect(names).not.toContain('sp_key');
  expect(names).toContain('sp_t');
});
