// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { nameFromGreeting, readPageSignal } from '@/utils/sessions/page-signal';
import { amazon } from '@/utils/recipes/sites/amazon';

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
});
