import type { BrowserContext, Page } from '@playwright/test';
import type { GuideRunRow, ReceiptRow } from '../../utils/guides/rows';
import { disposeBrowser } from './browser-pool';
import { readTable } from './extension-state';
import { GuidePanelDriver } from './guide-panel';
import { expect, test as base } from './harness';
import { closeWelcomePage, launchWithExtension } from './launch';
import { launchWithGrantedOrigins } from './optional-permission';

/**
 * The harness for guides: a profile in which the person once allowed Signoff to capture pages (the optional
 * <all_urls> permission the receipt's screenshot needs), so that Signoff's own request at guide start is granted at
 * once instead of opening a dialog headless Chromium cannot show.
 */
export const test = base.extend<{ capturePermission: boolean }>({
  capturePermission: [true, { option: true }],
  context: async ({ fixtures, uiLanguage, capturePermission, browserPool }, use) => {
    const prepared = await browserPool.take(`guides ${uiLanguage} ${capturePermission}`, async (profileDir) => {
      const launch = () =>
        launchWithExtension({ profileDir, hostResolverRules: fixtures.server.hostResolverRules, uiLanguage, headless: true });
      if (capturePermission) return launchWithGrantedOrigins(launch, profileDir, ['<all_urls>']);
      const context = await launch();
      await closeWelcomePage(context, 30_000);
      return context;
    });
    await use(prepared.context);
    await disposeBrowser(prepared);
  },
});

export { expect };

/** Reads a guides table from an extension page. */
export const readGuideTable = <T extends GuideRunRow | ReceiptRow>(extensionPage: Page, table: 'guideRuns' | 'receipts') =>
  readTable<T>(extensionPage, table);

/**
 * Waits until the receipts table holds `count` rows and returns them: the panel shows a guide's ending as soon as
 * the page does, and the background keeps the receipt (with its screenshot) a moment after.
 */
export async function waitForReceipts(extensionPage: Page, count = 1): Promise<ReceiptRow[]> {
  let receipts: ReceiptRow[] = [];
  await expect
    .poll(async () => (receipts = await readTable<ReceiptRow>(extensionPage, 'receipts')).length, { timeout: 10_000, message: 'receipts kept' })
    .toBeGreaterThanOrEqual(count);
  return receipts;
}

/** Waits for the tab a guide opens (the next new page of the context) and returns it with a panel driver. */
export async function nextGuideTab(context: BrowserContext, start: () => Promise<unknown>): Promise<{ tab: Page; panel: GuidePanelDriver }> {
  const opened = context.waitForEvent('page', { predicate: (page) => page.url().startsWith('https://') || page.url() === 'about:blank' });
  await start();
  const tab = await opened;
  await tab.waitForLoadState('domcontentloaded');
  return { tab, panel: new GuidePanelDriver(tab) };
}

/** Polls the panel until `part`'s text contains `text` (or the part exists, without text). */
export async function expectPanel(panel: GuidePanelDriver, part: string, text?: string | RegExp, timeout = 15_000): Promise<void> {
  await expect
    .poll(
      async () => {
        const value = await panel.text(part);
        // When the part is missing, what the panel shows instead makes the failure readable.
        if (!(await panel.has(part))) return `(absent) — the panel shows: ${(await panel.text('panel')).replace(/\s+/g, ' ').slice(0, 300)}`;
        return value;
      },
      { timeout, message: `panel part "${part}"` },
    )
    .toEqual(text === undefined ? expect.not.stringMatching(/^\(absent\)/) : typeof text === 'string' ? expect.stringContaining(text) : expect.stringMatching(text));
}

/** Opens the options page of the extension. */
export async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  return options;
}
