import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { projectRoot, projectTmpDir } from '../fixture-sites/paths';
import { expect, signInAmazon, test } from './harness';
import { launchWithExtension } from './launch';
import { extensionWorker } from './service-worker';

// The packages people install are the ones `npm run zip` writes for the stores (npm test makes them first):
// these tests open those zips, not the development build.
const version = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
const zipPath = (browser: 'chrome' | 'firefox') => join(projectRoot, '.output', `signoff-${version}-${browser}.zip`);

/** The oldest Firefox ESR still supported: shared computers run it, so the package must install there. */
const OLDEST_SUPPORTED_ESR = 140;

interface Manifest {
  key?: string;
  default_locale?: string;
  icons?: Record<string, string>;
  background?: { service_worker?: string; scripts?: string[]; page?: string };
  action?: { default_popup?: string; default_icon?: Record<string, string> };
  browser_action?: { default_popup?: string; default_icon?: Record<string, string> };
  options_ui?: { page?: string };
  content_scripts?: { js?: string[]; css?: string[] }[];
  storage?: { managed_schema?: string };
  browser_specific_settings?: { gecko?: { strict_min_version?: string } };
}

async function openZip(browser: 'chrome' | 'firefox'): Promise<{ zip: JSZip; manifest: Manifest }> {
  const file = zipPath(browser);
  expect(existsSync(file), `${file} (run \`npm run zip\`)`).toBe(true);
  const zip = await JSZip.loadAsync(readFileSync(file));
  const manifestFile = zip.file('manifest.json');
  if (!manifestFile) throw new Error(`${file} has no manifest.json`);
  return { zip, manifest: JSON.parse(await manifestFile.async('string')) as Manifest };
}

/** Every file the manifest names, which the browser needs to find in the package. */
function filesNamedBy(manifest: Manifest): string[] {
  const popup = manifest.action ?? manifest.browser_action;
  return [
    ...Object.values(manifest.icons ?? {}),
    ...Object.values(popup?.default_icon ?? {}),
    popup?.default_popup,
    manifest.background?.service_worker,
    ...(manifest.background?.scripts ?? []),
    manifest.background?.page,
    manifest.options_ui?.page,
    ...(manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]),
    manifest.storage?.managed_schema,
    manifest.default_locale && `_locales/${manifest.default_locale}/messages.json`,
  ].filter((name): name is string => Boolean(name));
}

/** The major version of the Firefox ESR installed on this machine, when there is one. */
function installedFirefoxEsr(): number | undefined {
  try {
    const out = execFileSync('firefox-esr', ['--version'], { encoding: 'utf8', env: { ...process.env, HOME: projectTmpDir('home') } });
    return Number(/(\d+)\./.exec(out)?.[1]) || undefined;
  } catch {
    return undefined;
  }
}

test.describe('store packages', () => {
  test('the Chrome package has no development key, and both packages hold every file their manifest names', async () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const { zip, manifest } = await openZip(browser);
      expect(manifest.key, `${browser}: the store refuses a manifest with "key"`).toBeUndefined();
      const named = filesNamedBy(manifest);
      expect(named.length).toBeGreaterThan(5);
      for (const name of named) expect(zip.file(name), `${browser} package lacks ${name}`).not.toBeNull();
    }
  });

  test('the Firefox package installs on the oldest supported ESR and on the one installed here', async () => {
    const { manifest } = await openZip('firefox');
    const minimum = manifest.browser_specific_settings?.gecko?.strict_min_version;
    expect(minimum, 'strict_min_version').toBeDefined();
    const minimumMajor = Number(minimum!.split('.')[0]);
    expect(minimumMajor).toBeLessThanOrEqual(OLDEST_SUPPORTED_ESR);
    const installed = installedFirefoxEsr();
    if (installed !== undefined) expect(minimumMajor).toBeLessThanOrEqual(installed);
  });

  test('the Chrome package, unpacked unchanged, starts its background and its popup lists a sign-in', async ({ fixtures }) => {
    const { zip } = await openZip('chrome');
    const unpacked = await mkdtemp(join(projectTmpDir('store'), 'chrome-'));
    for (const entry of Object.values(zip.files)) {
      if (entry.dir) continue;
      const target = join(unpacked, entry.name);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, await entry.async('nodebuffer'));
    }
    const profileDir = await mkdtemp(join(projectTmpDir('profiles'), 'store-'));
    const context = await launchWithExtension({
      profileDir,
      hostResolverRules: fixtures.server.hostResolverRules,
      uiLanguage: 'en',
      headless: true,
      extensionDir: unpacked,
    });
    try {
      // Without the key the browser gives the package an id of its own, as the store does.
      const extensionId = new URL((await extensionWorker(context)).url()).host;
      expect(extensionId).not.toBe('aaldjooipknnjgooifboalogdbdagaok');
      const page = await context.newPage();
      await signInAmazon(page, 'www.amazon.pl', 'jan@example.com', 'haslo123');
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect(popup.locator('[data-testid="session-row"][data-session-id="amazon:amazon.pl"]')).toContainText('Jan');
    } finally {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
      await rm(unpacked, { recursive: true, force: true });
    }
  });
});
