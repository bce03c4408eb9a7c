import { captureTab } from '../browser/capture';
import { injectFiles, sendToTab as messageTab } from '../browser/page-scripts';
import { bringTabToFront, openTabInFront } from '../browser/tab-front';
import { getTab } from '../browser/tab-state';
import { db } from '../db';
import { t, uiLanguage, applyLanguage } from '../i18n';
import { loadSettings } from '../policy';
import { hostOnDomain } from '../core/host-match';
import { CommandError } from '../messaging/command-error';
import { findGuide } from './catalog';
import { guideStartUrl } from './guide-domains';
import { panelStrings } from './panel-strings';
import { guideLanguage } from './language';
import type { GuideReport, GuideState, PanelMessage } from './protocol';
import type { GuideRunRow, ReceiptRow } from './rows';
import { releaseCaptureWhenIdle } from './screenshot';
import { pruneGuideRuns, pruneReceipts } from '../retention';

/**
 * Guide runs in the background. Everything is in Dexie: the panel on the page reports what the page shows, the
 * background records it, and any later page load of the site (in the guide's tab, or a new tab after the person
 * closed it) shows the panel again where the guide stands. A stopped service worker loses nothing: the next page
 * load or panel report wakes it, and it reads the run back.
 */

/** A run untouched this long is not picked up again by simply visiting the site (it can still be resumed by hand). */
const ADOPT_WITHIN_MS = 24 * 60 * 60 * 1000;
const PANEL_FILE = '/content-scripts/guide.js';

export async function startGuide(recipeId: string, guideId: string, domain: string): Promise<string> {
  const found = findGuide(recipeId, guideId, domain);
  if (!found) throw new CommandError('reasonUnknownSession');
  const existing = await db.guideRuns
    .where('status')
    .equals('active')
    .filter((run) => run.recipeId === recipeId && run.guideId === guideId && run.domain === domain)
    .first();
  if (existing) {
    await resumeGuide(existing.id);
    return existing.id;
  }
  const now = Date.now();
  const run: GuideRunRow = {
    id: crypto.randomUUID(),
    recipeId,
    guideId,
    siteName: found.recipe.name,
    domain,
    status: 'active',
    stepIndex: 0,
    position: 'step',
    acknowledged: [],
    offersSeen: [],
    startedAt: now,
    updatedAt: now,
  };
  const startUrl = guideStartUrl(found.site, found.guide);
  if (!startUrl) throw new CommandError('reasonUnknownSession');
  await db.guideRuns.add(run);
  await openGuideTab(run, startUrl);
  return run.id;
}

/** Brings the guide's tab to the front with its panel, or opens the guide's first page again if the tab is gone. */
export async function resumeGuide(runId: string): Promise<void> {
  const run = await db.guideRuns.get(runId);
  if (!run || run.status !== 'active') throw new CommandError('reasonUnknownSession');
  const found = findGuide(run.recipeId, run.guideId, run.domain);
  if (!found) throw new CommandError('reasonUnknownSession');
  const tab = run.tabId === undefined ? undefined : await getTab(run.tabId);
  if (tab?.id !== undefined && tab.url && onDomain(tab.url, run.domain)) {
    await bringTabToFront(tab.id, tab.windowId);
    await showPanel(tab.id, run.id);
    return;
  }
  const startUrl = guideStartUrl(found.site, found.guide);
  if (!startUrl) throw new CommandError('reasonUnknownSession');
  await openGuideTab(run, startUrl);
}

export async function stopGuide(runId: string): Promise<void> {
  const run = await db.guideRuns.get(runId);
  if (!run) return;
  if (run.status === 'active') await db.guideRuns.update(runId, { status: 'abandoned', finishedAt: Date.now(), updatedAt: Date.now() });
  if (run.tabId !== undefined) await detach(run.tabId, runId, 'closed');
  await afterGuideEnded();
}

async function openGuideTab(run: GuideRunRow, url: string): Promise<void> {
  const tab = await openTabInFront(url);
  if (tab.id === undefined) throw new CommandError('reasonUnexpected');
  await db.guideRuns.update(run.id, { tabId: tab.id, updatedAt: Date.now() });
  // The panel comes with the page load (onTabLoaded); nothing to wait for here.
}

