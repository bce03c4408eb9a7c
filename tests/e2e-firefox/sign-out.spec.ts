import type { AuditRow } from '../../utils/db-schema';
import { expect, test } from './harness';
import {
  badgeText,
  cookieNames,
  keptCopyIsNamed,
  openExtensionPage,
  openPopup,
  pressButton,
  readTable,
  signInAmazon,
  signInKitSite,
  textOf,
  toolbarPopupPath,
  waitForText,
} from './pages';

const PL = 'www.amazon.pl';
const row = (id: string) => `[data-testid="session-row"][data-session-id="${id}"]`;
const result = (outcome: string) => `[data-testid="result-row"][data-outcome="${outcome}"]`;

test('detection: signing in lists the sites with their account names, the toolbar badge counts them, and the popup draws them from its own copy', async ({ firefox, tab, fixtures }) => {
  await signInAmazon(tab, PL, 'jan@example.com', 'haslo123');
  await signInKitSite(tab, fixtures.linkedin);
  const popup = await openPopup(firefox);
  await waitForText(popup, row('amazon:amazon.pl'), 'Amazon (amazon.pl) — Jan');
  await waitForText(popup, row('linkedin:linkedin.com'), 'LinkedIn (linkedin.com) — Jan Kowalski');
  expect(await textOf(popup, row('amazon:amazon.pl'))).toMatch(/Signed in since \d{2}:\d{2}/);
  // Firefox's MV2 toolbar button is browserAction: the badge adapter must have used it.
  await expect.poll(() => badgeText(popup)).toBe('2');
  // The popup keeps a copy of its rows (utils/popup-snapshot-cache.ts): with storage's copy removed, the page opened
  // from the address the toolbar button opens still draws them before the database answers.
  await expect.poll(() => keptCopyIsNamed(popup)).toBe(true);
  await popup.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.storage.session.remove('popupSnapshot'));
  const fromButton = await openExtensionPage(firefox, await toolbarPopupPath(popup));
  await waitForText(fromButton, row('linkedin:linkedin.com'), 'LinkedIn (linkedin.com) — Jan Kowalski');
  expect(await fromButton.evaluate(() => performance.getEntriesByName('popup:snapshot-read').length)).toBe(1);
  // The pages really came through the fixture proxy under their real names.
  expect(fixtures.proxy.tunnels.get(PL)).toBeGreaterThan(0);
});

test('sign-out by request: the site\'s sign-out address is called, the server session is revoked, and it is verified', async ({
  firefox,
  tab,
  fixtures,
}) => {
  const { linkedin } = fixtures;
  await signInKitSite(tab, linkedin);
  expect(linkedin.activeSessions()).toHaveLength(1);
  const popup = await openPopup(firefox);
  await pressButton(popup, 'Sign out of LinkedIn (linkedin.com)');
  await waitForText(popup, result('verified'), 'Signed out (verified)', 30_000);
  expect(linkedin.activeSessions()).toEqual([]);
  expect(await readTable<AuditRow>(popup, 'audit')).toMatchObject([{ domain: 'linkedin.com', outcome: 'verified', method: 'url-request' }]);
});

test('sign-out through the site\'s menu in a tab: hover, "Sign Out", the server session revoked, verified, the tab closed', async ({
  firefox,
  tab,
  fixtures,
}) => {
  await signInAmazon(tab, PL, 'jan@example.com', 'haslo123');
  const popup = await openPopup(firefox);
  const tabsBefore = (await firefox.pages()).length;
  await pressButton(popup, 'Sign out of Amazon (amazon.pl)');
  await waitForText(popup, result('verified'), 'Signed out (verified)', 30_000);
  expect(fixtures.amazon.activeSessions(PL)).toEqual([]);
  expect(await readTable<AuditRow>(popup, 'audit')).toMatchObject([{ domain: 'amazon.pl', outcome: 'verified', method: 'steps', accountName: 'Jan' }]);
  await expect.poll(async () => (await firefox.pages()).length).toBe(tabsBefore); // Signoff closed the tab it opened.
  // The person's own tab is signed out too: the server no longer knows the session.
  await tab.goto(`https://${PL}/gp/css/homepage.html`);
  expect(tab.url()).toContain('/ap/signin');
});

test('no sign-out the site offers works: removed from this browser (cookies and storage), and the popup says the site may still hold the session', async ({
  firefox,
  tab,
  fixtures,
}) => {
  await signInAmazon(tab, PL, 'jan@example.com', 'haslo123');
  // What the site keeps in the browser besides cookies: local storage and an IndexedDB database.
  await tab.evaluate(() => {
    localStorage.setItem('signed-in-as', 'jan');
    return new Promise((resolve, reject) => {
      const open = indexedDB.open('site-session-cache');
      open.onsuccess = () => resolve(open.result.close());
      open.onerror = () => reject(open.error);
    });
  });
  fixtures.amazon.controls.signOutRemoved = true;
  const popup = await openPopup(firefox);
  await pressButton(popup, 'Sign out of Amazon (amazon.pl)');
  await waitForText(popup, result('cleared'), 'Removed from this browser — the site may still consider you signed in', 60_000);
  expect(await popup.$(result('verified'))).toBeNull();
  expect(fixtures.amazon.activeSessions(PL)).toHaveLength(1); // Honest: the server was never told.
  // The browser holds none of the site's cookies any more (Firefox's cookies API, from an extension page).
  expect(await cookieNames(popup, 'amazon.pl')).toEqual([]);
  // ...nor its storage: Firefox removes it by host name (utils/browser/site-data.ts).
  await tab.goto(`https://${PL}/`);
  expect(await tab.evaluate(() => localStorage.getItem('signed-in-as'))).toBeNull();
  expect(await tab.evaluate(() => indexedDB.databases().then((all) => all.map((db) => db.name)))).not.toContain('site-session-cache');
  expect(await readTable<AuditRow>(popup, 'audit')).toMatchObject([{ domain: 'amazon.pl', outcome: 'cleared' }]);
});
