import { browser } from 'wxt/browser';

/** Thin adapter over capturing what a tab shows (a guide's receipt keeps it as evidence). */

export type Capture = { ok: true; dataUrl: string } | { ok: false; error: string };

/** A JPEG of what the tab shows: the tab is brought to the front of its window first (only the visible tab can be captured). */
export async function captureTab(tabId: number): Promise<Capture> {
  try {
    const tab = await browser.tabs.get(tabId);
    if (!tab.active) await browser.tabs.update(tabId, { active: true });
    const dataUrl = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'jpeg', quality: 70 });
    return dataUrl.startsWith('data:image/') ? { ok: true, dataUrl } : { ok: false, error: 'the browser returned no image' };
  } catch (error) {
    return { ok: false, error: (error instanceof Error ? error.message : String(error)).slice(0, 300) };
  }
}
