// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nContext } from '../../components/I18nContext';
import { TeachPage, type TeachView } from '../../components/teach/TeachPage';
import en from '../../public/_locales/en/messages.json';
import pl from '../../public/_locales/pl/messages.json';
import uk from '../../public/_locales/uk/messages.json';
import { formatMessage, type LocaleMessages } from '../../utils/i18n';
import { Recipe } from '../../utils/recipes/schema';
import { trialOf } from '../../utils/teach/trial';

/** The teach page's review and "Try it" outcome, in English and Polish; every new text in all three locales. */

const recipe = Recipe.parse({
  id: 'taught-dziennik-szkolny-pl',
  name: 'Dziennik Szkolny',
  sites: [{ domain: 'dziennik-szkolny.pl', origin: 'https://www.dziennik-szkolny.pl', authCookies: ['DZIENNIKSESSID'] }],
  signOut: [
    {
      kind: 'steps',
      steps: [
        { action: 'click', target: { css: ['button[aria-label="Konto"]'], text: { pl: ['Konto'] } } },
        { action: 'click', target: { text: { pl: ['Wyloguj'] } } },
      ],
    },
  ],
  provenance: { sources: [{ url: 'https://www.dziennik-szkolny.pl/', note: 'recorded' }], checked: '2026-12-06' },
});

function show(view: TeachView, messages: LocaleMessages) {
  const t = (key: string, subs?: string | string[]) => formatMessage(messages[key], subs);
  const none = () => undefined;
  render(
    <I18nContext.Provider value={{ t, lang: 'en' }}>
      <TeachPage view={view} onStart={none} onDiscard={none} onSave={none} onTry={none} onExport={none} />
    </I18nContext.Provider>,
  );
}

afterEach(cleanup);

describe('teach page', () => {
  it('"Try it" that failed names the step and every target it tried', () => {
    const trial = trialOf({ phase: 'done', outcome: 'cleared', stepIndex: 0 }, { key: 'reasonControlMissing', detail: 'step 1: the element was not found within 5000 ms' }, recipe);
    expect(trial).toMatchObject({ kind: 'step-failed', step: 1, tried: ['button[aria-label="Konto"]', '"Konto"'] });
    show({ kind: 'saved', name: 'Dziennik Szkolny', site: 'www.dziennik-szkolny.pl (dziennik-szkolny.pl)', trial }, en);
    expect(screen.getByText(/^Step 1 failed:/).textContent).toContain('step 1: the element was not found');
    expect(screen.getByText(/^Targets tried:/).textContent).toBe('Targets tried: button[aria-label="Konto"], "Konto"');
    expect(trialOf({ phase: 'done', outcome: 'verified', stepIndex: 2 }, undefined, recipe)).toEqual({ kind: 'verified' });
    expect(trialOf({ phase: 'running', stepIndex: 0 }, undefined, recipe)).toEqual({ kind: 'running' });
  });

  it('the review in plain Polish words', () => {
    show(
      {
        kind: 'review',
        site: 'x',
        domain: 'dziennik-szkolny.pl',
        steps: [
          { kind: 'open-menu', label: 'Konto' },
          { kind: 'press', label: 'Wyloguj' },
        ],
        cookies: ['DZIENNIKSESSID'],
        name: 'Dziennik',
        problems: [],
      },
      pl,
    );
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['otwórz menu „Konto”', 'naciśnij „Wyloguj”']);
    expect(screen.getByRole('button', { name: 'Zapisz przepis' })).toBeTruthy();
  });

  it('every teach text exists in English, Polish and Ukrainian', () => {
    const keys = Object.keys(en).filter((key) => key.startsWith('teach'));
    expect(keys.length).toBeGreaterThan(30);
    for (const messages of [pl, uk] as LocaleMessages[]) expect(keys.filter((key) => !messages[key])).toEqual([]);
  });
});
