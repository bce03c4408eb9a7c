import { authCookieNames } from '../browser/cookies';
import { navigateTab } from '../browser/tabs';
import { getTab } from '../browser/tab-state';
import { db } from '../db';
import type { JobRow } from '../db-schema';
import { hostOnDomain } from '../core/host-match';
import type { SiteEntry } from '../recipes/schema';
import { updateJob } from './job-store';
import { notRun, type MethodResult } from './method-result';
import { acrossPageLoads, type Round } from './page-loads';
import { runGenericInTab } from './run-in-tab';
import { TAB_LEFT_SITE } from './tab-guard';

/** The last thing the runner said it was about to press in this job ("sign-out: Wyloguj się"). */
async function lastAction(jobId: string): Promise<string | undefined> {
  return (await db.jobs.get(jobId))?.pageActions?.at(-1);
}

/**
 * The generic sign-out method, for a site without a recipe, in the job's tab (already open on the site): find and
 * press the sign-out control, through the account menu or the account page if need be, then press a confirmation
 * if the site asks for one. "ran" means a sign-out control was pressed; as for recipes, verification decides.
 */
export async function runGenericMethod(job: JobRow, site: SiteEntry, tabId: number, allowedDomains: readonly string[]): Promise<MethodResult> {
  let pressed = false;
  let accountPageVisited = false;
  const ranIfPressed = (otherwise: MethodResult): MethodResult => (pressed ? { ran: true } : otherwise);

  const round = async (): Promise<Round> => {
    if (pressed && (await authCookieNames(site)).length === 0) return { ran: true };
    job = await updateJob(job, { phase: 'running' });
    const result = await runGenericInTab(tabId, {
      channel: 'runner',
      type: 'generic',
      jobId: job.id,
      mode: pressed ? 'confirm' : 'find',
      allowAccountPage: !accountPageVisited,
      allowedDomains: [...allowedDomains],
      siteDomain: site.domain,
    });
    switch (result.kind) {
      case 'clicked':
        // The page stayed (a sign-out by script, or a dialog): verification decides; a dialog's confirm button is
        // pressed on the next round only if the page then loads again, so wait for that here.
        pressed = true;
        return (await waitForNavigation(tabId)) ? 'next-load' : { ran: true };
      case 'unloaded': {
        // An account menu button that navigated, or the press itself: look again on the new page.
        if ((await lastAction(job.id))?.startsWith('sign-out:')) pressed = true;
        return 'next-load';
      }
      case 'account-page': {
        const url = URL.canParse(result.url) ? new URL(result.url) : undefined;
        // The page may only send Signoff to the same site, over https.
        if (!url || url.protocol !== 'https:' || !hostOnDomain(url.hostname, site.domain)) {
          return notRun('reasonControlMissing', 'the account page is on another site');
        }
        accountPageVisited = true;
        await navigateTab(tabId, url.href);
        return 'next-load';
      }
      case 'left-site':
      case 'refused':
        // The page sent its tab to another site: Signoff follows it nowhere, and what happens there proves nothing.
        return notRun(TAB_LEFT_SITE, result.host);
      case 'not-found':
        return ranIfPressed(notRun('reasonControlMissing', result.detail));
      case 'timeout':
        return ranIfPressed(notRun('reasonTimeout'));
      case 'inject-failed':
        return ranIfPressed(notRun('reasonPageUnavailable', result.error));
    }
  };
  return acrossPageLoads(tabId, round, () => ranIfPressed(notRun('reasonTimeout')));
}

/** After a press that did not unload the page at once: did the tab start loading another page within a moment? */
async function waitForNavigation(tabId: number, withinMs = 1_500): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    const tab = await getTab(tabId);
    if (!tab) return false;
    if (tab.status === 'loading') return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
