import { readTable } from '../extension-state';
import { describeSiteSignOut, expect, signInThroughForm, test } from './sign-out-spec';

describeSiteSignOut({
  site: 'vinted',
  domain: 'vinted.pl',
  languages: ['pl'],
  // The menu route (avatar → „Wyloguj się” → the confirmation's button), not the direct /logout one.
  afterSignOut: async ({ popup }) => {
    expect(await readTable<{ methodIndex: number }>(popup, 'jobs')).toMatchObject([{ methodIndex: 0, outcome: 'verified' }]);
  },
});

test('Vinted: GET /logout only asks; a POST without the page\'s token is refused; „Anuluj” keeps the session', async ({ page, context, fixtures }) => {
  const vinted = fixtures.vinted;
  await signInThroughForm(page, vinted, vinted.users[0]!);
  await expect(page).toHaveURL('https://www.vinted.pl/');
  await page.locator('button[data-testid="header-user-menu-button"]').click();
  await page.getByRole('menuitem', { name: 'Wyloguj się' }).click();
  await expect(page).toHaveURL('https://www.vinted.pl/logout');
  await expect(page.locator('form[action="/logout"] input[name="authenticity_token"]')).toHaveCount(1);
  expect(vinted.activeSessions()).toHaveLength(1);

  const status = await page.evaluate(async () => {
    const response = await fetch('/logout', { method: 'POST', body: new URLSearchParams({ authenticity_token: 'forged' }) });
    return response.status;
  });
  expect(status).toBe(422);
  expect(vinted.activeSessions()).toHaveLength(1);

  await page.locator('[data-testid="logout-cancel"]').click();
  await expect(page).toHaveURL('https://www.vinted.pl/');
  expect(vinted.activeSessions()).toHaveLength(1);

  await page.goto('https://www.vinted.pl/logout');
  await page.locator('[data-testid="logout-confirm"]').click();
  await expect(page.locator('[data-testid="header--login-button"]')).toBeVisible();
  expect(vinted.activeSessions()).toEqual([]);
  // Signed out, the browser holds a guest's tokens under the login's names: only the site can tell the difference.
  const names = (await context.cookies('https://www.vinted.pl')).map((c) => c.name);
  expect(names).toEqual(expect.arrayContaining(['refresh_token_web', 'access_token_web', 'anon_id', '_vinted_pl_session']));
  await page.goto('https://www.vinted.pl/settings/profile');
  await expect(page).toHaveURL(/\/member\/login/);
});
