import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from '@playwright/test';
import { launchExtension, startFixtures, type ExtensionBrowser } from './lib/browser';
import { BENCH_OUT } from './lib/build';
import { seed } from './popup';

/**
 * Where the popup's time goes between navigation and its first screen of rows: a Chromium performance trace of a few
 * openings (after a warm-up opening), summed per kind of main-thread work of the popup's renderer, plus the times its
 * own requests (scripts, styles, storage, IndexedDB) took, taken from hooks installed before the popup's scripts.
 * `npx tsx bench/trace-popup.ts` (BENCH_SKIP_BUILD=1 reuses the bench build); the last raw trace is written to
 * .tmp/bench-build/popup-trace.json for chrome://tracing or the DevTools performance panel. Each opening is of the
 * address the toolbar button opens, as in bench/popup.ts's later opens; TRACE_DETAIL=1 prints each traced opening's
 * main-thread events in order.
 */

const OPENS = Number(process.env.TRACE_OPENS ?? 5);
/** TRACE=0 skips the Chromium trace (it slows the renderer) and keeps only the timeline. */
const TRACING = process.env.TRACE !== '0';

/** Times the popup's storage and IndexedDB calls and notes when the first screen of rows is there. */
const HOOKS = `(() => {
  const log = (window.__trace = []);
  const note = (what, start) => log.push({ what, start, end: performance.now() });
  for (const area of ['local', 'session']) {
    const store = chrome.storage && chrome.storage[area];
    if (!store) continue;
    const get = store.get.bind(store);
    store.get = (...args) => { const start = performance.now(); const p = get(...args); if (p && p.then) p.then(() => note('storage.' + area + '.get ' + JSON.stringify(args[0]), start)); return p; };
  }
  const open = indexedDB.open.bind(indexedDB);
  indexedDB.open = (...args) => {
    const start = performance.now();
    const request = open(...args);
    request.addEventListener('success', () => {
      note('indexedDB.open', start);
      const db = request.result;
      const transaction = db.transaction.bind(db);
      db.transaction = (...targs) => { const t0 = performance.now(); const tx = transaction(...targs); tx.addEventListener('complete', () => note('indexedDB read ' + targs[0], t0)); return tx; };
    });
    return request;
  };
  const fetchOriginal = window.fetch.bind(window);
  window.fetch = (...args) => { const start = performance.now(); return fetchOriginal(...args).then((r) => (note('fetch ' + String(args[0]).replace(/^.*\\/\\/[^/]*/, ''), start), r)); };
  new MutationObserver((_, observer) => {
    if (document.querySelectorAll('[data-testid="session-row"] button.primary').length > 0) {
      log.push({ what: 'FIRST SCREEN OF ROWS', start: performance.now(), end: performance.now() });
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
})()`;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat: string;
  args?: { name?: string; data?: { url?: string; frame?: string; documentLoaderURL?: string; stackTrace?: unknown } };
}

async function readTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream as string)));
  await cdp.send('Tracing.end');
  const stream = await done;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** The popup renderer's main thread in a trace. */
function popupMainThread(events: TraceEvent[]): TraceEvent | undefined {
  return events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.args?.data?.url?.includes('popup')),
  );
}

/** When the popup's navigation started, in the trace's clock. */
const popupNavigationStart = (events: TraceEvent[]) =>
  events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes('popup.html'))?.ts;

/** Complete ("X") events of the popup renderer's main thread, named with the script they ran where known. */
function summarise(events: TraceEvent[], firstScreenTs: number, startTs: number): Map<string, number> {
  const main = popupMainThread(events);
  const totals = new Map<string, number>();
  if (!main) return totals;
  const add = (key: string, dur: number) => totals.set(key, (totals.get(key) ?? 0) + dur / 1000);
  for (const e of events) {
    if (e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || e.dur === undefined) continue;
    if (e.ts < startTs || e.ts > firstScreenTs) continue;
    if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') add('(all tasks)', e.dur);
    const url = e.args?.data?.url ? ` ${new URL(e.args.data.url, 'x:/').pathname}` : '';
    if (['EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'ParseHTML', 'ParseAuthorStyleSheet', 'Layout', 'UpdateLayoutTree', 'Paint', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'v8.run', 'MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'PrePaint', 'Commit', 'HitTest'].includes(e.name))
      add(`${e.name}${url}`, e.dur);
  }
  return totals;
}

/**
 * What a click on the toolbar button opens: once the background has written its snapshot of the rows, an address that
 * names the popup's own copy of them (utils/popup-snapshot-cache.ts); waits up to 2 s for it.
 */
function toolbarPopupAddress(browser: ExtensionBrowser): Promise<string> {
  return browser.home.evaluate(`(async () => {
    for (let i = 0; i < 200 && !(await chrome.action.getPopup({})).includes('#'); i++) await new Promise((r) => setTimeout(r, 10));
    return chrome.action.getPopup({});
  })()`);
}

