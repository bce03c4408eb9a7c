// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { I18nContext } from '../../components/I18nContext';
import { LeaveReceipt } from '../../components/LeaveReceipt';
import { ResultItem } from '../../components/ResultItem';
import en from '../../public/_locales/en/messages.json';
import pl from '../../public/_locales/pl/messages.json';
import { latestBatchView } from '../../utils/batch-model';
import type { BatchRow, JobRow } from '../../utils/db-schema';
import { formatMessage, type LocaleMessages, type Translate } from '../../utils/i18n';
import { buildPopupModel } from '../../utils/popup-model';

const NOW = Date.UTC(2026, 11, 6, 22, 0);
const translator = (messages: LocaleMessages): Translate => (key, subs) => formatMessage(messages[key], subs);

function job(siteName: string, domain: string, over: Partial<JobRow> = {}): JobRow {
  return {
    id: `job-${domain}`,
    kind: 'sign-out',
    sessionId: `${siteName.toLowerCase()}:${domain}`,
    recipeId: siteName.toLowerCase(),
    siteName,
    domain,
    accountName: 'Jan',
    phase: 'done',
    outcome: 'verified',
    methodIndex: 0,
    stepIndex: 0,
    resumes: 0,
    openedTab: true,
    createdAt: NOW - 60_000,
    updatedAt: NOW - 1_000,
    finishedAt: NOW - 1_000,
    deadline: NOW + 60_000,
    batchId: 'b1',
    ...over,
  };
}

const batch: BatchRow = { id: 'b1', startedAt: NOW - 60_000, trigger: 'leave', kept: [], closedTabs: 2 };

describe('what was forgotten, in the popup and the receipt', () => {
  it('a result says whether the site\'s sign-in page still shows the account, only after a verified sign-out that tried', () => {
    const jobs = [
      job('Facebook', 'facebook.com', { forgotRemembered: true }),
      job('Yahoo', 'yahoo.com', { forgotRemembered: false }),
      job('Microsoft', 'live.com', { forgotRemembered: 'not-listed' }),
      job('GitHub', 'github.com'),
      job('LinkedIn', 'linkedin.com', { outcome: 'cleared', forgotRemembered: false }),
    ];
    const results = buildPopupModel([], jobs, NOW).results;
    const byDomain = Object.fromEntries(results.map((result) => [result.domain, result.forgotRemembered]));
    expect(byDomain).toEqual({ 'facebook.com': true, 'yahoo.com': false, 'live.com': 'not-listed', 'github.com': undefined, 'linkedin.com': undefined });

    const t = translator(en);
    render(
      <I18nContext.Provider value={{ t, lang: 'en' }}>
        <ul>{results.map((result) => <ResultItem key={result.jobId} result={result} onDismiss={() => {}} />)}</ul>
      </I18nContext.Provider>,
    );
    const lines = screen.getAllByTestId('forgot-remembered').map((line) => line.textContent);
    expect(lines.sort()).toEqual([
      'Facebook’s sign-in page no longer shows this account',
      // The page never listed the account: nothing is claimed removed.
      'Microsoft’s sign-in page did not list this account: there was nothing to remove',
      'Yahoo’s sign-in page may still show this account: removing it from the remembered accounts did not work',
    ]);
  });

  it('the "I\'m leaving" receipt lists the sites forgotten and, marked undone, those that were not', () => {
    const jobs = [
      job('Facebook', 'facebook.com', { forgotRemembered: true }),
      job('Microsoft', 'live.com', { forgotRemembered: true }),
      job('Yahoo', 'yahoo.com', { forgotRemembered: false }),
      job('LinkedIn', 'linkedin.com', { forgotRemembered: 'not-listed' }),
      job('GitHub', 'github.com'),
      job('YouTube', 'youtube.com', { endedAllAccountsOf: 'Google' }),
      job('Gmail', 'google.com', { endedAllAccountsOf: 'Google' }),
    ];
    const view = latestBatchView([batch], jobs, NOW)!;
    expect(view).toMatchObject({ forgotten: ['Facebook', 'Microsoft'], notForgotten: ['Yahoo'], notListed: ['LinkedIn'], endedAllAccountsOf: ['Google'] });
    render(
      <I18nContext.Provider value={{ t: translator(pl), lang: 'pl' }}>
        <LeaveReceipt batch={view} />
      </I18nContext.Provider>,
    );
    const receipt = screen.getByTestId('leave-receipt');
    const item = (text: string) => Array.from(receipt.querySelectorAll('li')).find((li) => li.textContent?.includes(text));
    expect(item('Strony logowania nie pokazują już Twojego konta: Facebook, Microsoft')?.dataset.done).toBe('true');
    expect(item('mogą nadal pokazywać Twoje konto: Yahoo')?.dataset.done).toBe('false');
    expect(item('Strony logowania, które nie pokazywały Twojego konta: LinkedIn')?.dataset.done).toBe('true');
    expect(item('Wylogowano ze wszystkich kont Google w tej przeglądarce')?.dataset.done).toBe('true');
  });
});
