// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App, type AppProps } from '../../components/App';
import { I18nContext } from '../../components/I18nContext';
import en from '../../public/_locales/en/messages.json';
import pl from '../../public/_locales/pl/messages.json';
import { formatMessage, type LocaleMessages } from '../../utils/i18n';
import type { PopupModel, ResultView, SessionView } from '../../utils/popup-model';

const NOW = new Date(2026, 10, 21, 15, 0).getTime();

const amazon: SessionView = {
  sessionId: 'amazon:amazon.pl',
  siteName: 'Amazon',
  domain: 'amazon.pl',
  accountName: 'Jan',
  signedInAt: new Date(2026, 10, 21, 14, 5).getTime(),
};

function result(over: Partial<ResultView>): ResultView {
  return {
    jobId: 'job-1',
    sessionId: 'amazon:amazon.pl',
    siteName: 'Amazon',
    domain: 'amazon.pl',
    outcome: 'verified',
    finishedAt: NOW,
    ...over,
  };
}

function model(over: Partial<PopupModel>): PopupModel {
  const m = { sessions: [], results: [], ...over };
  return { ...m, empty: m.sessions.length === 0 && m.results.length === 0 };
}

function show(props: Partial<AppProps>, messages: LocaleMessages = en, lang = 'en-US') {
  const handlers = { onSignOut: vi.fn(), onDismiss: vi.fn() };
  const t = (key: string, subs?: string | string[]) => formatMessage(messages[key], subs);
  render(
    <I18nContext.Provider value={{ t, lang }}>
      <App model={model({})} loadFailed={false} error={undefined} now={NOW} {...handlers} {...props} />
    </I18nContext.Provider>,
  );
  return handlers;
}

afterEach(cleanup);

