import { browser } from 'wxt/browser';
import { showNotification } from '../browser/notifications';
import { db } from '../db';
import { t } from '../i18n';
import { reconcileAllSites } from '../sessions/sessions';
import { shouldReportLeftovers } from './decisions';
import { LEFTOVERS_KEY, type Leftovers } from './leftovers';

export const LEFTOVERS_NOTIFICATION = 'leftover-sessions';
const RAN_BEFORE_KEY = 'ranBefore';
const WORKER_STARTED_KEY = 'workerStarted';

/**
 * Runs at every service-worker start. storage.session is emptied when the browser stops, so finding it empty
 * means the browser has just started (runtime.onStartup alone misses relaunches that reinstall an unpacked
 * extension). Sessions still present then were left from last time: say so.
 */
export async function checkForLeftoverSessions(): Promise<void> {
  const started = (await browser.storage.session.get(WORKER_STARTED_KEY))[WORKER_STARTED_KEY];
  await browser.storage.session.set({ [WORKER_STARTED_KEY]: Date.now() });
  const ranBefore = (await browser.storage.local.get(RAN_BEFORE_KEY))[RAN_BEFORE_KEY] === true;
  await browser.storage.local.set({ [RAN_BEFORE_KEY]: true });
  if (started !== undefined) return;
  await reconcileAllSites();
  const sessions = await db.sessions.toArray();
  if (!shouldReportLeftovers({ sessionStorageEmpty: true, ranBefore, sessions: sessions.length })) return;
  const sites = sessions.map((s) => `${s.siteName} (${s.domain})`);
  await browser.storage.local.set({ [LEFTOVERS_KEY]: { at: Date.now(), sites } satisfies Leftovers });
  await showNotification(LEFTOVERS_NOTIFICATION, {
    title: t('leftoversTitle', String(sessions.length)),
    message: sites.join(', '),
    buttons: [t('signOutEverywhere'), t('notNow')],
  });
}

export async function dismissLeftovers(): Promise<void> {
  await browser.storage.local.remove(LEFTOVERS_KEY);
}
