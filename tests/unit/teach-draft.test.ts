import { describe, expect, it } from 'vitest';
import { builtInRecipes } from '@/utils/recipes/built-in';
import { checkImportedRecipe } from '@/utils/recipes/imported';
import { buildDraft, plainSteps, triedTargets } from '@/utils/teach/draft';
import type { Recording } from '@/utils/teach/recording-schema';

/** The draft builder (issue #15): a recording becomes a recipe that the import of a recipe file accepts as it is. */

const recording = (over: Partial<Recording> = {}): Recording => ({
  id: 'teach-1',
  sessionId: 'generic:dziennik-szkolny.pl',
  domain: 'dziennik-szkolny.pl',
  origin: 'https://www.dziennik-szkolny.pl',
  siteName: 'www.dziennik-szkolny.pl',
  tabId: 3,
  startPath: '/',
  startedAt: 0,
  status: 'review',
  steps: [
    { kind: 'press', target: { css: ['button[aria-label="Konto"]'], text: { pl: ['Konto'] } }, label: 'Konto', opensMenu: true },
    { kind: 'press', target: { text: { pl: ['Wyloguj'] } }, label: 'Wyloguj', opensMenu: false },
    { kind: 'press', target: { text: { pl: ['Tak, wyloguj'] } }, label: 'Tak, wyloguj', opensMenu: false },
  ],
  sessionCookies: ['DZIENNIKSESSID', 'dziennik_remember'],
  removedCookies: ['dziennik_remember', 'DZIENNIKSESSID'],
  ...over,
});

const options = { today: '2026-12-06', taken: builtInRecipes, name: 'Dziennik Szkolny' };

describe('buildDraft', () => {
  it('builds a recipe the import of a recipe file accepts unchanged', () => {
    const draft = buildDraft(recording(), options);
    expect(draft.ok).toBe(true);
    if (!draft.ok) return;
    const { recipe } = draft;
    expect(recipe).toMatchObject({
      id: 'taught-dziennik-szkolny-pl',
      name: 'Dziennik Szkolny',
      sites: [{ domain: 'dziennik-szkolny.pl', origin: 'https://www.dziennik-szkolny.pl', authCookies: ['dziennik_remember', 'DZIENNIKSESSID'] }],
      signOut: [{ kind: 'steps', startPath: '/', steps: [{ action: 'click' }, { action: 'click' }, { action: 'click' }] }],
      accountCheck: { url: '/', signedIn: { kind: 'marker', text: ['aria-label="Konto"'] } },
    });
    expect(checkImportedRecipe(JSON.stringify(recipe), builtInRecipes)).toEqual(recipe);
    expect(plainSteps(recipe)).toEqual([
      { kind: 'open-menu', label: 'Konto' },
      { kind: 'press', label: 'Wyloguj' },
      { kind: 'press', label: 'Tak, wyloguj' },
    ]);
    expect(triedTargets(recipe, 0)).toEqual(['button[aria-label="Konto"]', '"Konto"']);
  });

  it('keeps hovers optional and navigations as paths', () => {
    const draft = buildDraft(
      recording({
        steps: [
          { kind: 'hover', target: { text: { pl: ['Konto'] } }, label: 'Konto', opensMenu: true },
          { kind: 'navigate', path: '/konto' },
          { kind: 'press', target: { text: { pl: ['Wyloguj'] } }, label: 'Wyloguj', opensMenu: false },
        ],
      }),
      options,
    );
    expect(draft.ok && draft.recipe.signOut[0]).toEqual({
      kind: 'steps',
      startPath: '/',
      steps: [
        { action: 'hover', target: { text: { pl: ['Konto'] } }, optional: true },
        { action: 'navigate', path: '/konto' },
        { action: 'click', target: { text: { pl: ['Wyloguj'] } } },
      ],
    });
  });

  it('refuses a refused recording, one without a press, and a destructive step (the import rules)', () => {
    expect(buildDraft(recording({ status: 'refused', refusedLabel: 'Usuń konto' }), options)).toMatchObject({ ok: false });
    expect(buildDraft(recording({ steps: [{ kind: 'navigate', path: '/wyloguj' }] }), options)).toMatchObject({ ok: false });
    const destructive = buildDraft(
      recording({ steps: [{ kind: 'press', target: { text: { pl: ['Usuń konto'] } }, label: 'Usuń konto', opensMenu: false }] }),
      options,
    );
    expect(destructive).toEqual({ ok: false, problems: ['signOut.0.steps.0.target: "Usuń konto" names a destructive control; only built-in recipes may'] });
  });

  it('refuses a site a built-in recipe covers', () => {
    const draft = buildDraft(recording({ domain: 'amazon.pl', origin: 'https://www.amazon.pl' }), options);
    expect(draft).toMatchObject({ ok: false, problems: [expect.stringContaining('belongs to the "amazon" recipe')] });
  });

  it('names only the sign-in cookies that went away (all of them if none did)', () => {
    const some = buildDraft(recording({ removedCookies: ['DZIENNIKSESSID', 'unrelated'] }), options);
    expect(some.ok && some.recipe.sites[0]?.authCookies).toEqual(['DZIENNIKSESSID']);
    const none = buildDraft(recording({ removedCookies: [] }), options);
    expect(none.ok && none.recipe.sites[0]?.authCookies).toEqual(['DZIENNIKSESSID', 'dziennik_remember']);
  });
});
