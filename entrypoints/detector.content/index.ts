import { browser } from 'wxt/browser';
import type { Report } from '@/utils/messaging/protocol';
import { readPageSignal } from '@/utils/sessions/page-signal';
import { recipeMatchPatterns } from '@/utils/recipes/match-patterns';
import { recipeInputs } from '@/utils/recipes/sites';
import { hostOnDomain } from '@/utils/core/host-match';

/**
 * Runs only on recipe sites. Reads whether the page shows a signed-in account and the greeting's name, and
 * tells the background; the background decides from cookies whether there is a session.
 */
export default defineContentScript({
  matches: recipeMatchPatterns(),
  runAt: 'document_idle',
  main() {
    const recipe = recipeInputs.find((r) => r.sites.some((site) => hostOnDomain(location.hostname, site.domain)));
    if (!recipe?.detect) return;
    const signal = readPageSignal(document, recipe.detect);
    const report: Report = { channel: 'report', type: 'page-signal', ...signal };
    void browser.runtime.sendMessage(report).catch(() => undefined);
  },
});
