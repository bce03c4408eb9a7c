import { driveRecipeSteps } from './recipe-steps';
import { describeSiteSignOut, expect, signInThroughForm, test } from './sign-out-spec';

describeSiteSignOut({ site: 'youtube', domain: 'youtube.com', languages: ['en', 'pl'] });

test('YouTube: the avatar menu\'s "Sign out" ends the YouTube session and, through accounts.google.com/Logout, the Google one', async ({
  page,
  context,
  fixtures,
}) => {
  const { youtube, google } = fixtures;
  await signInThroughForm(page, google, google.users[0]!);
  await signInThroughForm(page, youtube, youtube.users[0]!);
  await expect(page).toHaveURL('https://www.youtube.com/');
  expect(google.activeSessions()).toHaveLength(1);
  expect(youtube.activeSessions()).toHaveLength(1);
  await expect(page.locator('a[href="/logout"]')).toHaveCount(0);
  // The menu's "Sign out" is the absolute address, as on the real site.
  await page.locator('button#avatar-btn').click();
  await expect(page.locator('a[href="https://www.youtube.com/logout"]')).toHaveCount(1);
  await page.reload();

  await driveRecipeSteps(page, 'youtube', 1);
  await expect(page).toHaveURL(/^https:\/\/accounts\.google\.com\//);
  expect(youtube.activeSessions()).toEqual([]);
  expect(google.activeSessions()).toEqual([]);
  const youtubeCookies = (await context.cookies('https://www.youtube.com')).map((c) => c.name);
  expect(youtubeCookies).not.toContain('SID');
  expect(youtubeCookies).not.toContain('__Secure-3PSID');
  expect(youtubeCookies).toContain('VISITOR_INFO1_LIVE');
  expect((await context.cookies('https://mail.google.com')).map((c) => c.name)).not.toContain('SID');
});
