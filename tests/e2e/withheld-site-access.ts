import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

interface HostSets {
  explicit_host?: string[];
  scriptable_host?: string[];
}

/**
 * Takes Signoff's access to some sites away in a closed profile, as a person does with the browser's "Site access:
 * on specific sites" (Chromium withholds the manifest's host permissions and grants back only the sites chosen).
 * `permissions.remove` cannot do this — Chromium answers "You cannot remove required permissions." — so the test
 * writes what that setting stores (tried on Chromium 156): `withholding_permissions`, and the runtime-granted
 * hosts, here every manifest host except those containing one of `withheldDomains`.
 */
export async function withholdSiteAccess(profileDir: string, extensionId: string, withheldDomains: readonly string[]): Promise<void> {
  const file = join(profileDir, 'Default', 'Preferences');
  const prefs = JSON.parse(await readFile(file, 'utf8')) as {
    extensions?: { settings?: Record<string, { granted_permissions?: HostSets; runtime_granted_permissions?: HostSets; withholding_permissions?: boolean }> };
  };
  const entry = prefs.extensions?.settings?.[extensionId];
  if (!entry) throw new Error(`Signoff (${extensionId}) is not in the profile's Preferences`);
  const keep = (hosts: string[] | undefined) => (hosts ?? []).filter((host) => !withheldDomains.some((domain) => host.includes(domain)));
  entry.withholding_permissions = true;
  entry.runtime_granted_permissions = {
    explicit_host: keep(entry.granted_permissions?.explicit_host),
    scriptable_host: keep(entry.granted_permissions?.scriptable_host),
  };
  await writeFile(file, JSON.stringify(prefs));
}
