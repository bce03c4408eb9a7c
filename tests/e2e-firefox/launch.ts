import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { projectRoot, projectTmpDir } from '../fixture-sites/paths';
import { browsingContexts, bidi } from './bidi';
import { z } from 'zod';

/** The Firefox build (MV2) that `npm run build:firefox` makes. */
export const FIREFOX_EXTENSION_DIR = join(projectRoot, '.output', 'firefox-mv2');
export const FIREFOX_EXTENSION_ID = 'signoff@signoff.example';
/** Fixed with `extensions.webextensions.uuids`, so tests can open moz-extension://<uuid>/popup.html. */
export const EXTENSION_UUID = '5b0f6f1e-3c1a-4f7e-9a51-0d2c6e7b8a10';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxLaunchOptions {
  /** The fixture sites' HTTPS proxy (tests/fixture-sites/connect-proxy.ts): every https request goes through it. */
  proxyPort: number;
  /** Another executable (the policy test's namespace wrapper); defaults to FIREFOX_PATH. */
  executablePath?: string;
  /** Extra environment for the executable. */
  env?: Record<string, string>;
  /** Extra Firefox preferences (e.g. optional permissions granted without a prompt). */
  prefs?: Record<string, string | number | boolean>;
}

function environment(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  // Firefox creates ~/Downloads, ~/.cache/mozilla and ~/.config/mozilla (crash reports, pings) whatever the profile:
  // a home folder inside the project keeps the person's own untouched.
  const home = projectTmpDir('firefox-home');
  // English UI and extension messages whatever the machine's locale; Firefox's scratch files inside the project.
  return {
    ...env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    LANG: 'en_US.UTF-8',
    LANGUAGE: 'en',
    TMPDIR: projectTmpDir(),
    ...extra,
  };
}

/**
 * Debian's Firefox ESR, headless, driven over WebDriver BiDi, with Signoff installed as a temporary add-on. The
 * fixture sites answer under their real host names through an HTTPS proxy, so nothing needs to listen on port 443.
 */
export async function launchFirefox(options: FirefoxLaunchOptions): Promise<Browser> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
  if (!options.executablePath && !existsSync(FIREFOX_PATH)) {
    throw new Error(`No Firefox at ${FIREFOX_PATH}: install Debian's firefox-esr (apt-get install firefox-esr) or set FIREFOX_PATH.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: options.executablePath ?? FIREFOX_PATH,
    headless: true,
    // The fixture server's certificate is self-signed; for Firefox this covers the extension's own requests too.
    acceptInsecureCerts: true,
    // Privileged (chrome-scope) BiDi: stop the event page as about:debugging does, click Firefox's notification.
    args: ['-remote-allow-system-access'],
    env: environment(options.env),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: EXTENSION_UUID }),
      // Every http(s) request through the fixture proxy, which serves the fixture hosts and refuses the rest.
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': options.proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': options.proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.share_proxy_settings': false,
      // Firefox's own notification window (not the desktop's), which the test can see and click.
      'alerts.useSystemBackend': false,
      'intl.locale.requested': 'en-US',
      ...options.prefs,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return browser;
}

/** A fresh install opens the first-run question in a tab: close it, for a browser whose person has answered it. */
export async function closeWelcomePage(browser: Browser, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const welcome = (await browsingContexts(browser, 'content')).find((c) => c.url.startsWith(`${EXTENSION_ORIGIN}/options.html#welcome`));
    if (welcome) {
      await bidi(browser, 'browsingContext.close', { context: welcome.context }, z.unknown());
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
