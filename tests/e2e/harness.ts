import { test as base, expect, type Page, type Worker } from '@playwright/test';
import { createSites } from '../fixture-sites/all-sites';
import { startFixtureServer, type FixtureServer } from '../fixture-sites/server';
import type { FixtureSite } from '../fixture-sites/types';
import { BrowserPool, disposeBrowser, prepareBrowser } from './browser-pool';
import { closeWelcomePage, EXTENSION_DIR, launchWithExtension, type UiLanguage } from './launch';
import { extensionWorker, stopWorkers, waitForWorkerState } from './service-worker';

export type SiteFixtures = ReturnType<typeof createSites> & { server: FixtureServer };

interface HarnessTestFixtures {
  /** The browser's UI language; `test.use({ uiLanguage: 'pl' })` switches it. */
  uiLanguage: UiLanguage;
  extensionId: string;
  /** The extension's service worker once running (waits up to 10 s; throws if it stays stopped). */
  serviceWorker: () => Promise<Worker>;
  /** Opens the popup as a page (chrome-extension://ID/popup.html). */
  openPopup: () => Promise<Page>;
  /** Stops the extension's service worker as Chromium does when it idles; resolves once it is gone. */
  stopServiceWorker: () => Promise<void>;
  /**
   * Starts the stopped worker the way an extension page does, by sending it a message (a no-op one),
   * and returns it. Merely opening the popup does not wake it if the popup sends nothing on load.
   */
  wakeServiceWorker: () => Promise<Worker>;
  /** Leave the first-run options tab open (by default the harness waits for it and closes it). */
  keepWelcomePage: boolean;
  /** Internal: resets every fixture site before each test. */
  resetSites: void;
}

interface HarnessWorkerFixtures {
  fixtures: SiteFixtures;
  /** Prepares the next test's browser while the current test runs (tests/e2e/browser-pool.ts). */
  browserPool: BrowserPool;
}

export const test = base.extend<HarnessTestFixtures, HarnessWorkerFixtures>({
  fixtures: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires an object pattern here.
    async ({}, use) => {
      const sites = createSites();
      const server = await startFixtureServer(Object.values(sites));
      await use({ ...sites, server });
      await server.close();
    },
    { scope: 'worker' },
  ],

  resetSites: [
    async ({ fixtures }, use) => {
      const { server: _server, ...sites } = fixtures;
      for (const site of Object.values(sites)) site.reset();
      await use();
    },
    { auto: true },
  ],

  uiLanguage: ['en', { option: true }],
  keepWelcomePage: [false, { option: true }],

  browserPool: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires an object pattern here.
    async ({}, use) => {
      const pool = new BrowserPool();
      await use(pool);
      await pool.close();
    },
    { scope: 'worker' },
  ],

  context: async ({ fixtures, uiLanguage, keepWelcomePage, browserPool }, use) => {
    const launch = (profileDir: string) =>
      launchWithExtension({ profileDir, hostResolverRules: fixtures.server.hostResolverRules, uiLanguage, headless: true });
    // A fresh install opens the first-run question in a tab; most tests play a person who has answered it. Those
    // that want to see it get a browser started for them alone (the pool's browsers have closed it already).
    const prepared = keepWelcomePage
      ? await prepareBrowser(launch)
      : await browserPool.take(`plain ${uiLanguage}`, async (profileDir) => {
          const context = await launch(profileDir);
          // A fresh profile without a policy always gets the tab, at load 15–38 after more than 10 s: wait until it
          // is there to close, or a test takes it for the page it has just opened.
          await closeWelcomePage(context, 30_000);
          return context;
        });
    await use(prepared.context);
    await disposeBrowser(prepared);
  },

  // The persistent context opens with one blank tab: use it rather than adding a second.
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },

  extensionId: async ({ context }, use) => {
    const worker = await extensionWorker(context);
    await use(new URL(worker.url()).host);
  },

  serviceWorker: async ({ context, extensionId }, use) => {
    await use(async () => {
      // A stopped worker would make evaluate() hang: fail clearly instead.
      if (!(await waitForWorkerState(context, extensionId, true, 10_000))) {
        throw new Error('The extension service worker is stopped; wake it first (for example with openPopup()).');
      }
      return extensionWorker(context, extensionId);
    });
  },

  openPopup: async ({ context, extensionId }, use) => {
    await use(async () => {
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      return popup;
    });
  },

  stopServiceWorker: async ({ context, extensionId }, use) => {
    await use(() => stopWorkers(context, extensionId));
  },

  wakeServiceWorker: async ({ context, extensionId, serviceWorker }, use) => {
    await use(async () => {
      const origin = `chrome-extension://${extensionId}/`;
      const existing = context.pages().find((p) => p.url().startsWith(origin));
      const page = existing ?? (await context.newPage());
      if (!existing) await page.goto(`${origin}popup.html`);
      // Nobody answers this message; sending it is what starts the worker.
      await page.evaluate(() => chrome.runtime.sendMessage({ channel: 'harness', type: 'wake' }).catch(() => undefined));
      if (!existing) await page.close();
      return serviceWorker();
    });
  },
});

export { expect, EXTENSION_DIR, type UiLanguage };
export { signInAmazon } from './amazon-sign-in';
