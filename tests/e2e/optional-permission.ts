import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { closeWelcomePage } from './launch';
import { extensionWorker } from './service-worker';

/**
 * Optional host permissions and headless Chromium: `permissions.request` opens a browser dialog that headless
 * Chromium never shows and nothing can press, so the call never settles. What works (tried on Chromium 156):
 * once a profile records the permission as granted, a later `permissions.request` for it — even after
 * `permissions.remove` — resolves `true` at once, without a dialog, exactly as it does for a person who allowed
 * it on an earlier day. So the test
 *   1. starts Chromium once so that it installs Signoff into the profile, and closes it;
 *   2. records `origins` as granted in the profile's Preferences (what the "Allow" button would have stored:
 *      the granted, active and runtime-granted sets — with only the first two, the request still prompts);
 *   3. starts Chromium again on that profile.
 * The test then removes the permission and turns "detect other sites" on in the options page with a real click:
 * Signoff's own `permissions.request` runs and is granted. Only the person's press on "Allow" is replaced.
 * (chrome.developerPrivate.addHostPermission does not activate optional permissions; there is no switch for it.)
 */
export async function launchWithGrantedOrigins(
  launch: () => Promise<BrowserContext>,
  profileDir: string,
  origins: readonly string[],
): Promise<BrowserContext> {
  const first = await launch();
  const extensionId = new URL((await extensionWorker(first)).url()).host;
  await first.close();

  const file = join(profileDir, 'Default', 'Preferences');
  const prefs = JSON.parse(await readFile(file, 'utf8')) as {
    extensions?: { settings?: Record<string, Record<string, { explicit_host?: string[]; scriptable_host?: string[] }>> };
  };
  const entry = prefs.extensions?.settings?.[extensionId];
  if (!entry) throw new Error(`Signoff (${extensionId}) is not in the profile's Preferences`);
  // Host permissions are kept in three sets: what was ever granted, what is active, and what the person granted
  // at run time; a later request skips the dialog only when all three know the origins.
  for (const key of ['granted_permissions', 'active_permissions', 'runtime_granted_permissions']) {
    const set = (entry[key] ??= {});
    set.explicit_host = [...new Set([...(set.explicit_host ?? []), ...origins])];
    set.scriptable_host = [...new Set([...(set.scriptable_host ?? []), ...origins])];
  }
  await writeFile(file, JSON.stringify(prefs));
  // The second start opens the first-run tab again (each time, 3–9 s after it starts). Left to come during a test, it
  // was taken for the page the test had just opened (CI: the teach spec, twice). Wait for it here and close it.
  const context = await launch();
  await closeWelcomePage(context, 30_000);
  return context;
}
