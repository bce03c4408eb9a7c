import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { findSignOut, scanForSignOut } from '@/utils/generic/find-sign-out';
import { allWords, DESTRUCTIVE_LABELS, FINDER_LANGUAGES, SIGN_OUT_LABELS } from '@/utils/core/sign-out-words';
import { fold, phraseList } from '@/utils/core/words-match';
import { leadsOffSite } from '@/utils/recipes/click-guard';
import { PROPERTY_BUDGET, propertyRuns } from './property-runs';

/**
 * Property test of the generic sign-out finder on generated pages full of decoys: "Delete account" beside
 * "Sign out", labels that join both ("Wyloguj i usuń konto"), destructive addresses and ids behind harmless words,
 * sign-out links to other sites, hidden copies. Whatever the page, the finder never returns a control labelled
 * destructively, one that leads to another site, or one whose address or names end an account; an address that
 * may as well destroy the session ("/destroy.php") only ever comes back behind an exact sign-out label. When the
 * page has a plain sign-out link in its header, it finds one. Run on every language's words mixed, then on each
 * language alone, so that no language's list goes unchecked.
 */

const RUNS = propertyRuns(PROPERTY_BUDGET.finder).numRuns!;
const PAGE = 'https://www.shop.example/';

/** Addresses that destroy something unnamed: the only destructive addresses an exact sign-out label may lead to. */
const SESSION_AMBIGUOUS = ['/destroy.php', '/session/destroy', "javascript:__doPostBack('lnkLogoutDestroy','')"];
/** Addresses that end an account, a membership or a subscription: never returned, whatever the label. */
const ACCOUNT_ENDING = [
  '/account/delete',
  '/users/sign_out?then=delete_account',
  '/unsubscribe?logout=1',
  '/Account/DeleteAccount.aspx',
  '/membership/cancel',
  "javascript:__doPostBack('ctl00$btnDeleteAccount','')",
  '/account/close',
  '/hesap/sil',
];
const HREFS = [
  null,
  '/logout',
  "javascript:__doPostBack('ctl00$lnkLogout','')",
  'https://evil.example/logout',
  'https://www.amazon.pl/gp/flex/sign-out.html?action=sign-out',
  'https://login.shop.example/logout',
  'https://shop.example.evil.example/logout',
  '#',
  ...SESSION_AMBIGUOUS,
  ...ACCOUNT_ENDING.slice(0, 6),
];
const FORM_ACTIONS = ['/logout', '/account/close', 'https://evil.example/logout', '/session/destroy', '/hesap/sil'];
/** id/class/data-* names: sign-out cues, account-ending ones, "other sessions" and a session-ambiguous one. */
const NAMES = [
  '',
  'id="header-logout-link"',
  'class="btnSignOut"',
  'data-action="logout"',
  'id="btnDeleteAccount"',
  'class="logout account-delete"',
  'id="logoutOtherSessions"',
  'class="js-destroy"',
];
const ACCOUNT_ENDING_NAMES = new Set(['id="btnDeleteAccount"', 'class="logout account-delete"', 'id="logoutOtherSessions"']);

const destructiveLabels = phraseList(allWords(DESTRUCTIVE_LABELS));

function controlArbitrary(signOutWords: string[], destructiveWords: string[]) {
  const label = fc.oneof(
    fc.constantFrom(...signOutWords),
    fc.constantFrom(...destructiveWords),
    fc
      .tuple(fc.constantFrom(...signOutWords), fc.constantFrom(' and ', ' i ', ' & ', ' — ', ' und ', ' та ', ' ve ', ' и '), fc.constantFrom(...destructiveWords))
      .map((parts) => parts.join('')),
    fc.tuple(fc.constantFrom(...destructiveWords), fc.constantFrom(' / ', ' or '), fc.constantFrom(...signOutWords)).map((parts) => parts.join('')),
    fc.constantFrom('Account', 'Mein Konto', 'Help', 'Settings', 'Útskráning', ''),
  );
  return fc.record({
    tag: fc.constantFrom('a', 'button', 'input', 'div'),
    label,
    href: fc.constantFrom(...HREFS),
    inForm: fc.option(fc.constantFrom(...FORM_ACTIONS), { nil: undefined }),
    names: fc.constantFrom(...NAMES),
    hidden: fc.boolean(),
    place: fc.constantFrom('header', 'nav', 'main', 'menu'),
    aria: fc.boolean(),
    disabled: fc.boolean(),
  });
}
type Control = ReturnType<typeof controlArbitrary> extends fc.Arbitrary<infer T> ? T : never;

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function html(c: Control, index: number): string {
  const disabled = c.disabled ? (c.tag === 'a' || c.tag === 'div' ? ' aria-disabled="true"' : ' disabled') : '';
  const attrs = `data-control="${index}" ${c.names}${c.hidden ? ' style="display:none"' : ''}${c.aria && c.label ? ` aria-label="${esc(c.label)}"` : ''}${disabled}`;
  let element: string;
  if (c.tag === 'a') element = `<a${c.href === null ? '' : ` href="${esc(c.href)}"`} ${attrs}>${esc(c.label)}</a>`;
  else if (c.tag === 'input') element = `<input type="submit" value="${esc(c.label)}" ${attrs}>`;
  else if (c.tag === 'div') element = `<div role="button" ${attrs}>${esc(c.label)}</div>`;
  else element = `<button type="submit" ${attrs}>${esc(c.label)}</button>`;
  return c.inForm && c.tag !== 'a' ? `<form action="${esc(c.inForm)}" method="post">${element}</form>` : element;
}

