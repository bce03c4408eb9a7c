import { db } from '../db';
import type { JobOutcome, JobRow, Reason } from '../db-schema';
import { loadSettings } from '../policy';
import { pruneAudit } from '../retention';

const KEEP_FINISHED_JOBS = 50;

/**
 * Persists a change to a job and returns the job as now stored, so no step of a job lives only in memory.
 * Only the named fields are written: progress reports may update the same row meanwhile.
 */
export async function updateJob(job: Pick<JobRow, 'id'>, changes: Partial<JobRow>): Promise<JobRow> {
  await db.jobs.update(job.id, { ...changes, updatedAt: Date.now() });
  const stored = await db.jobs.get(job.id);
  if (!stored) throw new Error(`job ${job.id} vanished`);
  return stored;
}

export async function unfinishedJobs(): Promise<JobRow[]> {
  return db.jobs.where('phase').notEqual('done').toArray();
}

/** Records the outcome once, with an audit row; a job that is already done is left as it is. */
export async function recordOutcome(
  jobId: string,
  outcome: JobOutcome,
  reason: Reason,
  method?: string,
): Promise<JobRow | undefined> {
  const now = Date.now();
  // A shared computer keeps no account names once a sign-out is done: the next person learns nothing of who was here.
  const shared = (await loadSettings()).mode === 'shared';
  const finished = await db.transaction('rw', db.jobs, db.audit, async () => {
    const found = await db.jobs.get(jobId);
    if (!found || found.phase === 'done') return undefined;
    const { accountName: _name, ...anonymous } = found;
    const job: JobRow = shared ? anonymous : found;
    const done: JobRow = { ...job, phase: 'done', outcome, reason, finishedAt: now, updatedAt: now };
    await db.jobs.put(done);
    await db.audit.add({
      at: now,
      action: 'sign-out',
      recipeId: job.recipeId,
      domain: job.domain,
      accountName: job.accountName,
      outcome,
      reason,
      durationMs: now - job.createdAt,
      method,
      // Only a verified sign-out ended anything: one that fell back (e.g. access lost meanwhile) claims nothing more.
      ...(outcome === 'verified' && job.endedAllAccountsOf ? { endedAllAccountsOf: job.endedAllAccountsOf } : {}),
    });
    return done;
  });
  await pruneFinishedJobs();
  await pruneAudit();
  return finished;
}

async function pruneFinishedJobs(): Promise<void> {
  const done = await db.jobs.where('phase').equals('done').reverse().sortBy('createdAt');
  await db.jobs.bulkDelete(done.slice(KEEP_FINISHED_JOBS).map((job) => job.id));
}
