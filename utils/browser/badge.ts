import { browser } from 'wxt/browser';

/** MV3 has `action`; Firefox's MV2 build has `browserAction`. */
const toolbarButton = () => browser.action ?? browser.browserAction;

export async function showBadge(count: number, title: string): Promise<void> {
  const button = toolbarButton();
  await button.setBadgeText({ text: count > 0 ? String(count) : '' });
  // Orange draws the eye on a shared computer: someone is still signed in.
  await button.setBadgeBackgroundColor({ color: '#d9480f' });
  await button.setTitle({ title });
}
