import { readFileSync } from 'node:fs';
import { DETECTOR_GZIP_BUDGET, foundIn, guideTextFragments } from '../tests/tools/bundle-content';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from '@playwright/test';
import { buildForBench } from './lib/build';
import { launchExtension, launchPlain, type Fixtures } from './lib/browser';
import { runAlone } from './lib/main';
import { ORDINARY_HOST } from './lib/ordinary-site';
import type { Section } from './lib/report';
import { kb, median, ms, repeat, RUNS, table } from './lib/stats';

const TARGET_GZIP_BYTES = 5 * 1024;
/** Match patterns that reach ordinary pages, not only recipe sites. */
const EVERY_PAGE = /^(<all_urls>|\*:\/\/\*\/\*|https?:\/\/\*\/\*|file:\/\/\/\*)$/;
const PAGES = { ordinary: `https://${ORDINARY_HOST}/`, recipe: 'https://www.linkedin.com/' } as const;
const LOADS_PER_RUN = 3;

interface ContentScript {
  matches?: string[];
  js?: string[];
}

const gzipSize = (file: string) => gzipSync(readFileSync(file)).length;

/** What the manifest injects, and where. */
function manifestScripts(dir: string) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: ContentScript[] };
  return (manifest.content_scripts ?? []).flatMap((script) =>
    (script.js ?? []).map((file) => ({
      file,
      everyPage: (script.matches ?? []).some((pattern) => EVERY_PAGE.test(pattern)),
      patterns: script.matches?.length ?? 0,
      gzip: gzipSize(join(dir, file)),
    })),
  );
}

interface Load {
  /** Main-thread time of the renderer (all tasks), script time, and the extension's worlds in the page. */
  task: number;
  script: number;
  extensionWorlds: number;
}

/** Loads the page in a fresh tab and reads Chromium's own counters once the page has been idle for a moment. */
async function loadOnce(context: BrowserContext, url: string): Promise<Load> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const origins = new Set<string>();
  cdp.on('Runtime.executionContextCreated', ({ context: created }) => {
    if (created.origin.startsWith('chrome-extension://')) origins.add(`${created.origin}/${created.name}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1_000); // Content scripts run at document_idle, after load.
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  await page.close();
  return { task: metric('TaskDuration'), script: metric('ScriptDuration'), extensionWorlds: origins.size };
}

async function loads(context: BrowserContext, url: string): Promise<Load[]> {
  await loadOnce(context, url); // Warm-up: caches, the first renderer.
  const samples: Load[] = [];
  for (let i = 0; i < LOADS_PER_RUN; i++) samples.push(await loadOnce(context, url));
  return samples;
}

type Which = keyof typeof PAGES;
type RunSamples = Record<Which, { with: Load[]; without: Load[] }>;

async function oneRun(fixtures: Fixtures): Promise<RunSamples> {
  const extension = await launchExtension(fixtures);
  const plain = await launchPlain(fixtures);
  try {
    const result = {} as RunSamples;
    for (const which of Object.keys(PAGES) as Which[]) {
      result[which] = { with: await loads(extension.context, PAGES[which]), without: await loads(plain.context, PAGES[which]) };
    }
    return result;
  } finally {
    await extension.close();
    await plain.close();
  }
}

export async function benchPageCost(fixtures: Fixtures): Promise<Section> {
  const dir = await buildForBench();
  const scripts = manifestScripts(dir);
  const everyPageBytes = scripts.filter((s) => s.everyPage).reduce((sum, s) => sum + s.gzip, 0);
  const optIn = gzipSize(join(dir, 'content-scripts', 'generic-detector.js'));
  const detector = gzipSize(join(dir, 'detector.js'));
  const onDemand = ['content-scripts/runner.js', 'content-scripts/guide.js'].map((file) => [file, gzipSize(join(dir, file))] as const);
  const fragments = guideTextFragments();
  const guideTextIn = ['detector.js', 'content-scripts/runner.js'].filter((file) => foundIn(join(dir, file), fragments).length > 0);
  const runs = await repeat(() => oneRun(fixtures));
  const all = (which: Which, side: 'with' | 'without') => runs.flatMap((r) => r[which][side]);
  const rows = (Object.keys(PAGES) as Which[]).map((which) => {
    const withExt = all(which, 'with');
    const without = all(which, 'without');
    const task = median(withExt.map((l) => l.task)) - median(without.map((l) => l.task));
    const script = median(withExt.map((l) => l.script)) - median(without.map((l) => l.script));
    return [
      which === 'ordinary' ? `ordinary page (${ORDINARY_HOST})` : 'recipe site page (www.linkedin.com, detector runs)',
      String(Math.max(...withExt.map((l) => l.extensionWorlds))),
      ms(median(without.map((l) => l.task))),
      ms(median(withExt.map((l) => l.task))),
      ms(task),
      ms(median(without.map((l) => l.script))),
      ms(median(withExt.map((l) => l.script))),
      ms(script),
    ];
  });
  return {
    title: 'Cost on ordinary pages',
    method:
      `Static: the built manifest's content scripts, their match patterns and gzipped sizes. Runtime: the same page loaded ` +
      `in Chromium with and without Signoff (same switches); Chromium's own counters (CDP Performance.getMetrics: ` +
      `TaskDuration = all main-thread work of the page's renderer, ScriptDuration = JavaScript) read 1 s after load; the ` +
      `extension's isolated worlds in the page counted from CDP. Median of ${RUNS} browsers × ${LOADS_PER_RUN} loads each.`,
    checks: [
      {
        target: 'nothing injected into every page, or ≤ 5 KB gzipped',
        measured: `${everyPageBytes === 0 ? 'nothing' : kb(everyPageBytes)} (opt-in "Detect other sites": ${kb(optIn)})`,
        met: everyPageBytes <= TARGET_GZIP_BYTES,
      },
      { target: 'detector.js (every page of the recipe sites) ≤ 5 KB gzipped', measured: kb(detector), met: detector <= DETECTOR_GZIP_BUDGET },
      {
        target: 'no guide text in the runner or the detector',
        measured: guideTextIn.length === 0 ? 'none' : `found in ${guideTextIn.join(', ')}`,
        met: guideTextIn.length === 0,
      },
    ],
    tables: [
      table(
        ['content script', 'declared for', 'gzipped'],
        [
          ...scripts.map((s) => [s.file, s.everyPage ? 'every page' : `recipe sites only (${s.patterns} patterns)`, kb(s.gzip)]),
          ['content-scripts/generic-detector.js', 'opt-in "Detect other sites" only: registered at run time for the hosts granted', kb(optIn)],
          ...onDemand.map(([file, bytes]) => [file, 'injected on demand into the one tab being signed out / guided', kb(bytes)]),
          ['**injected into every page**', '', everyPageBytes === 0 ? '**nothing**' : kb(everyPageBytes)],
        ],
      ),
      table(
        ['page', 'Signoff worlds in page', 'main thread: without', 'with', 'added', 'script: without', 'with', 'added'],
        rows,
      ),
    ],
  };
}

runAlone(import.meta.url, benchPageCost);
