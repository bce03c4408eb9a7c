import { db } from '../db';
import type { BatchRow } from '../db-schema';
import { isKept } from '../keep-list';
import { loadSettings } from '../policy';
import { dismissLeftovers } from '../reminders/browser-start';
import { enqueueSignOut, startQueue } from './sign-out-job';

const KEEP_BATCHES = 20;

/**
 * Signs out of every detected session except the kept ones, in parallel (see MAX_PARALLEL_JOBS). A second
 * press while a run is going on joins it: sites already being signed out are not started twice, and sessions
 * found since the first press are added to the same run.
 */
export async function signOutEverywhere(trigger: BatchRow['trigger']): Promise<string> {
  const { keepList } = await loadSettings();
  // One transaction: two presses at the same moment see each other's batch and jobs.
  const batchId = await db.transaction('rw', db.sessions, db.jobs, db.batches, async () => {
    const running = await db.jobs.where('phase').notEqual('done').filter((job) => job.batchId !== undefined).first();
    const sessions = await db.sessions.toArray();
    const id = running?.batchId ?? crypto.randomUUID();
    if (!running) {
      const kept = sessions.filter((s) => isKept(s.domain, keepList)).map((s) => s.domain);
      await db.batches.add({ id, startedAt: Date.now(), trigger, kept });
    }
    for (const session of sessions) {
      if (!isKept(session.domain, keepList)) await enqueueSignOut(session.id, id);
    }
    return id;
  });
  await startQueue();
  await dismissLeftovers(); // The "still signed in from last time" banner has been answered.
  await pruneBatches();
  return batchId;
}

async function pruneBatches(): Promise<void> {
  const old = await db.batches.orderBy('startedAt').reverse().offset(KEEP_BATCHES).primaryKeys();
  await db.batches.bulkDelete(old);
}
