import { describe, expect, it } from 'vitest';
import type { JobRow, SessionRow } from '../../utils/db-schema';
import en from '../../public/_locales/en/messages.json';
import pl from '../../public/_locales/pl/messages.json';
import { formatMessage, type LocaleMessages, type Translate } from '../../utils/i18n';
import {
  buildPopupModel,
  commandErrorText,
  outcomeKey,
  progressKey,
  reasonText,
  RESULT_TTL_MS,
  signedInText,
  siteLabel,
} from '../../utils/popup-model';

const NOW = new Date(2026, 10, 21, 15, 0).getTime();
const MIN = 60_000;
const translator = (messages: LocaleMessages): Translate => (key, subs) => formatMessage(messages[key], subs);
const tEn = translator(en);
const tPl = translator(pl);

function session(over: Partial<SessionRow> = {}): SessionRow {
  return {
    id: 'amazon:amazon.pl',
    recipeId: 'amazon',
    siteName: 'Amazon',
    domain: 'amazon.pl',
    accountName: 'Jan',
    cookieNames: ['session-id'],
    signedInAt: NOW - 60 * MIN,
    lastSeenAt: NOW - MIN,
    ...over,
  };
}

function job(over: Partial<JobRow> = {}): JobRow {
  return {
    id: 'job-1',
    kind: 'sign-out',
    sessionId: 'amazon:amazon.pl',
    recipeId: 'amazon',
    siteName: 'Amazon',
    domain: 'amazon.pl',
    accountName: 'Jan',
    phase: 'running',
    methodIndex: 0,
    stepIndex: 0,
    resumes: 0,
    openedTab: true,
    createdAt: NOW - 2 * MIN,
    updatedAt: NOW - MIN,
    deadline: NOW + 5 * MIN,
    ...over,
  };
}

const done = (over: Partial<JobRow> = {}) =>
  job({ phase: 'done', outcome: 'verified', finishedAt: NOW - MIN, ...over });

