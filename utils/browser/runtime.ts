import { browser, type PublicPath } from 'wxt/browser';

/** Sends a message from one of Signoff's pages to the background; the reply is unchecked (read it where it arrives). */
export function sendToBackground(message: unknown): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/** Signoff's own extension id, as the browser puts it on messages from Signoff's pages and scripts. */
export function ownExtensionId(): string {
  return browser.runtime.id;
}

/** The address of a file in Signoff's package (`/` is the package's root, the origin of its own pages). */
export function extensionUrl(path: PublicPath): string {
  return browser.runtime.getURL(path);
}
