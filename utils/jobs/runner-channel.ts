import { injectFiles, sendToTab } from '../browser/page-scripts';
import { checkTabSite } from './tab-guard';

/** Why work was not handed to the runner: the tab is gone, shows another site, or the injection failed. */
export type NotDelivered = { kind: 'left-site'; host: string } | { kind: 'unloaded' } | { kind: 'inject-failed'; error: string };

/**
 * Injects the runner into the top frame of the job's tab and sends it `request`, but only while the tab shows
 * https on `domains`: checked before the injection and again before the message, which goes to the one document
 * injected into (where the browser says which). The runner checks its own `location` too (runner-work.ts).
 */
export async function deliverToRunner(
  tabId: number,
  domains: readonly string[],
  request: object,
): Promise<{ delivered: true; reply: Promise<unknown> } | { delivered: false; why: NotDelivered }> {
  const before = await checkTabSite(tabId, domains);
  if (!before.onSite) return { delivered: false, why: before.gone ? { kind: 'unloaded' } : { kind: 'left-site', host: before.host } };
  let documentId: string | undefined;
  try {
    const [injected] = await injectFiles({ tabId, frameIds: [0] }, ['/content-scripts/runner.js']);
    documentId = (injected as { documentId?: string } | undefined)?.documentId;
  } catch (error) {
    return { delivered: false, why: { kind: 'inject-failed', error: String(error) } };
  }
  const after = await checkTabSite(tabId, domains);
  if (!after.onSite) return { delivered: false, why: after.gone ? { kind: 'unloaded' } : { kind: 'left-site', host: after.host } };
  // Chromium can address the exact document; Firefox addresses the frame (and the runner checks its location).
  const options = { frameId: 0, ...(documentId && !import.meta.env.FIREFOX ? { documentId } : {}) };
  return { delivered: true, reply: sendToTab(tabId, request, options) };
}
