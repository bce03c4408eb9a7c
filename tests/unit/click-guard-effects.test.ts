// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { clickRecordingPage } from './support/click-page';
import { findSignOut, scanForSignOut } from '@/utils/generic/find-sign-out';
import { runSteps } from '@/utils/recipes/engine';
import type { Step, Target } from '@/utils/recipes/schema';

// Issue #11 §3: the click guard judges what the click will really do, not only the element that matched.

const page = (body: string, url = 'https://www.amazon.pl/') => clickRecordingPage(body, url);

const signOutStep = (target: Target): Step & { action: 'click' } => ({ action: 'click', target, timeoutMs: 200 });
const AMAZON = ['amazon.pl'];

/** Each attack: a page, the step that names "Wyloguj się", and the element it must never press. */
const ATTACKS: [name: string, body: string, step: Step & { action: 'click' }][] = [
  [
    'a link labelled "Wyloguj się" that closes the account (/ap/close-account)',
    '<a id="decoy" href="/ap/close-account?confirm=1">Wyloguj się</a>',
    signOutStep({ text: { pl: ['Wyloguj się'] } }),
  ],
  [
    'a span role=button inside a link to another site',
    '<a href="https://other.example/logout"><span role="button" id="decoy">Wyloguj się</span></a>',
    signOutStep({ css: ['[role="button"]'], text: { pl: ['Wyloguj się'] } }),
  ],
  [
    'a span inside a link to a destructive address on the site',
    '<a href="/konto/usun"><span role="button" id="decoy">Wyloguj się</span></a>',
    signOutStep({ css: ['#decoy'] }),
  ],
  [
    'a <label for> tied to the submit button of a delete form',
    '<label for="confirm" id="decoy">Wyloguj się</label><form action="/konto/usun" method="post"><button id="confirm">OK</button></form>',
    signOutStep({ text: { pl: ['Wyloguj się'] } }),
  ],
  [
    'a <label> wrapping the submit button of a form to another site',
    '<form action="https://other.example/logout" method="post"><label id="decoy">Wyloguj się <input type="submit" value="→"></label></form>',
    signOutStep({ css: ['#decoy'] }),
  ],
  [
    'a submit button outside its form (form= attribute) whose form deletes',
    '<button id="decoy" form="f">Wyloguj się</button><form id="f" action="/account/delete" method="post"></form>',
    signOutStep({ text: { pl: ['Wyloguj się'] } }),
  ],
  [
    'a button whose own formaction closes the account',
    '<form action="/wyloguj" method="post"><button id="decoy" formaction="/close-account">Wyloguj się</button></form>',
    signOutStep({ text: { pl: ['Wyloguj się'] } }),
  ],
];

describe('recipe clicks: what the click really does', () => {
  it.each(ATTACKS)('never presses %s, whatever the label says', async (_name, body, step) => {
    const { doc, clicked } = page(body);
    await expect(runSteps(doc, [step], { allowedDomains: AMAZON })).rejects.toThrow(/step 1/);
    expect(clicked).toEqual([]);
  });

  it.each(ATTACKS)('with %s beside it, the real control is still pressed', async (_name, body, step) => {
    const { doc, clicked } = page(`${body}<a id="real" href="/gp/flex/sign-out.html">Wyloguj się</a><span id="real-css"></span>`);
    const target = step.target.css ? { ...step.target, css: [...step.target.css, '#real'] } : step.target;
    await runSteps(doc, [{ ...step, target }], { allowedDomains: AMAZON });
    expect(clicked).toEqual(['real']);
  });
});

describe('the generic finder: what the click really does', () => {
  it.each([
    ['a "Log out" span inside a link to /account/delete', '<header><a href="/account/delete"><span role="button" id="decoy">Log out</span></a></header>', 'destructive'],
    ['a "Log out" span inside a link to another site', '<header><a href="https://other.example/"><span role="button" id="decoy">Log out</span></a></header>', 'other-site'],
    ['a "Log out" button that submits a delete form', '<header><button id="decoy" form="f">Log out</button></header><form id="f" action="/account/delete"></form>', 'destructive'],
  ])('refuses %s', (_name, body, reason) => {
    const { doc } = page(body, 'https://www.sklep-przyklad.pl/');
    expect(findSignOut(doc, { siteDomain: 'sklep-przyklad.pl' })).toBeUndefined();
    expect(scanForSignOut(doc, { siteDomain: 'sklep-przyklad.pl' }).refused.map((c) => [c.element.id, c.reasons[0]])).toContainEqual(['decoy', reason]);
  });
});
