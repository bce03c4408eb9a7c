import { db } from '../db';
import { hasSiteAccess } from '../browser/site-access';
import { cookieNames } from '../browser/cookies';
import { focusTab, injectRecorder, openSiteTab, showsSite, siteTab, tabAddresses } from '../browser/teach-tabs';
import { CommandError } from '../messaging/command-error';
import { destructiveNames } from '../recipes/extra-recipe-rules';
import { siteForHost } from '../recipes/registry';
import { hostOnDomain } from '../core/host-match';
import { MAX_RECORDED_STEPS, type RecordedStep, type Recording } from './recording-schema';
import { recordingItem } from './recording-store';
import { t } from '../i18n';

/** The bar's texts in Signoff's language; "$1" is filled in by the bar (the site, a label). */
function barTexts(siteName: string): NonNullable<Recording['texts']> {
  return {
    title: t('teachBarTitle', siteName),
    hint: t('teachBarHint'),
    undo: t('teachBarUndo'),
    done: t('teachBarDone'),
    openMenu: t('teachStepOpenMenu', '$1'),
    press: t('teachStepPress', '$1'),
    hover: t('teachStepHover', '$1'),
    navigate: t('teachStepNavigate', '$1'),
    refused: t('teachRefused', '$1'),
    finished: t('teachBarFinished'),
  };
}

/**
 * Teaching Signoff a sign-out (issue #15): the background's side. It picks the one tab to record in, puts the
 * recorder there after every page load while that tab still shows the site, keeps what the recorder reports about
 * that tab only, notices which sign-in cookie names go away (names only), and stops on a destructive press.
 */

/** A page change this soon after a press is what the press did (a link, a form), not a step of its own. */
export const PRESS_EFFECT_MS = 3_000;

/** A report from the recorder: a press or a hover in the recorded tab, undo, or done. */
export type RecorderReport =
  | { type: 'teach-step'; step: Extract<RecordedStep, { kind: 'press' | 'hover' }>; destructive: boolean }
  | { type: 'teach-undo' }
  | { type: 'teach-done' };

const pathOf = (url: string): string => new URL(url).pathname;

/** One change to the recording at a time: a press, a page load and a cookie going away often come together. */
let queue: Promise<unknown> = Promise.resolve();
function serially(work: () => Promise<void>): Promise<void> {
  const run = queue.then(work);
  queue = run.catch(() => undefined);
  return run;
}

/** Starts recording a sign-out of the session's site (a site without a recipe), in a tab that shows it. */
export async function startTeaching(sessionId: string, now = Date.now()): Promise<void> {
  const session = await db.sessions.get(sessionId);
  if (!session?.origin) throw new CommandError('reasonUnknownSession');
  if (siteForHost(new URL(session.origin).hostname)) throw new CommandError('teachHasRecipe');
  if (!(await hasSiteAccess(session.domain))) throw new CommandError('reasonNoSiteAccess');
  const existing = await siteTab(session.domain);
  const tabId = existing?.id ?? (await openSiteTab(`${session.origin}/`));
  const startUrl = existing?.url ?? `${session.origin}/`;
  // Names only: the site's sign-in cookies as the session knows them, those still in the browser now.
  const present = new Set(await cookieNames(session.domain));
  const sessionCookies = session.cookieNames.filter((name) => present.has(name));
  const recording = newRecording({ sessionId, domain: session.domain, origin: session.origin, siteName: session.siteName, tabId, startUrl, sessionCookies }, now);
  await beginRecording(recording, existing !== undefined);
}

/** Where a recording starts: the site, the one tab it is recorded in, that tab's address, the sign-in cookie names. */
export interface RecordingStart {
  sessionId: string;
  domain: string;
  origin: string;
  siteName: string;
  tabId: number;
  startUrl: string;
  sessionCookies: readonly string[];
}

export function newRecording(start: RecordingStart, now: number): Recording {
  return {
    id: `teach-${now}`,
    sessionId: start.sessionId,
    domain: start.domain,
    origin: start.origin,
    siteName: start.siteName,
    tabId: start.tabId,
    startPath: pathOf(start.startUrl),
    startedAt: now,
    status: 'recording',
    steps: [],
    sessionCookies: start.sessionCookies.slice(0, 20),
    removedCookies: [],
    lastPath: pathOf(start.startUrl),
    texts: barTexts(start.siteName),
  };
}

