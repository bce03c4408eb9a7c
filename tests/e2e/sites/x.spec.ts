import { describeSiteSignOut, expect, signInThroughForm, test } from './sign-out-spec';

describeSiteSignOut({ site: 'x', domain: 'x.com', accountName: 'Jan Kowalski', languages: ['en', 'pl'] });

test('X: /logout only shows the sheet; the logout API refuses a request without the ct0 header; twitter.com redirects', async ({
  page,
  context,
  fixtures,
}) => {
  const x = fixtures.x;
  await page.goto('https://twitter.com/i/flow/login');
  await expect(page).toHaveURL('https://x.com/i/flow/login');
  await signInThroughForm(page, x, x.users[0]!);
  await expect(page).toHaveURL('https://x.com/home');

  await page.goto('https://x.com/logout');
  await expect(page.locator('[data-testid="confirmationSheetConfirm"]')).toBeVisible();
  expect(x.activeSessions()).toHaveLength(1);

  const statuses = await page.evaluate(async () => {
    const post = (headers: Record<string, string>) =>
      fetch('/i/api/1.1/account/logout.json', { method: 'POST', headers, body: '' }).then((r) => r.status);
    return { none: await post({}), forged: await post({ 'x-csrf-token': 'forged' }) };
  });
  expect(statuses).toEqual({ none: 403, forged: 403 });
  expect(x.activeSessions()).toHaveLength(1);

  // "Cancel" goes back without signing out; the sheet's own button signs out.
  await page.locator('[data-testid="confirmationSheetCancel"]').click();
  await expect(page).toHaveURL('https://x.com/home');
  expect(x.activeSessions()).toHaveLength(1);
  await page.goto('https://x.com/logout');
  await page.locator('[data-testid="confirmationSheetConfirm"]').click();
  await expect(page).toHaveURL('https://x.com/');
  expect(x.activeSessions()).toEqual([]);
  const names = (await context.cookies('https://x.com')).map((c) => c.name);
  expect(names).not.toContain('auth_token');
  expect(names).not.toContain('ct0');
  expect(names).toContain('kdt'); // X remembers the device after sign-out.
});
