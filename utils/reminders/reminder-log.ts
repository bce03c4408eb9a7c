import { z } from 'zod';
import { defineStoredItem } from '../browser/stored-item';
import { REMINDER_QUIET_MS } from './decisions';

/** When reminders were shown (per session, and all of them recently), for the rate limits. */
const ReminderLog = z.object({
  bySession: z.record(z.string(), z.number()).catch({}),
  recent: z.array(z.number()).catch([]),
});
type ReminderLog = z.infer<typeof ReminderLog>;

const reminderLog = defineStoredItem('local:reminderLog', {
  parse: (stored) => ReminderLog.catch({ bySession: {}, recent: [] }).parse(stored),
});

export function readReminderLog(): Promise<ReminderLog> {
  return reminderLog.get();
}

export async function logReminder(sessionId: string, now: number): Promise<void> {
  const log = await readReminderLog();
  log.bySession[sessionId] = now;
  log.recent = [...log.recent.filter((at) => now - at < REMINDER_QUIET_MS), now];
  await reminderLog.set(log);
}