/** Keeps the recording and, in a tab already showing the site, brings it forward with the recorder in it. */
export async function beginRecording(recording: Recording, tabLoaded: boolean): Promise<void> {
  await recordingItem.set(recording);
  if (tabLoaded) {
    await focusTab(recording.tabId);
    await putRecorder(recording);
  }
}

/** The recorder goes only into the recorded tab, and only while every address it has (or loads) is the site's. */
async function putRecorder(recording: Recording): Promise<boolean> {
  const addresses = await tabAddresses(recording.tabId);
  if (!addresses?.length || !addresses.every((url) => showsSite(url, recording.domain))) return false;
  return injectRecorder(recording.tabId);
}

/** A page of the recorded tab loaded, or its address changed: a navigation of its own is a step. */
export function onTaughtTabUpdated(tabId: number, change: { url?: string; status?: string }, now = Date.now()): Promise<void> {
  return serially(async () => {
  const recording = await recordingItem.get();
  if (!recording || recording.status !== 'recording' || recording.tabId !== tabId) return;
  if (change.url && showsSite(change.url, recording.domain)) {
    const path = pathOf(change.url);
    const byPress = recording.lastPressAt !== undefined && now - recording.lastPressAt < PRESS_EFFECT_MS;
    if (path !== recording.lastPath) {
      const steps: RecordedStep[] =
        byPress || recording.steps.length >= MAX_RECORDED_STEPS ? recording.steps : [...recording.steps, { kind: 'navigate', path }];
      await recordingItem.set({ ...recording, steps, lastPath: path });
    }
  }
  if (change.status === 'complete') await putRecorder(recording);
  });
}

/** What the recorder in a tab reported; `tabUrl` is the sending frame's address as the browser gives it. */
export function onRecorderReport(report: RecorderReport, tabId: number, tabUrl: string, now = Date.now()): Promise<void> {
  return serially(async () => {
  const recording = await recordingItem.get();
  if (!recording || recording.status !== 'recording' || recording.tabId !== tabId || !showsSite(tabUrl, recording.domain)) return;
  switch (report.type) {
    case 'teach-undo':
      return recordingItem.set({ ...recording, steps: recording.steps.slice(0, -1) });
    case 'teach-done':
      return recordingItem.set({ ...recording, status: 'review' });
    case 'teach-step': {
      // The recorder judged the element itself; its targets are judged here again, by the import rules' words.
      const named = destructiveNames(report.step.target);
      if (report.destructive || named.length) {
        return recordingItem.set({ ...recording, status: 'refused', refusedLabel: (report.step.label || named[0] || '').slice(0, 120) });
      }
      if (recording.steps.length >= MAX_RECORDED_STEPS) return;
      const lastPressAt = report.step.kind === 'press' ? now : recording.lastPressAt;
      return recordingItem.set({ ...recording, steps: [...recording.steps, report.step], ...(lastPressAt ? { lastPressAt } : {}) });
    }
  }
  });
}

/** A cookie went away: a sign-in cookie of the recorded site going is the sign-out happening (its name is kept). */
export function onTeachCookieChanged(change: { removed: boolean; cause?: string; cookie: { domain: string; name: string } }): Promise<void> {
  if (!change.removed || change.cause === 'overwrite') return Promise.resolve();
  return serially(async () => {
  const recording = await recordingItem.get();
  if (!recording || recording.status !== 'recording') return;
  if (!hostOnDomain(change.cookie.domain.replace(/^\./, ''), recording.domain)) return;
  const { name } = change.cookie;
  if (!recording.sessionCookies.includes(name) || recording.removedCookies.includes(name)) return;
  const removedCookies = [...recording.removedCookies, name];
  // Every sign-in cookie gone: the person is signed out, the recording is complete.
  const done = recording.sessionCookies.every((cookie) => removedCookies.includes(cookie));
  await recordingItem.set({ ...recording, removedCookies, ...(done ? { status: 'review' as const } : {}) });
  });
}