/** One window for every case: building a window costs far more than a page of controls. */
const window = new Window({ url: PAGE });

function page(controls: Control[], realSignOut: string | undefined): Document {
  const doc = window.document as unknown as Document;
  const at = (place: string) => controls.map((c, i) => (c.place === place ? html(c, i) : '')).join('');
  doc.body.innerHTML = `<header>${at('header')}${realSignOut ? `<a id="real" href="/bye">${esc(realSignOut)}</a>` : ''}</header>
    <nav>${at('nav')}</nav><div role="menu" id="account-menu">${at('menu')}</div><main>${at('main')}</main>`;
  return doc;
}

/** Where the generated control leads, as the page has it: its link, or its form's action for a form button. */
function destination(c: Control): string {
  if (c.tag === 'a') return c.href ?? '';
  return c.inForm ?? '';
}

/** The promise, checked on what the generator made, not on the finder's own reasons. */
function expectSafe(doc: Document, controls: Control[], signOutWords: Set<string>) {
  const scan = scanForSignOut(doc, { siteDomain: 'shop.example' });
  for (const candidate of [...scan.signOut, ...scan.openers]) {
    // Never a disabled control (issue #11 §8).
    expect(candidate.element.matches('[disabled], [aria-disabled="true"]'), candidate.label).toBe(false);
  }
  // A form's submit button is never an account-menu opener.
  for (const opener of scan.openers) expect(opener.element.closest('form') !== null && opener.element.matches('[type="submit"]')).toBe(false);
  for (const candidate of scan.signOut) {
    expect(leadsOffSite(candidate.element.closest('a[href]') ?? candidate.element, ['shop.example']), candidate.label).toBe(false);
    const index = candidate.element.getAttribute('data-control');
    if (index === null) continue; // The page's real sign-out link.
    const c = controls[Number(index)]!;
    expect(destructiveLabels.contains(fold(c.label)), `destructive label returned: ${c.label}`).toBe(false);
    expect(ACCOUNT_ENDING_NAMES.has(c.names), `account-ending names returned: ${c.names}`).toBe(false);
    const to = destination(c);
    expect(ACCOUNT_ENDING, `account-ending address returned: ${to} (${c.label})`).not.toContain(to);
    if (SESSION_AMBIGUOUS.includes(to)) {
      expect(signOutWords.has(c.label), `destructive address behind a label that is not exactly a sign-out: ${c.label} → ${to}`).toBe(true);
    }
    if (c.names === 'class="js-destroy"') expect(signOutWords.has(c.label), c.label).toBe(true);
  }
  return scan;
}

describe('generic sign-out finder: property test on pages with decoys', () => {
  it('never returns a destructive control or one leading to another site, and finds a plain sign-out when there is one', () => {
    const signOutWords = allWords(SIGN_OUT_LABELS);
    const exact = new Set(signOutWords);
    let found = 0;
    fc.assert(
      fc.property(fc.array(controlArbitrary(signOutWords, allWords(DESTRUCTIVE_LABELS)), { maxLength: 16 }), fc.boolean(), (controls, withRealSignOut) => {
        const doc = page(controls, withRealSignOut ? 'Log out' : undefined);
        expectSafe(doc, controls, exact);
        const best = findSignOut(doc, { siteDomain: 'shop.example' });
        if (best) {
          found++;
          expect(best.visible).toBe(true);
        }
        if (withRealSignOut) expect(best).toBeDefined();
      }),
      propertyRuns(PROPERTY_BUDGET.finder),
    );
    expect(found).toBeGreaterThan(RUNS / 4);
  }, 120_000);

  it.each(FINDER_LANGUAGES)('%s alone: nothing destructive is returned, and its own plain sign-out is found', (lang) => {
    const signOutWords = [...SIGN_OUT_LABELS[lang]];
    const exact = new Set(signOutWords);
    fc.assert(
      fc.property(
        fc.array(controlArbitrary(signOutWords, [...DESTRUCTIVE_LABELS[lang]]), { maxLength: 12 }),
        fc.option(fc.constantFrom(...signOutWords), { nil: undefined }),
        (controls, realSignOut) => {
          const doc = page(controls, realSignOut);
          expectSafe(doc, controls, exact);
          if (realSignOut) expect(findSignOut(doc, { siteDomain: 'shop.example' })).toBeDefined();
        },
      ),
      propertyRuns(PROPERTY_BUDGET.finderPerLanguage),
    );
  }, 60_000);
});
