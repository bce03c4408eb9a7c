import { browser } from 'wxt/browser';
import { builtInRecipeMatches } from '@/utils/recipes/build-time';
import type { PanelMessage } from '@/utils/guides/protocol';
import { GuidePanelController } from './panel';

/**
 * Injected on demand into the one tab a guide runs in, after each page load there. Shows the guide's panel; the
 * background sends the guide and where it stands.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: builtInRecipeMatches(),
  main() {
    // The background injects again after every page load (and may do so twice); within one page, listen once.
    const marker = '__signoffGuidePanel';
    const scope = globalThis as typeof globalThis & { [marker]?: boolean };
    if (scope[marker]) return;
    scope[marker] = true;

    const panel = new GuidePanelController();
    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      // Only Signoff's background talks to the panel (not another extension, not a page).
      if (sender.id !== browser.runtime.id || sender.tab) return undefined;
      const panelMessage = message as PanelMessage | undefined;
      if (panelMessage?.channel !== 'guide') return undefined;
      if (panelMessage.type === 'show') panel.show(panelMessage);
      else if (panelMessage.type === 'detach' && panelMessage.runId === panel.activeRunId) panel.detach();
      return undefined;
    });
  },
});
