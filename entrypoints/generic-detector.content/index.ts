import { browser } from 'wxt/browser';
import type { Report } from '@/utils/messaging/protocol';
import { watchPasswordSubmissions } from '@/utils/generic/password-watch';
import { hasAccountSignals } from '@/utils/generic/find-sign-out';

/**
 * Registered at run time (scripting.registerContentScripts) only while "detect other sites" is on, and only for
 * the hosts the person granted; never on recipe sites. It reports two things about its own tab, both untrusted
 * hints the background weighs against the cookie jar: "a password form was submitted here" and "this page shows
 * a sign-out control". It sends no page content, and of the password field it only looks at whether it is empty.
 */
export default defineContentScript({
  registration: 'runtime',
  // No matches here: WXT would turn them into required host permissions. The background registers the script
  // with the hosts the person granted.
  runAt: 'document_idle',
  main() {
    const marker = '__signoffGenericDetector';
    const scope = globalThis as typeof globalThis & { [marker]?: boolean };
    if (scope[marker]) return;
    scope[marker] = true;

    const send = (report: Report) => void browser.runtime.sendMessage(report).catch(() => undefined);
    watchPasswordSubmissions(document, () => send({ channel: 'report', type: 'password-submitted' }));

    // Once when the page has settled, and once more for pages that draw their header by script.
    let reported = false;
    const look = () => {
      if (reported || !hasAccountSignals(document)) return;
      reported = true;
      send({ channel: 'report', type: 'account-signals' });
    };
    look();
    setTimeout(look, 2_000);
  },
});
