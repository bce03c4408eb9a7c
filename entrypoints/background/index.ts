import { browser } from 'wxt/browser';
import { resumeUnfinishedJobs, WATCHDOG_ALARM } from '@/utils/jobs/sign-out-job';
import { handleMessage } from '@/utils/messaging/handle-message';
import { signOutEverywhere } from '@/utils/jobs/sign-out-everywhere';
import { createToolbarMenu, SIGN_OUT_EVERYWHERE_MENU } from '@/utils/browser/toolbar-menu';
import { t } from '@/utils/i18n';

/** The manifest's keyboard command (Alt+Shift+L by default, changeable in the browser's shortcut settings). */
const SIGN_OUT_EVERYWHERE_COMMAND = 'sign-out-everywhere';
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
  browser.commands.onCommand.addListener((command) => {
    if (command === SIGN_OUT_EVERYWHERE_COMMAND) void signOutEverywhere('shortcut');
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === SIGN_OUT_EVERYWHERE_MENU) void signOutEverywhere('context-menu');
  });
  browser.runtime.onInstalled.addListener(() => {
    void reconcileAllSites();
    void createToolbarMenu(t('signOutEverywhere'));
  });
  browser.runtime.onStartup.addListener(() => void reconcileAllSites());

  // Every worker start: a stopped worker may have left a sign-out half done.
  void resumeUnfinishedJobs();
});
