import { signal } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nContext } from '../../components/I18nContext';
import { OptionsApp } from '../../components/OptionsApp';
import { t, uiLanguage } from '../../utils/i18n';
import { normalizeDomainInput } from '../../utils/keep-list';
import { loadSettings } from '../../utils/policy';
import { saveSettings, type Settings } from '../../utils/settings';
import './style.css';

const lang = uiLanguage();
document.documentElement.lang = lang;
document.title = `${t('extName')} — ${t('optionsTitle')}`;

const settings = signal<Settings | undefined>(undefined);
void loadSettings().then((loaded) => (settings.value = loaded));
// Another page (or an administrator's policy later) may change settings while this one is open.
browser.storage.onChanged.addListener(() => void loadSettings().then((loaded) => (settings.value = loaded)));

async function addKept(input: string): Promise<string | undefined> {
  const domain = normalizeDomainInput(input);
  if (!domain) return t('keepListInvalid', input.trim() || '—');
  const current = settings.value?.keepList ?? [];
  if (current.includes(domain)) return t('keepListDuplicate', domain);
  settings.value = await saveSettings({ keepList: [...current, domain].sort() });
  return undefined;
}

async function removeKept(domain: string): Promise<void> {
  const current = settings.value?.keepList ?? [];
  settings.value = await saveSettings({ keepList: current.filter((kept) => kept !== domain) });
}

function Root() {
  const loaded = settings.value;
  if (!loaded) return <p>{t('loading')}</p>;
  return <OptionsApp keepList={loaded.keepList} onAddKept={addKept} onRemoveKept={(d) => void removeKept(d)} />;
}

const root = document.getElementById('app');
if (root) {
  render(
    <I18nContext.Provider value={{ t, lang }}>
      <Root />
    </I18nContext.Provider>,
    root,
  );
}
