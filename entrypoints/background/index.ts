import { browser } from 'wxt/browser';
import { createToolbarMenu, SIGN_OUT_EVERYWHERE_MENU } from '@/utils/browser/toolbar-menu';
import { t, applyLanguage } from '@/utils/i18n';
import { reloadExtraRecipes } from '@/utils/recipes/registry';
import { watchStoredChanges } from '@/utils/stored-changes';
import { loadSettings } from '@/utils/policy';
import { signOutEverywhere } from '@/utils/jobs/sign-out-everywhere';
import { resumeUnfinishedJobs, WATCHDOG_ALARM } from '@/utils/jobs/sign-out-job';
import { handleMessage } from '@/utils/messaging/handle-message';
import { openOnboardingIfNeeded } from '@/utils/reminders/onboarding';
import { checkForLeftoverSessions } from '@/utils/reminders/browser-start';
import { sweepOnLastWindowClosed } from '@/utils/reminders/close-sweep';
import { applyIdleInterval, IDLE_ALARM, onIdleAlarm, onIdleState } from '@/utils/reminders/idle';
import { onTabClosed } from '@/utils/reminders/last-tab';
import { onNotificationButton } from '@/utils/reminders/notification-actions';
import { rememberTabSite } from '@/utils/reminders/tab-sites';
import { onCookieChanged, reconcileAllSites, reconcileExtraSites } from '@/utils/sessions/sessions';
import { keepPopupSnapshot, writePopupSnapshot } from '@/utils/sessions/popup-snapshot-writer';
import { onGenericCookieChanged, reconcileGenericSessions } from '@/utils/generic/generic-sessions';
import { syncGenericDetection } from '@/utils/generic/detection-setup';
import { onTabLoaded as showGuideOnTab } from '@/utils/guides/guide-runs';
import { onTaughtTabUpdated, onTeachCookieChanged } from '@/utils/teach/teach-recording';

/** Settings the worker itself acts on: the idle interval and the language of its notifications. */
async function applySettings(): Promise<void> {
  await applyIdleInterval();
  await applyLanguage((await loadSettings()).language);
}

/** Imported and policy recipes, read again; a site the person is already signed in to is listed at once. */
async function reloadRecipes(): Promise<void> {
  await reloadExtraRecipes();
  await reconcileExtraSites();
}

/** An administrator's policy carries settings and recipes alike. */
async function applyPolicy(): Promise<void> {
  await reloadRecipes();
  await applySettings();
}

/** The manifest's keyboard command (Alt+Shift+L by default, changeable in the browser's shortcut settings). */
const SIGN_OUT_EVERYWHERE_COMMAND = 'sign-out-everywhere';

/**
 * Wiring only. Listeners are registered synchronously at the top so a worker woken by an event receives it;
 * everything they do is persisted, because the browser may stop this worker at any moment.
 */
export default defineBackground({
  // Firefox's MV2 build gets an event page, which Firefox unloads when idle just as Chrome stops the service worker:
  // one lifecycle to design for, and no page kept in memory for the whole session. (MV3 ignores this.)
  persistent: false,
  main() {
    browser.runtime.onMessage.addListener(handleMessage);
    // The popup draws its first rows from a snapshot the worker writes with every change to them (docs/architecture.md).
    keepPopupSnapshot();
    browser.cookies.onChanged.addListener((change) => {
      void onCookieChanged(change.cookie, change.removed);
      void onGenericCookieChanged(change);
      void onTeachCookieChanged(change);
    });
    browser.permissions.onAdded.addListener(() => void syncGenericDetection());
    browser.permissions.onRemoved.addListener(() => void syncGenericDetection());
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === WATCHDOG_ALARM) void resumeUnfinishedJobs();
      if (alarm.name === IDLE_ALARM) void onIdleAlarm();
    });
    browser.commands.onCommand.addListener((command) => {
      if (command === SIGN_OUT_EVERYWHERE_COMMAND) void signOutEverywhere('shortcut');
    });
    browser.contextMenus.onClicked.addListener((info) => {
      if (info.menuItemId === SIGN_OUT_EVERYWHERE_MENU) void signOutEverywhere('context-menu');
    });
    browser.tabs.onUpdated.addListener((tabId, change, tab) => {
      if (change.url || change.status === 'complete') void rememberTabSite(tabId, tab.url);
    });
    // A guide (cancel a subscription, delete an account) shows its panel on each page of its site as it loads.
    browser.tabs.onUpdated.addListener((tabId, change, tab) => {
      if (change.status === 'complete') void showGuideOnTab(tabId, tab.url);
    });
    // Teaching a sign-out: the recorded tab's own navigations are steps; the recorder goes back in after each load.
    browser.tabs.onUpdated.addListener((tabId, change) => void onTaughtTabUpdated(tabId, change));
    browser.tabs.onRemoved.addListener((tabId) => void onTabClosed(tabId));
    browser.windows.onRemoved.addListener(async () => {
      if ((await browser.windows.getAll()).length === 0) await sweepOnLastWindowClosed();
    });
    browser.idle.onStateChanged.addListener((state) => void onIdleState(state));
    // Firefox notifications have no buttons (and no onButtonClicked event): a click on one stands for its first button.
    if (import.meta.env.FIREFOX) browser.notifications.onClicked.addListener((id) => void onNotificationButton(id, 0));
    else browser.notifications.onButtonClicked.addListener((id, index) => void onNotificationButton(id, index));
    // Each stored value reruns only what depends on it (a reminder or a countdown written reloads nothing).
    watchStoredChanges({
      settings: () => {
        void applySettings();
        void syncGenericDetection();
        void writePopupSnapshot(); // It carries the language.
      },
      importedRecipes: () => void reloadRecipes(),
      policy: () => void applyPolicy(),
    });
    browser.runtime.onInstalled.addListener(({ reason }) => {
      void reconcileAllSites();
      void reconcileGenericSessions();
      void createToolbarMenu(t('signOutEverywhere'));
      if (reason === 'install') void openOnboardingIfNeeded();
    });
    browser.runtime.onStartup.addListener(() => {
      void reconcileAllSites();
      void reconcileGenericSessions();
    });

    // Every worker start: a browser start leaves sessions to report; a stopped worker may have left work half done.
    void checkForLeftoverSessions();
    void applyPolicy();
    void resumeUnfinishedJobs();
    void syncGenericDetection();
  },
});
