import { render } from 'preact';
import { I18nContext } from '../../components/I18nContext';
import { ManualGuidesPage } from '../../components/guides/ManualGuides';
import { manualGuidesFor } from '../../utils/guides/manual';
import { guideLanguage } from '../../utils/guides/language';
import { t, uiLanguage, applyLanguage } from '../../utils/i18n';
import { loadSettings } from '../../utils/policy';
import './style.css';

/** manual-guides.html?site=<recipe id>#<guide id>: how to sign out of a site's apps by hand, in the chosen language. */
async function main() {
  await applyLanguage((await loadSettings()).language);
  const lang = uiLanguage();
  document.documentElement.lang = lang;
  const guides = manualGuidesFor(new URLSearchParams(location.search).get('site') ?? '');
  const siteName = guides[0]?.siteName ?? '';
  document.title = `${t('extName')} — ${t('manualGuidesPageTitle', siteName)}`;
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <I18nContext.Provider value={{ t, lang }}>
      <ManualGuidesPage siteName={siteName} guides={guides} language={guideLanguage(lang)} />
    </I18nContext.Provider>,
    root,
  );
  // Rendered after load, so the browser could not scroll to the guide the link named.
  if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
}
void main();
