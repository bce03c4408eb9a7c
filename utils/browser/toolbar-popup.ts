import { browser } from 'wxt/browser';

/** The page the toolbar button opens, relative to the package (MV3 `action`, Firefox's MV2 `browserAction`). */
export async function setToolbarPopup(popup: string): Promise<void> {
  await (browser.action ?? browser.browserAction).setPopup({ popup });
}
