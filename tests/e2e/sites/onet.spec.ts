import { ONET_MAIL_CLIENT } from '../../fixture-sites/onet';
import { readTable } from '../extension-state';
import { driveRecipeSteps } from './recipe-steps';
import { describeSiteSignOut, expect, signInThroughForm, test } from './sign-out-spec';

// The SSO address is on grupaonet.pl, which Signoff has no access to: it opens it in the tab, and the SSO sends
// the browser back to Onet, which removes its cookies.
describeSiteSignOut({
  site: 'onet',
  domain: 'onet.pl',
  accountName: 'jan.kowalski@onet.pl',
  languages: ['pl'],
  afterSignOut: async ({ popup }) => {
    expect(await readTable<{ method?: string }>(popup, 'audit')).toMatchObject([{ outcome: 'verified', method: 'url' }]);
  },
});

test('Onet: the SSO logout without state=logout and the mail client_id refuses and signs nobody out', async ({ page, fixtures }) => {
  const onet = fixtures.onet;
  await signInThroughForm(page, onet, onet.users[0]!);
  await expect(page).toHaveURL('https://poczta.onet.pl/');
  for (const query of ['', '?state=logout', `?client_id=${ONET_MAIL_CLIENT}`, '?state=logout&client_id=someone.else']) {
    const response = await page.goto(`https://authorisation.grupaonet.pl/logout.html${query}`);
    expect(response?.status(), query).toBe(400);
  }
  expect(onet.activeSessions()).toHaveLength(1);

  // The mail header's own „Wyloguj” (the recipe's fallback route) ends it.
  await driveRecipeSteps(page, 'onet', 1);
  await expect(page).toHaveURL(/^https:\/\/konto\.onet\.pl\/signin/);
  expect(onet.activeSessions()).toEqual([]);
});
