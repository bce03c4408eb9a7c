import { getTab } from '../browser/tab-state';
import { hostForLog, urlOnDomains } from '../core/on-site';
import type { ReasonKey } from '../i18n';

/** The reason a method fails with when the job's tab shows another site (a page or a step steered it away). */
export const TAB_LEFT_SITE = 'reasonTabLeftSite' satisfies ReasonKey;

export type TabCheck = { onSite: true } | { onSite: false; gone: boolean; host: string };

/**
 * Where the job's tab is now. It is on the site only when its committed address, and any address it is loading,
 * are https on `domains`: a tab on its way to another site is as good as there.
 */
export async function checkTabSite(tabId: number, domains: readonly string[]): Promise<TabCheck> {
  const tab = await getTab(tabId);
  if (!tab) return { onSite: false, gone: true, host: '(tab closed)' };
  const addresses = [tab.url, tab.pendingUrl].filter((url): url is string => typeof url === 'string' && url !== '');
  const off = addresses.length === 0 ? undefined : addresses.find((url) => !urlOnDomains(url, domains));
  if (addresses.length === 0 || off !== undefined) return { onSite: false, gone: false, host: hostForLog(off) };
  return { onSite: true };
}
