import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { SessionRow } from '../utils/db-schema';
import { foundSessionRows, recipeSessionRows, writeSessionRows } from '../tests/e2e/session-rows';
import { launchExtension, resetSites, type ExtensionBrowser, type Fixtures } from './lib/browser';
import { buildForBench } from './lib/build';
import { runAlone } from './lib/main';
import type { Section } from './lib/report';
import { kb, median, ms, repeat, RUNS, table } from './lib/stats';

const SESSIONS = 50;
/** Open to interactive: at most this many times a blank extension page measured in the same run (issue 13 §6). */
const TARGET_FLOOR_RATIO = 1.5;
const TARGET_GZIP_BYTES = 30 * 1024;
const OPENS_PER_RUN = 6;
/** Written into the benchmark's own build: what any extension page costs before its own scripts run. */
const BLANK_PAGE = 'bench-blank.html';
/** The same blank page with one script of one line from the package: what any page with a script pays (MV3 allows no inline script). */
const SCRIPT_PAGE = 'bench-script.html';

/**
 * Fifty sessions: every recipe domain, then sites found by heuristics (as "Detect other sites" records them). Recipe
 * rows carry their account flows and guides, as the background writes them.
 */
function sessionRows(now: number): SessionRow[] {
  return [...recipeSessionRows(now), ...foundSessionRows(now, SESSIONS)].slice(0, SESSIONS);
}

/** Writes the rows into Signoff's database from one of its pages, as the background would have. */
export async function seed(browser: ExtensionBrowser): Promise<void> {
  await writeSessionRows(browser.home, sessionRows(Date.now()));
}

/** Browsers show a popup at most this high (Chrome and Firefox alike). */
const POPUP_MAX_HEIGHT_PX = 600;

/**
 * Installed before the popup's own scripts: notes when the first rows appear (the popup draws the rows that fill its
 * first screen in one go) and whether they reach the bottom of a popup at its largest (${POPUP_MAX_HEIGHT_PX} px; laid
 * out after the time is taken), when all fifty rows are in the document with their Sign out buttons (Preact wires them
 * as it renders), and when the next frame after the first screen begins, all from the start of navigation.
 */
const WATCH_ROWS = `(() => {
  const marks = (window.__bench = {});
  const observer = new MutationObserver(() => {
    const rows = document.querySelectorAll('[data-testid="session-row"] button.primary');
    if (!marks.firstScreen && rows.length > 0) {
      marks.firstScreen = performance.now();
      const last = rows[rows.length - 1].closest('[data-testid="session-row"]');
      marks.filled = rows.length >= ${SESSIONS} || last.getBoundingClientRect().bottom >= ${POPUP_MAX_HEIGHT_PX};
      marks.firstRows = rows.length;
      requestAnimationFrame(() => (marks.frame = performance.now()));
    }
    if (rows.length < ${SESSIONS}) return;
    marks.rows = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

interface Open {
  firstScreen: number;
  /** How many rows the first screen had, and whether they filled a popup at its largest. */
  firstRows: number;
  filled: boolean;
  rows: number;
  frame: number;
  /** The popup drew its first rows from the background's snapshot (utils/popup-snapshot.ts), not the database. */
  fromSnapshot: boolean;
  scripts: string[];
}

/** The background's snapshot of the rows, in storage.session (utils/popup-snapshot.ts). */
const SNAPSHOT_KEY = 'popupSnapshot';

/**
 * Waits (up to 2 s) until the background has written the snapshot (each opening asks it to, after its first paint)
 * into storage and named it in the toolbar popup's address (utils/popup-snapshot-cache.ts), and returns that address:
 * what a click on the toolbar button opens. When `remove`, removes the stored snapshot instead and returns the plain
 * popup page: the next opening must wait for the database, as the popup did before it had a snapshot.
 */
async function settleSnapshot(browser: ExtensionBrowser, remove: boolean): Promise<string> {
  return browser.home.evaluate(
    async ({ key, remove }) => {
      // No named functions in here: tsx would wrap them in a helper the page does not have.
      const api = (globalThis as unknown as { chrome: typeof chrome }).chrome;
      for (let i = 0; i < 200; i++) {
        if ((await api.storage.session.get(key))[key] !== undefined && (await api.action.getPopup({})).includes('#')) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      if (!remove) return api.action.getPopup({});
      await api.storage.session.remove(key);
      return api.runtime.getURL('popup.html');
    },
    { key: SNAPSHOT_KEY, remove },
  );
}

/** When a blank page of the extension (or `path`) has finished loading (its load event), from the start of navigation. */
async function openBlank(browser: ExtensionBrowser, path = BLANK_PAGE): Promise<number> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  const loaded = (await page.evaluate(`performance.getEntriesByType('navigation')[0].loadEventEnd`)) as number;
  await page.close();
  return loaded;
}

async function openPopup(browser: ExtensionBrowser, address = `chrome-extension://${browser.extensionId}/popup.html`): Promise<Open> {
  const page = await browser.context.newPage();
  const requested = new Set<string>();
  page.on('request', (request) => requested.add(new URL(request.url()).pathname));
  await page.addInitScript(WATCH_ROWS);
  await page.goto(address);
  await page.waitForFunction(
    () => {
      const marks = (window as unknown as { __bench: { frame?: number; rows?: number } }).__bench;
      return marks.frame !== undefined && marks.rows !== undefined;
    },
    undefined,
    { timeout: 10_000 },
  );
  const result = await page.evaluate(() => {
    const marks = (window as unknown as { __bench: Omit<Open, 'fromSnapshot' | 'scripts'> }).__bench;
    const fromSnapshot = performance.getEntriesByName('popup:snapshot-read').length > 0;
    return { ...marks, fromSnapshot };
  });
  await page.close();
  return { ...result, scripts: [...requested].filter((path) => path.endsWith('.js')) };
}

