import { defineStoredItem } from '../browser/stored-item';

const runStartedAt = defineStoredItem('session:browserRunStartedAt', {
  parse: (stored) => (typeof stored === 'number' ? stored : undefined),
});

/**
 * When this run of the browser began. storage.session is emptied whenever the browser stops, so the first worker
 * start of a run stamps it; call it at every worker start (before any job of the run is written) and it stays put.
 */
export async function browserRunStartedAt(now = Date.now()): Promise<number> {
  const stored = await runStartedAt.get();
  if (stored !== undefined) return stored;
  await runStartedAt.set(now);
  return now;
}

/** The job was last written in an earlier run of the browser: the browser closed (or crashed) while it ran. */
export async function interruptedByBrowserExit(job: { updatedAt: number }): Promise<boolean> {
  return job.updatedAt < (await browserRunStartedAt());
}
