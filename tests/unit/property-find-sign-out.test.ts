import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { findSignOut, scanForSignOut } from '@/utils/generic/find-sign-out';
import { allWords, DESTRUCTIVE_LABELS, SIGN_OUT_LABELS } from '@/utils/generic/sign-out-words';
import { isDestructiveControl, leadsOffSite } from '@/utils/recipes/click-guard';
import { PROPERTY_BUDGET, propertyRuns } from './property-runs';

/**
 * Property test of the generic sign-out finder on generated pages full of decoys: "Delete account" beside
 * "Sign out", labels that join both ("Wyloguj i usuń konto"), destructive addresses behind harmless words, sign-out
 * links to other sites, hidden copies. Whatever the page, the finder never returns a destructive control or one
 * that leads to another site; and when the page has a plain sign-out link in its header, it finds one.
 */

const RUNS = propertyRuns(PROPERTY_BUDGET.finder).numRuns!;
const PAGE = 'https://www.shop.example/';

const signOutWords = allWords(SIGN_OUT_LABELS);
const destructiveWords = allWords(DESTRUCTIVE_LABELS);

const label = fc.oneof(
  fc.constantFrom(...signOutWords),
  fc.constantFrom(...destructiveWords),
  fc.tuple(fc.constantFrom(...signOutWords), fc.constantFrom(' and ', ' i ', ' & ', ' — ', ' und '), fc.constantFrom(...destructiveWords)).map((parts) => parts.join('')),
  fc.tuple(fc.constantFrom(...destructiveWords), fc.constantFrom(' / ', ' or '), fc.constantFrom(...signOutWords)).map((parts) => parts.join('')),
  fc.constantFrom('Account', 'Mein Konto', 'Help', 'Settings', ''),
);
const href = fc.constantFrom(
  null,
  '/logout',
  '/account/delete',
  '/users/sign_out?then=delete_account',
  '/unsubscribe?logout=1',
  'https://evil.example/logout',
  'https://www.amazon.pl/gp/flex/sign-out.html?action=sign-out',
  'https://login.shop.example/logout',
  'https://shop.example.evil.example/logout',
  '#',
);
const control = fc.record({
  tag: fc.constantFrom('a', 'button', 'input', 'div'),
  label,
  href,
  inForm: fc.option(fc.constantFrom('/logout', '/account/close', 'https://evil.example/logout'), { nil: undefined }),
  hidden: fc.boolean(),
  place: fc.constantFrom('header', 'nav', 'main', 'menu'),
  aria: fc.boolean(),
  disabled: fc.boolean(),
});
type Control = typeof control extends fc.Arbitrary<infer T> ? T : never;

function html(c: Control): string {
  const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const hidden = c.hidden ? ' style="display:none"' : '';
  const aria = (c.aria && c.label ? ` aria-label="${esc(c.label)}"` : '') + (c.disabled ? (c.tag === 'a' || c.tag === 'div' ? ' aria-disabled="true"' : ' disabled') : '');
  let element: string;
  if (c.tag === 'a') element = `<a${c.href === null ? '' : ` href="${esc(c.href)}"`}${aria}${hidden}>${esc(c.label)}</a>`;
  else if (c.tag === 'input') element = `<input type="submit" value="${esc(c.label)}"${aria}${hidden}>`;
  else if (c.tag === 'div') element = `<div role="button"${aria}${hidden}>${esc(c.label)}</div>`;
  else element = `<button type="submit"${aria}${hidden}>${esc(c.label)}</button>`;
  return c.inForm && c.tag !== 'a' ? `<form action="${esc(c.inForm)}" method="post">${element}</form>` : element;
}

/** One window for every case: building a window costs far more than a page of controls. */
const window = new Window({ url: PAGE });

function page(controls: Control[], withRealSignOut: boolean): Document {
  const doc = window.document as unknown as Document;
  const at = (place: string) => controls.filter((c) => c.place === place).map(html).join('');
  doc.body.innerHTML = `<header>${at('header')}${withRealSignOut ? '<a id="real" href="/logout">Log out</a>' : ''}</header>
    <nav>${at('nav')}</nav><div role="menu" id="account-menu">${at('menu')}</div><main>${at('main')}</main>`;
  return doc;
}

describe('generic sign-out finder: property test on pages with decoys', () => {
  it('never returns a destructive control or one leading to another site, and finds a plain sign-out when there is one', () => {
    let found = 0;
    fc.assert(
      fc.property(fc.array(control, { maxLength: 16 }), fc.boolean(), (controls, withRealSignOut) => {
        const doc = page(controls, withRealSignOut);
        const scan = scanForSignOut(doc, { siteDomain: 'shop.example' });
        for (const candidate of [...scan.signOut, ...scan.openers]) {
          const link = candidate.element.closest('a[href]');
          expect(isDestructiveControl(candidate.element), candidate.label).toBe(false);
          expect(link !== null && isDestructiveControl(link), candidate.label).toBe(false);
          expect(leadsOffSite(link ?? candidate.element, ['shop.example']), candidate.label).toBe(false);
          // Never a disabled control (issue #11 §8).
          expect(candidate.element.matches('[disabled], [aria-disabled="true"]'), candidate.label).toBe(false);
        }
        // A form's submit button is never an account-menu opener.
        for (const opener of scan.openers) expect(opener.element.closest('form') !== null && opener.element.matches('[type="submit"]')).toBe(false);
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
});
