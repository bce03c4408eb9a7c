// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findTarget } from '@/utils/core/find-target';

describe('text targets read a submit input\'s value as its label', () => {
  it('finds GitHub\'s <input type="submit" value="Sign out from all accounts"> by its text when no selector matches', () => {
    document.body.innerHTML = `<form action="/logout" method="post"><input type="hidden" name="authenticity_token" value="t">
<input type="submit" value="Sign out from all accounts" class="btn"></form>`;
    const found = findTarget(document, { css: ['button.no-such-thing'], text: { en: ['Sign out from all accounts'] } });
    expect(found?.getAttribute('value')).toBe('Sign out from all accounts');
  });

  it('a hidden input with the same value is never a match', () => {
    document.body.innerHTML = `<form><input type="hidden" value="Sign out"></form><a href="/x">Sign out</a>`;
    expect(findTarget(document, { text: { en: ['Sign out'] } })?.localName).toBe('a');
  });
});
