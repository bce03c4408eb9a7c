import { browser } from 'wxt/browser';

/** Thin adapter over `alarms`: the background's alarms listener hears them, even after a worker stop. */

/** An alarm at `when` (ms since the epoch). */
export async function setAlarm(name: string, when: number): Promise<void> {
  await browser.alarms.create(name, { when });
}

/** An alarm every `periodInMinutes` until cleared (a watchdog that wakes a stopped worker). */
export async function setRepeatingAlarm(name: string, periodInMinutes: number): Promise<void> {
  await browser.alarms.create(name, { periodInMinutes });
}

export async function clearAlarm(name: string): Promise<void> {
  await browser.alarms.clear(name);
}
