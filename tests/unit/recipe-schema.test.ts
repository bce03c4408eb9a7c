import { describe, expect, it } from 'vitest';
import { parseRecipe, RecipeError } from '@/utils/recipes/schema';
import { amazon } from '@/utils/recipes/sites/amazon';

const clone = <T>(value: T): T => structuredClone(value);

describe('recipe schema', () => {
  it('accepts the Amazon recipe and fills defaults', () => {
    const recipe = parseRecipe(amazon);
    expect(recipe.sites.map((s) => s.domain)).toContain('amazon.pl');
    expect(recipe.sites.find((s) => s.domain === 'amazon.com')?.authCookies).toContain('at-main');
    expect(recipe.sites.find((s) => s.domain === 'amazon.pl')?.authCookies).not.toContain('session-id');
    const steps = recipe.signOut[0];
    expect(steps?.kind === 'steps' && steps.startPath).toBe('/');
  });

  it('accepts a full https URL on a related domain, and refuses one elsewhere', () => {
    const withRelated = { ...clone(amazon), relatedDomains: ['amazon-auth.example'] };
    withRelated.signOut = [{ kind: 'url', path: 'https://signin.amazon-auth.example/logout' }];
    expect(parseRecipe(withRelated).signOut[0]).toMatchObject({ path: 'https://signin.amazon-auth.example/logout' });
    withRelated.signOut = [{ kind: 'url', path: 'https://amazon-auth.example.evil.com/logout' }];
    expect(() => parseRecipe(withRelated)).toThrow('signOut.0.path: amazon-auth.example.evil.com is not one of the recipe');
  });

  it.each([
    ['a navigation URL on another domain', (r: any) => (r.signOut[1] = { kind: 'url', path: 'https://evil.example/x' }), 'signOut.1.path'],
    ['a plain-http URL', (r: any) => (r.signOut[1] = { kind: 'url', path: 'http://www.amazon.pl/x' }), 'signOut.1.path'],
    ['an unknown step action', (r: any) => (r.signOut[0].steps[0] = { action: 'eval', code: 'x' }), 'signOut.0.steps.0.action'],
    ['a target with neither css nor text', (r: any) => (r.signOut[0].steps[0].target = {}), 'signOut.0.steps.0.target'],
    ['a timeout over the bound', (r: any) => (r.signOut[0].steps[0].timeoutMs = 600_000), 'signOut.0.steps.0.timeoutMs'],
    ['a domain with a scheme', (r: any) => (r.sites[0].domain = 'https://amazon.pl'), 'sites.0.domain'],
    ['an origin off the site domain', (r: any) => (r.sites[0].origin = 'https://www.evil.pl'), 'sites.0'],
    ['a duplicate domain', (r: any) => (r.sites[1].domain = r.sites[0].domain), 'sites.1.domain'],
    ['a missing provenance', (r: any) => delete r.provenance, 'provenance'],
    ['an extra, unknown field', (r: any) => (r.script = 'alert(1)'), '(recipe)'],
    ['a selector with a CSS block', (r: any) => (r.signOut[0].steps[0].target.css = ['a{}']), 'signOut.0.steps.0.target.css.0'],
  ])('rejects %s with a message naming the field', (_label, mutate, field) => {
    const bad = clone(amazon);
    mutate(bad);
    let error: unknown;
    try {
      parseRecipe(bad);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RecipeError);
    expect((error as Error).message).toContain(`${field}:`);
  });
});
