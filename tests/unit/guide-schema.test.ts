import { describe, expect, it } from 'vitest';
import { Guide } from '@/utils/guides/schema';
import { parseRecipe, RecipeError } from '@/utils/recipes/schema';
import { builtInRecipes } from '@/utils/recipes/registry';
import { builtInRecipeInputs } from '@/utils/recipes/built-in';
import { allGuides, findGuide, guidesForSession } from '@/utils/guides/catalog';

/** Amazon's recipe as written, with its guides joined (utils/guides/sites/amazon). */
const amazon = builtInRecipeInputs.find((input) => input.id === 'amazon')!;

const clone = <T>(value: T): T => structuredClone(value);

/** A small valid guide to mutate. */
function minimalGuide(): any {
  return {
    id: 'cancel-thing',
    kind: 'cancel-subscription',
    title: { en: 'Cancel the thing', pl: 'Anuluj rzecz' },
    description: { en: 'How.', pl: 'Jak.' },
    menuLabel: { en: 'Cancel…', pl: 'Anuluj…' },
    what: { en: 'The thing', pl: 'Rzecz' },
    startPath: '/account',
    signedOut: { present: { css: ['form#sign-in'] } },
    steps: [
      {
        id: 'open',
        kind: 'safe',
        instruction: { en: 'Open the account.', pl: 'Otwórz konto.' },
        doItForMe: { action: 'navigate', path: '/account' },
        manual: { en: 'Go to /account.', pl: 'Przejdź do /account.' },
      },
      {
        id: 'cancel',
        kind: 'final',
        instruction: { en: 'Press Cancel.', pl: 'Naciśnij Anuluj.' },
        at: { url: ['/account'] },
        target: { css: ['#cancel'], text: { en: ['Cancel'], pl: ['Anuluj'] } },
        manual: { en: 'Press Cancel.', pl: 'Naciśnij Anuluj.' },
      },
    ],
    endings: [{ id: 'done', outcome: 'completed', when: { present: { css: ['#cancelled'] } }, message: { en: 'Done.', pl: 'Gotowe.' } }],
  };
}

