// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.dziennik-szkolny.pl/"}
import { beforeEach, describe, expect, it } from 'vitest';
import { findTarget } from '@/utils/core/find-target';
import { REVEAL_ATTRIBUTES, hoverBefore, judgeHover, judgePress, nextPendingHover, noteChanges, type PendingHover } from '@/utils/teach/record-press';
import { recipeSteps } from '@/utils/teach/draft';
import { looksGenerated, recordTarget } from '@/utils/teach/record-target';

/** The recorder's target extraction (issue #15): what survives a page change, never what was typed. */

function pageWith(html: string, lang = 'pl'): Document {
  document.documentElement.lang = lang;
  document.body.innerHTML = html;
  return document;
}

const $ = (selector: string) => document.querySelector(selector)!;
const trusted = (target: Element) => ({ isTrusted: true, target });

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('recordTarget', () => {
  it('an icon-only menu button with a generated class: its aria-label, as a selector and as the text fallback', () => {
    pageWith('<button class="c9f2a1bxic" aria-label="Konto" aria-haspopup="menu"><svg><circle r="4"/></svg></button>');
    const recorded = recordTarget($('circle'));
    expect(recorded).toEqual({ target: { css: ['button[aria-label="Konto"]'], text: { pl: ['Konto'] } }, label: 'Konto', opensMenu: true });
  });

  it('keeps a stable id and test ids, drops generated ones, and never a class', () => {
    pageWith('<a id="logout-link" data-testid="sign-out" class="css-1x9fq2" href="/wyloguj?t=abc123">Wyloguj</a><button id="r:1a:" data-testid="ember4412">Wyjdź</button>', 'pl');
    expect(recordTarget($('a'))?.target).toEqual({
      css: ['#logout-link', '[data-testid="sign-out"]', 'a[href$="/wyloguj"]', 'a[href*="/wyloguj?"]'],
      text: { pl: ['Wyloguj'] },
    });
    // The link's query (a per-session token) is never kept.
    expect(JSON.stringify(recordTarget($('a')))).not.toContain('abc123');
    expect(recordTarget($('button'))?.target).toEqual({ text: { pl: ['Wyjdź'] } });
  });

  it('tells generated names from stable ones', () => {
    for (const id of ['r:1a:', 'ember123', 'css-1x9fq2', 'c9f2a1bxic', 'a8f3c2d9e1', 'mui-4', 'headlessui-menu-button-7']) expect(looksGenerated(id), id).toBe(true);
    for (const id of ['logout', 'account-menu', 'btnLogout', 'user_menu', 'signOut2']) expect(looksGenerated(id), id).toBe(false);
  });

  it('a press in a text or password field is no step, and a button press keeps no field value', () => {
    pageWith('<form><input type="password" id="haslo" value="S3cret-Haslo!"><textarea>notatka</textarea><button type="submit">Tak, wyloguj</button></form>');
    ($('#haslo') as HTMLInputElement).value = 'S3cret-Haslo!';
    expect(recordTarget($('#haslo'))).toBeUndefined();
    expect(recordTarget($('textarea'))).toBeUndefined();
    const recorded = recordTarget($('button'));
    expect(recorded?.target).toEqual({ text: { pl: ['Tak, wyloguj'] } });
    expect(JSON.stringify(recorded)).not.toContain('S3cret');
  });

  it('text in the page language (English when the page names none Signoff knows)', () => {
    pageWith('<button>Sign out</button>', 'sv');
    expect(recordTarget($('button'))?.target).toEqual({ text: { en: ['Sign out'] } });
  });

  it('what it records finds the same control again after the classes change', () => {
    pageWith('<button class="a1b2c3" aria-label="Konto"></button><div role="menu"><button role="menuitem" class="x9y8z7">Wyloguj</button></div>');
    const menu = recordTarget($('button'))!.target;
    const item = recordTarget($('[role="menuitem"]'))!.target;
    pageWith('<button class="q7w8e9" aria-label="Konto"></button><div role="menu"><button role="menuitem" class="p0o9i8">Wyloguj</button></div>');
    expect(findTarget(document, menu)).toBe($('button'));
    expect(findTarget(document, item)).toBe($('[role="menuitem"]'));
  });
});

