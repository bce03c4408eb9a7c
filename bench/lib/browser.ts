import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { createSites } from '../../tests/fixture-sites/all-sites';
import { projectTmpDir } from '../../tests/fixture-sites/paths';
import { startFixtureServer, type FixtureServer } from '../../tests/fixture-sites/server';
import { closeWelcomePage, launchChromium, launchWithExtension } from '../../tests/e2e/launch';
import { extensionWorker } from '../../tests/e2e/service-worker';
import { buildForBench } from './build';
import { createOrdinarySite } from './ordinary-site';

export type Sites = ReturnType<typeof createSites>;

export interface Fixtures {
  sites: Sites;
  server: FixtureServer;
}

/** Every fixture site on one local HTTPS server, as in the e2e tests, plus an ordinary page no recipe covers. */
export async function startFixtures(): Promise<Fixtures> {
  const sites = createSites();
  const server = await startFixtureServer([...Object.values(sites), createOrdinarySite()]);
  return { sites, server };
}

export function resetSites(sites: Sites): void {
  for (const site of Object.values(sites)) site.reset();
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** An extension page kept open for commands and database reads. */
  home: Page;
  close(): Promise<void>;
}

/** Headless Chromium with the benchmark build of Signoff, the first-run tab closed. */
export async function launchExtension(fixtures: Fixtures): Promise<ExtensionBrowser> {
  const extensionDir = await buildForBench();
  const profileDir = await mkdtemp(join(projectTmpDir('profiles'), 'bench-'));
  const context = await launchWithExtension({
    profileDir,
    hostResolverRules: fixtures.server.hostResolverRules,
    uiLanguage: 'en',
    headless: true,
    extensionDir,
  });
  const worker = await extensionWorker(context);
  const extensionId = new URL(worker.url()).host;
  await closeWelcomePage(context);
  const home = context.pages()[0] ?? (await context.newPage());
  await home.goto(`chrome-extension://${extensionId}/options.html`);
  return {
    context,
    extensionId,
    home,
    async close() {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/** The same Chromium with the same switches and no extension: the baseline for page-load costs. */
export async function launchPlain(fixtures: Fixtures): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profileDir = await mkdtemp(join(projectTmpDir('profiles'), 'bench-plain-'));
  const context = await launchChromium({ profileDir, hostResolverRules: fixtures.server.hostResolverRules, uiLanguage: 'en', headless: true });
  return {
    context,
    async close() {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/** Sends a command as Signoff's own pages do, and returns the background's reply. */
export async function sendCommand(page: Page, command: Record<string, unknown>): Promise<{ ok: boolean; jobId?: string; batchId?: string; error?: string }> {
  return page.evaluate((message) => chrome.runtime.sendMessage(message), { channel: 'command', ...command });
}
