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

interface Spare {
  ready: Promise<PreparedBrowser>;
  startedAt: number;
}

/** Kinds of browser kept ready at once: a site's spec alternates English and Polish, the accessibility spec adds a third. */
const MAX_SPARE_KINDS = 3;
/** Browsers kept ready per kind: a short test (a second or two) ends before one browser could be prepared. */
const SPARES_PER_KIND = 2;
/** A spare older than a test's timeout is not used: no test starts in a browser that idled longer than one does today. */
const MAX_SPARE_AGE_MS = 60_000;

/**
 * Each test gets a fresh browser on a fresh profile, but it need not wait for it: while one test runs, the pool
 * prepares the next one's. Preparing is slow mostly by waiting, not working: a new Chromium's first read of managed
 * storage waits about 3 s for its policy service, and Signoff's first-run tab waits for that read (the policy may
 * have answered the first-run question). A prepared browser is used by exactly one test and closed after it, so no
 * state passes between tests; it is only started earlier. `kind` names how it was prepared (language, harness).
 * Spares are kept per recently used kind, so a spec that switches between languages (en, pl, en, …) finds each
 * language's browser ready instead of throwing the other one away and waiting for a new one; and two per kind, so
 * a test that ends within seconds does not leave the next one waiting for the browser still being prepared.
 */
export class BrowserPool {
  private readonly spares = new Map<string, Spare[]>();

  async take(kind: string, prepare: PrepareBrowser): Promise<PreparedBrowser> {
    const queue = this.spares.get(kind) ?? [];
    this.spares.delete(kind);
    const taken = (await firstUsable(queue)) ?? (await prepareBrowser(prepare));
    // The next tests most likely want the same kind of browser (they run in the same file, or the same language).
    while (queue.length < SPARES_PER_KIND) {
      const ready = prepareBrowser(prepare);
      ready.catch(() => undefined);
      queue.push({ ready, startedAt: Date.now() });
    }
    this.spares.set(kind, queue);
    // The map keeps insertion order: the first entries are the kinds used least recently.
    for (const [oldKind, old] of this.spares) {
      if (this.spares.size <= MAX_SPARE_KINDS) break;
      this.spares.delete(oldKind);
      old.forEach(discard);
    }
    return taken;
  }

  async close(): Promise<void> {
    const spares = [...this.spares.values()].flat();
    this.spares.clear();
    await Promise.all(spares.map((spare) => spare.ready.then(disposeBrowser, () => undefined)));
  }
}

/** Takes spares off the queue until one is young enough and was prepared without an error. */
async function firstUsable(queue: Spare[]): Promise<PreparedBrowser | undefined> {
  for (let spare = queue.shift(); spare; spare = queue.shift()) {
    if (Date.now() - spare.startedAt > MAX_SPARE_AGE_MS) {
      discard(spare);
      continue;
    }
    const prepared = await spare.ready.catch(() => undefined);
    if (prepared) return prepared;
  }
  return undefined;
}

function discard(spare: Spare): void {
  void spare.ready.then(disposeBrowser, () => undefined);
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
