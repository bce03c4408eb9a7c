import { RemoteSignOutSection, type RemoteGuideCard, type RemoteNotOfferedCard } from '../../components/guides/RemoteSignOutSection';
import { useI18n } from '../../components/I18nContext';
import { allGuides } from '../../utils/guides/catalog';
import { guideLanguage } from '../../utils/guides/language';
import { amazonRemoteNotOffered } from '../../utils/guides/sites/remote';
import { startGuideFromClick } from '../../utils/guides/send';

/** The options page's "Signed in on another computer?" list: the remote sign-out guides and what Amazon offers instead. */
export function RemoteGuides() {
  const { t, lang } = useI18n();
  const language = guideLanguage(lang);
  const guides: RemoteGuideCard[] = allGuides()
    .filter((entry) => entry.guide.kind === 'sign-out-other-devices')
    .map(({ recipeId, siteName, guide, domains }) => {
      const finals = guide.steps.filter((step) => step.kind === 'final');
      const labels = (['en', 'pl'] as const).map((each) => finals[0]?.target?.text?.[each]?.[0] ?? '');
      const control = finals[0]?.target?.text?.[language]?.[0] ?? labels[0] ?? '';
      const title = t('remoteGuideTitle', siteName);
      return {
        recipeId,
        guideId: guide.id,
        siteName,
        title,
        description: guide.description[language],
        control,
        endsHere: finals.some((step) => step.warning !== undefined),
        domains,
        words: [siteName, ...domains, title, guide.title.en, guide.title.pl, guide.description.en, guide.description.pl, ...labels],
      };
    });
  const notOffered: RemoteNotOfferedCard[] = [amazonRemoteNotOffered].map((entry) => ({
    recipeId: entry.recipeId,
    siteName: entry.siteName,
    says: entry.says[language],
    offers: entry.offers.map((offer) => offer.text[language]),
    words: [entry.siteName, t('remoteGuideTitle', entry.siteName), entry.says.en, entry.says.pl, ...entry.offers.flatMap((offer) => [offer.text.en, offer.text.pl])],
  }));
  return (
    <RemoteSignOutSection
      guides={guides}
      notOffered={notOffered}
      guideLang={language}
      onStart={(recipeId, guideId, domain) => void startGuideFromClick(recipeId, guideId, domain)}
    />
  );
}
