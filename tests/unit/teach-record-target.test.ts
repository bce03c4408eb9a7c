// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.dziennik-szkolny.pl/"}
import { beforeEach, describe, expect, it } from 'vitest';
import { findTarget } from '@/utils/core/find-target';
import { judgeHover, judgePress } from '@/utils/teach/record-press';
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

  it('a hover is kept only over a control that opens a menu', () => {
    pageWith('<button aria-haspopup="menu" aria-label="Konto"></button><button>Oceny</button>');
    expect(judgeHover(trusted($('[aria-haspopup]')))?.label).toBe('Konto');
    expect(judgeHover(trusted($('button:not([aria-haspopup])')))).toBeUndefined();
    expect(judgeHover({ isTrusted: false, target: $('[aria-haspopup]') })).toBeUndefined();
  });
});
