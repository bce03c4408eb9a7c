import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { projectTmpDir } from '../fixture-sites/paths';

/** A browser on a fresh profile of its own, ready for one test. */
export interface PreparedBrowser {
  context: BrowserContext;
  profileDir: string;
}

/** Launches a browser on `profileDir` and brings it to where a test starts (first run answered, and so on). */
export type PrepareBrowser = (profileDir: string) => Promise<BrowserContext>;

/**
 * Each test gets a fresh browser on a fresh profile, but it need not wait for it: while one test runs, the pool
 * prepares the next one's. Preparing is slow mostly by waiting, not working: a new Chromium's first read of managed
 * storage waits about 3 s for its policy service, and Signoff's first-run tab waits for that read (the policy may
 * have answered the first-run question). A prepared browser is used by exactly one test and closed after it, so no
 * state passes between tests; it is only started earlier. `kind` names how it was prepared (language, harness).
 */
export class BrowserPool {
  private spare: { kind: string; ready: Promise<PreparedBrowser> } | undefined;

  async take(kind: string, prepare: PrepareBrowser): Promise<PreparedBrowser> {
    const spare = this.spare;
    this.spare = undefined;
    let taken: PreparedBrowser | undefined;
    if (spare?.kind === kind) taken = await spare.ready.catch(() => undefined);
    else if (spare) void spare.ready.then(disposeBrowser, () => undefined);
    taken ??= await prepareBrowser(prepare);
    // The next test most likely runs in the same file, so it wants the same kind of browser.
    const ready = prepareBrowser(prepare);
    ready.catch(() => undefined);
    this.spare = { kind, ready };
    return taken;
  }

  async close(): Promise<void> {
    const spare = this.spare;
    this.spare = undefined;
    if (spare) await spare.ready.then(disposeBrowser, () => undefined);
  }
}

export async function prepareBrowser(prepare: PrepareBrowser): Promise<PreparedBrowser> {
  const profileDir = await mkdtemp(join(projectTmpDir('profiles'), 'profile-'));
  try {
    return { context: await prepare(profileDir), profileDir };
  } catch (error) {
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
}

export async function disposeBrowser({ context, profileDir }: PreparedBrowser): Promise<void> {
  await context.close();
  await rm(profileDir, { recursive: true, force: true });
}
