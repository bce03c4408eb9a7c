import type { GuideRunRow, ReceiptRow } from '../../utils/guides/rows';
import { marketplaceForHost } from '../fixture-sites/amazon/marketplaces';
import { GuidePanelDriver } from './guide-panel';
import { signInAmazon } from './harness';
import { isWorkerRunning } from './service-worker';
import { expect, expectPanel, nextGuideTab, openOptions, readGuideTable, test } from './guides-harness';

const COM = 'www.amazon.com';

/** Starts the Prime guide on amazon.com from the options page and brings it to the membership page's menu. */
async function startPrimeGuide(context: import('@playwright/test').BrowserContext, extensionId: string) {
  const options = await openOptions(context, extensionId);
  const card = options.locator('[data-testid="guide-card"][data-guide-id="cancel-prime"]');
  await card.getByLabel('Site').selectOption('amazon.com');
  const started = await nextGuideTab(context, () => card.getByRole('button', { name: 'Cancel Amazon Prime — amazon.com' }).click());
  await expectPanel(started.panel, 'instruction', 'Open the “Prime” tile.');
  await started.panel.click('do-it');
  await expectPanel(started.panel, 'instruction', 'Press “Manage membership”.');
  return { options, ...started };
}

test.describe('Guides survive a closed tab and a stopped service worker', () => {
  test('the tab is closed mid-guide: the options page lists the guide, “Continue” reopens it where the page stands, and it completes', async ({
    page,
    context,
    extensionId,
    fixtures,
  }) => {
    await signInAmazon(page, COM, 'anna@example.com', 'haslo123');
    const { options, tab } = await startPrimeGuide(context, extensionId);
    await tab.close();

    // The run is still there, in Dexie, with the step it reached.
    await options.reload();
    const run = options.locator('[data-testid="guide-run"]');
    await expect(run).toContainText('Cancel Amazon Prime');
    await expect(run).toContainText('amazon.com — step 3 of 6');
    const reopened = await nextGuideTab(context, () => run.getByRole('button', { name: 'Continue' }).click());
    // Reopened at the guide's first page (Your Account): the page decides the step, the run keeps its history.
    await expectPanel(reopened.panel, 'instruction', 'Open the “Prime” tile.');
    await reopened.panel.click('do-it');
    await expectPanel(reopened.panel, 'instruction', 'Manage membership');

    // Closed again; this time the person simply goes back to Amazon in another tab: the guide picks that tab up.
    await reopened.tab.close();
    await page.goto(`https://${COM}/gp/primecentral`);
    const panel = new GuidePanelDriver(page);
    await expectPanel(panel, 'instruction', 'Press “Manage membership”.');
    await panel.click('do-it');
    await expectPanel(panel, 'instruction', 'Update, cancel and more');
    await panel.click('do-it');
    await page.locator('#mcx-end-membership').click();
    await expectPanel(panel, 'retention', 'Continue to cancel');
    await panel.click('do-it');
    await expectPanel(panel, 'retention', 'pausing');
    await panel.click('do-it');
    await expectPanel(panel, 'instruction', 'Choose how Prime ends');
    await page.locator('#mcx-end-on').click();
    await expectPanel(panel, 'ending', 'Amazon confirmed that your Prime membership is cancelled');
    await expectPanel(panel, 'receipt', 'Receipt with a screenshot saved');

    expect(fixtures.amazon.guides.membership(marketplaceForHost(COM)!, 'anna@example.com').status).toBe('ended');
    const runs = await readGuideTable<GuideRunRow>(options, 'guideRuns');
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: 'completed', guideId: 'cancel-prime', domain: 'amazon.com' });
    expect(await readGuideTable<ReceiptRow>(options, 'receipts')).toHaveLength(1);
    await options.reload();
    await expect(options.locator('[data-testid="guide-run"]')).toHaveCount(0);
    await expect(options.locator('[data-testid="receipt"]')).toHaveCount(1);
  });

  test('the service worker is stopped mid-guide: the next page load wakes it, the guide goes on and the receipt is kept', async ({
    page,
    context,
    extensionId,
    fixtures,
    stopServiceWorker,
  }) => {
    await signInAmazon(page, COM, 'anna@example.com', 'haslo123');
    const { options, tab, panel } = await startPrimeGuide(context, extensionId);
    await options.close(); // No extension page keeps the worker busy.

    await stopServiceWorker();
    expect(await isWorkerRunning(context, extensionId)).toBe(false);

    // The panel on the page does not need the worker for what the page shows …
    await panel.click('do-it');
    await expectPanel(panel, 'instruction', 'Update, cancel and more');
    await panel.click('do-it');
    await expectPanel(panel, 'instruction', 'Press “End membership”');
    // … and a page load (the person's click) starts the worker again, which shows the panel on the new page.
    await tab.locator('#mcx-end-membership').click();
    await expectPanel(panel, 'retention', 'Continue to cancel');
    expect(await isWorkerRunning(context, extensionId)).toBe(true);

    await stopServiceWorker();
    await panel.click('do-it');
    await expectPanel(panel, 'retention', 'pausing');
    await panel.click('do-it');
    await expectPanel(panel, 'instruction', 'Choose how Prime ends');
    await stopServiceWorker();
    await tab.locator('#mcx-end-on').click();

    await expectPanel(panel, 'ending', 'Amazon confirmed that your Prime membership is cancelled');
    await expectPanel(panel, 'receipt', 'Receipt with a screenshot saved');
    expect(fixtures.amazon.guides.membership(marketplaceForHost(COM)!, 'anna@example.com').status).toBe('ended');
    const again = await openOptions(context, extensionId);
    const runs = await readGuideTable<GuideRunRow>(again, 'guideRuns');
    expect(runs).toMatchObject([{ status: 'completed', offersSeen: ['annual-plan', 'pause'] }]);
    const receipts = await readGuideTable<ReceiptRow>(again, 'receipts');
    expect(receipts).toHaveLength(1);
    expect(receipts[0]!.screenshot).toMatch(/^data:image\/jpeg;base64,/);
  });
});
