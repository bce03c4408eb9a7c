import type { Page } from '@playwright/test';
import type { KitSiteHandle } from '../fixture-sites/kit/index';
import { signInThroughForm } from './sites/sign-in';
import { expect, expectPanel, nextGuideTab, openOptions, test, waitForReceipts } from './guides-harness';

/**
 * "Signed in on another computer?" (issue #16 §2), one case per site: the account is signed in here and, on the
 * server, on another computer. The popup's offer opens the site's sessions page (done for the person); the person
 * presses the site's own control and confirms; the other computer's session really ends on the server, this one
 * stays (or ends too where the site says so), and the receipt keeps the site's confirmation.
 */

type SiteName = 'google' | 'facebook' | 'microsoft' | 'netflix' | 'linkedin' | 'github' | 'x' | 'spotify' | 'dropbox';

interface Case {
  site: SiteName;
  sessionId: string;
  /** The person opens the other computer's session first (its own page). */
  choose?: (tab: Page) => Promise<void>;
  press: (tab: Page) => Promise<void>;
  confirm?: (tab: Page) => Promise<void>;
  endsHere: boolean;
  confirmation: string;
}

const inDialog = (tab: Page, name: string) => tab.getByRole('dialog').getByRole('button', { name, exact: true }).click();

const CASES: Case[] = [
  {
    site: 'google',
    sessionId: 'google:google.com',
    choose: (tab) => tab.getByRole('link', { name: 'Chrome on Windows' }).click(),
    press: (tab) => tab.getByRole('button', { name: 'Sign out', exact: true }).click(),
    confirm: (tab) => inDialog(tab, 'Sign out'),
    endsHere: false,
    confirmation: 'signed out on that device',
  },
  {
    site: 'facebook',
    sessionId: 'facebook:facebook.com',
    press: (tab) => tab.getByRole('button', { name: 'Log out of all sessions' }).click(),
    confirm: (tab) => inDialog(tab, 'Log out'),
    endsHere: false,
    confirmation: 'logged out of your other sessions',
  },
  {
    site: 'microsoft',
    sessionId: 'microsoft:live.com',
    press: (tab) => tab.getByRole('button', { name: 'Sign out everywhere' }).click(),
    confirm: (tab) => inDialog(tab, 'Sign out'),
    endsHere: false,
    confirmation: 'signed out everywhere',
  },
  {
    site: 'netflix',
    sessionId: 'netflix:netflix.com',
    press: (tab) => tab.getByRole('link', { name: 'Sign out of all devices' }).click(),
    confirm: (tab) => tab.getByRole('button', { name: 'Sign Out', exact: true }).click(),
    endsHere: true,
    confirmation: 'signed out of all devices',
  },
  {
    site: 'linkedin',
    sessionId: 'linkedin:linkedin.com',
    press: (tab) => tab.getByRole('button', { name: 'Sign out of all sessions' }).click(),
    confirm: (tab) => inDialog(tab, 'Sign out'),
    endsHere: false,
    confirmation: 'signed out of all other sessions',
  },
  {
    site: 'github',
    sessionId: 'github:github.com',
    choose: (tab) => tab.getByRole('link', { name: 'See more' }).click(),
    press: (tab) => tab.getByRole('button', { name: 'Revoke session' }).click(),
    endsHere: false,
    confirmation: 'Revoked session',
  },
  {
    site: 'x',
    sessionId: 'x:x.com',
    press: (tab) => tab.getByRole('button', { name: 'Log out of all other sessions' }).click(),
    confirm: (tab) => inDialog(tab, 'Log out'),
    endsHere: false,
    confirmation: 'logged out of all other sessions',
  },
  {
    site: 'spotify',
    sessionId: 'spotify:spotify.com',
    press: (tab) => tab.getByRole('link', { name: 'Sign out everywhere' }).click(),
    confirm: (tab) => tab.getByRole('button', { name: 'Sign out everywhere' }).click(),
    endsHere: true,
    confirmation: 'signed out everywhere',
  },
  {
    site: 'dropbox',
    sessionId: 'dropbox:dropbox.com',
    press: (tab) => tab.getByRole('button', { name: 'Sign out of this session' }).click(),
    confirm: (tab) => inDialog(tab, 'Sign out'),
    endsHere: false,
    confirmation: 'signed out of that session',
  },
];

/** This browser's own session: the one the test signed in with (the other computer's is known by its token). */
const sessionsHere = (site: KitSiteHandle, email: string) =>
  site.activeSessions().filter((session) => session.email === email && !session.browserId?.startsWith('elsewhere-')).length;

test.describe('Signed in on another computer? Sign out of other devices', () => {
  test.use({ capturePermission: false });

  for (const c of CASES) {
    test(`${c.site}: the other computer's session ends on the server${c.endsHere ? ' (and this one, as the site does)' : ', this one stays'}; receipt kept`, async ({
      page,
      context,
      openPopup,
      extensionId,
      fixtures,
    }) => {
      const site = fixtures[c.site] as KitSiteHandle;
      const user = site.users[0]!;
      await signInThroughForm(page, site, user);
      const elsewhere = site.signInElsewhere(user.email, 'Chrome on Windows');

      const popup = await openPopup();
      const row = popup.locator(`[data-testid="session-row"][data-session-id="${c.sessionId}"]`);
      const offer = row.getByRole('button', { name: /^Signed in on another computer\?/ });
      await expect(offer).toBeVisible({ timeout: 10_000 });
      // The sessions page is opened for the person (the guide's safe first step).
      const { tab, panel } = await nextGuideTab(context, () => offer.click());

      if (c.choose) {
        await expectPanel(panel, 'counter', 'Step 2');
        await c.choose(tab);
      }
      if (c.endsHere) {
        await expectPanel(panel, 'warning', 'signs out this browser too');
        await panel.click('acknowledge');
      }
      // The site's own control: only the person presses it.
      await expectPanel(panel, 'only-you');
      expect(await panel.has('do-it')).toBe(false);
      await expect.poll(() => panel.highlight()).toBeTruthy();
      expect(site.isSessionActive(elsewhere)).toBe(true);
      await c.press(tab);
      if (c.confirm) {
        await expectPanel(panel, 'instruction', /Confirm|once more|next page/);
        await c.confirm(tab);
      }

      await expectPanel(panel, 'ending', 'confirmed it');
      expect(site.isSessionActive(elsewhere), 'the other computer is signed out on the server').toBe(false);
      expect(sessionsHere(site, user.email), 'this browser’s session').toBe(c.endsHere ? 0 : 1);

      // The popup closed itself once the guide started: the receipt is read from the options page.
      const options = await openOptions(context, extensionId);
      const [receipt] = await waitForReceipts(options);
      expect(receipt).toMatchObject({ recipeId: c.site, guideId: 'sign-out-other-devices', kind: 'sign-out-other-devices' });
      expect(receipt!.confirmationText.toLowerCase()).toContain(c.confirmation.toLowerCase());
    });
  }
});
