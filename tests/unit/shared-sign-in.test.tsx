// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nContext } from '../../components/I18nContext';
import { SessionItem } from '../../components/SessionItem';
import en from '../../public/_locales/en/messages.json';
import pl from '../../public/_locales/pl/messages.json';
import uk from '../../public/_locales/uk/messages.json';
import type { SessionRow } from '../../utils/db-schema';
import { formatMessage, type LocaleMessages } from '../../utils/i18n';
import { buildPopupModel } from '../../utils/popup-model';
import { builtInRecipes } from '../../utils/recipes/registry';
import { parseRecipe } from '../../utils/recipes/schema';
import { recipeInputs } from '../../utils/recipes/sites';
import { rowOffers } from '../../utils/sessions/row-offers';

// Gemini has no sign-in of its own: it runs on Google's. Signing out of the Google row ends it too (and Gemini's own
// "Sign out" ends Google's), so the popup says so on that row (issue #20).

const NOW = new Date(2026, 11, 6, 22, 0).getTime();
const google = builtInRecipes.find((recipe) => recipe.id === 'google')!;

const googleRow = (): SessionRow => ({
  id: 'google:google.com',
  recipeId: 'google',
  siteName: 'Google',
  domain: 'google.com',
  cookieNames: ['SID'],
  signedInAt: NOW - 60_000,
  lastSeenAt: NOW,
  ...rowOffers(google, google.sites[0]!),
});

function show(row: SessionRow, messages: LocaleMessages, lang: string) {
  const [session] = buildPopupModel([row], [], NOW).sessions;
  const t = (key: string, subs?: string | string[]) => formatMessage(messages[key], subs);
  render(
    <I18nContext.Provider value={{ t, lang }}>
      <ul>
        <SessionItem session={session!} now={NOW} onSignOut={vi.fn()} />
      </ul>
    </I18nContext.Provider>,
  );
}

afterEach(cleanup);

describe('a sign-in shared by two services', () => {
  it('is written on the Google row by the background from the recipe, and on no row of a recipe without one', () => {
    expect(googleRow().sharedSignIn).toEqual([{ name: 'Gemini', host: 'gemini.google.com' }]);
    const chatgpt = builtInRecipes.find((recipe) => recipe.id === 'chatgpt')!;
    expect(rowOffers(chatgpt, chatgpt.sites[0]!).sharedSignIn).toEqual([]);
  });

  it('is said on the row in English, Polish and Ukrainian: signing out of either signs out of both', () => {
    show(googleRow(), en, 'en-US');
    expect(screen.getByTestId('shared-sign-in').textContent).toBe(
      'Also Gemini (gemini.google.com): it uses this Google sign-in, so signing out of either signs you out of both',
    );
    cleanup();
    show(googleRow(), pl, 'pl-PL');
    expect(screen.getByTestId('shared-sign-in').textContent).toBe(
      'Także Gemini (gemini.google.com): używa tego samego logowania co Google, więc wylogowanie z jednego wyloguje Cię z obu',
    );
    cleanup();
    show(googleRow(), uk, 'uk-UA');
    expect(screen.getByTestId('shared-sign-in').textContent).toBe(
      'Також Gemini (gemini.google.com): використовує той самий вхід, що й Google, тож вихід з одного означає вихід з обох',
    );
  });

  it('is not said on a row without a shared sign-in', () => {
    show({ ...googleRow(), sharedSignIn: [] }, en, 'en-US');
    expect(screen.queryByTestId('shared-sign-in')).toBeNull();
  });

  it('names services by host only, on a domain a recipe may name', () => {
    const input = recipeInputs.find((recipe) => recipe.id === 'google')!;
    expect(() => parseRecipe({ ...input, sharedSignIn: [{ name: 'Gemini', host: 'https://gemini.google.com/' }] })).toThrow(/sharedSignIn/);
    expect(() => parseRecipe({ ...input, sharedSignIn: [{ name: '', host: 'gemini.google.com' }] })).toThrow(/sharedSignIn/);
    expect(parseRecipe({ ...input, sharedSignIn: undefined }).sharedSignIn).toEqual([]);
  });

  it('is claimed only for the recipe\'s own sites: an imported recipe cannot say signing out of it ends another site\'s sign-in', () => {
    const input = recipeInputs.find((recipe) => recipe.id === 'chatgpt')!;
    expect(() => parseRecipe({ ...input, sharedSignIn: [{ name: 'Gmail', host: 'mail.google.com' }] })).toThrow(
      /sharedSignIn\.0\.host: mail\.google\.com is not on one of the recipe's sites/,
    );
    expect(() => parseRecipe({ ...input, sharedSignIn: [{ name: 'Look-alike', host: 'evilchatgpt.com' }] })).toThrow(/sharedSignIn/);
    expect(parseRecipe({ ...input, sharedSignIn: [{ name: 'Sora', host: 'sora.chatgpt.com' }] }).sharedSignIn).toHaveLength(1);
  });
});
