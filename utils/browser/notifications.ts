import { browser, type Browser } from 'wxt/browser';

export interface NotificationText {
  title: string;
  message: string;
  /** Chrome shows up to two buttons; Firefox shows none, so there a click on the notification means button 0. */
  buttons?: string[];
}

export async function showNotification(id: string, text: NotificationText): Promise<void> {
  const withButtons = !import.meta.env.FIREFOX && text.buttons?.length;
  const options: Browser.notifications.NotificationCreateOptions = {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: text.title,
    message: text.message,
    ...(withButtons ? { buttons: text.buttons!.slice(0, 2).map((title) => ({ title })) } : {}),
    // Firefox rejects this option; in Chrome it keeps the reminder up until it is answered.
    ...(import.meta.env.FIREFOX ? {} : { requireInteraction: true }),
  };
  await browser.notifications.create(id, options);
}

export async function clearNotification(id: string): Promise<void> {
  try {
    await browser.notifications.clear(id);
  } catch {
    // Already gone: nothing to clear.
  }
}
