import type { Browser } from 'puppeteer-core';
import { browsingContexts, callFunction, evaluateInChrome } from './bidi';
import { FIREFOX_EXTENSION_ID } from './launch';

/**
 * What a person or Firefox itself does that no WebExtension API can: unload the event page, and click Firefox's
 * notification. Both run privileged code in Firefox's own windows over WebDriver BiDi (chrome scope).
 */

/**
 * Unloads Signoff's event page exactly as about:debugging's "Terminate background script" does (the same call),
 * which is what Firefox does on its own after the page has idled for `extensions.background.idle.timeout`.
 * Resolves with the background's state afterwards ("stopped").
 */
export async function terminateEventPage(browser: Browser): Promise<unknown> {
  return evaluateInChrome(
    browser,
    `async (id) => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      await ExtensionParent.DebugUtils.terminateBackgroundScript(id);
      return WebExtensionPolicy.getByID(id).extension.backgroundState;
    }`,
    FIREFOX_EXTENSION_ID,
  );
}

/** The event page's state: "running", "stopped", "starting" or "suspending". */
export async function eventPageState(browser: Browser): Promise<unknown> {
  return evaluateInChrome(browser, `(id) => WebExtensionPolicy.getByID(id).extension.backgroundState`, FIREFOX_EXTENSION_ID);
}

const ALERT_URL = 'chrome://global/content/alerts/alert.xhtml';

/** The browsing context of Firefox's notification window (prefs: alerts.useSystemBackend=false), once shown. */
export async function waitForNotificationWindow(browser: Browser, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const alert = (await browsingContexts(browser, 'chrome')).find((c) => c.url === ALERT_URL);
    if (alert) return alert.context;
    if (Date.now() > deadline) throw new Error('Firefox showed no notification window');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** True while Firefox shows a notification window. */
export async function notificationShown(browser: Browser): Promise<boolean> {
  return (await browsingContexts(browser, 'chrome')).some((c) => c.url === ALERT_URL);
}

/** The notification's title and message. (Firefox's window has no place for an extension's buttons.) */
export async function readNotification(browser: Browser, context: string): Promise<{ title: string; message: string }> {
  const value = await callFunction(
    browser,
    context,
    `() => JSON.stringify({
      title: document.getElementById('alertTitleLabel')?.getAttribute('value') ?? '',
      message: document.getElementById('alertTextLabel')?.textContent ?? '',
    })`,
  );
  return JSON.parse(String(value.value)) as { title: string; message: string };
}

/**
 * Clicks the notification's message with the mouse (a widget-level event, trusted like a person's click), which
 * Firefox reports to the extension as `notifications.onClicked`.
 */
export async function clickNotification(browser: Browser, context: string): Promise<void> {
  await callFunction(
    browser,
    context,
    `() => {
      const box = document.getElementById('alertTextLabel').getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      for (const type of ['mousedown', 'mouseup']) {
        if (typeof window.synthesizeMouseEvent === 'function') {
          // Firefox 153 has this; older releases offer windowUtils.sendMouseEvent instead.
          window.synthesizeMouseEvent(type, x, y, { button: 0, clickCount: 1, identifier: window.windowUtils.DEFAULT_MOUSE_POINTER_ID, inputSource: MouseEvent.MOZ_SOURCE_MOUSE }, {});
        } else {
          window.windowUtils.sendMouseEvent(type, x, y, 0, 1, 0);
        }
      }
    }`,
  );
}
