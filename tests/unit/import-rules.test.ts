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
      /^utils\/recipes\/(schema|account-check-schema)\.ts$/,
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
      /^utils\/(db-schema|db-changes|keep-list|stored-reason)\.ts$/,
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
      /^utils\/teach\/(record-target|record-press|draft|trial)\.ts$/,
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
      /^utils\/(db|db-read|settings|language-setting|i18n|retention|popup-model|batch-model)\.ts$/,
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

/**
 * Files outside utils/browser/ and entrypoints/ that still call browser.* themselves. The list only shrinks: a new
 * file that needs the browser goes through an adapter in utils/browser/.
 */
const BROWSER_API_OUTSIDE_ADAPTERS = new Set<string>([
  'utils/account-check/ask-in-site-tab.ts', // injects the check into a tab of the site, like the runner (#13 §3)
  'utils/i18n.ts',
  'utils/generic/detection-setup.ts',
  'utils/jobs/generic-method.ts',
  'utils/guides/guide-runs.ts',
  'utils/guides/screenshot.ts',
  'utils/jobs/open-account-flow.ts',
  'utils/jobs/runner-channel.ts',
  'utils/jobs/sign-out-job.ts',
  'utils/jobs/tab-guard.ts',
  'utils/messaging/handle-message.ts',
]);

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
    const callers = graph.files.filter(
      (file) =>
        !/^(utils\/browser|entrypoints)\//.test(file) &&
        // A value import of `browser` (a type-only `Browser` is fine).
        /import\s*\{\s*browser\b[^}]*\}\s*from\s*'wxt\/browser'/.test(graph.sources.get(file) ?? ''),
    );
    expect(callers.filter((file) => !BROWSER_API_OUTSIDE_ADAPTERS.has(file))).toEqual([]);
    expect([...BROWSER_API_OUTSIDE_ADAPTERS].filter((file) => !callers.includes(file))).toEqual([]);
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