function issuesOf(input: unknown): string[] {
  const result = Guide.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('guide schema', () => {
  it('accepts a minimal guide and fills defaults', () => {
    const guide = Guide.parse(minimalGuide());
    expect(guide.retentionOffers).toEqual([]);
    expect(guide.steps[0]!.manualAfterMs).toBe(15_000);
    expect(guide.endings[0]!.stableMs).toBe(0);
  });

  it.each([
    ['a final step Signoff could press', (g: any) => (g.steps[1].doItForMe = { action: 'click' }), 'steps.1.doItForMe'],
    ['an outside step with a control', (g: any) => Object.assign(g.steps[1], { kind: 'outside', target: { css: ['#x'] } }), 'steps.1.target'],
    ['a click with nothing to click', (g: any) => (g.steps[0].doItForMe = { action: 'click' }), 'steps.0.target'],
    ['no final step at all', (g: any) => (g.steps[1].kind = 'safe'), 'steps'],
    ['no ending that completes', (g: any) => (g.endings[0].outcome = 'stopped'), 'endings'],
    ['an absolute start URL', (g: any) => (g.startPath = 'https://evil.example/account'), 'startPath'],
    ['navigation to another site', (g: any) => (g.steps[0].doItForMe.path = '//evil.example/'), 'steps.0.doItForMe.path'],
    ['an unknown field (code)', (g: any) => (g.steps[0].script = 'alert(1)'), 'steps.0'],
    ['a text in one language only', (g: any) => (g.steps[0].instruction = { en: 'Open.' }), 'steps.0.instruction.pl'],
    ['a duplicate step id', (g: any) => (g.steps[1].id = 'open'), 'steps.1.id'],
    ['an unbounded wait for the manual', (g: any) => (g.steps[0].manualAfterMs = 3_600_000), 'steps.0.manualAfterMs'],
    ['an ending that waits too long', (g: any) => (g.endings[0].stableMs = 60_000), 'endings.0.stableMs'],
    ['a condition of unknown kind', (g: any) => (g.signedOut = { script: 'x' }), 'signedOut'],
    ['a selector with a CSS block', (g: any) => (g.steps[1].target.css = ['a{}']), 'steps.1.target.css.0'],
  ])('refuses %s, naming the field', (_label, mutate, field) => {
    const guide = minimalGuide();
    mutate(guide);
    const issues = issuesOf(guide);
    expect(issues.some((issue) => issue.startsWith(`${field}:`)), issues.join('; ')).toBe(true);
  });

  it('is checked as part of a recipe: a bad guide makes the recipe fail with its path', () => {
    const recipe = clone(amazon) as any;
    recipe.guides[0].steps.find((step: any) => step.kind === 'final').doItForMe = { action: 'click' };
    expect(() => parseRecipe(recipe)).toThrow(RecipeError);
    expect(() => parseRecipe(recipe)).toThrow(/guides\.0\.steps\.\d+\.doItForMe: a final step is never done for the person/);
  });
});

describe('guide step provenance and the "checked" condition', () => {
  it('accepts a step that names its sources or says "no evidence", and refuses "source" without sources', () => {
    const guide = minimalGuide();
    guide.steps[0].provenance = { evidence: 'source', sources: ['https://help.example/cancel'] };
    guide.steps[1].provenance = { evidence: 'no evidence', note: 'Label seen only in a catalogue.' };
    guide.steps[1].at = { checked: { text: { en: ['I agree'] } } };
    expect(Guide.parse(guide).steps.map((step) => step.provenance?.evidence)).toEqual(['source', 'no evidence']);
    const bad = clone(guide);
    bad.steps[0].provenance = { evidence: 'source' };
    expect(() => Guide.parse(bad)).toThrow(/names its sources/);
    bad.steps[0].provenance = { evidence: 'guessed', sources: ['x'] };
    expect(() => Guide.parse(bad)).toThrow();
  });
});

describe('built-in guides', () => {
  const entries = allGuides();

  it('cover the flows of issue 4', () => {
    expect(entries.map((entry) => `${entry.recipeId}/${entry.guide.id}`).sort()).toEqual(
      expect.arrayContaining([
        'amazon/cancel-prime',
        'amazon/close-account',
        'amazon/close-account-customer-service',
        'dell/cancel-support-digital-locker',
        'dell/cancel-support-dell-account',
        'fakturowo/delete-account',
      ]),
    );
  });

  it.each(entries.map((entry) => [`${entry.recipeId}/${entry.guide.id}`, entry] as const))('%s: sound data', (_name, entry) => {
    const { guide } = entry;
    const recipe = builtInRecipes.find((candidate) => candidate.id === entry.recipeId)!;
    // Domains are the recipe's own.
    expect(entry.domains.length).toBeGreaterThan(0);
    for (const domain of entry.domains) expect(recipe.sites.map((site) => site.domain)).toContain(domain);
    // Final and outside steps are never done for the person; safe steps that act say how.
    for (const step of guide.steps) {
      // Every step says where its targets and labels come from (issue 21).
      expect(step.provenance, `${step.id}: provenance`).toBeDefined();
      if (step.provenance?.evidence === 'source') expect(step.provenance.sources?.length, step.id).toBeGreaterThan(0);
      if (step.kind !== 'safe') expect(step.doItForMe, step.id).toBeUndefined();
      if (step.kind !== 'outside') expect(step.target ?? step.doItForMe, step.id).toBeDefined();
    }
    // Every text exists in both languages (the schema requires it; here: not the same text by accident).
    expect(guide.title.en).not.toBe(guide.title.pl);
    expect(guide.endings.some((ending) => ending.outcome === 'completed')).toBe(true);
  });

  it('are offered on the popup row of the sites they run on', () => {
    expect(guidesForSession('amazon:amazon.pl').map((entry) => entry.guide.menuLabel.en)).toEqual([
      'Cancel Prime…',
      'Close account…',
      'Close account via customer service…',
    ]);
    expect(guidesForSession('fakturowo:fakturowo.pl').map((entry) => entry.guide.menuLabel.pl)).toEqual(['Usuń konto…']);
    expect(guidesForSession('facebook:facebook.com').map((entry) => entry.guide.kind)).toEqual(['sign-out-other-devices']);
    expect(guidesForSession('youtube:youtube.com')).toEqual([]);
    expect(findGuide('amazon', 'cancel-prime', 'amazon.com')?.site.origin).toBe('https://www.amazon.com');
    expect(findGuide('amazon', 'cancel-prime', 'evil.example')).toBeUndefined();
  });
});