describe('popup', () => {
  it('shows a session row with its account, time and a labelled Sign out button', () => {
    const { onSignOut } = show({ model: model({ sessions: [amazon] }) });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Signoff');
    const row = screen.getByTestId('session-row');
    expect(row.dataset.sessionId).toBe('amazon:amazon.pl');
    expect(row.textContent).toContain('Amazon (amazon.pl) — Jan');
    expect(row.textContent).toContain('Signed in since 14:05');
    const button = within(row).getByRole('button', { name: 'Sign out of Amazon (amazon.pl)' });
    expect(button.textContent).toBe('Sign out');
    fireEvent.click(button);
    expect(onSignOut).toHaveBeenCalledWith('amazon:amazon.pl');
    expect(screen.queryByTestId('empty-state')).toBeNull();
  });

  it('labels a session without an account name by site and domain only', () => {
    show({ model: model({ sessions: [{ ...amazon, accountName: undefined }] }) });
    expect(screen.getByTestId('session-row').textContent).toContain('Amazon (amazon.pl)Signed in');
  });

  it.each([
    ['queued', 'Opening the site…'],
    ['opening', 'Opening the site…'],
    ['running', 'Signing out on the site…'],
    ['verifying', 'Checking that you are signed out…'],
    ['clearing', "Removing the site's data from this browser…"],
  ] as const)('shows progress for phase %s instead of the button', (phase, text) => {
    show({ model: model({ sessions: [{ ...amazon, job: { id: 'job-1', phase } }] }) });
    const row = screen.getByTestId('session-row');
    expect(within(row).queryByRole('button')).toBeNull();
    const progress = within(row).getByTestId('job-progress');
    expect(progress.dataset.phase).toBe(phase);
    expect(progress.textContent).toBe(text);
    // Inside a live region, so screen readers hear each phase.
    expect(within(row).getByRole('status').contains(progress)).toBe(true);
  });

  it.each([
    ['verified', 'Signed out (verified)'],
    ['cleared', 'Removed from this browser — the site may still consider you signed in'],
    ['failed', 'Could not sign out'],
  ] as const)('words a %s result honestly', (outcome, text) => {
    show({ model: model({ results: [result({ outcome })] }) });
    const row = screen.getByTestId('result-row');
    expect(row.dataset.jobId).toBe('job-1');
    expect(row.dataset.outcome).toBe(outcome);
    expect(row.textContent).toContain(text);
    if (outcome !== 'verified') expect(row.textContent).not.toMatch(/Signed out/);
    expect(screen.getByRole('heading', { name: 'Results' })).toBeTruthy();
  });

  it('gives the reason of a failure, translated when it is a reason key', () => {
    show({
      model: model({
        results: [
          result({ jobId: 'a', outcome: 'failed', reason: { key: 'reasonClearFailed' } }),
          result({ jobId: 'b', outcome: 'cleared', reason: { key: 'reasonControlMissing', detail: '#nav-logout not found' } }),
          result({ jobId: 'c', outcome: 'failed', reason: { key: 'reasonUnexpected', detail: 'Something odd' } }),
        ],
      }),
    });
    const rows = screen.getAllByTestId('result-row');
    expect(rows[0]?.textContent).toContain("The browser could not remove the site's data.");
    expect(rows[1]?.textContent).toContain("The site's sign-out control was not found.");
    expect(rows[1]?.textContent).not.toContain('#nav-logout');
    expect(rows[2]?.textContent).toContain(en.reasonUnexpected.message);
    expect(rows[2]?.textContent).not.toContain('Something odd');
  });

  it('dismisses a result', () => {
    const { onDismiss } = show({ model: model({ results: [result({})] }) });
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss the result for Amazon (amazon.pl)' }));
    expect(onDismiss).toHaveBeenCalledWith('job-1');
  });

  it('a sign-out that could not run for want of site access says so and offers to ask for it (issue #11 §5)', () => {
    const onGrantAccess = vi.fn();
    const failed = result({ outcome: 'failed', reason: { key: 'reasonNoSiteAccess' } });
    show({ model: model({ results: [failed, result({ jobId: 'job-2', domain: 'amazon.de', outcome: 'cleared', reason: { key: 'reasonNotVerified' } })] }), onGrantAccess });
    const [row, other] = screen.getAllByTestId('result-row');
    expect(row!.textContent).toContain('Signoff has no access to this site');
    expect(row!.textContent).not.toContain('Signed out');
    fireEvent.click(within(row!).getByRole('button', { name: 'Allow access to this site — Amazon (amazon.pl)' }));
    expect(onGrantAccess).toHaveBeenCalledWith(failed);
    expect(within(other!).queryByTestId('grant-site-access')).toBeNull(); // Only where access was the reason.
  });

  it('shows the empty state only when there is nothing to show', () => {
    show({ model: model({}) });
    expect(screen.getByTestId('empty-state').textContent).toContain(
      'You are not signed in to any site Signoff knows.',
    );
  });

  it('says it is loading before the database answers, not that there are no sessions', () => {
    show({ model: undefined });
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(screen.queryByTestId('empty-state')).toBeNull();
  });

  it('shows a failed command or load as an alert', () => {
    show({ model: model({ sessions: [amazon] }), error: 'Signoff could not do that: refused' });
    expect(screen.getByRole('alert').textContent).toBe('Signoff could not do that: refused');
    cleanup();
    show({ model: undefined, loadFailed: true });
    expect(screen.getByRole('alert').textContent).toContain('could not read');
  });

  it('speaks Polish', () => {
    show({ model: model({ sessions: [amazon], results: [result({ jobId: 'x', outcome: 'cleared' })] }) }, pl, 'pl');
    expect(screen.getByRole('button', { name: 'Wyloguj z serwisu Amazon (amazon.pl)' }).textContent).toBe('Wyloguj');
    expect(screen.getByTestId('session-row').textContent).toContain('Zalogowano o 14:05');
    expect(screen.getByTestId('result-row').textContent).toContain(
      'Usunięto z tej przeglądarki — strona może nadal uważać, że jesteś zalogowany',
    );
  });

  it('offers what the row carries, for any recipe: account flows and guides in the interface\'s language (issue 13 §6)', () => {
    const imported: SessionView = {
      sessionId: 'sklep-przyklad:sklep-przyklad.pl',
      siteName: 'Sklep Przykład',
      domain: 'sklep-przyklad.pl',
      signedInAt: NOW,
      accountFlows: ['switchAccount'],
      guides: [{ id: 'delete-account', menuLabel: { en: 'Delete account…', pl: 'Usuń konto…' } }],
    };
    const onOpenFlow = vi.fn();
    const onStartGuide = vi.fn();
    show({ model: model({ sessions: [imported] }), onOpenFlow, onStartGuide }, pl, 'pl');
    const row = screen.getByTestId('session-row');
    fireEvent.click(within(row).getByRole('button', { name: /Usuń konto…/ }));
    expect(onStartGuide).toHaveBeenCalledWith('sklep-przyklad:sklep-przyklad.pl', 'delete-account');
    expect(within(row).getAllByRole('button')).toHaveLength(3); // switch account, the guide, sign out
    fireEvent.click(within(row).getAllByRole('button')[0]!);
    expect(onOpenFlow).toHaveBeenCalledWith('sklep-przyklad:sklep-przyklad.pl', 'switchAccount');
  });

  it('draws the first screen of rows first and every row right after (issue 13 §6)', async () => {
    const many = Array.from({ length: 30 }, (_, i): SessionView => ({ ...amazon, sessionId: `generic:shop-${i}.example`, domain: `shop-${i}.example` }));
    show({ model: model({ sessions: many }) });
    expect(screen.getAllByTestId('session-row')).toHaveLength(11); // A title and a time: below the popup's title and heading, 11 rows of at least 52 px fill 600 px.
    await waitFor(() => expect(screen.getAllByTestId('session-row')).toHaveLength(30));
  });
});