describe('judgePress', () => {
  it('a synthetic click from the page is never a step (only the person\'s own presses count)', () => {
    pageWith('<button aria-label="Konto"></button>');
    expect(judgePress({ isTrusted: false, target: $('button') }, 'dziennik-szkolny.pl')).toEqual({ kind: 'ignore' });
    expect(judgePress(trusted($('button')), 'dziennik-szkolny.pl').kind).toBe('step');
  });

  it('a destructive control (by its label or its address) ends the recording', () => {
    pageWith('<a href="/konto/usun">Usuń konto</a><a href="/account/delete"><span>Wyloguj</span></a>');
    expect(judgePress(trusted($('a')), 'dziennik-szkolny.pl')).toEqual({ kind: 'destructive', label: 'Usuń konto' });
    expect(judgePress(trusted($('span')), 'dziennik-szkolny.pl').kind).toBe('destructive');
  });

  it('presses on the recording bar and on links to another site are not steps', () => {
    pageWith('<signoff-recorder></signoff-recorder><a href="https://other.example/logout">Wyloguj</a>');
    expect(judgePress(trusted($('signoff-recorder')), 'dziennik-szkolny.pl', $('signoff-recorder'))).toEqual({ kind: 'ignore' });
    expect(judgePress(trusted($('a')), 'dziennik-szkolny.pl')).toEqual({ kind: 'ignore' });
  });

  it('a hover before a press elsewhere is kept for a menu button, not for a control the pointer merely passed', () => {
    pageWith('<button aria-haspopup="menu" aria-label="Konto"></button><button>Oceny</button><a href="/wyloguj">Wyloguj</a>');
    const menuButton = judgeHover(trusted($('[aria-haspopup]')))!;
    expect(menuButton.label).toBe('Konto');
    expect(judgeHover({ isTrusted: false, target: $('[aria-haspopup]') })).toBeUndefined();
    const onMenu = nextPendingHover(undefined, $('[aria-haspopup]'), menuButton);
    expect(hoverBefore($('a'), onMenu)).toBe(menuButton);
    expect(hoverBefore($('[aria-haspopup]'), onMenu)).toBeUndefined(); // The press is on it: a press, not a hover.
    const passing = nextPendingHover(undefined, $('button:not([aria-haspopup])'), judgeHover(trusted($('button:not([aria-haspopup])')))!);
    expect(hoverBefore($('a'), passing)).toBeUndefined();
  });

  it('records the hover on a menu that opens on hover only, without ARIA, as a page script shows it', async () => {
    // A shop's account menu: its items are put in when the pointer enters "Moje konto" and taken out when it leaves.
    pageWith(`<nav><ul><li class="k7x2q9"><a href="/konto">Moje konto</a></li><li><a href="/pomoc">Pomoc</a></li></ul></nav>`);
    const item = $('li.k7x2q9');
    item.addEventListener('mouseover', () => item.querySelector('ul') ?? item.insertAdjacentHTML('beforeend', '<ul class="m3f8z1"><li><a href="/zamowienia">Zamówienia</a></li><li><a href="/wyloguj">Wyloguj się</a></li></ul>'));
    const observer = new MutationObserver(() => undefined);
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: REVEAL_ATTRIBUTES });
    const point = (element: Element, pending: PendingHover | undefined) => {
      const next = nextPendingHover(pending, element, judgeHover(trusted(element))!);
      element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      noteChanges(next, observer.takeRecords(), document);
      return next;
    };
    // The pointer passes "Pomoc", rests on "Moje konto" (the menu opens), moves over "Zamówienia" to "Wyloguj się".
    let pending = point($('a[href="/pomoc"]'), undefined);
    pending = point($('a[href="/konto"]'), pending);
    pending = point($('a[href="/zamowienia"]'), pending);
    pending = point($('a[href="/wyloguj"]'), pending);
    observer.disconnect();
    const hover = hoverBefore($('a[href="/wyloguj"]'), pending);
    expect(hover?.label).toBe('Moje konto');
    expect(hover?.target.css).toContain('a[href$="/konto"]');
    const press = judgePress(trusted($('a[href="/wyloguj"]')), 'dziennik-szkolny.pl');
    expect(press.kind === 'step' && press.recorded.label).toBe('Wyloguj się');
    // The draft keeps it as an optional hover before the press.
    expect(recipeSteps([{ kind: 'hover', ...hover! }, { kind: 'press', ...(press.kind === 'step' ? press.recorded : hover!) }]).map((step) => step.action)).toEqual(['hover', 'click']);
  });
});
