// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { clickRecordingPage } from './support/click-page';
import { scanForSignOut } from '@/utils/generic/find-sign-out';
import { judgeClick } from '@/utils/recipes/click-guard';
import { runSteps } from '@/utils/recipes/engine';
import { parseRecipe, type RecipeInput, type Step } from '@/utils/recipes/schema';
import { github } from '@/utils/recipes/sites/github';

const page = (body: string, url = 'https://github.com/logout') => clickRecordingPage(body, url);

// GitHub's /logout as its docs describe it: a per-account "Sign out" and "Sign out from all accounts".
const LOGOUT_PAGE = `<form action="/logout" method="post"><input id="all" type="submit" value="Sign out from all accounts"></form>`;
const SUBMIT: Step = { action: 'click', target: { css: ['form[action="/logout"] [type="submit"]'], text: { en: ['Sign out'] } }, timeoutMs: 200 };

describe('"sign out of all accounts" is pressed only by a method that declares it (#17)', () => {
  it('refuses it in a run whose method does not declare it, presses it in one that does', async () => {
    const refused = page(LOGOUT_PAGE);
    await expect(runSteps(refused.doc, [SUBMIT], { allowedDomains: ['github.com'] })).rejects.toThrow(/step 1/);
    expect(refused.clicked).toEqual([]);

    const declared = page(LOGOUT_PAGE);
    await runSteps(declared.doc, [SUBMIT], { allowedDomains: ['github.com'], endsAllAccounts: true });
    expect(declared.clicked).toEqual(['all']);
  });

  it('skips the all-accounts item a text step also matches, and presses the one-account sign-out', async () => {
    const { doc, clicked } = page(
      `<div role="menu"><button id="all">Log out of all accounts</button><button id="one">Log out @jan</button></div>`,
      'https://www.instagram.com/',
    );
    await runSteps(doc, [{ action: 'click', target: { text: { en: ['Log out'] } }, timeoutMs: 200 }], { allowedDomains: ['instagram.com'] });
    expect(clicked).toEqual(['one']);
  });

  it('judges labels in en/pl/de/uk, a logout_all address, and what the click really activates; not a bare "See all accounts"', () => {
    const { doc } = page(`
      <button id="en">Sign out of all accounts</button><button id="gh">Sign out from all accounts</button>
      <button id="pl">Wyloguj ze wszystkich kont</button><button id="de">Von allen Konten abmelden</button>
      <button id="uk">Вийти з усіх облікових записів</button><a id="yahoo" href="https://login.yahoo.com/account/logout?logout_all=1">Sign out</a>
      <a href="/logout?logout_all=1"><span id="inner">Sign out</span></a>
      <a id="see" href="/accounts">See all accounts</a><button id="one">Sign out</button><a id="plain" href="/logout">Sign out</a>`);
    const verdict = (id: string, endsAllAccounts = false) => judgeClick(doc.getElementById(id)!, { endsAllAccounts });
    for (const id of ['en', 'gh', 'pl', 'de', 'uk', 'yahoo', 'inner']) expect(verdict(id), id).toMatchObject({ ok: false, reason: 'all-accounts' });
    for (const id of ['see', 'one', 'plain']) expect(verdict(id), id).toEqual({ ok: true });
    expect(verdict('gh', true)).toEqual({ ok: true });
    // A guide's press (cancellation) gets no exception.
    expect(judgeClick(doc.getElementById('pl')!, { cancellation: true })).toMatchObject({ ok: false, reason: 'all-accounts' });
  });

  it('the generic finder never offers it, even as the only sign-out on the page', () => {
    const { doc } = page(`<header><a id="all" href="/logout?logout_all=1">Log out</a><button id="all2">Log out of all accounts</button></header>`, 'https://sklep-przyklad.pl/');
    const scan = scanForSignOut(doc, { siteDomain: 'sklep-przyklad.pl' });
    expect(scan.signOut).toEqual([]);
    expect(scan.refused.map((candidate) => [candidate.element.id, candidate.reasons])).toEqual([
      ['all', ['all-accounts']],
      ['all2', ['all-accounts']],
    ]);
  });
});

describe('the recipe declares it with evidence', () => {
  const withMethod = (method: RecipeInput['signOut'][number], provenance: Partial<RecipeInput['provenance']> = {}): RecipeInput => ({
    ...github,
    signOut: [method],
    provenance: { ...github.provenance, endsAllAccounts: undefined, ...provenance },
  });

  it('refuses a declaration without evidence, and a logout_all address in a method that does not declare it', () => {
    expect(() => parseRecipe(withMethod({ kind: 'url', path: '/logout', endsAllAccounts: { of: 'GitHub' } }))).toThrow(/provenance.endsAllAccounts/);
    expect(() => parseRecipe(withMethod({ kind: 'url', path: '/logout?logout_all=1' }))).toThrow(/signOut\.0\.path: this address signs out every account/);
    const evidence = { confidence: 'low' as const, sources: [{ url: 'https://example.com/', note: 'n' }] };
    expect(parseRecipe(withMethod({ kind: 'url', path: '/logout?logout_all=1', endsAllAccounts: { of: 'GitHub' } }, { endsAllAccounts: evidence })).signOut[0])
      .toMatchObject({ endsAllAccounts: { of: 'GitHub' } });
  });

  it('GitHub, Google and YouTube declare every sign-out method; Yahoo none', async () => {
    const { builtInRecipes } = await import('@/utils/recipes/registry');
    const declared = (id: string) => builtInRecipes.find((recipe) => recipe.id === id)!.signOut.map((method) => method.kind !== 'generic' && method.endsAllAccounts?.of);
    expect(declared('github')).toEqual(['GitHub', 'GitHub']);
    expect(declared('google')).toEqual(['Google', 'Google']);
    expect(declared('youtube')).toEqual(['Google', 'Google']);
    expect(declared('yahoo')).toEqual([undefined]);
  });
});
