import { browser } from 'wxt/browser';

/** Sends a message from one of Signoff's pages to the background; the reply is unchecked (read it where it arrives). */
export function sendToBackground(message: unknown): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}
