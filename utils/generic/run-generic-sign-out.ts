import { browser } from 'wxt/browser';
import { authCookieNames } from '../browser/cookies';
import { navigateTab, waitForTabComplete } from '../browser/tabs';
import { db } from '../db';
import type { JobRow } from '../db-schema';
import { updateJob } from '../jobs/job-store';
import type { MethodResult } from '../jobs/sign-out-methods';
import { runGenericInTab } from './generic-in-tab';
import { TAB_LEFT_SITE } from '../jobs/tab-guard';
import { hostOnDomain } from '../core/host-match';
import type { SiteEntry } from '../recipes/schema';

const PAGE_LOAD_TIMEOUT_MS = 20_000;
/** Start page, account page, the page after the press, a confirmation page: a few loads are enough. */
const MAX_PAGE_LOADS = 5;

/** The last thing the runner said it was about to press in this job ("sign-out: Wyloguj się"). */
async function lastAction(jobId: string): Promise<string | undefined> {
  return (await db.jobs.get(jobId))?.pageActions?.at(-1);
}

/**
 * The generic sign-out method, driven from the background across page loads in the job's tab (already open on
 * the site): find and press the sign-out control, through the account menu or the account page if need be, then
 * press a confirmation if the site asks for one. "ran" means a sign-out control was pressed; as for recipes,
 * verification (the recorded auth cookies are gone) decides whether it worked.
 */
export async function runGenericSignOut(job: JobRow, site: SiteEntry, tabId: number, allowedDomains: readonly string[]): Promise<MethodResult> {
  let pressed = false;
  let accountPageVisited = false;
  for (let load = 0; load < MAX_PAGE_LOADS; load++) {
    if (!(await waitForTabComplete(tabId, PAGE_LOAD_TIMEOUT_MS))) {
      return pressed ? { ran: true } : { ran: false, reason: 'reasonTimeout' };
    }
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
        if (!(await waitForNavigation(tabId))) return { ran: true };
        break;
      case 'unloaded': {
        const action = await lastAction(job.id);
        if (action?.startsWith('sign-out:')) pressed = true;
        // An account menu button that navigated, or the press itself: look again on the new page.
        break;
      }
      case 'account-page': {
        const url = URL.canParse(result.url) ? new URL(result.url) : undefined;
        // The page may only send Signoff to the same site, over https.
        if (!url || url.protocol !== 'https:' || !hostOnDomain(url.hostname, site.domain)) {
          return { ran: false, reason: 'reasonControlMissing', detail: 'the account page is on another site' };
        }
        accountPageVisited = true;
        await navigateTab(tabId, url.href);
        break;
      }
      case 'left-site':
      case 'refused':
        // The page sent its tab to another site: Signoff follows it nowhere, and what happens there proves nothing.
        return { ran: false, reason: TAB_LEFT_SITE, detail: result.host };
      case 'not-found':
        return pressed ? { ran: true } : { ran: false, reason: 'reasonControlMissing', detail: result.detail };
      case 'timeout':
        return pressed ? { ran: true } : { ran: false, reason: 'reasonTimeout' };
      case 'inject-failed':
        return pressed ? { ran: true } : { ran: false, reason: 'reasonPageUnavailable', detail: result.error };
    }
  }
  return pressed ? { ran: true } : { ran: false, reason: 'reasonTimeout' };
}

/** After a press that did not unload the page at once: did the tab start loading another page within a moment? */
async function waitForNavigation(tabId: number, withinMs = 1_500): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    if (!tab) return false;
    if (tab.status === 'loading') return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
