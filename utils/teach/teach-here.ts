import { activeTab } from '../browser/tab-state';
import { sendCommand } from '../messaging/send-command';
import { httpsOriginOf, teachHereHref, type TeachHere } from './tab-link';

/**
 * The popup's "Teach Signoff how to sign out here" for the tab it is over: offered only when the background says so
 * (an https site without a recipe and without a row, utils/teach/tab-offer.ts); undefined otherwise.
 */
export async function teachHereOffer(): Promise<TeachHere | undefined> {
  const tab = await activeTab();
  const origin = httpsOriginOf(tab?.url);
  if (tab?.id === undefined || !origin) return undefined;
  const reply = await sendCommand({ channel: 'command', type: 'teach-offer', tabId: tab.id, origin });
  return reply.ok ? { host: new URL(origin).hostname, href: teachHereHref(tab.id, origin) } : undefined;
}
