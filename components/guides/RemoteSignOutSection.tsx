import { useState } from 'preact/hooks';
import { filterBySearch } from '../../utils/guides/remote-search';
import { useI18n } from '../I18nContext';
import { GuideStart } from './GuideStart';

export interface RemoteGuideCard {
  recipeId: string;
  guideId: string;
  siteName: string;
  /** In the interface language. */
  title: string;
  /** The guide's own texts, in the guide language (`lang`). */
  description: string;
  /** The control the person presses, as the site labels it (guide language). */
  control: string;
  endsHere: boolean;
  domains: string[];
  words: string[];
}

export interface RemoteNotOfferedCard {
  recipeId: string;
  siteName: string;
  says: string;
  offers: string[];
  words: string[];
}

interface Props {
  guides: RemoteGuideCard[];
  notOffered: RemoteNotOfferedCard[];
  /** The language of the guides' texts ('en' in a Ukrainian interface). */
  guideLang: 'en' | 'pl';
  onStart: (recipeId: string, guideId: string, domain: string) => void;
}

/** Options page: every "sign out of other devices" guide, searchable, and the sites that offer no such control. */
export function RemoteSignOutSection({ guides, notOffered, guideLang, onStart }: Props) {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState('');
  const shownGuides = filterBySearch(guides, query);
  const shownOthers = filterBySearch(notOffered, query);
  return (
    <section aria-labelledby="remote-guides-heading" data-testid="remote-guides-section">
      <h2 id="remote-guides-heading">{t('remoteGuidesHeading')}</h2>
      <p class="hint">{t('remoteGuidesHint')}</p>
      {!lang.startsWith(guideLang) && <p class="hint">{t('remoteGuidesTextsInEnglish')}</p>}
      <label for="remote-guides-search">{t('remoteGuidesSearch')}</label>{' '}
      <input
        id="remote-guides-search"
        type="search"
        data-testid="remote-guides-search"
        value={query}
        onInput={(event) => setQuery((event.target as HTMLInputElement).value)}
      />
      <ul class="guide-list" aria-live="polite">
        {shownGuides.map((guide) => (
          <RemoteGuideItem key={guide.recipeId} guide={guide} guideLang={guideLang} onStart={onStart} />
        ))}
        {shownOthers.map((site) => (
          <li key={site.recipeId} class="guide-card" data-testid="remote-guide-card" data-recipe-id={site.recipeId} data-offered="false">
            <h3>{t('remoteGuideTitle', site.siteName)}</h3>
            <p>
              <b>{t('remoteGuidesNotOffered')}</b>
            </p>
            <p lang={guideLang}>{site.says}</p>
            <ul lang={guideLang}>
              {site.offers.map((offer) => (
                <li key={offer}>{offer}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {shownGuides.length + shownOthers.length === 0 && <p data-testid="remote-guides-none">{t('remoteGuidesNone', query)}</p>}
    </section>
  );
}

function RemoteGuideItem({ guide, guideLang, onStart }: { guide: RemoteGuideCard; guideLang: 'en' | 'pl'; onStart: Props['onStart'] }) {
  const { t } = useI18n();
  return (
    <li class="guide-card" data-testid="remote-guide-card" data-recipe-id={guide.recipeId} data-offered="true">
      <h3>{guide.title}</h3>
      <p class="hint" lang={guideLang}>
        {guide.description}
      </p>
      <p class="hint">{t('remoteGuidesControl', guide.control)}</p>
      {guide.endsHere && <p class="hint">{t('remoteGuidesEndsHere')}</p>}
      <GuideStart
        recipeId={guide.recipeId}
        guideId={guide.guideId}
        title={guide.title}
        domains={guide.domains}
        selectId={`remote-site-${guide.recipeId}`}
        onStart={onStart}
      />
    </li>
  );
}
