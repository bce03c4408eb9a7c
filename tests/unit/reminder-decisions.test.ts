import { describe, expect, it } from 'vitest';
import {
  decideIdle,
  IDLE_COUNTDOWN_MS,
  REMINDER_QUIET_MS,
  shouldRemindOnLastTab,
  shouldReportLeftovers,
  type LastTabContext,
} from '@/utils/reminders/decisions';

const now = 1_000_000_000;
const base: LastTabContext = {
  remindersOn: true,
  signedIn: true,
  otherTabsOpen: false,
  ownTab: false,
  signOutRunning: false,
  recentReminders: [],
  now,
};

describe('reminder when the last tab of a signed-in site closes', () => {
  it('reminds in the plain case', () => expect(shouldRemindOnLastTab(base)).toBe(true));

  it.each([
    ['reminders are off', { remindersOn: false }],
    ['the site has no session', { signedIn: false }],
    ['another tab of the site is open', { otherTabsOpen: true }],
    ['Signoff opened the tab itself', { ownTab: true }],
    ['a sign-out is already running', { signOutRunning: true }],
    ['the site was reminded of a minute ago', { lastRemindedAt: now - 60_000 }],
    ['three reminders were shown in the last minutes', { recentReminders: [now - 1000, now - 2000, now - 3000] }],
  ])('stays quiet when %s', (_label, change) => {
    expect(shouldRemindOnLastTab({ ...base, ...change })).toBe(false);
  });

  it('reminds again once the quiet time has passed', () => {
    expect(shouldRemindOnLastTab({ ...base, lastRemindedAt: now - REMINDER_QUIET_MS - 1, recentReminders: [now - REMINDER_QUIET_MS - 1] })).toBe(true);
  });
});

describe('idle sign-out', () => {
  const shared = { sharedMode: true, sessions: 2, now };
  it('starts a countdown when the person goes idle or locks the screen', () => {
    expect(decideIdle({ ...shared, state: 'idle' })).toEqual({ kind: 'start-countdown', deadline: now + IDLE_COUNTDOWN_MS });
    expect(decideIdle({ ...shared, state: 'locked' })).toEqual({ kind: 'start-countdown', deadline: now + IDLE_COUNTDOWN_MS });
  });
  it('does nothing in personal mode or without sessions', () => {
    expect(decideIdle({ ...shared, sharedMode: false, state: 'idle' })).toEqual({ kind: 'none' });
    expect(decideIdle({ ...shared, sessions: 0, state: 'locked' })).toEqual({ kind: 'none' });
  });
  it('cancels the countdown when the person comes back', () => {
    expect(decideIdle({ ...shared, state: 'active', countdownDeadline: now + 10_000 })).toEqual({ kind: 'cancel-countdown' });
    expect(decideIdle({ ...shared, state: 'active' })).toEqual({ kind: 'none' });
  });
  it('signs out everywhere only when the countdown has run out while still away', () => {
    expect(decideIdle({ ...shared, state: 'idle', countdownDeadline: now + 1 })).toEqual({ kind: 'none' });
    expect(decideIdle({ ...shared, state: 'locked', countdownDeadline: now })).toEqual({ kind: 'sign-out-everywhere' });
  });
});

describe('leftover sessions at browser start', () => {
  it('reports sessions left from the last run', () => {
    expect(shouldReportLeftovers({ sessionStorageEmpty: true, ranBefore: true, sessions: 1 })).toBe(true);
  });
  it('says nothing on first install, on a mere worker restart, or without sessions', () => {
    expect(shouldReportLeftovers({ sessionStorageEmpty: true, ranBefore: false, sessions: 1 })).toBe(false);
    expect(shouldReportLeftovers({ sessionStorageEmpty: false, ranBefore: true, sessions: 1 })).toBe(false);
    expect(shouldReportLeftovers({ sessionStorageEmpty: true, ranBefore: true, sessions: 0 })).toBe(false);
  });
});
