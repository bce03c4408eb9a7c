// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nContext } from '../../components/I18nContext';
import { SessionItem } from '../../components/SessionItem';
import { RemoteGuides } from '../../entrypoints/options/remote-guides';
import en from '../../public/_locales/en/messages.json';
import pl from '../../public/_locales/pl/messages.json';
import uk from '../../public/_locales/uk/messages.json';
import { filterBySearch, foldForSearch } from '../../utils/guides/remote-search';
import { formatMessage, type LocaleMessages } from '../../utils/i18n';

/** Issue #16 §2: the options page lists every remote sign-out guide, searchable in en, pl and uk; the popup offers them. */

afterEach(cleanup);

function show(messages: LocaleMessages, lang: string, node: preact.ComponentChildren) {
  const t = (key: string, subs?: string | string[]) => formatMessage(messages[key], subs);
  render(<I18nContext.Provider value={{ t, lang }}>{node}</I18nContext.Provider>);
}

const cards = () => screen.getAllByTestId('remote-guide-card').map((card) => card.dataset.recipeId);
const search = (text: string) => fireEvent.input(screen.getByTestId('remote-guides-search'), { target: { value: text } });

describe('search over the remote guides', () => {
  const entries = [
    { id: 'spotify', words: ['Spotify', 'Wyloguj się wszędzie', 'Sign out everywhere'] },
    { id: 'linkedin', words: ['LinkedIn', 'Вийти з LinkedIn на інших пристроях'] },
  ];

  it('ignores case and diacritics, and wants every word typed', () => {
    expect(foldForSearch('  Wyloguj SIĘ  wszędzie ')).toBe('wyloguj sie wszedzie');
    expect(filterBySearch(entries, 'wyloguj sie wszedzie').map((e) => e.id)).toEqual(['spotify']);
    expect(filterBySearch(entries, 'вийти linked').map((e) => e.id)).toEqual(['linkedin']);
    expect(filterBySearch(entries, 'spotify linkedin')).toEqual([]);
    expect(filterBySearch(entries, '   ')).toHaveLength(2);
  });
});

describe('options page: Signed in on another computer?', () => {
  it('lists the nine guides and Amazon (no such control, what it offers), in Ukrainian, searchable by Ukrainian title', () => {
    show(uk, 'uk', <RemoteGuides />);
    expect(cards()).toHaveLength(10);
    expect(screen.getByRole('heading', { name: 'Вийти з Google на інших пристроях' })).toBeTruthy();
    expect(screen.getByText('Кроки для сайтів показано англійською.')).toBeTruthy();
    search('вийти з link');
    expect(cards()).toEqual(['linkedin']);
    search('amazon');
    const amazon = screen.getByTestId('remote-guide-card');
    expect(amazon.dataset.offered).toBe('false');
    expect(amazon.textContent).toContain('На цьому сайті такої функції немає');
    expect(amazon.textContent).toContain('Login & security');
    search('bank');
    expect(screen.getByTestId('remote-guides-none').textContent).toBe('Жоден сайт не відповідає «bank».');
  });

  it('in Polish: the site’s own label and texts in Polish, found by them', () => {
    show(pl, 'pl', <RemoteGuides />);
    search('wszędzie');
    expect(cards()).toEqual(expect.arrayContaining(['microsoft', 'spotify']));
    expect(cards()).not.toContain('github');
    const spotify = screen.getAllByTestId('remote-guide-card').find((card) => card.dataset.recipeId === 'spotify')!;
    expect(spotify.textContent).toContain('Na stronie: „Wyloguj się wszędzie”');
    expect(spotify.textContent).toContain('Serwis wyloguje Cię także tutaj');
  });

  it('in English: a site by its domain', () => {
    show(en, 'en-US', <RemoteGuides />);
    search('x.com');
    expect(cards()).toEqual(['x']);
    expect(within(screen.getByTestId('remote-guide-card')).getByRole('button', { name: /Sign out of X on other devices — x\.com: Start/ })).toBeTruthy();
  });
});

describe('popup row', () => {
  it('offers the remote guide as “Signed in on another computer?” in the interface language (Ukrainian too)', () => {
    const onStartGuide = vi.fn();
    const session = {
      sessionId: 'facebook:facebook.com',
      siteName: 'Facebook',
      domain: 'facebook.com',
      guides: [{ id: 'sign-out-other-devices', menuLabel: { en: 'Signed in on another computer?', pl: 'Zalogowano na innym komputerze?' }, kind: 'sign-out-other-devices' }],
    };
    show(uk, 'uk', <SessionItem session={session} now={Date.now()} onSignOut={() => undefined} onStartGuide={onStartGuide} />);
    fireEvent.click(screen.getByRole('button', { name: /^Ви ввійшли на іншому комп’ютері\?/ }));
    expect(onStartGuide).toHaveBeenCalledWith('facebook:facebook.com', 'sign-out-other-devices');
  });
});
