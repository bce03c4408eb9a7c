import { signal } from '@preact/signals';
import { render } from 'preact';
import { I18nContext } from '../../components/I18nContext';
import { OptionsApp } from '../../components/options/OptionsApp';
import { DetectOtherSitesSection } from '../../components/options/DetectOtherSitesSection';
import { turnDetectionOff, turnDetectionOn } from '../../utils/generic/detection-setup';
import { exportHistory, forgetEverything } from '../../utils/history';
import { t, uiLanguage, applyLanguage } from '../../utils/i18n';
import { normalizeDomainInput } from '../../utils/keep-list';
import { loadEffectiveSettings, type EffectiveSettings } from '../../utils/policy';
import { saveSettings, settingsItem, type Settings } from '../../utils/settings';
import { watchManagedStorage } from '../../utils/browser/managed-storage';
import { ManualGuidesSection } from '../../components/guides/ManualGuides';
import { MANUAL_GUIDES } from '../../utils/guides/manual';
import { guideLanguage } from '../../utils/guides/language';
import { GuideSections } from './guides';
import { RemoteGuides } from './remote-guides';
import { RecipeSections } from './recipes';
import './style.css';

const state = signal<EffectiveSettings | undefined>(undefined);

async function reload(): Promise<void> {
  const effective = await loadEffectiveSettings();
  await applyLanguage(effective.settings.language);
  document.documentElement.lang = uiLanguage();
  document.title = `${t('extName')} — ${t('optionsTitle')}`;
  state.value = effective;
}
void reload();
// Another page, or an administrator's policy, may change settings while this one is open.
settingsItem.watch(() => void reload());
watchManagedStorage(() => void reload());

async function change(changes: Partial<Settings>): Promise<void> {
  await saveSettings(changes);
  await reload();
}

async function addKept(input: string): Promise<string | undefined> {
  const domain = normalizeDomainInput(input);
  if (!domain) return t('keepListInvalid', input.trim() || '—');
  const current = state.value?.settings.keepList ?? [];
  if (current.includes(domain)) return t('keepListDuplicate', domain);
  await change({ keepList: [...current, domain].sort() });
  return undefined;
}

function download(name: string, text: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

function Root() {
  const loaded = state.value;
  if (!loaded) return <p>{t('loading')}</p>;
  return (
    <I18nContext.Provider value={{ t, lang: uiLanguage() }}>
      <OptionsApp
        settings={loaded.settings}
        locked={loaded.locked}
        policyErrors={loaded.policyRecipeErrors}
        policyProblems={loaded.policyProblems}
        onChange={(changes) => void change(changes)}
        onAddKept={addKept}
        onRemoveKept={(domain) => void change({ keepList: loaded.settings.keepList.filter((kept) => kept !== domain) })}
        onExport={() => void exportHistory().then((json) => download('signoff-history.json', json))}
        onForgetEverything={async () => {
          await forgetEverything();
          await reload();
        }}
      >
        <DetectOtherSitesSection
          enabled={loaded.settings.detectOtherSites}
          onToggle={async (enabled) => {
            // The permission request comes first, still inside the click: browsers prompt only during a gesture.
            if (!enabled) await turnDetectionOff();
            const granted = enabled ? await turnDetectionOn() : true;
            await reload();
            return granted;
          }}
        />
        <GuideSections onDownload={download} />
        <RemoteGuides />
        <ManualGuidesSection guides={MANUAL_GUIDES} language={guideLanguage(uiLanguage())} />
        <RecipeSections />
      </OptionsApp>
    </I18nContext.Provider>
  );
}

const root = document.getElementById('app');
if (root) render(<Root />, root);
