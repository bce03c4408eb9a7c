import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { test as base, chromium, expect, type Page, type Worker } from '@playwright/test';
import { createAmazonSite } from '../fixture-sites/amazon/index';
import { projectRoot, projectTmpDir } from '../fixture-sites/paths';
import { startFixtureServer, type FixtureServer } from '../fixture-sites/server';
import type { FixtureSite } from '../fixture-sites/types';
import { extensionWorker, stopWorkers, waitForWorkerState } from './service-worker';

/** The built extension Chromium loads; `npm run build` makes it. */
export const EXTENSION_DIR = join(projectRoot, '.output', 'chrome-mv3');

/** Every fixture site, by name. Adding a site means adding one line here. */
function createSites() {
  return { amazon: createAmazonSite() } satisfies Record<string, FixtureSite>;
}

export type SiteFixtures = ReturnType<typeof createSites> & { server: FixtureServer };

export type UiLanguage = 'en' | 'pl' | 'de';

/** Per UI language: the BCP 47 locale for pages and the POSIX locale for the browser's environment. */
const LOCALES: Record<UiLanguage, { bcp47: string; posix: string }> = {
  en: { bcp47: 'en-US', posix: 'en_US.UTF-8' },
  pl: { bcp47: 'pl-PL', posix: 'pl_PL.UTF-8' },
  de: { bcp47: 'de-DE', posix: 'de_DE.UTF-8' },
};

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
  /** Internal: resets every fixture site before each test. */
  resetSites: void;
}

interface HarnessWorkerFixtures {
  fixtures: SiteFixtures;
}

/** Environment for Chromium without undefined values (which Playwright's env type forbids). */
function browserEnv(language: UiLanguage): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  // On Linux Chromium takes its UI locale from LANGUAGE/LANG (not from --lang), and only if the
  // locale's .pak file is installed (Debian: chromium-l10n). --lang is passed too: extension messages follow it.
  env.LANGUAGE = language;
  env.LANG = LOCALES[language].posix;
  // Keeps Chromium's temporary files inside the project instead of piling up in /tmp.
  env.TMPDIR = projectTmpDir();
  return env;
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

  context: async ({ fixtures, uiLanguage }, use) => {
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
      throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
    }
    const profileDir = await mkdtemp(join(projectTmpDir('profiles'), 'profile-'));
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      locale: LOCALES[uiLanguage].bcp47,
      env: browserEnv(uiLanguage),
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        `--host-resolver-rules=${fixtures.server.hostResolverRules}`,
        // Needed for the service worker too: Playwright's ignoreHTTPSErrors covers only pages.
        '--ignore-certificate-errors',
        '--disable-quic',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--lang=${uiLanguage}`,
      ],
    });
    await use(context);
    await context.close();
    await rm(profileDir, { recursive: true, force: true });
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

export { expect };

/** Signs in on an Amazon fixture host through its real two-step form, as a person would. */
export async function signInAmazon(page: Page, host: string, email: string, password: string): Promise<void> {
  await page.goto(`https://${host}/ap/signin`);
  const error = page.locator('#auth-error-message-box');
  await page.locator('#ap_email').fill(email);
  await page.locator('#continue').click();
  await expect(page.locator('#ap_password').or(error)).toBeVisible();
  if (await error.isVisible()) throw new Error(`Amazon fixture refused ${email}: ${await error.innerText()}`);
  await page.locator('#ap_password').fill(password);
  await page.locator('#signInSubmit').click();
  const signedIn = page.locator('[data-nav-ref="nav_youraccount_btn"]');
  await expect(signedIn.or(error)).toBeVisible();
  if (await error.isVisible()) throw new Error(`Amazon fixture refused ${email}: ${await error.innerText()}`);
}