/**
 * A page of some site finished loading. If a guide runs on that site, show its panel there: in the guide's own tab,
 * or in this tab when the guide's tab is gone (the person closed it and came back) or the guide waits for something
 * outside the site (the person follows the link from an e-mail, which opens a new tab).
 */
export async function onTabLoaded(tabId: number, url: string | undefined): Promise<void> {
  if (!url || !url.startsWith('https://')) return;
  const run = await activeRunFor(url, tabId);
  if (!run) return;
  if (run.tabId !== tabId) {
    const ownTab = run.tabId === undefined ? undefined : await getTab(run.tabId);
    const ownTabOnSite = ownTab?.url !== undefined && onDomain(ownTab.url, run.domain);
    if (ownTabOnSite && !(await waitsOutside(run))) return;
    if (ownTab?.id !== undefined) await detach(ownTab.id, run.id, 'moved');
    await db.guideRuns.update(run.id, { tabId, updatedAt: Date.now() });
  }
  await showPanel(tabId, run.id);
}

/** The guide this tab shows (several may run on one site, each in its own tab), else the latest one of the site. */
async function activeRunFor(url: string, tabId: number): Promise<GuideRunRow | undefined> {
  const host = new URL(url).hostname;
  const runs = (await db.guideRuns.where('status').equals('active').toArray()).filter((run) => hostOnDomain(host, run.domain));
  const own = runs.find((run) => run.tabId === tabId);
  if (own) return own;
  return runs.filter((run) => Date.now() - run.updatedAt < ADOPT_WITHIN_MS).sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

async function waitsOutside(run: GuideRunRow): Promise<boolean> {
  const guide = findGuide(run.recipeId, run.guideId, run.domain)?.guide;
  return guide?.steps[run.stepIndex]?.kind === 'outside';
}

function onDomain(url: string, domain: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && hostOnDomain(parsed.hostname, domain);
  } catch {
    return false;
  }
}

/** Injects the panel into the tab (only there, only now) and gives it the guide, the texts and the run. */
export async function showPanel(tabId: number, runId: string): Promise<void> {
  const run = await db.guideRuns.get(runId);
  const found = run && findGuide(run.recipeId, run.guideId, run.domain);
  if (!run || !found) return;
  try {
    await injectFiles({ tabId }, [PANEL_FILE]);
  } catch {
    return; // The tab is gone or shows a page Signoff may not touch; the next page load tries again.
  }
  await applyLanguage((await loadSettings()).language);
  const message: PanelMessage = {
    channel: 'guide',
    type: 'show',
    runId,
    guide: found.guide,
    lang: guideLanguage(uiLanguage()),
    strings: panelStrings(t),
    state: await stateOf(run),
    allowedDomains: [run.domain, ...found.recipe.relatedDomains],
  };
  await sendToTab(tabId, message);
}

/** Messages to a tab are best effort: the tab may be gone, or its page may have moved on meanwhile. */
async function sendToTab(tabId: number, message: PanelMessage): Promise<void> {
  try {
    await messageTab(tabId, message);
  } catch {
    // Nothing listens there any more; the next page load shows the panel again.
  }
}

async function detach(tabId: number, runId: string, reason: 'moved' | 'closed'): Promise<void> {
  await sendToTab(tabId, { channel: 'guide', type: 'detach', runId, reason });
}

async function stateOf(run: GuideRunRow): Promise<GuideState> {
  let receipt: GuideState['receipt'];
  if (run.status === 'completed') {
    const row = run.receiptId ? await db.receipts.get(run.receiptId) : undefined;
    receipt = !row ? 'none' : row.screenshot ? 'saved-with-screenshot' : 'saved';
  }
  return {
    runId: run.id,
    status: run.status,
    stepIndex: run.stepIndex,
    acknowledged: run.acknowledged,
    siteName: run.siteName,
    domain: run.domain,
    ...(receipt ? { receipt } : {}),
  };
}

/**
 * A report from a guide panel. It may only move the run whose panel is in that very tab, on the run's own site;
 * the tab and its address come from the browser, not from the message.
 */
