import { ALLEGRO_CONSENT_COOKIE } from '../../fixture-sites/allegro';
import { readTable } from '../extension-state';
import { describeSiteSignOut, expect, sessionRow, signInThroughForm, test } from './sign-out-spec';

// Nobody answered the consent dialog: Signoff's menu route has to dismiss it before it can reach „Moje Allegro”.
describeSiteSignOut({
  site: 'allegro',
  domain: 'allegro.pl',
  languages: ['pl', 'en'],
  afterSignOut: async ({ popup, context }) => {
    // The menu route, not the fallback address, signed out.
    expect(await readTable<{ method?: string }>(popup, 'audit')).toMatchObject([{ outcome: 'verified', method: 'steps' }]);
    const names = (await context.cookies('https://allegro.pl')).map((c) => c.name);
    expect(names).toContain(ALLEGRO_CONSENT_COOKIE);
    expect(names).toEqual(expect.arrayContaining(['_cmuid', 'wdctx'])); // every visitor's cookies stay
  },
});

test('Allegro: the consent dialog keeps the header out of reach until answered; then the account name shows', async ({
  page,
  openPopup,
  fixtures,
}) => {
  const allegro = fixtures.allegro;
  await signInThroughForm(page, allegro, allegro.users[0]!);
  await expect(page).toHaveURL('https://allegro.pl/');
  const header = page.locator('header[data-role="page-header"]');
  await expect(header).toHaveAttribute('aria-hidden', 'true');
  await expect(header).toHaveAttribute('inert', '');
  await expect(page.locator('[role="menu"]')).toHaveCount(0);

  await page.getByRole('button', { name: 'Ok, zgadzam się' }).click();
  await expect(page.locator('#opbox-gdpr-consents-modal')).toHaveCount(0);
  await page.getByRole('button', { name: 'Moje Allegro' }).click();
  await expect(page.getByRole('menuitem', { name: 'Wyloguj' })).toHaveAttribute('href', '/wyloguj?origin_url=%2F');

  await page.reload();
  const popup = await openPopup();
  await expect(sessionRow(popup, 'allegro', 'allegro.pl')).toContainText('jan_kowalski');
  expect(allegro.activeSessions()).toHaveLength(1);
});