export async function benchPopup(fixtures: Fixtures): Promise<Section> {
  const dir = await buildForBench();
  writeFileSync(join(dir, BLANK_PAGE), '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body></body></html>');
  writeFileSync(join(dir, SCRIPT_PAGE), '<!doctype html><html><head><meta charset="utf-8"><title>script</title></head><body><script src="/bench-script.js"></script></body></html>');
  writeFileSync(join(dir, 'bench-script.js'), 'document.body.dataset.ran = "1";\n');
  resetSites(fixtures.sites);
  const blanks: number[] = [];
  const withScript: number[] = [];
  const withoutSnapshot: Open[] = [];
  const runs = await repeat(async () => {
    const browser = await launchExtension(fixtures);
    try {
      await seed(browser);
      const opens: Open[] = [];
      for (let i = 0; i < OPENS_PER_RUN; i++) {
        opens.push(await openPopup(browser, i > 0 ? await settleSnapshot(browser, false) : undefined));
        if (i === 0) continue;
        blanks.push(await openBlank(browser));
        withScript.push(await openBlank(browser, SCRIPT_PAGE));
        // Side by side: the plain page with the snapshot removed (the database alone, as before there was one).
        withoutSnapshot.push(await openPopup(browser, await settleSnapshot(browser, true)));
      }
      return opens;
    } finally {
      await browser.close();
    }
  });
  const first = runs.map((opens) => opens[0]!);
  const later = runs.flatMap((opens) => opens.slice(1));
  const drawnFromSnapshot = later.filter((open) => open.fromSnapshot).length;
  const scripts = [...new Set(runs.flat().flatMap((open) => open.scripts))].sort();
  const sizes = scripts.map((path) => {
    const bytes = readFileSync(join(dir, path));
    return { path, raw: bytes.length, gzip: gzipSync(bytes).length };
  });
  const gzip = sizes.reduce((sum, s) => sum + s.gzip, 0);
  const interactive = median(later.map((o) => o.firstScreen));
  const floor = median(blanks);
  const opened = [...runs.flat(), ...withoutSnapshot];
  const unfilled = opened.filter((o) => !o.filled).length;
  return {
    title: 'Popup: open to interactive with 50 sessions, and its JavaScript',
    method:
      `${SESSIONS} session rows written into Signoff's IndexedDB from an extension page; popup.html opened as a tab. Time from ` +
      `the start of navigation until the first rows with their Sign out buttons are in the document (the popup draws the rows ` +
      `that fill its first screen in one go, the rest after the next paint) and until all ${SESSIONS} are (a MutationObserver ` +
      `installed before the popup's scripts), and until the frame after the first screen. Interactive = the first screen's ` +
      `rows are there, and only counts when they reach the bottom of a popup at its largest (${POPUP_MAX_HEIGHT_PX} px high; ` +
      `laid out after the time is taken). "First open" is the first after the browser started (cold ` +
      `caches; the rows were written into IndexedDB without the background, so it draws from the database); "later opens" the ` +
      `${OPENS_PER_RUN - 1} after it, each once the background has written its snapshot of the rows (utils/popup-snapshot.ts), opened ` +
      `from the address the toolbar button opens (action.getPopup: it names the snapshot, utils/popup-snapshot-cache.ts), ` +
      `and after each of them, side by side, an opening of the plain popup.html with that snapshot removed. The floor: an empty HTML page in the extension's package ` +
      `opened the same way (any extension page costs that before its own scripts run); beside it, the same page with a one-line ` +
      `script from the package (Manifest V3 allows no inline script, so a popup with any script pays that fetch). ${RUNS} browsers. JavaScript: every .js file the popup ` +
      `requested (Playwright's request events), gzipped one by one.`,
    checks: [
      {
        target: `≤ ${TARGET_FLOOR_RATIO} × a blank extension page (same run) from open to interactive with ${SESSIONS} sessions`,
        measured:
          `${ms(interactive)} = ${(interactive / floor).toFixed(2)} × (a blank page of the extension: ${ms(floor)}; all ${SESSIONS} rows: ` +
          `${ms(median(later.map((o) => o.rows)))}; snapshot removed: ${(median(withoutSnapshot.map((o) => o.firstScreen)) / floor).toFixed(2)} ×; ` +
          `first screens of ${median(opened.map((o) => o.firstRows))} rows, ${opened.length - unfilled} of ${opened.length} filling ${POPUP_MAX_HEIGHT_PX} px)`,
        met: interactive <= TARGET_FLOOR_RATIO * floor && unfilled === 0,
      },
      { target: '≤ 30 KB of JavaScript, gzipped', measured: kb(gzip), met: gzip <= TARGET_GZIP_BYTES },
    ],
    tables: [
      table(
        ['popup opening', 'first screen of rows (interactive)', 'next frame', `all ${SESSIONS} rows`],
        [
          ['first open after browser start', ms(median(first.map((o) => o.firstScreen))), ms(median(first.map((o) => o.frame))), ms(median(first.map((o) => o.rows)))],
          [`later opens (${drawnFromSnapshot} of ${later.length} drew from the snapshot)`, ms(interactive), ms(median(later.map((o) => o.frame))), ms(median(later.map((o) => o.rows)))],
          [
            `later opens, snapshot removed (database only; ${withoutSnapshot.filter((o) => o.fromSnapshot).length} drew from it)`,
            ms(median(withoutSnapshot.map((o) => o.firstScreen))),
            ms(median(withoutSnapshot.map((o) => o.frame))),
            ms(median(withoutSnapshot.map((o) => o.rows))),
          ],
          ['(floor) a blank page of the extension, loaded', ms(floor), '', ''],
          [`(beside it) the blank page with a one-line script from the package, loaded: ${(median(withScript) / floor).toFixed(2)} × the floor`, ms(median(withScript)), '', ''],
        ],
      ),
      table(
        ['script the popup loads', 'raw', 'gzipped'],
        [...sizes.map((s) => [s.path, kb(s.raw), kb(s.gzip)]), ['**total**', kb(sizes.reduce((sum, s) => sum + s.raw, 0)), `**${kb(gzip)}**`]],
      ),
    ],
  };
}

runAlone(import.meta.url, benchPopup);
