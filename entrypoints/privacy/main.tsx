import { render } from 'preact';
import { I18nContext } from '../../components/I18nContext';
import { PrivacyPolicy } from '../../components/PrivacyPolicy';
import { t, uiLanguage, applyLanguage } from '../../utils/i18n';
import { loadSettings } from '../../utils/policy';
import './style.css';

/** privacy.html: the privacy policy, in the language of Signoff's other pages. */
async function main() {
  await applyLanguage((await loadSettings()).language);
  const lang = uiLanguage();
  document.documentElement.lang = lang;
  document.title = `${t('extName')} — ${t('privacyTitle')}`;
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <I18nContext.Provider value={{ t, lang }}>
      <PrivacyPolicy />
    </I18nContext.Provider>,
    root,
  );
}
void main();
