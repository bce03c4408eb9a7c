import { browser } from 'wxt/browser';

export const SIGN_OUT_EVERYWHERE_MENU = 'sign-out-everywhere';

/** The toolbar icon's right-click menu; MV3 calls its context "action", Firefox's MV2 build "browser_action". */
export async function createToolbarMenu(title: string): Promise<void> {
  const context = import.meta.env.MANIFEST_VERSION === 2 ? 'browser_action' : 'action';
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: SIGN_OUT_EVERYWHERE_MENU, title, contexts: [context] });
}
