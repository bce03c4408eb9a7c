import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  resolve: {
    // WxtVitest points `wxt/browser` at WXT's mock module, which takes `fakeBrowser` from `wxt/testing`: that index also
    // exports the Vitest plugin, so every test file loaded WXT's whole build core (1-2.5 s a file, most of the
    // "setup" time). The same `fakeBrowser`, from the module that holds only it:
    alias: [{ find: /^wxt\/testing$/, replacement: 'wxt/testing/fake-browser' }],
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['fake-indexeddb/auto', 'tests/unit/setup.ts'],
    restoreMocks: true,
    // Vitest leaves a core free by default (one worker on a two-core machine); the unit run has the machine to itself.
    maxWorkers: 2,
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
  },
});
