// @vitest-environment happy-dom
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { findSignOut, scanForSignOut } from '@/utils/generic/find-sign-out';
import { clickGuard, isDestructiveControl, leadsOffSite } from '@/utils/recipes/click-guard';
import { runSteps } from '@/utils/recipes/engine';
import type { Step } from '@/utils/recipes/schema';

/** A page at a real address, recording every click (and stopping it from navigating). */
function page(body: string, url = 'https://www.amazon.pl/') {
  const window = new Window({ url });
  const doc = window.document as unknown as Document;
  doc.body.innerHTML = body;
  const clicked: string[] = [];
  doc.addEventListener('click', (event) => {
    event.preventDefault();
    clicked.push((event.target as Element).id);
  }, true);
  return { doc, clicked, window };
}

const AMAZON_SIGN_OUT: Step = {
  action: 'click',
  target: { css: ['#nav-item-signout', 'a[href*="/gp/flex/sign-out.html"]'], text: { en: ['Sign Out'], pl: ['Wyloguj się'] } },
  timeoutMs: 1_000,
};

describe('recipe clicks never lead off the site or press a destructive control', () => {
  it('skips a look-alike "Sign Out" to another site that the recipe\'s own selector matches, and waits for the real one', async () => {
    const { doc, clicked, window } = page(`
      <a id="other-site" href="https://www.amazon.com/gp/flex/sign-out.html?action=sign-out">Sign Out</a>
      <div id="menu"></div>`);
    window.setTimeout(() => {
      doc.getElementById('menu')!.innerHTML = '<a id="real" href="/gp/flex/sign-out.html?action=sign-out">Wyloguj się</a>';
    }, 200);
    await runSteps(doc, [AMAZON_SIGN_OUT], { allowedDomains: ['amazon.pl'] });
    expect(clicked).toEqual(['real']);
  });

  it('times out rather than press a decoy when only decoys are there', async () => {
    const { doc, clicked } = page(`
      <a id="other-site" href="https://evil.example/gp/flex/sign-out.html">Sign Out</a>
      <a id="delete" href="/gp/close-account">Wyloguj się i usuń konto</a>
      <button id="close" form="f">Sign Out and close my account</button><form id="f" action="/account/delete"></form>`);
    await expect(runSteps(doc, [{ ...AMAZON_SIGN_OUT, timeoutMs: 200 }], { allowedDomains: ['amazon.pl'] })).rejects.toThrow(/step 1/);
    expect(clicked).toEqual([]);
  });

  it('a text fallback that merely contains the label never presses a destructive control', async () => {
    const { doc, clicked } = page(`<button id="decoy">Sign out and delete your account</button><button id="real">Sign out now</button>`);
    await runSteps(doc, [{ action: 'click', target: { text: { en: ['Sign out'] } }, timeoutMs: 200 }]);
    expect(clicked).toEqual(['real']);
  });

  it('a control the step names exactly stays allowed, even with a "destructive" word ("Usuń" beside a remembered account)', async () => {
    const { doc, clicked } = page(`<div id="picker"><button id="remove-1">Usuń</button><button id="remove-2">Usuń</button><button id="delete">Usuń konto</button></div>`);
    await runSteps(doc, [{ action: 'click', all: true, target: { within: '#picker', text: { pl: ['Usuń'] } }, timeoutMs: 200 }]);
    expect(clicked).toEqual(['remove-1', 'remove-2']);
  });

  it('recognises where a control leads and what is destructive', () => {
    const { doc } = page(`
      <a id="rel" href="/x">x</a><a id="sub" href="https://smile.amazon.pl/x">x</a><a id="off" href="https://amazon.pl.evil.example/">x</a>
      <a id="js" href="javascript:void 0">x</a><form action="https://evil.example/logout"><button id="submit">Log out</button><button id="plain" type="button">Log out</button></form>
      <a id="del" href="/account/delete">Settings</a><button id="cancel">Cancel subscription</button><button id="ok">Sign out</button>`);
    const el = (id: string) => doc.getElementById(id)!;
    expect(['rel', 'sub', 'js', 'plain'].map((id) => leadsOffSite(el(id), ['amazon.pl']))).toEqual([false, false, false, false]);
    expect(['off', 'submit'].map((id) => leadsOffSite(el(id), ['amazon.pl']))).toEqual([true, true]);
    expect(['del', 'cancel'].map((id) => isDestructiveControl(el(id)))).toEqual([true, true]);
    expect(isDestructiveControl(el('ok'))).toBe(false);
    expect(clickGuard({ text: { en: ['Cancel subscription'] } })(el('cancel'))).toBe(true);
  });
});

describe('the generic finder never offers a sign-out that leads to another site', () => {
  it('refuses "Log out" links to other sites, keeps the same site\'s (subdomains and siblings too)', () => {
    const { doc } = page(
      `<header><a id="evil" href="https://www.amazon.pl/gp/flex/sign-out.html?action=sign-out">Wyloguj się</a>
       <a id="own" href="https://konto.sklep-przyklad.pl/logout">Wyloguj się</a></header>`,
      'https://www.sklep-przyklad.pl/',
    );
    // The runner is told the site (the background's Public Suffix List answer): siblings on it are the same site.
    const scan = scanForSignOut(doc, { siteDomain: 'sklep-przyklad.pl' });
    expect(scan.refused.map((c) => c.element.id)).toContain('evil');
    expect(findSignOut(doc, { siteDomain: 'sklep-przyklad.pl' })?.element.id).toBe('own');
    // Untold (the detector), only the page's host and its subdomains count: a parent may be a shared suffix.
    expect(findSignOut(doc)).toBeUndefined();
  });

  it('a public suffix is no shared site ("a.co.uk" and "b.co.uk")', () => {
    const { doc } = page(`<header><a id="evil" href="https://evil.co.uk/logout">Sign out</a></header>`, 'https://shop.co.uk/');
    expect(findSignOut(doc)).toBeUndefined();
  });
});
