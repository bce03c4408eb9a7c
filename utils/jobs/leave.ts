import { browser } from 'wxt/browser';
import { db } from '../db';
import { hostOnDomain } from '../core/host-match';
import { signOutEverywhere } from './sign-out-everywhere';
import { loadSettings } from '../policy';
import { forgetAccountNames } from '../retention';

/**
 * "I'm leaving": sign out everywhere (which also clears the signed-out sites' data), and close the person's
 * tabs of those sites, since they asked for exactly that. The popup shows the batch as a checklist receipt.
 */
export async function leave(): Promise<string> {
  const batchId = await signOutEverywhere('leave');
  const batch = await db.batches.get(batchId);
  const jobs = await db.jobs.where('batchId').equals(batchId).toArray();
  const domains = jobs.map((job) => job.domain);
  const ownTabs = new Set(jobs.map((job) => job.tabId));
  const tabs = await browser.tabs.query({});
  const toClose = tabs.filter((tab) => {
    if (tab.id === undefined || ownTabs.has(tab.id) || !tab.url || !URL.canParse(tab.url)) return false;
    const host = new URL(tab.url).hostname;
    return domains.some((domain) => hostOnDomain(host, domain));
  });
  await browser.tabs.remove(toClose.map((tab) => tab.id!)).catch(() => undefined);
  if (batch?.trigger === 'leave') await db.batches.update(batchId, { closedTabs: toClose.length });
  // Shared computer: names recorded before it was one (or by sign-outs done in personal mode) go now too.
  if ((await loadSettings()).mode === 'shared') await forgetAccountNames();
  return batchId;
}
