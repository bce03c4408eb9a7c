import { browser } from 'wxt/browser';
import { resumeUnfinishedJobs, WATCHDOG_ALARM } from '@/utils/jobs/sign-out-job';
import { handleMessage } from '@/utils/messaging/handle-message';
import { onCookieChanged, reconcileAllSites } from '@/utils/sessions/sessions';

/**
 * Wiring only. Listeners are registered synchronously at the top so a worker woken by an event receives it;
 * everything they do is persisted, because the browser may stop this worker at any moment.
 */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener(handleMessage);
  browser.cookies.onChanged.addListener(({ cookie }) => void onCookieChanged(cookie));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WATCHDOG_ALARM) void resumeUnfinishedJobs();
  });
  browser.runtime.onInstalled.addListener(() => void reconcileAllSites());
  browser.runtime.onStartup.addListener(() => void reconcileAllSites());

  // Every worker start: a stopped worker may have left a sign-out half done.
  void resumeUnfinishedJobs();
});
