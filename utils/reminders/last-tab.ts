import { showNotification } from '../browser/notifications';
import { db } from '../db';
import { t } from '../i18n';
import { loadSettings } from '../policy';
import { shouldRemindOnLastTab } from './decisions';
import { logReminder, readReminderLog } from './reminder-log';
import { forgetTabSite, siteStillOpen } from './tab-sites';

export const STILL_SIGNED_IN_PREFIX = 'still-signed-in:';

/** A tab closed: if it was the last one of a site the person is still signed in to, offer to sign out. */
export async function onTabClosed(tabId: number, now = Date.now()): Promise<void> {
  const sessionId = await forgetTabSite(tabId);
  if (!sessionId) return;
  const [session, settings, log, ownJob, runningJob] = await Promise.all([
    db.sessions.get(sessionId),
    loadSettings(),
    readReminderLog(),
    db.jobs.filter((job) => job.tabId === tabId && job.openedTab).first(),
    db.jobs.where('sessionId').equals(sessionId).filter((job) => job.phase !== 'done').first(),
  ]);
  const remind = shouldRemindOnLastTab({
    remindersOn: settings.reminders,
    signedIn: session !== undefined,
    otherTabsOpen: await siteStillOpen(sessionId),
    ownTab: ownJob !== undefined,
    signOutRunning: runningJob !== undefined,
    lastRemindedAt: log.bySession[sessionId],
    recentReminders: log.recent,
    now,
  });
  if (!remind || !session) return;
  const site = session.accountName ? `${session.siteName} (${session.accountName})` : session.siteName;
  await showNotification(STILL_SIGNED_IN_PREFIX + sessionId, {
    title: t('reminderStillSignedInTitle', site),
    message: t('reminderStillSignedInMessage', session.domain),
    buttons: [t('signOut'), t('notNow')],
  });
  await logReminder(sessionId, now);
}
