/**
 * `npm start`: the fixture sites plus Chromium with the built extension. With a display, a browser to try it in;
 * without one, a scripted tour that signs in, signs out from the popup and prints what happened.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { createSites } from '../fixture-sites/all-sites';
import { projectTmpDir } from '../fixture-sites/paths';
import { startFixtureServer } from '../fixture-sites/server';
import { signInAmazon } from '../e2e/amazon-sign-in';
import { launchWithExtension, type UiLanguage } from '../e2e/launch';

const uiLanguage: UiLanguage = (process.env.SIGNOFF_LANG ?? process.env.LANG ?? '').startsWith('pl') ? 'pl' : 'en';
const headed = Boolean(process.env.DISPLAY) && process.env.CI !== 'true';

const sites = createSites();
const server = await startFixtureServer(Object.values(sites));
const profileDir = await mkdtemp(join(projectTmpDir('profiles'), 'demo-'));
const context = await launchWithExtension({ profileDir, hostResolverRules: server.hostResolverRules, uiLanguage, headless: !headed });
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const popupUrl = `chrome-extension://${new URL(worker.url()).host}/popup.html`;

try {
  if (headed) await interactive(context);
  else await tour(context);
} finally {
  await context.close().catch(() => undefined);
  await server.close();
  await rm(profileDir, { recursive: true, force: true });
}

async function interactive(browser: BrowserContext) {
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto('https://www.amazon.pl/ap/signin');
  console.log(`Signoff demo is running. Sign in as jan@example.com or anna@example.com (password haslo123) on
  https://www.amazon.pl or https://www.amazon.com, then open the Signoff popup (toolbar) or ${popupUrl}.
Close the browser window to stop.`);
  await new Promise<void>((resolve) => browser.on('close', () => resolve()));
}

async function tour(browser: BrowserContext) {
  const page = browser.pages()[0] ?? (await browser.newPage());
  await signInAmazon(page, 'www.amazon.pl', 'jan@example.com', 'haslo123');
  await signInAmazon(page, 'www.amazon.com', 'anna@example.com', 'haslo123');
  console.log('Signed in: Jan on www.amazon.pl, Anna on www.amazon.com.');

  const popup = await browser.newPage();
  await popup.setViewportSize({ width: 380, height: 420 });
  await popup.goto(popupUrl);
  await popup.locator('[data-testid="session-row"]').nth(1).waitFor();
  await popup.screenshot({ path: join(projectTmpDir(), 'demo-sessions.png') });

  const rows: string[][] = [];
  for (const [domain, host] of [['amazon.pl', 'www.amazon.pl'], ['amazon.com', 'www.amazon.com']] as const) {
    const started = Date.now();
    // On .com the demo makes the site's sign-out disappear, to show the honest fallback.
    sites.amazon.controls.signOutRemoved = domain === 'amazon.com';
    await popup.locator(`[data-session-id="amazon:${domain}"] button.primary`).click(); // Its Sign out button.
    const outcome = await resultOutcome(popup, domain);
    rows.push([domain, outcome, String(sites.amazon.activeSessions(host).length), `${((Date.now() - started) / 1000).toFixed(1)} s`]);
  }
  await popup.screenshot({ path: join(projectTmpDir(), 'demo-popup.png') });
  printTable(['site', 'outcome', 'server sessions left', 'time'], rows);
  console.log(`Screenshots: .tmp/demo-sessions.png, .tmp/demo-popup.png`);
}

async function resultOutcome(popup: Page, domain: string): Promise<string> {
  const row = popup.locator('[data-testid="result-row"]').filter({ hasText: `(${domain})` });
  await row.waitFor({ timeout: 60_000 });
  return (await row.getAttribute('data-outcome')) ?? 'unknown';
}

function printTable(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log([line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n'));
}
