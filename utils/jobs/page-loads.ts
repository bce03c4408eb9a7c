import { tabUrl, waitForTabComplete } from '../browser/tabs';
import { notRun, type MethodResult } from './method-result';

/** How long one page load of a sign-out may take. */
export const PAGE_LOAD_TIMEOUT_MS = 20_000;
/** A sign-out may cross a few page loads (start page, account page, the page after the press, a confirmation). */
export const MAX_PAGE_LOADS = 5;

/** What one round on a loaded page decided: the method's result, or look again once the next page has loaded. */
export type Round = MethodResult | 'next-load';

/**
 * The loop every method that works in a page shares: wait for the tab's page to load, run one round on it, and go
 * on while the round says the page changed, at most MAX_PAGE_LOADS times. `stuck` says what a load that never came
 * (or a closed tab, or running out of loads) means for this method.
 */
export async function acrossPageLoads(
  tabId: number,
  round: () => Promise<Round>,
  stuck: (why: 'tab-closed' | 'timeout') => MethodResult = (why) => notRun(why === 'tab-closed' ? 'reasonTabClosed' : 'reasonTimeout'),
): Promise<MethodResult> {
  for (let load = 0; load < MAX_PAGE_LOADS; load++) {
    if (!(await waitForTabComplete(tabId, PAGE_LOAD_TIMEOUT_MS))) return stuck((await tabUrl(tabId)) === undefined ? 'tab-closed' : 'timeout');
    const result = await round();
    if (result !== 'next-load') return result;
  }
  return stuck('timeout');
}
