import type { Page } from '@playwright/test';
import type { JobRow } from '../../utils/db-schema';
import { readTable } from '../../tests/e2e/extension-state';
import { sleep, table } from './stats';

/** The deadline a job gets when it leaves the queue (sign-out-job.ts JOB_DEADLINE_MS): start = deadline − this. */
const JOB_DEADLINE_MS = 90_000;

/** When each phase of one job was first seen (ms after the batch's start), from polling the job rows. */
export interface JobTimeline {
  site: string;
  started: number;
  phases: Partial<Record<JobRow['phase'], number>>;
  /** When its leftover data was seen cleared ("Sign out everywhere" clears it after the verified sign-out). */
  cleared?: number;
  /** When its forget-the-account flow was seen ended (before the clearing, which follows it). */
  forgot?: number;
  finished: number;
  outcome: string;
}

/**
 * BENCH_TRACE=1: follows a batch's job rows every `everyMs` while it runs and prints each site's timeline, to see
 * where the time goes (waiting for a slot, the sign-out itself, verification, the forget flow). Off by default:
 * the polling itself costs the browser a little.
 */
export const TRACING = process.env.BENCH_TRACE === '1';

export function traceBatch(home: Page, batchId: string, startedAt: number, everyMs = 40): { stop(): Promise<JobTimeline[]> } {
  const seen = new Map<string, Partial<Record<JobRow['phase'], number>>>();
  const cleared = new Map<string, number>();
  const forgot = new Map<string, number>();
  let rows: JobRow[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      rows = (await readTable<JobRow>(home, 'jobs')).filter((job) => job.batchId === batchId);
      const now = Date.now() - startedAt;
      for (const job of rows) {
        const phases = seen.get(job.id) ?? {};
        phases[job.phase] ??= now;
        seen.set(job.id, phases);
        if (job.leftoversCleared !== undefined && !cleared.has(job.id)) cleared.set(job.id, now);
        if (job.forgotRemembered !== undefined && !forgot.has(job.id)) forgot.set(job.id, now);
      }
      await sleep(everyMs);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      rows = (await readTable<JobRow>(home, 'jobs')).filter((job) => job.batchId === batchId);
      return rows
        .map((job) => ({
          site: job.recipeId,
          started: job.deadline - JOB_DEADLINE_MS - startedAt,
          phases: seen.get(job.id) ?? {},
          cleared: cleared.get(job.id),
          forgot: forgot.get(job.id),
          finished: (job.finishedAt ?? Number.NaN) - startedAt,
          outcome: job.outcome ?? '?',
        }))
        .sort((a, b) => a.started - b.started);
    },
  };
}

export function timelineTable(timelines: readonly JobTimeline[]): string {
  const at = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '—' : String(Math.round(value)));
  return table(
    ['site', 'started', 'running (tab)', 'verifying', 'forgetting', 'forgot', 'leftovers cleared', 'finished', 'outcome'],
    timelines.map((t) => [t.site, at(t.started), at(t.phases.running), at(t.phases.verifying), at(t.phases.forgetting), at(t.forgot), at(t.cleared), at(t.finished), t.outcome]),
  );
}
