import { removeOrigins, requestOrigins } from '../browser/permissions';

/**
 * The browser lets an extension capture a page only with access to all sites (or "active tab" after a click on its
 * toolbar button). Signoff asks for it as an optional permission when the person starts a guide, and only keeps a
 * screenshot when the browser allowed it (the capture itself: utils/browser/capture.ts).
 */
export const CAPTURE_ORIGINS = ['<all_urls>'];

/** Asks for the capture permission. Call it first thing in the click that starts a guide (prompts need a gesture). */
export function requestCapturePermission(): Promise<boolean> {
  return requestOrigins(CAPTURE_ORIGINS).catch(() => false);
}

/**
 * Gives the capture permission back once no guide is running: access to every site is needed only to photograph a
 * guide's confirmation page, not for anything else Signoff does.
 */
export async function releaseCaptureWhenIdle(activeRuns: number): Promise<void> {
  if (activeRuns > 0) return;
  await removeOrigins(CAPTURE_ORIGINS); // Not granted, or the browser refuses: nothing to give back.
}
