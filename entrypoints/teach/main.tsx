import { render } from 'preact';
import { I18nContext } from '../../components/I18nContext';
import { TeachPage } from '../../components/teach/TeachPage';
import { t, uiLanguage, applyLanguage } from '../../utils/i18n';
import { loadLanguageChoice } from '../../utils/language-setting';
import { readStores, watchDatabase } from '../../utils/db-read';
import type { JobRow, SessionRow } from '../../utils/db-schema';
import { readStoredReason } from '../../utils/stored-reason';
import { sendCommand } from '../../utils/messaging/send-command';
import { requestOrigins } from '../../utils/browser/permissions';
import { createTeachPageStore, type TeachPageStore } from '../../utils/teach/teach-page-store';
import { teachSourceOf } from '../../utils/teach/teach-view';
import '../options/style.css';

/**
 * The teach page (issue #15), opened from the popup: from a row of a site without a recipe (`?session=…`) or for the
 * tab the popup was over (`?tab=…&origin=…`). Wiring only: utils/teach/teach-page-store.ts holds the state and work.
 */

/** Hands the recipe file to the browser's downloads, as a link the page clicks. */
function download(file: { name: string; text: string }): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Root({ store }: { store: TeachPageStore }) {
  return (
    <TeachPage
      view={store.view.value}
      error={store.error.value}
      onStart={() => void store.start().catch(store.fail)}
      onDiscard={() => void store.discard().catch(store.fail)}
      onSave={(name) => void store.save(name).catch(store.fail)}
      onTry={() => void store.tryIt().catch(store.fail)}
      onExport={() => {
        const file = store.exportFile();
        if (file) download(file);
      }}
    />
  );
}

async function main(): Promise<void> {
  await applyLanguage(await loadLanguageChoice());
  document.documentElement.lang = uiLanguage();
  document.title = `${t('extName')} — ${t('teachPageTitle')}`;
  const store = createTeachPageStore({ source: teachSourceOf(location.search), t, send: sendCommand, requestOrigins, readReason: readStoredReason });
  watchDatabase(async () => store.setTables(await readStores<{ sessions: SessionRow[]; jobs: JobRow[] }>(['sessions', 'jobs'])));
  await store.load();
  const root = document.getElementById('app');
  if (root) {
    render(
      <I18nContext.Provider value={{ t, lang: uiLanguage() }}>
        <div class="options">
          <Root store={store} />
        </div>
      </I18nContext.Provider>,
      root,
    );
  }
}
void main();
