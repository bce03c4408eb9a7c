import { browser } from 'wxt/browser';

/**
 * The browser lets an extension capture a page only with access to all sites (or "active tab" after a click on its
 * toolbar button). Signoff asks for it as an optional permission when the person starts a guide, and only keeps a
 * screenshot when the browser allowed it.
 */
export const CAPTURE_ORIGINS = ['<all_urls>'];

/** Asks for the capture permission. Call it first thing in the click that starts a guide (prompts need a gesture). */
export function requestCapturePermission(): Promise<boolean> {
  return browser.permissions.request({ origins: CAPTURE_ORIGINS }).catch(() => false);
}

/**
 * Gives the capture permission back once no guide is running: access to every site is needed only to photograph a
 * guide's confirmation page, not for anything else Signoff does.
 */
export async function releaseCaptureWhenIdle(activeRuns: number): Promise<void> {
  if (activeRuns > 0) return;
  await Promise.resolve()
    .then(() => browser.permissions.remove({ origins: CAPTURE_ORIGINS }))
    .catch(() => false); // Not granted, or the browser refuses: nothing to give back.
}

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
