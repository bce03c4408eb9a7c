import { showNotification } from '../browser/notifications';
import { defineStoredItem } from '../browser/stored-item';
import { db } from '../db';
import { t } from '../i18n';
import { reconcileAllSites } from '../sessions/sessions';
import { shouldReportLeftovers } from './decisions';
import { leftoversItem } from './leftovers';

export const LEFTOVERS_NOTIFICATION = 'leftover-sessions';
/** Signoff ran in this profile before (storage.local). */
const ranBefore = defineStoredItem('local:ranBefore', { parse: (stored) => stored === true });
/** When this browser run's first worker started (storage.session: empty again after a browser start). */
const workerStarted = defineStoredItem('session:workerStarted', {
  parse: (stored) => (typeof stored === 'number' ? stored : undefined),
});

/**
 * Runs at every service-worker start. storage.session is emptied when the browser stops, so finding it empty
 * means the browser has just started (runtime.onStartup alone misses relaunches that reinstall an unpacked
 * extension). Sessions still present then were left from last time: say so.
 */
export async function checkForLeftoverSessions(): Promise<void> {
  const started = await workerStarted.get();
  await workerStarted.set(Date.now());
  const ranHereBefore = await ranBefore.get();
  await ranBefore.set(true);
  if (started !== undefined) return;
  await reconcileAllSites();
  const sessions = await db.sessions.toArray();
  if (!shouldReportLeftovers({ sessionStorageEmpty: true, ranBefore: ranHereBefore, sessions: sessions.length })) return;
  const sites = sessions.map((s) => `${s.siteName} (${s.domain})`);
  await leftoversItem.set({ at: Date.now(), sites });
  await showNotification(LEFTOVERS_NOTIFICATION, {
    title: t('leftoversTitle', String(sessions.length)),
    message: sites.join(', '),
    buttons: [t('signOutEverywhere'), t('notNow')],
  });
}

export async function dismissLeftovers(): Promise<void> {
  await leftoversItem.remove();
}
