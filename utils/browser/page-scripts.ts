import { browser, type Browser, type PublicPath } from 'wxt/browser';

/**
 * Thin adapter over Signoff's scripts in a site's tab: injecting a file or a function (scripting.executeScript) and
 * messaging the script injected there (tabs.sendMessage). What the scripts may do is decided by their callers.
 */

export type InjectionTarget = { tabId: number; frameIds?: number[] };
export type InjectionResult = Browser.scripting.InjectionResult;
/** A script file of Signoff's package. */
export type PackagedScript = Extract<PublicPath, `${string}.js`>;

/** Runs Signoff's packaged script files in the target's frames; throws when the browser refuses (no access, tab gone). */
export function injectFiles(target: InjectionTarget, files: PackagedScript[]): Promise<InjectionResult[]> {
  return browser.scripting.executeScript({ target, files });
}

/** Runs `func(...args)` in the target's frames, in an isolated world; throws when the browser refuses. */
export function injectFunction<Args extends unknown[], Result>(
  target: InjectionTarget,
  func: (...args: Args) => Result,
  args: Args,
): Promise<InjectionResult[]> {
  return browser.scripting.executeScript({ target, func, args });
}

/** Sends a message to Signoff's script in the tab (one frame, or one document, when `options` say so). */
export function sendToTab(tabId: number, message: unknown, options?: Browser.tabs.MessageSendOptions): Promise<unknown> {
  return options ? browser.tabs.sendMessage(tabId, message, options) : browser.tabs.sendMessage(tabId, message);
}
