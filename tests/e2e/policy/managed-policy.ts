import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectTmpDir } from '../../fixture-sites/paths';

/** Where Debian's Chromium reads its configuration; its policies/managed folder holds administrators' policies. */
const CHROMIUM_ETC = '/etc/chromium';
const WRAPPER = fileURLToPath(new URL('./chromium-with-policy.sh', import.meta.url));

/**
 * A Chromium executable that sees `policy` as the administrators' policy for `extensionId`, and nothing else on
 * the machine does: the wrapper starts Chromium in a namespace with a private copy of /etc/chromium. Throws with
 * the reason when that cannot work here, rather than writing into /etc.
 */
export function chromiumWithManagedPolicy(extensionId: string, policy: object): { executablePath: string; env: Record<string, string> } {
  if (!existsSync(CHROMIUM_ETC)) {
    throw new Error(`${CHROMIUM_ETC} does not exist, so a private policy folder cannot be mounted over it (is Debian's chromium installed?)`);
  }
  try {
    execFileSync('unshare', ['--user', '--map-root-user', '--mount', 'true'], { stdio: 'ignore' });
  } catch {
    throw new Error('User namespaces are not available (unshare --user --map-root-user --mount failed): the policy test will not write into /etc instead.');
  }
  const etc = mkdtempSync(join(projectTmpDir('policy'), 'etc-chromium-'));
  cpSync(CHROMIUM_ETC, etc, { recursive: true });
  const managed = join(etc, 'policies', 'managed');
  mkdirSync(managed, { recursive: true });
  writeFileSync(join(managed, 'signoff-e2e-test.json'), JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }));
  return {
    executablePath: WRAPPER,
    env: { SIGNOFF_POLICY_ETC: etc, SIGNOFF_CHROMIUM: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  };
}
