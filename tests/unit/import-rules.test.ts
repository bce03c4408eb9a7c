import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCycles, readImportGraph } from '../tools/import-graph';

/**
 * The layers of Signoff's code, bottom first (docs/architecture.md draws the same map). A file may import files of
 * its own layer and of the layers below it, never above; no import cycles anywhere, type-only imports included.
 * A file belongs to the lowest layer one of whose patterns matches it, and every file must match one: a new file
 * is placed here, on purpose.
 */
const LAYERS: { name: string; why: string; files: RegExp[] }[] = [
  {
    name: 'core',
    why: 'pure vocabulary: words, finding a target, host and site identity, site addresses, the schemas',
    files: [
      /^utils\/core\//,
      /^utils\/recipes\/(schema|site-entry-schema|account-check-schema)\.ts$/,
      /^utils\/guides\/schema\.ts$/,
      // The primitives both schemas build on (#13 §1).
      /^utils\/schema-primitives\.ts$/,
    ],
  },
  {
    name: 'data',
    why: 'what Signoff knows and the shapes its parts exchange: recipes, guides, messages, rows; no behaviour',
    files: [
      /^utils\/recipes\/(sites\/.*|built-in|build-time|detector-index|match-patterns|extra-recipe-rules)\.ts$/,
      /^utils\/guides\/(sites\/.*|protocol|rows|language|guide-domains)\.ts$/,
      /^utils\/messaging\/(protocol|command-reply|command-error|runner-work)\.ts$/,
      /^utils\/(db-schema|db-changes|keep-list|stored-reason|popup-snapshot-check)\.ts$/,
      /^utils\/reminders\/decisions\.ts$/,
      /^utils\/teach\/recording-schema\.ts$/,
    ],
  },
  {
    name: 'page logic',
    why: 'pure logic over a page or a site answer (runs in content scripts, or decides in the background); no browser API',
    files: [
      /^utils\/recipes\/(engine|click-guard)\.ts$/,
      /^utils\/generic\/(find-sign-out|control-facts|destructive-control|attribute-cues|destructive-address|run-generic-page|password-watch|cookie-heuristics)\.ts$/,
      /^utils\/guides\/(progress|conditions)\.ts$/,
      /^utils\/sessions\/page-signal\.ts$/,
      /^utils\/account-check\/(page-signals|read-answer)\.ts$/,
      /^utils\/teach\/(record-target|record-press|draft|trial|tab-offer|tab-link|teach-view)\.ts$/,
    ],
  },
  {
    name: 'browser adapters',
    why: 'thin adapters over browser.* (cookies, tabs, storage items, notifications…), so the rest can be faked',
    files: [/^utils\/browser\//],
  },
  {
    name: 'state',
    why: 'what Signoff keeps and reads back: the database, settings, policy, recipes in force, language',
    files: [
      /^utils\/(db|db-read|settings|language-setting|i18n|retention|popup-model|popup-snapshot|popup-snapshot-schema|popup-snapshot-cache|batch-model)\.ts$/,
      /^utils\/recipes\/(imported|policy-recipes|registry)\.ts$/,
      /^utils\/guides\/(panel-strings|receipts|catalog)\.ts$/,
      /^utils\/reminders\/leftovers\.ts$/,
      /^utils\/teach\/recording-store\.ts$/,
    ],
  },
  {
    name: 'policy',
    why: "the administrator's policy laid over the settings; the recipes in force never depend on it (they read its recipes themselves)",
    files: [/^utils\/policy\.ts$/],
  },
  {
    name: 'features',
    why: 'the background work: sign-out jobs, sessions, sites without a recipe, guides, reminders, account checks',
    files: [
      /^utils\/(jobs|sessions|generic|guides|reminders|account-check|teach)\//,
      /^utils\/(history|stored-changes)\.ts$/,
      /^utils\/messaging\/send-command\.ts$/,
    ],
  },
  {
    name: 'message router',
    why: "the background's one message entry, which hands each command or report to its feature",
    files: [/^utils\/messaging\/handle-message\.ts$/],
  },
  {
    name: 'components',
    why: 'Preact views: props in, events out; they read no storage and start no work',
    files: [/^components\//],
  },
  { name: 'entrypoints', why: 'wiring: listeners, pages and content scripts', files: [/^entrypoints\//] },
];

/** Pairs kept apart inside a layer, or across it: the backwards imports issue #13 §5 named, and views starting work. */
const FORBIDDEN: { from: RegExp; to: RegExp; why: string }[] = [
  { from: /^components\//, to: /^utils\/(jobs|sessions|generic|reminders|account-check|browser)\//, why: 'a view starts no work' },
  { from: /^utils\/recipes\//, to: /^utils\/generic\//, why: 'recipes do not build on the finder for sites without one' },
  { from: /^utils\/guides\//, to: /^utils\/jobs\//, why: 'a guide is not a sign-out job' },
];

/** Where browser.* may be called: the adapters, and the entrypoints that wire listeners and pages. */
const BROWSER_API_PLACES = /^(utils\/browser|entrypoints)\//;

/** The extension API's modules: a value import of any of them reaches the browser. */
const BROWSER_API_MODULES = /^(wxt\/browser|webextension-polyfill|@wxt-dev\/webextension-polyfill(\/.*)?)$/;

/**
 * Whether a source file reaches the extension API itself: a value import from its modules (a type-only `Browser` is
 * fine), or the `chrome` / `browser` global used in code (comments are left out).
 */
function callsBrowserApi(source: string): boolean {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const valueImport = [...code.matchAll(/import\s+(type\s+)?([^;]*?)\s*from\s*['"]([^'"]+)['"]/g)].some(
    ([, typeOnly, what = '', from = '']) =>
      BROWSER_API_MODULES.test(from) &&
      !typeOnly &&
      // `{ type A, type B }` is type-only too; a default, a namespace or any plain name is a value.
      !/^\{\s*(type\s+\w+(\s+as\s+\w+)?\s*,?\s*)*\}$/.test(what),
  );
  return valueImport || /\b(chrome|browser)\s*\.\s*[a-z]\w*/.test(code) || /\bimport\s*\(\s*['"]wxt\/browser['"]\s*\)/.test(code);
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const graph = readImportGraph(root);
const layerOf = (file: string) => LAYERS.findIndex((layer) => layer.files.some((pattern) => pattern.test(file)));

describe('import rules (docs/architecture.md)', () => {
  it('reads every import of our own code', () => {
    expect(graph.files.length).toBeGreaterThan(150);
    expect(graph.unresolved).toEqual([]);
  });

  it('places every source file in a layer', () => {
    expect(graph.files.filter((file) => layerOf(file) === -1)).toEqual([]);
  });

  it('imports point down the layers, never up', () => {
    const upward = graph.files.flatMap((file) =>
      (graph.imports.get(file) ?? [])
        .filter((target) => layerOf(target) > layerOf(file))
        .map((target) => `${file} (${LAYERS[layerOf(file)]?.name}) → ${target} (${LAYERS[layerOf(target)]?.name})`),
    );
    expect(upward).toEqual([]);
  });

  it('keeps the forbidden pairs apart', () => {
    const broken = graph.files.flatMap((file) =>
      FORBIDDEN.filter((rule) => rule.from.test(file)).flatMap((rule) =>
        (graph.imports.get(file) ?? []).filter((target) => rule.to.test(target)).map((target) => `${file} → ${target}: ${rule.why}`),
      ),
    );
    expect(broken).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(findCycles(graph.imports).map((files) => files.join(' ↔ '))).toEqual([]);
  });

  it('calls browser.* only through utils/browser/ adapters (and in entrypoints)', () => {
    const callers = graph.files.filter((file) => !BROWSER_API_PLACES.test(file) && callsBrowserApi(graph.sources.get(file) ?? ''));
    expect(callers).toEqual([]);
    // The adapters are found by the same check (so it is not blind).
    expect(graph.files.filter((file) => file.startsWith('utils/browser/') && callsBrowserApi(graph.sources.get(file) ?? '')).length).toBeGreaterThan(10);
  });

  it('sees every way of reaching the browser (the checker itself)', () => {
    expect(callsBrowserApi("import { browser } from 'wxt/browser';")).toBe(true);
    expect(callsBrowserApi("import { type Browser, browser as b } from 'wxt/browser';")).toBe(true);
    expect(callsBrowserApi("import * as api from 'wxt/browser';")).toBe(true);
    expect(callsBrowserApi("import polyfill from 'webextension-polyfill';")).toBe(true);
    expect(callsBrowserApi("const api = await import('wxt/browser');")).toBe(true);
    expect(callsBrowserApi('void chrome.tabs.query({});')).toBe(true);
    expect(callsBrowserApi('void globalThis.browser.tabs.query({});')).toBe(true);
    expect(callsBrowserApi("import type { Browser } from 'wxt/browser';")).toBe(false);
    expect(callsBrowserApi("import { type Browser, type PublicPath } from 'wxt/browser';")).toBe(false);
    expect(callsBrowserApi('/** chrome.i18n format */ // browser.tabs in a comment\nconst url = "https://x/";')).toBe(false);
  });

  it('finds a cycle and an upward import when there is one (the checker itself)', () => {
    const imports = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(findCycles(imports)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(layerOf('utils/core/find-target.ts')).toBeLessThan(layerOf('utils/recipes/click-guard.ts'));
  });
});