describe('buildPopupModel', () => {
  it('carries whose every account the sign-out ends onto the row and the result, and words it in en and pl', () => {
    const model = buildPopupModel(
      [session({ id: 'github:github.com', siteName: 'GitHub', endsAllAccountsOf: 'GitHub' })],
      [job({ id: 'job-g', sessionId: 'youtube:youtube.com', phase: 'done', outcome: 'verified', finishedAt: NOW - MIN, endedAllAccountsOf: 'Google' })],
      NOW,
    );
    expect(model.sessions[0]?.endsAllAccountsOf).toBe('GitHub');
    expect(model.results[0]?.endedAllAccountsOf).toBe('Google');
    expect(tEn('signOutEndsAllAccounts', 'GitHub')).toBe('signs out every GitHub account in this browser');
    expect(tPl('resultEndedAllAccounts', 'Google')).toBe('użyto wylogowania ze wszystkich kont Google w tej przeglądarce');
  });

  it('says on the row of a site whose session cookies are unknown that only its answer counts, in en and pl', () => {
    const model = buildPopupModel(
      [session({ id: 'santander:centrum24.pl', siteName: 'Santander internet', sessionCookiesUnknown: true }), session({ id: 'github:github.com' })],
      [],
      NOW,
    );
    const note = Object.fromEntries(model.sessions.map((row) => [row.sessionId, row.sessionCookiesUnknown]));
    expect(note).toEqual({ 'santander:centrum24.pl': true, 'github:github.com': undefined });
    expect(tEn('sessionCookiesUnknown')).toBe("Signoff does not know this site's session cookies: it goes by the site's own answer");
    expect(tPl('sessionCookiesUnknown')).toBe('Signoff nie zna ciasteczek sesji tej witryny: kieruje się jej własną odpowiedzią');
  });

  it('is empty with no sessions and no results', () => {
    expect(buildPopupModel([], [], NOW)).toEqual({ sessions: [], results: [], empty: true });
  });

  it('lists sessions sorted by site, without a job when none runs', () => {
    const model = buildPopupModel(
      [session({ id: 'b:zeta.pl', siteName: 'Zeta', domain: 'zeta.pl' }), session()],
      [],
      NOW,
    );
    expect(model.empty).toBe(false);
    expect(model.sessions.map((s) => s.sessionId)).toEqual(['amazon:amazon.pl', 'b:zeta.pl']);
    expect(model.sessions[0]).toMatchObject({ siteName: 'Amazon', accountName: 'Jan', signedInAt: NOW - 60 * MIN });
    expect(model.sessions[0]?.job).toBeUndefined();
  });

  it('attaches the newest unfinished job to its session', () => {
    const model = buildPopupModel(
      [session()],
      [job({ id: 'old', phase: 'queued', createdAt: NOW - 9 * MIN }), job({ id: 'new', phase: 'verifying' })],
      NOW,
    );
    expect(model.sessions[0]?.job).toEqual({ id: 'new', phase: 'verifying' });
  });

  it('keeps showing progress when the session row is already gone', () => {
    const model = buildPopupModel([], [job({ phase: 'clearing' })], NOW);
    expect(model.sessions).toEqual([
      {
        sessionId: 'amazon:amazon.pl',
        siteName: 'Amazon',
        domain: 'amazon.pl',
        accountName: 'Jan',
        job: { id: 'job-1', phase: 'clearing' },
      },
    ]);
  });

  it('shows finished jobs of the last 30 minutes, newest first, even without their session', () => {
    const model = buildPopupModel(
      [],
      [
        done({ id: 'a', finishedAt: NOW - 10 * MIN }),
        done({ id: 'b', outcome: 'failed', reason: { key: 'reasonClearFailed' }, finishedAt: NOW - 2 * MIN }),
        done({ id: 'old', finishedAt: NOW - RESULT_TTL_MS - 1 }),
        done({ id: 'gone', dismissed: true }),
      ],
      NOW,
    );
    expect(model.results.map((r) => r.jobId)).toEqual(['b', 'a']);
    expect(model.results[0]).toMatchObject({ outcome: 'failed', reason: { key: 'reasonClearFailed' } });
    expect(model.empty).toBe(false);
  });

  it('never calls a finished job without an outcome a success', () => {
    const model = buildPopupModel([], [done({ outcome: undefined, finishedAt: undefined, updatedAt: NOW })], NOW);
    expect(model.results[0]?.outcome).toBe('failed');
  });

  it('does not show a session twice when its result is shown', () => {
    const model = buildPopupModel([session()], [done({ outcome: 'failed' })], NOW);
    expect(model.sessions).toEqual([]);
    expect(model.results).toHaveLength(1);
  });

  it('shows the session again after a newer sign-in, or once the result is dismissed', () => {
    const newer = buildPopupModel([session({ signedInAt: NOW })], [done({ finishedAt: NOW - MIN })], NOW);
    expect(newer.sessions).toHaveLength(1);
    expect(newer.results).toHaveLength(1);
    const dismissed = buildPopupModel([session()], [done({ dismissed: true })], NOW);
    expect(dismissed.sessions).toHaveLength(1);
    expect(dismissed.results).toEqual([]);
  });

  it('shows a retry in progress next to the earlier result', () => {
    const model = buildPopupModel(
      [session()],
      [done({ id: 'first', outcome: 'failed' }), job({ id: 'retry', phase: 'opening', createdAt: NOW })],
      NOW,
    );
    expect(model.sessions[0]?.job).toEqual({ id: 'retry', phase: 'opening' });
    expect(model.results.map((r) => r.jobId)).toEqual(['first']);
  });
});

