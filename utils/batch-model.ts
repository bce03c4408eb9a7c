import type { BatchRow, ForgetResult } from './db-schema';
import { RESULT_TTL_MS, type PopupJobRow } from './popup-model';

/** The popup's view of the last "Sign out everywhere": derived from its jobs, never stored. */
export interface BatchView {
  id: string;
  total: number;
  done: number;
  verified: number;
  cleared: number;
  failed: number;
  kept: string[];
  finished: boolean;
  trigger: BatchRow['trigger'];
  /** Verified sign-outs whose leftover site data was cleared too. */
  leftoversCleared: number;
  /**
   * Sites whose sign-in page no longer shows the account after the sign-out, those where removing it failed, and those
   * whose sign-in page did not list it.
   */
  forgotten: string[];
  notForgotten: string[];
  notListed: string[];
  /** Whose accounts were all signed out in this browser by a sign-out that ends every account ("Google"). */
  endedAllAccountsOf: string[];
  closedTabs?: number;
}

export function latestBatchView(batches: readonly BatchRow[], jobs: readonly PopupJobRow[], now: number): BatchView | undefined {
  const batch = [...batches].sort((a, b) => b.startedAt - a.startedAt)[0];
  if (!batch) return undefined;
  const own = jobs.filter((job) => job.batchId === batch.id);
  const done = own.filter((job) => job.phase === 'done');
  const count = (outcome: PopupJobRow['outcome']) => done.filter((job) => (job.outcome ?? 'failed') === outcome).length;
  const finished = done.length === own.length;
  const lastChange = Math.max(batch.startedAt, ...own.map((job) => job.finishedAt ?? job.updatedAt));
  // A finished run stays on screen as long as its results do.
  if (finished && now - lastChange > RESULT_TTL_MS) return undefined;
  return {
    id: batch.id,
    total: own.length,
    done: done.length,
    verified: count('verified'),
    cleared: count('cleared'),
    failed: count('failed'),
    kept: batch.kept,
    finished,
    trigger: batch.trigger,
    leftoversCleared: done.filter((job) => job.outcome === 'verified' && job.leftoversCleared).length,
    forgotten: forgetNames(done, true),
    notForgotten: forgetNames(done, false),
    notListed: forgetNames(done, 'not-listed'),
    endedAllAccountsOf: sorted(done.filter((job) => job.outcome === 'verified').map((job) => job.endedAllAccountsOf)),
    closedTabs: batch.closedTabs,
  };
}

/** The site names of verified sign-outs whose remembered-account removal came to `result`, each once. */
function forgetNames(jobs: readonly PopupJobRow[], result: ForgetResult): string[] {
  return sorted(jobs.filter((job) => job.outcome === 'verified' && job.forgotRemembered === result).map((job) => job.siteName));
}

/** Each name once, in order; none for undefined. */
function sorted(names: readonly (string | undefined)[]): string[] {
  return [...new Set(names.filter((name): name is string => name !== undefined))].sort((a, b) => a.localeCompare(b));
}
