import { closeTabsOn } from '../browser/tabs';
import { db } from '../db';
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
  const closedTabs = await closeTabsOn(domains, ownTabs);
  if (batch?.trigger === 'leave') await db.batches.update(batchId, { closedTabs });
  // Shared computer: names recorded before it was one (or by sign-outs done in personal mode) go now too.
  if ((await loadSettings()).mode === 'shared') await forgetAccountNames();
  return batchId;
}
