import { browser } from 'wxt/browser';

/** The toolbar button: MV3 has `action`; Firefox's MV2 build has `browserAction`. */
export const toolbarButton = () => browser.action ?? browser.browserAction;

/** The page the toolbar button opens, relative to the package. */
export async function setToolbarPopup(popup: string): Promise<void> {
  await toolbarButton().setPopup({ popup });
}
