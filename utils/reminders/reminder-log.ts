import { browser } from 'wxt/browser';
import { REMINDER_QUIET_MS } from './decisions';

/** When reminders were shown (per session, and all of them recently), for the rate limits. */
const KEY = 'reminderLog';

interface ReminderLog {
  bySession: Record<string, number>;
  recent: number[];
}

export async function readReminderLog(): Promise<ReminderLog> {
  return ((await browser.storage.local.get(KEY))[KEY] as ReminderLog | undefined) ?? { bySession: {}, recent: [] };
}

export async function logReminder(sessionId: string, now: number): Promise<void> {
  const log = await readReminderLog();
  log.bySession[sessionId] = now;
  log.recent = [...log.recent.filter((at) => now - at < REMINDER_QUIET_MS), now];
  await browser.storage.local.set({ [KEY]: log });
}
