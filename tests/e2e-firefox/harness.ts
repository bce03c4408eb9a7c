import { test as base, expect } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import { createSites } from '../fixture-sites/all-sites';
import { startConnectProxy, type ConnectProxy } from '../fixture-sites/connect-proxy';
import { startFixtureServer, type FixtureServer } from '../fixture-sites/server';
import { closeWelcomePage, launchFirefox } from './launch';

/**
 * Playwright Test is only the runner here: each test gets its own Firefox ESR with Signoff installed, driven by
 * puppeteer-core over WebDriver BiDi (Playwright cannot load an add-on into Debian's Firefox). The fixture sites are
 * the Chromium suite's, reached through an HTTPS proxy.
 */

export type FirefoxSiteFixtures = ReturnType<typeof createSites> & { server: FixtureServer; proxy: ConnectProxy };

interface FirefoxTestFixtures {
  /** Firefox with Signoff installed and its first-run tab closed. */
  firefox: Browser;
  /** The browser's first tab, for the person's own browsing. */
  tab: Page;
  resetSites: void;
}

interface FirefoxWorkerFixtures {
  fixtures: FirefoxSiteFixtures;
}

export const test = base.extend<FirefoxTestFixtures, FirefoxWorkerFixtures>({
  fixtures: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires an object pattern here.
    async ({}, use) => {
      const sites = createSites();
      const server = await startFixtureServer(Object.values(sites));
      const proxy = await startConnectProxy(server.port, server.hosts);
      await use({ ...sites, server, proxy });
      await proxy.close();
      await server.close();
    },
    { scope: 'worker' },
  ],

  resetSites: [
    async ({ fixtures }, use) => {
      const { server: _server, proxy: _proxy, ...sites } = fixtures;
      for (const site of Object.values(sites)) site.reset();
      await use();
    },
    { auto: true },
  ],

  firefox: async ({ fixtures }, use) => {
    const browser = await launchFirefox({ proxyPort: fixtures.proxy.port });
    try {
      await closeWelcomePage(browser);
      await use(browser);
    } finally {
      await browser.close();
    }
  },

  tab: async ({ firefox }, use) => {
    await use((await firefox.pages())[0] ?? (await firefox.newPage()));
  },
});

export { expect };
