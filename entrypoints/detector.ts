import type { Report } from '@/utils/messaging/protocol';
import { readPageSignal } from '@/utils/sessions/page-signal';
import { builtInDetectorIndex } from '@/utils/recipes/build-time';
import { hostOnDomain } from '@/utils/core/host-match';

/**
 * Runs on every page of the recipe sites (wxt.config.ts declares it for them). Reads whether the page shows a
 * signed-in account and the greeting's name, and tells the background; the background decides from cookies whether
 * there is a session.
 *
 * Kept small because it runs so often (≤ 5 KB gzipped, docs/benchmarks.md): it carries only the recipes' detection
 * data, made at build time (utils/recipes/detector-index.ts), and it is a plain script rather than a WXT content
 * script, whose wrapper brings the webextension polyfill along. One message needs no polyfill: both browsers give
 * content scripts a promise-returning `runtime.sendMessage` (Firefox as `browser`, Chrome as `chrome`).
 */
export default defineUnlistedScript({
  globalName: false,
  main() {
    const entry = builtInDetectorIndex().find((candidate) => candidate.domains.some((domain) => hostOnDomain(location.hostname, domain)));
    if (!entry) return;
    const signal = readPageSignal(document, entry.detect);
    const report: Report = { channel: 'report', type: 'page-signal', ...signal };
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    void Promise.resolve(api.runtime.sendMessage(report)).catch(() => undefined);
  },
});
