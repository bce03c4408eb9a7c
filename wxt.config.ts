import { defineConfig } from 'wxt';
import { extensionCsp, recipeMatchPatterns } from './utils/recipes/match-patterns';
import { buildDetectorIndex } from './utils/recipes/detector-index';
import { builtInRecipes } from './utils/recipes/built-in';

// The public half of a key generated for Signoff: it fixes the extension id in development builds, so that tests,
// the demo and test machines' policies can name the extension. (The private half is not needed to load or pack it.)
// Store packages (`npm run zip`, mode "store") leave it out: the Chrome Web Store refuses a manifest with `key`
// and assigns the published id itself.
const MANIFEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAq9vvsr7s88/4hxUIe3kcLBegs7jJARLrwMj7W4FAdwxb8LdTHo0xWmJaVV/T4Wm/fStgqVDCyPgmMdYAoa7Mj/4mpw9gOMC6xYpv8mqks62XG+zUWNay8b6GF0BxVdGg8hk0/a+Bi+GcbDympJFvjC1HvnJsoKrampYrj1B3aBZzdKa8ZGloi7H1lcQga0F1w06KmkDjcexEZm+Z4FQYtnJYE9RobFuX4i8ZodtrAsn68VWh/zFXoEbUdVTl3it2weRolIqKRPoRkybHYuqQucvL8MK7iNF3q2k3sPm9OYkuG87g89Iyedpxcq3NCQCR+Ke1HNDiwrjfmkWui0m90QIDAQAB';

/** `wxt zip --mode store` builds the packages for the stores, into .output/<browser>-mv<N>-store. */
export const STORE_MODE = 'store';

/** What the sources zip AMO asks for leaves out: test output, scratch files and generated screenshots. */
export const SOURCES_ZIP_EXCLUDES = ['test-results/**', 'playwright-report/**', '.tmp/**', 'docs/screenshots/**', '**/*.log'];

/**
 * The popup's page as few requests as possible: its stylesheet inlined into popup.html, and WXT's plugin-loader script
 * left out of it while it loads no plugin (Signoff uses none). Then opening the popup waits for one script from the
 * package, not three files, before the rows can be drawn (bench/popup.ts, docs/benchmarks.md).
 */
function popupInOneRequest() {
  type BundleFile = { type: 'asset'; source: string | Uint8Array } | { type: 'chunk'; code: string };
  return {
    name: 'signoff:popup-in-one-request',
    enforce: 'post' as const,
    generateBundle(_options: unknown, bundle: Record<string, BundleFile>) {
      const page = bundle['entrypoints/popup/index.html']; // WXT moves it to popup.html afterwards.
      if (page?.type !== 'asset' || typeof page.source !== 'string') return;
      page.source = page.source
        .replace(/<script type="module"[^>]*src="\/(chunks\/_virtual_wxt-html-plugins-[^"]+\.js)"><\/script>\s*/, (tag, file: string) => {
          const chunk = bundle[file];
          return chunk?.type === 'chunk' && /^try\{\}catch/.test(chunk.code.trim()) ? '' : tag;
        })
        .replace(/<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)">/, (tag, file: string) => {
          const css = bundle[file];
          return css?.type === 'asset' ? `<style>${String(css.source)}</style>` : tag;
        });
    },
  };
}

/**
 * The popup's script uses the browser's own promise-based extension API (Chrome's `chrome` in Manifest V3, Firefox's
 * `browser`) instead of webextension-polyfill, which every other script keeps: 10 KB less to fetch, compile and run
 * before the popup's first rows (bench/popup.ts, docs/benchmarks.md). WXT builds each unlisted script on its own, so
 * the build of entrypoints/popup-app.ts is the one whose input names it.
 */
function popupWithoutPolyfill() {
  const NATIVE = '\0signoff:native-browser';
  let popupBuild = false;
  return {
    name: 'signoff:popup-without-polyfill',
    enforce: 'pre' as const,
    buildStart(options: { input?: unknown }) {
      popupBuild = JSON.stringify(options.input ?? '').includes('popup-app.ts');
    },
    resolveId: (id: string) => (popupBuild && id === 'webextension-polyfill' ? NATIVE : undefined),
    load: (id: string) =>
      id === NATIVE ? 'const api = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;\nexport default api;\nexport { api as browser };' : undefined,
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // `npm run zip`: the Chrome and Firefox packages, and for Firefox the sources zip (node_modules, .output and
  // dot-folders are left out by WXT already).
  zip: { excludeSources: SOURCES_ZIP_EXCLUDES },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    plugins: [popupInOneRequest(), popupWithoutPolyfill()],
    // Extension pages run in browsers that preload modules natively: no polyfill script in every page.
    build: { modulePreload: { polyfill: false } },
    // What the content scripts need of the built-in recipes, worked out here so that they load neither the recipes nor
    // their schema (utils/recipes/build-time.ts, docs/benchmarks.md). The popup reads its offers from the session rows.
    define: {
      __SIGNOFF_RECIPE_MATCHES__: JSON.stringify(recipeMatchPatterns()),
      __SIGNOFF_DETECTOR_INDEX__: JSON.stringify(buildDetectorIndex(builtInRecipes)),
    },
  }),
  manifest: ({ browser, manifestVersion, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Firefox reads administrators' settings from its own policies.json; the schema is Chrome's way.
    ...(browser === 'chrome' ? { storage: { managed_schema: 'managed_schema.json' } } : {}),
    ...(browser === 'chrome' && mode !== STORE_MODE ? { key: MANIFEST_KEY } : {}),
    permissions: ['cookies', 'storage', 'tabs', 'scripting', 'browsingData', 'alarms', 'contextMenus', 'notifications', 'idle'],
    commands: {
      'sign-out-everywhere': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_signOutEverywhere__',
      },
    },
    host_permissions: recipeMatchPatterns(),
    // The detector (entrypoints/detector.ts) on every page of the recipe sites: a plain script, declared here.
    content_scripts: [{ matches: recipeMatchPatterns(), js: ['detector.js'], run_at: 'document_idle' }],
    // "Detect other sites" (off by default) asks for https://*/* at run time; MV2 has no optional_host_permissions.
    // <all_urls> is asked for when a guide starts: browsers capture a page (the receipt's screenshot) only with it.
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['https://*/*', '<all_urls>'] }
      : { optional_permissions: ['https://*/*', '<all_urls>'] }),
    action: { default_title: '__MSG_extName__' },
    // Scripts only from the package; requests only to itself and to the built-in recipe sites (generated from the
    // recipes; see extensionCsp). No remote code, no eval.
    content_security_policy: { extension_pages: extensionCsp() },
    browser_specific_settings: {
      gecko: {
        id: 'signoff@signoff.example',
        // 140 is the current ESR (what shared computers most often run) and the first desktop Firefox that reads
        // data_collection_permissions; tests/e2e-firefox runs against Debian's firefox-esr.
        strict_min_version: '140.0',
        // Nothing leaves the device: Signoff makes no network requests of its own.
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on (Signoff is not tested on Android).
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
});
