/**
 * At most `limit` sign-out jobs work in a tab at once: a page to load, render and run steps in costs the machine,
 * a sign-out by request (no page) costs next to nothing and takes no slot. A job holds its slot from the moment it
 * plans to open a tab until it is done with tabs (or ends). Jobs already under way are served before new jobs
 * start: a freed slot goes to the longest waiter first, and the queue only starts a job in a tab while a slot is
 * free with nobody waiting.
 *
 * Held in this worker's memory only, as a limit on load, not as state: a stopped worker takes every sign-out under
 * way with it, and the jobs it resumes (from Dexie) take slots afresh.
 */
export class TabSlots {
  private readonly holders = new Set<string>();
  private readonly waiting: { jobId: string; grant: () => void }[] = [];

  constructor(readonly limit: number) {}

  holds(jobId: string): boolean {
    return this.holders.has(jobId);
  }

  /** How many jobs hold a slot now. */
  get taken(): number {
    return this.holders.size;
  }

  /** Takes a slot at once if one is free (or already held); never waits. For the queue, which must not await. */
  tryTake(jobId: string): boolean {
    if (this.holders.has(jobId)) return true;
    if (this.holders.size >= this.limit || this.waiting.length > 0) return false;
    this.holders.add(jobId);
    return true;
  }

  /** Takes a slot, waiting for one if all are held. A job holds at most one: taking it again is at once. */
  take(jobId: string): Promise<void> {
    if (this.tryTake(jobId)) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push({ jobId, grant: resolve }));
  }

  /** Gives the job's slot back (nothing if it holds none); a waiting job gets it at once. True when it is free for a new job. */
  release(jobId: string): boolean {
    if (!this.holders.delete(jobId)) return false;
    const next = this.waiting.shift();
    if (!next) return true;
    this.holders.add(next.jobId);
    next.grant();
    return false;
  }
}

/**
 * At most this many sign-outs in a tab at once: a page to load and run steps in is what costs the machine. On a
 * loaded 2-core machine twenty tabs at once were slower than ten (docs/benchmarks.md).
 */
export const MAX_OPEN_TABS = 10;

/** The one set of tab slots of this worker: the queue takes them (sign-out-job.ts), the method runner waits for one. */
export const signOutTabs = new TabSlots(MAX_OPEN_TABS);