export async function onGuideReport(report: GuideReport, tabId: number, tabUrl: string): Promise<GuideState | undefined> {
  const run = await db.guideRuns.get(report.runId);
  if (!run || run.tabId !== tabId || !onDomain(tabUrl, run.domain)) return undefined;
  const found = findGuide(run.recipeId, run.guideId, run.domain);
  if (!found) return undefined;
  const { guide } = found;
  const now = Date.now();

  switch (report.type) {
    case 'hello':
      break;
    case 'stop':
      if (run.status === 'active') await db.guideRuns.update(run.id, { status: 'abandoned', finishedAt: now, updatedAt: now });
      break;
    case 'acknowledge': {
      const step = guide.steps.find((candidate) => candidate.id === report.stepId);
      if (run.status === 'active' && step?.warning && !run.acknowledged.includes(step.id)) {
        await db.guideRuns.update(run.id, { acknowledged: [...run.acknowledged, step.id], updatedAt: now });
      }
      break;
    }
    case 'progress': {
      if (run.status !== 'active') break;
      const stepIndex = Math.min(report.stepIndex, guide.steps.length - 1);
      const offer = report.offerId ? guide.retentionOffers.find((candidate) => candidate.id === report.offerId) : undefined;
      const offersSeen = offer && !run.offersSeen.includes(offer.id) ? [...run.offersSeen, offer.id] : run.offersSeen;
      const ending = report.position === 'ending' ? guide.endings.find((candidate) => candidate.id === report.endingId) : undefined;
      if (ending?.outcome === 'completed') {
        await complete(run, tabId, tabUrl, report.confirmationText ?? '', { stepIndex, offersSeen, endingId: ending.id });
      } else if (ending) {
        await db.guideRuns.update(run.id, { status: 'stopped', position: 'ending', endingId: ending.id, stepIndex, offersSeen, finishedAt: now, updatedAt: now });
      } else if (report.position !== 'ending') {
        await db.guideRuns.update(run.id, { position: report.position, stepIndex, offersSeen, updatedAt: now });
      }
      break;
    }
  }
  const latest = await db.guideRuns.get(run.id);
  if (latest && latest.status !== 'active') await afterGuideEnded();
  return latest && stateOf(latest);
}

/** A guide ended (completed, stopped, abandoned): give back what only a running guide needs, and keep history small. */
async function afterGuideEnded(): Promise<void> {
  await releaseCaptureWhenIdle(await db.guideRuns.where('status').equals('active').count());
  await pruneGuideRuns();
  await pruneReceipts();
}

/** The site confirmed it: the run is completed (once, even if two reports race) and a receipt is kept. */
async function complete(
  run: GuideRunRow,
  tabId: number,
  url: string,
  confirmationText: string,
  changes: Pick<GuideRunRow, 'stepIndex' | 'offersSeen' | 'endingId'>,
): Promise<void> {
  const now = Date.now();
  const won = await db.transaction('rw', db.guideRuns, async () => {
    const current = await db.guideRuns.get(run.id);
    if (!current || current.status !== 'active') return false;
    await db.guideRuns.update(run.id, { ...changes, status: 'completed', position: 'ending', finishedAt: now, updatedAt: now });
    return true;
  });
  if (!won) return;
  const found = findGuide(run.recipeId, run.guideId, run.domain);
  const capture = await captureTab(tabId);
  const receipt: ReceiptRow = {
    id: crypto.randomUUID(),
    runId: run.id,
    recipeId: run.recipeId,
    guideId: run.guideId,
    siteName: run.siteName,
    domain: run.domain,
    kind: found?.guide.kind ?? 'cancel-subscription',
    what: found?.guide.what ?? { en: run.guideId, pl: run.guideId },
    at: now,
    confirmationText: confirmationText.slice(0, 2000),
    url: url.slice(0, 2000),
    ...(capture.ok ? { screenshot: capture.dataUrl } : { screenshotError: capture.error }),
  };
  await db.transaction('rw', db.guideRuns, db.receipts, async () => {
    await db.receipts.add(receipt);
    await db.guideRuns.update(run.id, { receiptId: receipt.id });
  });
}
