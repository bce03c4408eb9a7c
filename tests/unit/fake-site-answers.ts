import type { Recipe, SiteEntry } from '@/utils/recipes/schema';
import type { SiteAnswer } from '@/utils/account-check/read-answer';

/**
 * A stand-in for utils/account-check/ask-site in unit tests: the site answers its account check the way its cookies
 * in `jar` say (signed in while one of its auth cookies is there), unless a test overrides the answer.
 */
export function fakeAskSite(jar: Set<string>, override: { answer?: SiteAnswer['state']; onAsk?: () => void } = {}) {
  return {
    checkKey: (recipe: Pick<Recipe, 'id'>, site: Pick<SiteEntry, 'domain'>) => `${recipe.id}:${site.domain}`,
    checkUnderWay: () => undefined,
    askSite: async (_recipe: Recipe, site: SiteEntry): Promise<SiteAnswer> => {
      override.onAsk?.(); // What else the site does when asked (a test's remember-me starts a new session).
      const state = override.answer ?? (site.authCookies.some((name) => jar.has(name)) ? 'signed-in' : 'signed-out');
      return state === 'unknown' ? { state, why: 'test' } : { state };
    },
  };
}
