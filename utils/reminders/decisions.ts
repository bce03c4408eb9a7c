/**
 * The reminder decisions, as pure functions of what the background knows, so each rule is unit-tested alone.
 */

/** A site's reminder is not repeated within this time, and no more than MAX_REMINDERS_PER_WINDOW are shown in it. */
export const REMINDER_QUIET_MS = 10 * 60 * 1000;
export const MAX_REMINDERS_PER_WINDOW = 3;

export interface LastTabContext {
  remindersOn: boolean;
  /** The closed tab's site still has a session. */
  signedIn: boolean;
  /** Another tab of the same site is still open. */
  otherTabsOpen: boolean;
  /** Signoff opened the tab itself (a sign-out tab): closing it is no reason to remind. */
  ownTab: boolean;
  /** A sign-out of the site is already running. */
  signOutRunning: boolean;
  /** When this site was last reminded of, and when any reminders were shown recently. */
  lastRemindedAt?: number;
  recentReminders: readonly number[];
  now: number;
}

/** "Still signed in to Amazon (Jan)": only when the last tab of a signed-in site closes, and never as nagging. */
export function shouldRemindOnLastTab(c: LastTabContext): boolean {
  if (!c.remindersOn || !c.signedIn || c.otherTabsOpen || c.ownTab || c.signOutRunning) return false;
  if (c.lastRemindedAt !== undefined && c.now - c.lastRemindedAt < REMINDER_QUIET_MS) return false;
  const inWindow = c.recentReminders.filter((at) => c.now - at < REMINDER_QUIET_MS).length;
  return inWindow < MAX_REMINDERS_PER_WINDOW;
}

/** How long the idle countdown lets the person come back before signing out everywhere. */
export const IDLE_COUNTDOWN_MS = 60 * 1000;

export type IdleState = 'active' | 'idle' | 'locked';

export type IdleAction =
  | { kind: 'none' }
  | { kind: 'start-countdown'; deadline: number }
  | { kind: 'cancel-countdown' }
  | { kind: 'sign-out-everywhere' };

export interface IdleContext {
  state: IdleState;
  sharedMode: boolean;
  sessions: number;
  /** The running countdown's deadline, if one runs. */
  countdownDeadline?: number;
  now: number;
}

/**
 * Shared mode: going idle (or locking the screen) with sessions open starts a countdown; coming back cancels it;
 * when it runs out while still away, everything is signed out.
 */
export function decideIdle(c: IdleContext): IdleAction {
  if (c.state === 'active') return c.countdownDeadline !== undefined ? { kind: 'cancel-countdown' } : { kind: 'none' };
  if (!c.sharedMode || c.sessions === 0) return { kind: 'none' };
  if (c.countdownDeadline === undefined) return { kind: 'start-countdown', deadline: c.now + IDLE_COUNTDOWN_MS };
  return c.now >= c.countdownDeadline ? { kind: 'sign-out-everywhere' } : { kind: 'none' };
}

export interface StartContext {
  /** storage.session was empty when this worker started: the browser itself has just started. */
  sessionStorageEmpty: boolean;
  /** Signoff ran in this profile before (a first install is not "last time"). */
  ranBefore: boolean;
  sessions: number;
}

/** At browser start, sessions left from last time are reported (notification and a banner in the popup). */
export function shouldReportLeftovers(c: StartContext): boolean {
  return c.sessionStorageEmpty && c.ranBefore && c.sessions > 0;
}
