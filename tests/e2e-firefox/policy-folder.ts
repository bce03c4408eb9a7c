import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectTmpDir } from '../fixture-sites/paths';
import { FIREFOX_PATH } from './launch';

/** Where Firefox looks for policies.json (Debian's firefox-esr, seen with Services.dirsvc): the system folder wins. */
export const SYSTEM_POLICY_DIR = '/etc/firefox/policies';

export interface PolicyFirefox {
  /** An executable that starts Firefox seeing `policies` in its distribution folder, and only that Firefox. */
  executablePath: string;
  /** The real distribution folder the wrapper covers (left untouched). */
  distributionDir: string;
  remove(): void;
}

function userNamespacesWork(): string | undefined {
  try {
    execFileSync('unshare', ['--user', '--map-root-user', '--mount', 'true'], { stdio: 'pipe' });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}

/**
 * A Firefox whose enterprise policies are `policies`, without writing to /etc or /usr: the wrapper starts it in
 * an unprivileged user and mount namespace in which a temporary folder is bind-mounted over Firefox's
 * `distribution` folder (and an empty one over /etc/firefox/policies, which would otherwise win). Nothing outside
 * the namespace sees the file.
 */
export function firefoxWithPolicies(policies: object): PolicyFirefox {
  const failure = userNamespacesWork();
  if (failure) {
    throw new Error(`The Firefox policy test needs unprivileged user namespaces (unshare --user --map-root-user --mount), which fail here: ${failure}`);
  }
  const binary = realpathSync(FIREFOX_PATH);
  const distributionDir = join(dirname(binary), 'distribution');
  if (!existsSync(distributionDir)) throw new Error(`${distributionDir} does not exist: no folder to cover with the test's policies.json`);

  const root = mkdtempSync(join(projectTmpDir(), 'firefox-policy-'));
  const distribution = join(root, 'distribution');
  const empty = join(root, 'empty');
  mkdirSync(distribution);
  mkdirSync(empty);
  // Keep what the package ships in the folder (search plugins), and add the policies.
  for (const entry of readdirSync(distributionDir)) symlinkSync(join(distributionDir, entry), join(distribution, entry));
  writeFileSync(join(distribution, 'policies.json'), JSON.stringify({ policies }, null, 2));

  const executablePath = join(root, 'firefox-with-policies.sh');
  const script = [
    '#!/bin/sh',
    '# Made by tests/e2e-firefox/policy-folder.ts: Firefox with the test policies, seen by this Firefox only.',
    `exec unshare --user --map-root-user --mount sh -c '`,
    `  mount --bind "$1" "$2" || exit 111`,
    `  if [ -d ${SYSTEM_POLICY_DIR} ]; then mount --bind "$3" ${SYSTEM_POLICY_DIR} || exit 112; fi`,
    `  firefox="$0"; shift 3; exec "$firefox" "$@"' ${JSON.stringify(binary)} ${JSON.stringify(distribution)} ${JSON.stringify(distributionDir)} ${JSON.stringify(empty)} "$@"`,
    '',
  ].join('\n');
  writeFileSync(executablePath, script);
  chmodSync(executablePath, 0o755);
  return { executablePath, distributionDir, remove: () => rmSync(root, { recursive: true, force: true }) };
}
