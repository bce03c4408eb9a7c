import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecorderReport } from '@/utils/teach/teach-recording';
import { genericSchoolSession } from './support/generic-school-session';

// Fake tabs behind the adapter: which tab shows what, and where the recorder was put.
const tabs = new Map<number, string[]>();
const injected: number[] = [];
vi.mock('@/utils/browser/teach-tabs', async (importOriginal) => ({
  showsSite: (await importOriginal<typeof import('@/utils/browser/teach-tabs')>()).showsSite,
  siteTab: async () => ({ id: 3, url: 'https://www.dziennik-szkolny.pl/oceny' }),
  openSiteTab: async () => 9,
  focusTab: async () => undefined,
  tabAddresses: async (tabId: number) => tabs.get(tabId),
  injectRecorder: async (tabId: number) => (injected.push(tabId), true),
}));
vi.mock('@/utils/browser/cookies', () => ({ cookieNames: async () => ['DZIENNIKSESSID', 'dziennik_remember', '_ga'] }));

const { db } = await import('@/utils/db');
const { recordingItem } = await import('@/utils/teach/recording-store');
const { onRecorderReport, onTaughtTabUpdated, onTeachCookieChanged, startTeaching } = await import('@/utils/teach/teach-recording');

const SITE = 'https://www.dziennik-szkolny.pl';
const press = (label: string, destructive = false): RecorderReport => ({
  type: 'teach-step',
  step: { kind: 'press', target: { text: { pl: [label] } }, label, opensMenu: false },
  destructive,
});

beforeEach(async () => {
  tabs.clear();
  injected.length = 0;
  await db.sessions.put(genericSchoolSession(['DZIENNIKSESSID', 'dziennik_remember']));
  tabs.set(3, [`${SITE}/oceny`]);
  await startTeaching('generic:dziennik-szkolny.pl', 1_000);
});

describe('teaching a sign-out: the background', () => {
  it('records in the tab the person was on, from the page they were on, with the sign-in cookie names only', async () => {
    expect(await recordingItem.get()).toMatchObject({
      tabId: 3,
      startPath: '/oceny',
      status: 'recording',
      sessionCookies: ['DZIENNIKSESSID', 'dziennik_remember'],
    });
    expect(injected).toEqual([3]);
  });

  it('keeps presses of the recorded tab only, from pages of the site only', async () => {
    await onRecorderReport(press('Wyloguj'), 4, `${SITE}/`); // another tab
    await onRecorderReport(press('Wyloguj'), 3, 'https://other.example/'); // the tab, steered elsewhere
    expect((await recordingItem.get())?.steps).toEqual([]);
    await onRecorderReport(press('Wyloguj'), 3, `${SITE}/`);
    expect((await recordingItem.get())?.steps).toHaveLength(1);
    await onRecorderReport({ type: 'teach-undo' }, 3, `${SITE}/`);
    expect((await recordingItem.get())?.steps).toHaveLength(0);
  });

  it('a press on a destructive control ends the recording, even when the recorder did not say so', async () => {
    await onRecorderReport(press('Usuń konto', false), 3, `${SITE}/`);
    expect(await recordingItem.get()).toMatchObject({ status: 'refused', refusedLabel: 'Usuń konto', steps: [] });
    await onRecorderReport(press('Wyloguj'), 3, `${SITE}/`);
    expect((await recordingItem.get())?.steps).toEqual([]);
  });

  it('puts the recorder back only into a tab that still shows the site (committed and pending address)', async () => {
    injected.length = 0;
    tabs.set(3, [`${SITE}/`, 'https://www.amazon.pl/']);
    await onTaughtTabUpdated(3, { status: 'complete' });
    tabs.set(3, ['https://other.example/']);
    await onTaughtTabUpdated(3, { status: 'complete' });
    expect(injected).toEqual([]);
    tabs.set(3, [`${SITE}/`]);
    await onTaughtTabUpdated(3, { status: 'complete' });
    await onTaughtTabUpdated(5, { status: 'complete' });
    expect(injected).toEqual([3]);
  });

  it('a navigation right after a press is its effect; one of the person\'s own is a step', async () => {
    await onRecorderReport(press('Konto'), 3, `${SITE}/`, 10_000);
    await onTaughtTabUpdated(3, { url: `${SITE}/konto` }, 11_000);
    await onTaughtTabUpdated(3, { url: `${SITE}/ustawienia?token=abc` }, 20_000);
    await onTaughtTabUpdated(3, { url: 'https://other.example/x' }, 30_000);
    expect((await recordingItem.get())?.steps.map((step) => step.kind === 'navigate' ? step.path : step.kind)).toEqual(['press', '/ustawienia']);
  });

  it('ends when every sign-in cookie of the site went away (names only, overwrites are no sign-out)', async () => {
    const gone = (name: string, domain = '.dziennik-szkolny.pl', cause = 'explicit') => onTeachCookieChanged({ removed: true, cause, cookie: { domain, name } });
    await gone('DZIENNIKSESSID', '.dziennik-szkolny.pl', 'overwrite');
    await gone('dziennik_remember', '.other.example');
    await gone('_ga');
    await gone('DZIENNIKSESSID');
    expect(await recordingItem.get()).toMatchObject({ status: 'recording', removedCookies: ['DZIENNIKSESSID'] });
    await gone('dziennik_remember');
    expect(await recordingItem.get()).toMatchObject({ status: 'review', removedCookies: ['DZIENNIKSESSID', 'dziennik_remember'] });
  });
});
