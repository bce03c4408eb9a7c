// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nContext } from '../../components/I18nContext';
import { SessionItem } from '../../components/SessionItem';
import en from '../../public/_locales/en/messages.json';
import pl from '../../public/_locales/pl/messages.json';
import type { SessionRow } from '../../utils/db-schema';
import { formatMessage, type LocaleMessages } from '../../utils/i18n';
import { buildPopupModel, type SessionView } from '../../utils/popup-model';

const NOW = new Date(2026, 10, 21, 15, 0).getTime();

const row: SessionRow = {
  id: 'generic:sklep-przyklad.pl',
  recipeId: 'generic',
  siteName: 'www.sklep-przyklad.pl',
  domain: 'sklep-przyklad.pl',
  origin: 'https://www.sklep-przyklad.pl',
  cookieNames: ['SKLEPSESSID'],
  signedInAt: NOW - 60_000,
  lastSeenAt: NOW,
  detectedBy: 'heuristics',
};

function show(session: SessionView, messages: LocaleMessages, lang: string) {
  const t = (key: string, subs?: string | string[]) => formatMessage(messages[key], subs);
  render(
    <I18nContext.Provider value={{ t, lang }}>
      <ul>
        <SessionItem session={session} now={NOW} onSignOut={vi.fn()} />
      </ul>
    </I18nContext.Provider>,
  );
}

afterEach(cleanup);

describe('a session found by heuristics in the popup', () => {
  it('carries its origin of detection into the view, and a recipe session does not', () => {
    const recipeRow: SessionRow = { ...row, id: 'amazon:amazon.pl', recipeId: 'amazon', siteName: 'Amazon', domain: 'amazon.pl', detectedBy: undefined };
    const { sessions } = buildPopupModel([row, recipeRow], [], NOW);
    expect(sessions.map((s) => [s.sessionId, s.detectedBy])).toEqual([
      ['amazon:amazon.pl', undefined],
      ['generic:sklep-przyklad.pl', 'heuristics'],
    ]);
  });

  it('is labelled "detected by heuristics" (English) and "wykryto heurystycznie" (Polish)', () => {
    const [session] = buildPopupModel([row], [], NOW).sessions;
    show(session!, en, 'en-US');
    expect(screen.getByTestId('detected-by-heuristics').textContent).toBe('detected by heuristics');
    expect(screen.getByRole('button', { name: 'Sign out of www.sklep-przyklad.pl (sklep-przyklad.pl)' })).toBeTruthy();
    cleanup();
    show(session!, pl, 'pl-PL');
    expect(screen.getByTestId('detected-by-heuristics').textContent).toBe('wykryto heurystycznie');
  });

  it('a recipe session has no such label', () => {
    show({ sessionId: 'amazon:amazon.pl', siteName: 'Amazon', domain: 'amazon.pl', signedInAt: NOW }, en, 'en-US');
    expect(screen.queryByTestId('detected-by-heuristics')).toBeNull();
  });
});
