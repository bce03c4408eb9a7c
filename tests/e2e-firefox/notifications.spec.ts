import { expect, test } from './harness';
import { clickNotification, notificationShown, readNotification, waitForNotificationWindow } from './firefox-internals';
import { badgeText, openPopup, signInAmazon } from './pages';

const PL = 'www.amazon.pl';

test('Firefox draws the reminder without buttons, and a click on it does what its first button does: signs out for real', async ({
  firefox,
  tab,
  fixtures,
}) => {
  await signInAmazon(tab, PL, 'jan@example.com', 'haslo123');
  const popup = await openPopup(firefox);
  await expect.poll(() => badgeText(popup)).toBe('1');
  await popup.close();
  // Another tab stays open; the Amazon tab is the site's last one, and the person closes it.
  await firefox.newPage();
  await tab.close();

  const alert = await waitForNotificationWindow(firefox);
  // The window exists a moment before Firefox fills in its texts.
  await expect.poll(() => readNotification(firefox, alert)).toEqual({
    title: 'Still signed in to Amazon (Jan)',
    message: 'You closed the last tab of amazon.pl, but you are still signed in there. Sign out now?',
  });
  expect(fixtures.amazon.activeSessions(PL)).toHaveLength(1);

  // No "Sign out" button to press in Firefox: a click anywhere on the notification stands for it.
  await clickNotification(firefox, alert);
  await expect.poll(() => fixtures.amazon.activeSessions(PL).length, { timeout: 30_000 }).toBe(0);
  const after = await openPopup(firefox);
  await expect.poll(() => badgeText(after)).toBe('');
  await expect.poll(() => notificationShown(firefox), { timeout: 10_000 }).toBe(false);
});
