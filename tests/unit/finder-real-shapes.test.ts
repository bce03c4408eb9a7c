import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { findAccountMenuOpeners, findSignOut, scanForSignOut } from '@/utils/generic/find-sign-out';
import { DISABLED_PAGE, LANGUAGE_PICKERS_PAGE, PROFILE_PAGE, SESSIONS_PAGE } from './finder-pages/pages';

// Issue #11 §8: the generic finder on pages shaped like the real ones the review tried.

function page(body: string, url = 'https://blog.example.com/admin/profile.php'): Document {
  const window = new Window({ url });
  window.document.body.innerHTML = body;
  return window.document as unknown as Document;
}

const labels = (candidates: { label: string }[]) => candidates.map((candidate) => candidate.label);

describe('"everywhere else", "all other sessions", "other devices" are never candidates', () => {
  it('the profile page: never "Log Out Everywhere Else"; the hidden admin-bar "Log Out" is the sign-out', () => {
    const doc = page(PROFILE_PAGE);
    const scan = scanForSignOut(doc);
    expect(labels(scan.signOut)).toEqual(['Log Out']);
    expect(findSignOut(doc)).toBeUndefined(); // Hidden until the account menu opens: opened first, not bypassed.
    expect(scan.refused.map((c) => [c.label, c.reasons[0]])).toContainEqual(['Log Out Everywhere Else', 'destructive']);
  });

  it('a sessions page offers nothing to press: each control ends the other sessions only', () => {
    const scan = scanForSignOut(page(SESSIONS_PAGE, 'https://app.example.com/settings/sessions'));
    expect(scan.signOut).toEqual([]);
    expect(labels(scan.refused).sort()).toEqual(
      ['Log out of other devices', 'Sign out all other sessions', 'Wyloguj ze wszystkich pozostałych sesji', 'Überall sonst abmelden'].sort(),
    );
  });
});

describe('disabled controls are never candidates', () => {
  it('disabled, aria-disabled and inside a disabled fieldset', () => {
    const scan = scanForSignOut(page(DISABLED_PAGE, 'https://app.example.com/'));
    expect(scan.signOut).toEqual([]);
    expect(findSignOut(page(`${DISABLED_PAGE}<a href="/logout" id="enabled">Log out</a>`, 'https://app.example.com/'))?.element.id).toBe('enabled');
  });
});

describe('menu openers: never a form\'s submit button, never a language picker', () => {
  it('the profile page: "Update Profile" is not an account menu; "Howdy, jan" is', () => {
    const openers = findAccountMenuOpeners(page(PROFILE_PAGE), { accountName: 'jan' });
    expect(labels(openers)).not.toContain('Update Profile');
    expect(labels(openers)[0]).toBe('Howdy, jan');
  });

  it('a header with language pickers (name, code, a menu of hreflang links, a country <details>): only the user menu', () => {
    const openers = findAccountMenuOpeners(page(LANGUAGE_PICKERS_PAGE, 'https://www.sklep-przyklad.pl/'));
    expect(openers.map((opener) => opener.element.id)).toEqual(['user-menu']);
  });
});
