import type { Page } from '@playwright/test';
import type { BatchRow, JobRow } from '../utils/db-schema';
import { launchExtension, resetSites, sendCommand, type Fixtures } from './lib/browser';
import { readTable } from '../tests/e2e/extension-state';
import { runAlone } from './lib/main';
import type { Section } from './lib/report';
import { setLatency, signInAll, sitesUnderTest } from './lib/sites';
import { timelineTable, traceBatch, TRACING } from './lib/job-trace';
import { median, ms, ratio, repeat, RUNS, table, until } from './lib/stats';

const SIZES = [1, 5, 10, 20] as const;
const TARGET_RATIO = 1.3;

interface Finished {
  ms: number;
  verified: number;
  total: number;
}

async function finishedJobs(home: Page, pick: (job: JobRow) => boolean, count: number): Promise<JobRow[]> {
  return until(async () => {
    const jobs = (await readTable<JobRow>(home, 'jobs')).filter(pick);
    return jobs.length >= count && jobs.every((job) => job.phase === 'done') ? jobs : undefined;
  }, 'sign-outs to finish', 180_000, 100);
}

/** One site on its own, as the popup's "Sign out" does it: the job's own start and finish times. */
async function signOutOne(home: Page, sessionId: string): Promise<Finished> {
  const reply = await sendCommand(home, { type: 'sign-out', sessionId });
  if (!reply.ok || !reply.jobId) throw new Error(`sign-out of ${sessionId} refused: ${reply.error}`);
  const [job] = await finishedJobs(home, (j) => j.id === reply.jobId, 1);
  return { ms: job!.finishedAt! - job!.createdAt, verified: job!.outcome === 'verified' ? 1 : 0, total: 1 };
}

/** "Sign out everywhere": from the batch's start to the last of its sign-outs finishing. */
async function signOutEverywhere(home: Page, expected: number): Promise<Finished> {
  const reply = await sendCommand(home, { type: 'sign-out-everywhere' });
  if (!reply.ok || !reply.batchId) throw new Error(`sign out everywhere refused: ${reply.error}`);
  const batch = (await readTable<BatchRow>(home, 'batches')).find((b) => b.id === reply.batchId)!;
  const trace = TRACING && expected >= 10 ? traceBatch(home, batch.id, batch.startedAt) : undefined;
  const jobs = await finishedJobs(home, (j) => j.batchId === reply.batchId, expected);
  if (trace) console.error(`\n  ${expected} sites, ms after the batch's start:\n${timelineTable(await trace.stop())}\n`);
  const last = Math.max(...jobs.map((j) => j.finishedAt ?? 0));
  return { ms: last - batch.startedAt, verified: jobs.filter((j) => j.outcome === 'verified').length, total: jobs.length };
}

interface RunResult {
  singles: Finished[];
  everywhere: Map<number, Finished>;
}

async function oneRun(fixtures: Fixtures, run: number): Promise<RunResult> {
  resetSites(fixtures.sites);
  const browser = await launchExtension(fixtures);
  try {
    const page = await browser.context.newPage();
    const all = sitesUnderTest(fixtures.sites);
    await signInAll(page, browser.home, all);
    setLatency(all, true);
    const singles: Finished[] = [];
    for (const entry of all) singles.push(await signOutOne(browser.home, entry.sessionId));
    const everywhere = new Map<number, Finished>();
    for (const size of SIZES) {
      const some = all.slice(0, size);
      await signInAll(page, browser.home, some);
      setLatency(some, true);
      everywhere.set(size, await signOutEverywhere(browser.home, size));
    }
    console.error(`  sign out everywhere: run ${run + 1}/${RUNS} done`);
    return { singles, everywhere };
  } finally {
    await browser.close();
  }
}

export async function benchSignOutEverywhere(fixtures: Fixtures): Promise<Section> {
  const runs = await repeat((run) => oneRun(fixtures, run));
  const sites = sitesUnderTest(fixtures.sites);
  const rows = SIZES.map((size) => {
    const walls = runs.map((r) => r.everywhere.get(size)!.ms);
    const slowest = runs.map((r) => Math.max(...r.singles.slice(0, size).map((s) => s.ms)));
    const sums = runs.map((r) => r.singles.slice(0, size).reduce((sum, s) => sum + s.ms, 0));
    const ratios = runs.map((_, i) => walls[i]! / slowest[i]!);
    const verified = runs.map((r) => r.everywhere.get(size)!.verified);
    return { size, wall: median(walls), slowest: median(slowest), sum: median(sums), ratio: median(ratios), verified: Math.min(...verified) };
  });
  const ten = rows.find((row) => row.size === 10)!;
  const twenty = rows.find((row) => row.size === 20)!;
  const perSite = sites.map((entry, i) => [
    entry.key,
    entry.method === 'url' ? 'URL (request)' : 'steps (tab)',
    `${entry.latencyMs} ms`,
    ms(median(runs.map((r) => r.singles[i]!.ms))),
    `${runs.filter((r) => r.singles[i]!.verified).length}/${runs.length}`,
  ]);
  return {
    title: 'Sign out everywhere',
    method:
      `Twenty kit fixture sites, each answering every request after 100–300 ms. In each run every site is first signed ` +
      `out on its own (popup "Sign out", one after another), then "Sign out everywhere" signs out the first 1, 5, 10 and 20 ` +
      `sites at once. Wall time: from the batch's start to its last sign-out finishing (verified and reported). ` +
      `Median of ${runs.length} runs, each in a fresh browser.`,
    checks: [
      {
        target: `≤ ${TARGET_RATIO} × the slowest single site at 10 sites`,
        measured: `${ratio(ten.ratio)} (${ms(ten.wall)}; slowest alone ${ms(ten.slowest)}, one after another ${ms(ten.sum)})`,
        met: ten.ratio <= TARGET_RATIO,
      },
      {
        target: `≤ ${TARGET_RATIO} × the slowest single site at 20 sites (issue #20)`,
        measured: `${ratio(twenty.ratio)} (${ms(twenty.wall)}; slowest alone ${ms(twenty.slowest)}, one after another ${ms(twenty.sum)})`,
        met: twenty.ratio <= TARGET_RATIO,
      },
    ],
    tables: [
      table(
        ['sites', 'sign out everywhere', 'slowest single site', 'sequential sum', 'everywhere ÷ slowest', 'verified (worst run)'],
        rows.map((r) => [String(r.size), ms(r.wall), ms(r.slowest), ms(r.sum), ratio(r.ratio), `${r.verified}/${r.size}`]),
      ),
      table(['site', 'first sign-out method', 'latency', 'alone (median)', 'verified'], perSite),
    ],
  };
}

runAlone(import.meta.url, benchSignOutEverywhere);
