import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { projectRoot, projectTmpDir } from '../fixture-sites/paths';

/** The built extension Chromium loads; `npm run build` makes it. */
export const EXTENSION_DIR = join(projectRoot, '.output', 'chrome-mv3');

export type UiLanguage = 'en' | 'pl' | 'de';

/** Per UI language: the BCP 47 locale for pages and the POSIX locale for the browser's environment. */
const LOCALES: Record<UiLanguage, { bcp47: string; posix: string }> = {
  en: { bcp47: 'en-US', posix: 'en_US.UTF-8' },
  pl: { bcp47: 'pl-PL', posix: 'pl_PL.UTF-8' },
  de: { bcp47: 'de-DE', posix: 'de_DE.UTF-8' },
};

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
  // Chromium writes caches and a certificate store under $HOME (~/.pki, ~/.cache): the suite leaves the home
  // folder as it found it (issue #18), so the browser gets a home inside the project.
  env.HOME = projectTmpDir('home');
  return env;
}

export interface LaunchOptions {
  profileDir: string;
  hostResolverRules: string;
  uiLanguage: UiLanguage;
  headless: boolean;
  /** Another build of the extension (the benchmarks build their own); defaults to EXTENSION_DIR. */
  extensionDir?: string;
  /** Another Chromium executable (a wrapper) and what it needs in its environment; the policy test uses one. */
  executable?: { executablePath: string; env: Record<string, string> };
}

/** Debian's Chromium with the built extension, mapping the fixture sites' real host names to the local server. */
export async function launchWithExtension(options: LaunchOptions): Promise<BrowserContext> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  return launchChromium(options, [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]);
}

/** The same Chromium and switches; without `extensionArgs`, no extension (the benchmarks' baseline). */
export function launchChromium(options: Omit<LaunchOptions, 'extensionDir'>, extensionArgs: string[] = []): Promise<BrowserContext> {
  return chromium.launchPersistentContext(options.profileDir, {
    executablePath: options.executable?.executablePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: options.headless,
    locale: LOCALES[options.uiLanguage].bcp47,
    env: { ...browserEnv(options.uiLanguage), ...options.executable?.env },
    args: [
      ...extensionArgs,
      `--host-resolver-rules=${options.hostResolverRules}`,
      // Needed for the service worker too: Playwright's ignoreHTTPSErrors covers only pages.
      '--ignore-certificate-errors',
      '--disable-quic',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${options.uiLanguage}`,
    ],
  });
}

/** A fresh install opens the first-run question in a tab: close it, for a browser whose person has answered it. */
export async function closeWelcomePage(context: BrowserContext, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const welcome = context.pages().find((page) => page.url().includes('/options.html#welcome'));
    if (welcome) return welcome.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
