import { build } from 'esbuild';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { projectRoot } from '../tests/fixture-sites/paths';
import { launchPlain, type Fixtures } from './lib/browser';
import { runAlone } from './lib/main';
import type { Section } from './lib/report';
import { median, ms, repeat, RUNS, table } from './lib/stats';

const TARGET_MS = 5;
const ELEMENTS = 10_000;
const CALLS_PER_RUN = 20;

/** The finder as the runner and the detector ship it, bundled for a plain page (it uses no extension APIs). */
async function bundleFinder(): Promise<string> {
  const result = await build({
    entryPoints: [join(projectRoot, 'utils/generic/find-sign-out.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'signoffFinder',
    target: 'chrome120',
    write: false,
  });
  return result.outputFiles[0]!.text;
}

/**
 * Two pages of exactly 10,000 elements, built in the page: a shop (header, account menu holding "Sign out", 300 product
 * cards, a long footer; about one element in six can be pressed) and a worst case where every element is a link.
 */
const PAGE_BUILDERS = {
  shop: `(() => {
    const card = (i) => '<div class="card"><a href="/p/' + i + '"><img alt="Product ' + i + '"><h3>Product ' + i + '</h3></a>' +
      '<div class="meta"><span class="price">' + (i % 97) + ',99 zł</span><span class="rating"><i></i><i></i><i></i><i></i><i></i></span></div>' +
      '<ul class="tags"><li>new</li><li>sale</li><li>eco</li></ul><p>Short description <b>' + i + '</b> <em>here</em>.</p>' +
      '<div class="actions"><button type="button">Add to cart</button><button type="button" aria-label="Add to wish list">♡</button></div></div>';
    const nav = Array.from({ length: 40 }, (_, i) => '<li><a href="/c/' + i + '">Category ' + i + '</a></li>').join('');
    const menu = '<div class="user-menu"><button aria-haspopup="menu" aria-expanded="false">Jan Kowalski</button>' +
      '<ul role="menu" hidden><li><a role="menuitem" href="/account">Your account</a></li><li><a role="menuitem" href="/orders">Orders</a></li>' +
      '<li><form action="/logout" method="post"><button type="submit" role="menuitem">Sign out</button></form></li></ul></div>';
    const footer = Array.from({ length: 120 }, (_, i) => '<li><a href="/help/' + i + '">Help topic ' + i + '</a></li>').join('');
    document.body.innerHTML = '<header><a href="/">Shop</a><nav><ul>' + nav + '</ul></nav>' + menu + '</header>' +
      '<main>' + Array.from({ length: 300 }, (_, i) => card(i)).join('') + '</main><footer><ul>' + footer + '</ul></footer>';
  })()`,
  links: `(() => {
    document.body.innerHTML = '<header><a href="/account" aria-haspopup="menu">Account</a><a href="/logout">Log out</a></header>' +
      '<main>' + Array.from({ length: 10000 }, (_, i) => '<a href="/item/' + i + '">Item ' + i + '</a>').join('') + '</main>';
  })()`,
} as const;
type PageKind = keyof typeof PAGE_BUILDERS;

/** Pads or trims the page to exactly ELEMENTS elements (html, head and body included). */
const EXACT_SIZE = `(() => {
  const main = document.querySelector('main');
  while (document.getElementsByTagName('*').length > ${ELEMENTS}) main.lastElementChild.remove();
  while (document.getElementsByTagName('*').length < ${ELEMENTS}) main.append(document.createElement('span'));
  return document.getElementsByTagName('*').length;
})()`;

interface RunResult {
  times: number[];
  elements: number;
  candidates: number;
  found: string;
}

async function oneRun(page: Page, finder: string, kind: PageKind): Promise<RunResult> {
  await page.goto('about:blank');
  await page.setContent('<!doctype html><html><head><title>finder</title></head><body></body></html>');
  await page.addScriptTag({ content: finder });
  await page.evaluate(PAGE_BUILDERS[kind]);
  const elements = (await page.evaluate(EXACT_SIZE)) as number;
  return (await page.evaluate(`(() => {
    const scan = () => signoffFinder.scanForSignOut(document);
    for (let i = 0; i < 3; i++) scan(); // Warm-up: the first calls compile the code.
    const times = [];
    let result;
    for (let i = 0; i < ${CALLS_PER_RUN}; i++) {
      const start = performance.now();
      result = scan();
      times.push(performance.now() - start);
    }
    const candidates = document.querySelectorAll('a[href], button, [role], [aria-haspopup], [aria-expanded], input, summary').length;
    return { times, elements: ${elements}, candidates, found: result.signOut[0] ? result.signOut[0].label : '(none)' };
  })()`)) as RunResult;
}

export async function benchFinder(fixtures: Fixtures): Promise<Section> {
  const finder = await bundleFinder();
  const results: Record<PageKind, RunResult[]> = { shop: [], links: [] };
  for (const kind of Object.keys(PAGE_BUILDERS) as PageKind[]) {
    results[kind] = await repeat(async () => {
      const browser = await launchPlain(fixtures);
      try {
        return await oneRun(await browser.context.newPage(), finder, kind);
      } finally {
        await browser.close();
      }
    });
  }
  const perRun = (kind: PageKind) => results[kind].map((run) => median(run.times));
  const shop = median(perRun('shop'));
  return {
    title: 'Generic sign-out finder on a 10,000-element page',
    method:
      `utils/generic/find-sign-out.ts bundled with esbuild and run in headless Chromium (scanForSignOut(document), the full ` +
      `scan the runner and the detector use). Per run: a fresh browser, 3 warm-up scans, then ${CALLS_PER_RUN} timed scans; ` +
      `the figure is the median over ${RUNS} runs of each run's median.`,
    checks: [
      {
        target: `≤ ${TARGET_MS} ms on a 10,000-element page`,
        measured: `${ms(shop)} (shop page; every element a link: ${ms(median(perRun('links')))})`,
        met: shop <= TARGET_MS,
      },
    ],
    tables: [
      table(
        ['page', 'elements', 'pressable elements', 'scan (median)', 'slowest run', 'found'],
        (Object.keys(PAGE_BUILDERS) as PageKind[]).map((kind) => {
          const first = results[kind][0]!;
          return [
            kind === 'shop' ? 'shop: 300 product cards, account menu' : 'worst case: every element a link',
            String(first.elements),
            String(first.candidates),
            ms(median(perRun(kind))),
            ms(Math.max(...perRun(kind))),
            first.found,
          ];
        }),
      ),
    ],
  };
}

runAlone(import.meta.url, benchFinder);
