import { db } from '../db';
import type { JobRow } from '../db-schema';
import { DEFAULT_STEP_TIMEOUT_MS } from '../recipes/engine';
import type { SignOutMethod, SiteEntry } from '../recipes/schema';
import { closeTab, navigateTab, openBackgroundTab, tabUrl } from '../browser/tabs';
import { resolveSiteUrl } from '../core/site-url';
import { recipeById } from '../recipes/registry';
import { runStepsInTab } from './run-in-tab';
import { signOutByRequest } from './sign-out-by-request';
import { updateJob } from './job-store';
import { runGenericMethod } from './generic-method';
import { notRun, type MethodResult } from './method-result';
import { acrossPageLoads, type Round } from './page-loads';
import { TAB_LEFT_SITE } from './tab-guard';

export type { MethodResult } from './method-result';

/**
 * The one runner of sign-out methods: a recipe's URL (a request from the worker, else the address in a tab), its
 * steps, or the generic finder of a site without a recipe, each in the job's tab across page loads (page-loads.ts).
 * "ran" means the site's own sign-out was triggered. A method in a page continues on the page the tab shows (a
 * resumed job keeps its place) unless `fromStart`.
 */
export async function runSignOutMethod(
  job: JobRow,
  site: SiteEntry,
  method: SignOutMethod,
  fromStart = false,
): Promise<MethodResult> {
  if (method.kind === 'url') {
    const url = resolveSiteUrl(site, method.path);
    // Cheapest first: the same GET as a request from the worker, with the site's cookies, no page loaded.
    if (await signOutByRequest(url, site)) return { ran: true, by: 'request' };
    await ensureTab(job, url, true);
    await updateJob(job, { phase: 'running' });
    return { ran: true }; // A top-level GET carries the site's cookies; verification decides whether it worked.
  }
  // The site being signed out and the recipe's related domains: the only pages the job works on, and the only
  // places a click may lead to (not another account's site, not a site the page steered the tab to).
  const allowedDomains = [site.domain, ...(recipeById(job.recipeId)?.relatedDomains ?? [])];
  const { tabId, fresh } = await ensureTab(job, resolveSiteUrl(site, method.startPath), fromStart);
  if (method.kind === 'generic') return runGenericMethod(job, site, tabId, allowedDomains);
  return runStepsMethod(job, method, tabId, fresh, allowedDomains, site);
}

/** A recipe's steps, from where the job is (or from the first on a page loaded afresh). */
async function runStepsMethod(
  job: JobRow,
  method: Extract<SignOutMethod, { kind: 'steps' }>,
  tabId: number,
  fresh: boolean,
  allowedDomains: readonly string[],
  site: SiteEntry,
): Promise<MethodResult> {
  const timeoutMs = method.steps.reduce((sum, step) => sum + (step.timeoutMs ?? DEFAULT_STEP_TIMEOUT_MS), 2_000);
  // A resumed job continues on the page its tab shows; a page loaded afresh (the tab was gone, e.g. after the
  // browser restarted) has none of the earlier steps' effects (an open menu), so the flow starts over.
  let startAt = fresh ? 0 : job.stepIndex;
  const round = async (): Promise<Round> => {
    job = await updateJob(job, { phase: 'running', stepIndex: startAt });
    const result = await runStepsInTab(tabId, job.id, method.steps, startAt, timeoutMs, allowedDomains, {
      ...(job.accountName ? { accountName: job.accountName } : {}),
      endsAllAccounts: method.endsAllAccounts !== undefined,
    });
    switch (result.kind) {
      case 'completed':
        return { ran: true };
      case 'failed':
        return notRun('reasonControlMissing', result.error);
      case 'inject-failed':
        return notRun('reasonPageUnavailable', result.error);
      case 'left-site':
      case 'refused':
        // A page or a step steered the tab to another site: the remaining steps must not run there.
        return notRun(TAB_LEFT_SITE, result.host);
      case 'timeout':
        return notRun('reasonTimeout');
      case 'navigate':
        await navigateTab(tabId, resolveSiteUrl(site, result.path));
        startAt = result.stepsDone;
        return 'next-load';
      case 'unloaded': {
        // The page went away during the step the runner last reported: that step did its work.
        const reported = (await db.jobs.get(job.id))?.stepIndex ?? startAt;
        if (reported >= method.steps.length - 1) return { ran: true };
        startAt = reported + 1;
        return 'next-load';
      }
    }
  };
  return acrossPageLoads(tabId, round);
}

/**
 * Uses the job's tab if it still exists (a resumed job keeps its page), otherwise opens a background tab.
 * `navigate` forces the tab to `url` even when it exists. `fresh`: the tab now loads `url` anew.
 */
async function ensureTab(job: JobRow, url: string, navigate: boolean): Promise<{ tabId: number; fresh: boolean }> {
  const current = job.tabId === undefined ? undefined : await tabUrl(job.tabId);
  if (job.tabId !== undefined && current !== undefined) {
    const onSite = URL.canParse(current) && new URL(current).origin === new URL(url).origin;
    if (navigate || !onSite) await navigateTab(job.tabId, url);
    return { tabId: job.tabId, fresh: navigate || !onSite };
  }
  const tabId = await openBackgroundTab(url);
  // The job may be gone meanwhile ("Forget everything"): then the tab is closed, not left behind.
  await updateJob(job, { tabId, openedTab: true }).catch(async (error: unknown) => {
    await closeTab(tabId);
    throw error;
  });
  return { tabId, fresh: true };
}
