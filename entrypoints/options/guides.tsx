import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { GuidesSection, type GuideCard, type GuideRunView } from '../../components/guides/GuidesSection';
import { ReceiptsSection } from '../../components/guides/ReceiptsSection';
import { useI18n } from '../../components/I18nContext';
import { db } from '../../utils/db';
import { allGuides, findGuide } from '../../utils/guides/catalog';
import { guideLanguage } from '../../utils/guides/language';
import { exportReceipts } from '../../utils/guides/receipts';
import type { GuideRunRow, ReceiptRow } from '../../utils/guides/rows';
import { sendGuideCommand, startGuideFromClick } from '../../utils/guides/send';
import { watchManagedStorage } from '../../utils/browser/managed-storage';
import { importedRecipesItem } from '../../utils/recipes/imported';
import { loadExtraRecipes, reloadExtraRecipes } from '../../utils/recipes/registry';

/**
 * The recipes in force here: imported and policy recipes are read once, and again whenever either changes, so their
 * guides are listed with the built-in ones (the popup gets them on the session rows the background writes).
 */
function useRecipesInForce(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const reread = () => void reloadExtraRecipes().then(() => setVersion((n) => n + 1));
    void loadExtraRecipes().then(() => setVersion((n) => n + 1));
    const stops = [importedRecipesItem.watch(reread), watchManagedStorage(reread)];
    return () => stops.forEach((stop) => stop());
  }, []);
  return version;
}

/** The options page's guide list (start, continue, stop) and the receipts of finished guides. */
export function GuideSections({ onDownload }: { onDownload: (name: string, text: string) => void }) {
  const { lang } = useI18n();
  const language = guideLanguage(lang);
  const [runs, setRuns] = useState<GuideRunRow[]>([]);
  const [receipts, setReceipts] = useState<ReceiptRow[]>([]);
  useRecipesInForce(); // Renders again once the imported and policy recipes are read.
  useEffect(() => {
    const subscriptions = [
      liveQuery(() => db.guideRuns.where('status').equals('active').toArray()).subscribe({ next: setRuns, error: () => undefined }),
      liveQuery(() => db.receipts.orderBy('at').reverse().toArray()).subscribe({ next: setReceipts, error: () => undefined }),
    ];
    return () => subscriptions.forEach((subscription) => subscription.unsubscribe());
  }, []);

  // The remote sign-out guides have their own searchable list (./remote-guides.tsx).
  const cards: GuideCard[] = allGuides()
    .filter((entry) => entry.guide.kind !== 'sign-out-other-devices')
    .map((entry) => ({
    recipeId: entry.recipeId,
    guideId: entry.guide.id,
    siteName: entry.siteName,
    title: entry.guide.title[language],
    description: entry.guide.description[language],
    domains: entry.domains,
  }));
  const running: GuideRunView[] = runs.flatMap((run) => {
    const guide = findGuide(run.recipeId, run.guideId, run.domain)?.guide;
    return guide
      ? [{ runId: run.id, title: guide.title[language], domain: run.domain, stepNumber: run.stepIndex + 1, stepCount: guide.steps.length }]
      : [];
  });

  return (
    <>
      <GuidesSection
        guides={cards}
        running={running}
        onStart={(recipeId, guideId, domain) => void startGuideFromClick(recipeId, guideId, domain)}
        onResume={(runId) => void sendGuideCommand({ channel: 'command', type: 'resume-guide', runId })}
        onStop={(runId) => void sendGuideCommand({ channel: 'command', type: 'stop-guide', runId })}
      />
      <ReceiptsSection
        receipts={receipts}
        lang={lang}
        onExport={() => void exportReceipts().then((json) => onDownload('signoff-receipts.json', json))}
        onPrintable={() => void browser.tabs.create({ url: browser.runtime.getURL('/receipts.html') })}
        onDelete={(id) => void db.receipts.delete(id)}
      />
    </>
  );
}
