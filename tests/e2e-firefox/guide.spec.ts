import type { Page } from 'puppeteer-core';
import { expect, test } from './harness';
import { FirefoxGuidePanel } from './guide-panel';
import { openExtensionPage, signInKitSite } from './pages';

async function panelShows(panel: FirefoxGuidePanel, part: string, text: string): Promise<void> {
  await expect.poll(() => panel.text(part), { timeout: 15_000, message: `guide panel part "${part}"` }).toContain(text);
}

test('a guide\'s panel appears on the site, highlights the next control, and does a safe step for the person', async ({
  firefox,
  tab,
  fixtures,
}) => {
  const { dell } = fixtures;
  await signInKitSite(tab, dell);
  const options = await openExtensionPage(firefox, 'options.html');
  const card = '[data-testid="guide-card"][data-guide-id="cancel-support-digital-locker"]';
  await options.waitForSelector(card);
  // Dell sends the Digital Locker to MyAccount today, and the guide goes on from there.
  const opened = firefox.waitForTarget((target) => target.url().startsWith('https://www.dell.com/myaccount/'), { timeout: 15_000 });
  await options.click(`${card} button.primary`); // "Start", on the Digital Locker guide's card.
  const guideTab = (await (await opened).page()) as Page;
  const panel = new FirefoxGuidePanel(firefox, guideTab);

  await panelShows(panel, 'instruction', 'Click “Manage Subscriptions”.');
  await expect.poll(() => panel.highlighting()).toBe(true);
  expect(await panel.has('do-it')).toBe(true);
  await panel.click('do-it');
  // Signoff pressed "Manage Subscriptions" on the page; the panel has moved on to the next control.
  await panelShows(panel, 'instruction', 'Click “View”.');
  expect(dell.subscription('jan@example.com').status).toBe('active'); // Nothing final was pressed.
});
