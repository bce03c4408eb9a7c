// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { nameFromGreeting, readPageSignal } from '@/utils/sessions/page-signal';
import { amazon } from '@/utils/recipes/sites/amazon';
import { github } from '@/utils/recipes/sites/github';
import { linkedin } from '@/utils/recipes/sites/linkedin';
import { yahoo } from '@/utils/recipes/sites/yahoo';

describe('page signals', () => {
  it.each([
    ['Cześć, Jan', 'Jan'],
    ['Hello, Anna', 'Anna'],
    ['Witamy, Jan', 'Jan'],
    ['  Hallo,   Kim ', 'Kim'],
  ])('reads the name from "%s"', (greeting, name) => {
    expect(nameFromGreeting(greeting, amazon.detect!.accountName!.greetings!)).toBe(name);
  });

  it('reads a signed-in Amazon page by structure, in any language', () => {
    document.body.innerHTML = `<div id="nav-link-accountList"><a href="/gp/css/homepage.html" data-nav-ref="nav_youraccount_btn">
      <span id="nav-link-accountList-nav-line-1">Cześć, Jan</span></a></div>`;
    expect(readPageSignal(document, amazon.detect!)).toEqual({ signedIn: true, accountName: 'Jan' });
  });

  it('does not take "Hello, sign in" for an account', () => {
    document.body.innerHTML = `<div id="nav-link-accountList"><a href="/ap/signin" data-nav-ref="nav_ya_signin">
      <span id="nav-link-accountList-nav-line-1">Hello, sign in</span></a></div>`;
    expect(readPageSignal(document, amazon.detect!)).toEqual({ signedIn: false });
  });

  it('reads a name from a structured attribute, in its own word order (LinkedIn avatar alt, Yahoo account button)', () => {
    document.body.innerHTML = `<div class="global-nav__me"><button class="artdeco-dropdown__trigger">
      <img class="global-nav__me-photo" alt="Anna Nowak" src="data:,"><span>Me</span></button></div>`;
    expect(readPageSignal(document, linkedin.detect!)).toEqual({ signedIn: true, accountName: 'Anna Nowak' });
    document.body.innerHTML = `<div id="ybarAccountMenuOpener"><button id="ybarAccountMenu"
      aria-label="Manage your Yahoo accounts: Jan (jan@example.com)"></button></div>`;
    expect(readPageSignal(document, yahoo.detect!)).toEqual({ signedIn: true, accountName: 'Jan' });
  });

  it('reads GitHub\'s login from its meta user-login, in every layout, and no name from an empty one', () => {
    document.head.innerHTML = '<meta name="user-login" content="octo-cat">';
    document.body.innerHTML = '<header><a href="/octo-cat" aria-label="View profile and more"><img alt="@octo-cat" src="data:,"></a></header>';
    expect(readPageSignal(document, github.detect!)).toEqual({ signedIn: true, accountName: 'octo-cat' });
    document.body.innerHTML = '<header><button aria-label="Open user account menu"><img alt="" src="data:,"></button></header>';
    expect(readPageSignal(document, github.detect!)).toEqual({ signedIn: true, accountName: 'octo-cat' });
    // Only a meta counts: a visible element the selector happens to match is no source of a name.
    document.head.innerHTML = '<meta name="user-login" content="">';
    document.body.innerHTML = '<button aria-label="Open user account menu"></button><div name="user-login" content="intruder">x</div>';
    expect(readPageSignal(document, { ...github.detect!, accountName: { target: { css: ['[name="user-login"]'] }, from: 'content' } })).toEqual({ signedIn: true });
    document.head.innerHTML = '';
  });

  it('takes an Amazon account link to Your Account for a session even when it still says nav_ya_signin', () => {
    document.body.innerHTML = `<a id="nav-link-accountList" href="https://www.amazon.com/gp/css/homepage.html?ref_=nav_youraccount_btn"
      data-nav-ref="nav_ya_signin"><span id="nav-link-accountList-nav-line-1" class="nav-line-1">Hello, Alex</span></a>`;
    expect(readPageSignal(document, amazon.detect!)).toEqual({ signedIn: true, accountName: 'Alex' });
  });
});