/** TRACE_DETAIL=1: the popup renderer's main-thread events of one opening (0.2 ms or longer), in order, until 2 ms after the first screen. */
function printMainThread(events: TraceEvent[], firstScreen: number): void {
  const main = popupMainThread(events);
  const start = popupNavigationStart(events);
  if (!main || start === undefined) return;
  const end = start + firstScreen * 1000 + 2000;
  console.log(`\nOne opening's main thread (ms from navigation start, duration), first screen at ${firstScreen.toFixed(1)} ms:`);
  for (const e of events.filter((x) => x.pid === main.pid && x.tid === main.tid && x.ts >= start && x.ts <= end).sort((a, b) => a.ts - b.ts)) {
    if ((e.dur ?? 0) < 200 && e.cat !== 'blink.user_timing') continue;
    const url = e.args?.data?.url ? ` ${new URL(e.args.data.url, 'x:/').pathname}` : '';
    console.log(`${((e.ts - start) / 1000).toFixed(2).padStart(8)} ${((e.dur ?? 0) / 1000).toFixed(2).padStart(6)}  ${e.name}${url}`);
  }
}

async function main(): Promise<void> {
  const fixtures = await startFixtures();
  const browser: ExtensionBrowser = await launchExtension(fixtures);
  try {
    await seed(browser);
    const totals = new Map<string, number[]>();
    const hookTimes = new Map<string, number[]>();
    for (let i = 0; i <= OPENS; i++) {
      const page = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(page);
      await page.addInitScript(HOOKS);
      const traced = i > 0 && TRACING;
      if (traced)
        await cdp.send('Tracing.start', {
          transferMode: 'ReturnAsStream',
          traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'blink', 'loading', 'disabled-by-default-devtools.timeline', 'toplevel', 'blink.user_timing'] },
        });
      await page.goto(await toolbarPopupAddress(browser));
      await page.waitForFunction(() => (window as unknown as { __trace: { what: string }[] }).__trace.some((e) => e.what === 'FIRST SCREEN OF ROWS'));
      const log = (await page.evaluate(() => (window as unknown as { __trace: unknown }).__trace)) as { what: string; start: number; end: number }[];
      const resources = (await page.evaluate(() =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({ what: `load ${new URL(r.name).pathname}`, start: r.startTime, end: r.responseEnd })),
      )) as { what: string; start: number; end: number }[];
      const nav = (await page.evaluate(() => {
        const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return [
          { what: 'navigation: response end', start: 0, end: n.responseEnd },
          { what: 'navigation: DOMContentLoaded', start: 0, end: n.domContentLoadedEventEnd },
        ];
      })) as { what: string; start: number; end: number }[];
      const marks = (await page.evaluate(() =>
        performance.getEntriesByType('mark').map((m) => ({ what: `mark ${m.name}`, start: m.startTime, end: m.startTime })),
      )) as { what: string; start: number; end: number }[];
      resources.push(...marks);
      const firstScreen = log.find((e) => e.what === 'FIRST SCREEN OF ROWS')!.start;
      for (const entry of i === 0 ? [] : [...log, ...resources, ...nav]) {
        const key = `${entry.what}`;
        hookTimes.set(key, [...(hookTimes.get(key) ?? []), entry.start, entry.end]);
      }
      if (traced) {
        const events = await readTrace(cdp);
        writeFileSync(join(BENCH_OUT, 'popup-trace.json'), JSON.stringify({ traceEvents: events }));
        if (process.env.TRACE_DETAIL === '1') printMainThread(events, firstScreen);
        const start = popupNavigationStart(events) ?? 0;
        for (const [key, value] of summarise(events, start + firstScreen * 1000, start)) totals.set(key, [...(totals.get(key) ?? []), value]);
      }
      await page.close();
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    console.log('\nTimeline of one popup opening (medians over openings, ms from navigation start): start → end');
    const rows = [...hookTimes].map(([what, pairs]) => {
      const starts = pairs.filter((_, i) => i % 2 === 0);
      const ends = pairs.filter((_, i) => i % 2 === 1);
      return { what, start: median(starts), end: median(ends) };
    });
    for (const row of rows.sort((a, b) => a.end - b.end)) console.log(`${row.start.toFixed(1).padStart(7)} → ${row.end.toFixed(1).padStart(7)}  ${row.what}`);
    console.log('\nPopup renderer main thread until the first screen of rows (median ms per opening, traced):');
    for (const [key, values] of [...totals].sort((a, b) => median(b[1]) - median(a[1]))) {
      if (median(values) >= 0.3) console.log(`${median(values).toFixed(1).padStart(7)}  ${key}`);
    }
  } finally {
    await browser.close();
    await fixtures.server.close();
  }
}

void main().then(() => process.exit(0));
