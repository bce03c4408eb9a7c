import type { Page } from '@playwright/test';
import { ABOVE_LIST_PX, leastRowHeight, POPUP_MAX_HEIGHT_PX, POPUP_OFFERS } from '../../components/first-screen';
import type { SessionRow } from '../../utils/db-schema';
import { buildPopupModel } from '../../utils/popup-model';
import { expect, test } from './harness';
import { foundSessionRows, recipeSessionRows, writeSessionRows } from './session-rows';

// The popup draws first only the rows that fill its first screen (components/first-screen.ts estimates their least
// heights, below the least there is above the list) and the rest after the next paint. On the real layout, no row may
// be lower than its estimate nor the list begin higher, and the rows of that first draw must reach the bottom of a popup
// at its largest, whatever the rows hold.

const COUNT = 50;

const recipeRows = (now: number) => recipeSessionRows(now).slice(0, COUNT);
const foundRows = (now: number) => foundSessionRows(now, COUNT);

/** Rows with nothing but a title and a time: the shortest a signed-in row can be. */
const plainRows = (now: number): SessionRow[] =>
  foundRows(now).map(({ origin: _origin, detectedBy: _detectedBy, ...row }) => ({ ...row, id: row.id.replace('generic', 'allegro'), recipeId: 'allegro' }));

/** Replaces the sessions in Signoff's database and drops the background's snapshot of them. */
async function seed(page: Page, sessions: readonly SessionRow[]): Promise<void> {
  await writeSessionRows(page, sessions);
  await page.evaluate(() => chrome.storage.session.remove('popupSnapshot'));
}

/**
 * Installed before the popup's scripts: how many rows its first draw had, where the first begins and the last ends, and
 * every row's height the moment all of them are there (the background may change the rows after that).
 */
const WATCH_FIRST_DRAW = `(() => {
  const seen = (window.__firstDraw = {});
  const observer = new MutationObserver(() => {
    const rows = [...document.querySelectorAll('[data-testid="session-row"]')];
    if (rows.length === 0) return;
    if (seen.rows === undefined) {
      seen.rows = rows.length;
      seen.top = rows[0].getBoundingClientRect().top;
      seen.bottom = rows[rows.length - 1].getBoundingClientRect().bottom;
    }
    if (rows.length < ${COUNT}) return;
    observer.disconnect();
    seen.heights = Object.fromEntries(rows.map((row) => [row.dataset.sessionId, row.getBoundingClientRect().height]));
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

interface Drawn {
  /** How many rows the first draw had, where the first of them begins and the last ends. */
  rows: number;
  top: number;
  bottom: number;
  /** Every row's height once all are drawn, by session id. */
  heights: Record<string, number>;
}

async function openAndMeasure(page: Page, extensionId: string): Promise<Drawn> {
  const popup = await page.context().newPage();
  await popup.addInitScript(WATCH_FIRST_DRAW);
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.waitForFunction(() => (window as unknown as { __firstDraw: Partial<Drawn> }).__firstDraw.heights !== undefined);
  const drawn = (await popup.evaluate('window.__firstDraw')) as Drawn;
  // Once the background has written its snapshot, the popup keeps what its first screen shows, not every row.
  const keptRows = () => popup.evaluate(() => (JSON.parse(localStorage.getItem('popupSnapshot') ?? 'null') as { sessions: unknown[] } | null)?.sessions.length);
  await expect.poll(keptRows, { message: "the popup's own copy holds the first screen's rows" }).toBe(drawn.rows);
  await popup.close();
  return drawn;
}

test('the rows the popup draws first fill a popup at its largest, whatever the rows hold (issue 13 §6)', async ({ openPopup, extensionId }) => {
  const home = await openPopup();
  const now = Date.now();
  const cases: [string, SessionRow[]][] = [
    ['recipe rows with their offers', recipeRows(now)],
    ['rows found by heuristics', foundRows(now)],
    ['rows of a title and a time', plainRows(now)],
  ];
  for (const [name, sessions] of cases) {
    await seed(home, sessions);
    const drawn = await openAndMeasure(home, extensionId);
    for (const view of buildPopupModel(sessions, [], now).sessions) {
      const least = leastRowHeight(view, POPUP_OFFERS);
      expect(drawn.heights[view.sessionId], `${name}: ${view.sessionId} is at least ${least} px high`).toBeGreaterThanOrEqual(least);
    }
    expect(drawn.top, `${name}: the list begins at least ${ABOVE_LIST_PX} px down`).toBeGreaterThanOrEqual(ABOVE_LIST_PX);
    expect(drawn.rows, `${name}: the first draw has fewer rows than all`).toBeLessThan(COUNT);
    expect(drawn.bottom, `${name}: the first draw's ${drawn.rows} rows reach the bottom of a ${POPUP_MAX_HEIGHT_PX} px popup`).toBeGreaterThanOrEqual(POPUP_MAX_HEIGHT_PX);
  }
});