describe('texts', () => {
  it('maps every phase and outcome to an honest message', () => {
    expect(tEn(progressKey('queued'))).toBe('Opening the site…');
    expect(tEn(progressKey('opening'))).toBe('Opening the site…');
    expect(tEn(progressKey('running'))).toBe('Signing out on the site…');
    expect(tEn(progressKey('verifying'))).toBe('Checking that you are signed out…');
    expect(tEn(progressKey('clearing'))).toBe("Removing the site's data from this browser…");
    expect(tEn(outcomeKey('verified'))).toBe('Signed out (verified)');
    expect(tEn(outcomeKey('cleared'))).toBe(
      'Removed from this browser — the site may still consider you signed in',
    );
    expect(tEn(outcomeKey('failed'))).toBe('Could not sign out');
    expect(tPl(outcomeKey('verified'))).toBe('Wylogowano (potwierdzone)');
  });

  it('says what the site answered when cookies went but the site did not confirm (EN and PL)', () => {
    expect(tEn(outcomeKey('cleared', { key: 'reasonSiteStillSignedIn' }))).toBe('Removed from this browser — the site still answered as signed in');
    expect(tPl(outcomeKey('cleared', { key: 'reasonSiteStillSignedIn' }))).toBe(
      'Usunięto z tej przeglądarki — strona nadal odpowiadała, że jesteś zalogowany',
    );
    expect(tEn(outcomeKey('cleared', { key: 'reasonSiteNotAsked' }))).toBe(
      'Removed from this browser — the site could not be asked whether you are signed out',
    );
    // Only "cleared" changes its words; a reason never turns another outcome into something else.
    expect(tEn(outcomeKey('failed', { key: 'reasonSiteStillSignedIn' }))).toBe('Could not sign out');
  });

  it('marks a session the site could not be asked about, and only that one', () => {
    const unasked = session({ siteCheck: { state: 'unconfirmed', at: NOW, why: 'no answer' } });
    const confirmed = session({ id: 'github:github.com', recipeId: 'github', siteName: 'GitHub', domain: 'github.com', siteCheck: { state: 'confirmed', at: NOW } });
    const model = buildPopupModel([unasked, confirmed], [], NOW);
    expect(model.sessions.find((s) => s.domain === 'amazon.pl')?.unconfirmed).toBe(true);
    expect(model.sessions.find((s) => s.domain === 'github.com')?.unconfirmed).toBeUndefined();
  });

  it('translates reasons, with or without a detail (the detail is for the log); command errors other than keys stay raw', () => {
    expect(reasonText(tEn, { key: 'reasonTimeout' })).toBe('The site did not respond in time.');
    expect(reasonText(tEn, { key: 'reasonControlMissing', detail: 'no element matched #logout' })).toBe(
      "The site's sign-out control was not found.",
    );
    expect(commandErrorText(tEn, 'reasonUnknownSession')).toBe(tEn('reasonUnknownSession'));
    expect(commandErrorText(tEn, 'The network is down')).toBe('The network is down');
    expect(commandErrorText(tEn, 'extName')).toBe('extName');
  });

  it('labels a site with and without the account name', () => {
    const site = { siteName: 'Amazon', domain: 'amazon.pl', accountName: 'Jan' };
    expect(siteLabel(tEn, site)).toBe('Amazon (amazon.pl) — Jan');
    expect(siteLabel(tEn, site, false)).toBe('Amazon (amazon.pl)');
    expect(siteLabel(tEn, { siteName: 'Amazon', domain: 'amazon.pl' })).toBe('Amazon (amazon.pl)');
  });

  it('says since when, as HH:MM, with the date when it was another day', () => {
    const at = new Date(2026, 10, 21, 14, 5).getTime();
    expect(signedInText(tEn, at, NOW, 'en-US')).toBe('Signed in since 14:05');
    expect(signedInText(tPl, at, NOW, 'pl')).toBe('Zalogowano o 14:05');
    const yesterday = new Date(2026, 10, 20, 9, 30).getTime();
    expect(signedInText(tEn, yesterday, NOW, 'en-US')).toBe('Signed in since Nov 20, 09:30');
    expect(signedInText(tPl, yesterday, NOW, 'pl')).toBe('Zalogowano 20 lis o 09:30');
  });
});
