import type { ManualGuide } from '../../utils/guides/manual/manual-guide';
import { manualGuidesPath } from '../../utils/guides/manual';
import { useI18n } from '../I18nContext';

type GuideLanguage = 'en' | 'pl';

interface PageProps {
  siteName: string;
  guides: readonly ManualGuide[];
  /** The language of the guide texts (a Ukrainian interface shows them in English, as the other guides). */
  language: GuideLanguage;
}

/** manual-guides.html: a site's manual guides, one per surface, as numbered steps; nothing is pressed. */
export function ManualGuidesPage({ siteName, guides, language }: PageProps) {
  const { t, lang } = useI18n();
  if (guides.length === 0) return <main class="manual-guides"><p>{t('manualGuidesNone')}</p></main>;
  return (
    <main class="manual-guides" data-testid="manual-guides">
      <h1>{t('manualGuidesPageTitle', siteName)}</h1>
      <p>{t('manualGuidesPageIntro', siteName)}</p>
      {!lang.startsWith(language) && <p class="hint" data-testid="manual-steps-language">{t('manualGuidesStepsInEnglish')}</p>}
      {guides.map((guide) => (
        <ManualGuideView key={guide.id} guide={guide} language={language} />
      ))}
    </main>
  );
}

function ManualGuideView({ guide, language }: { guide: ManualGuide; language: GuideLanguage }) {
  const { t } = useI18n();
  const sources = [...new Set([...guide.steps, guide.withoutDevice].flatMap((text) => text.provenance))];
  return (
    <section id={guide.id} aria-labelledby={`${guide.id}-title`} data-testid="manual-guide" data-guide-id={guide.id}>
      {/* Guide texts are in the guide language, not the page's in a Ukrainian interface: screen readers need to know. */}
      <h2 id={`${guide.id}-title`} lang={language}>
        {guide.title[language]}
      </h2>
      <ol lang={language}>
        {guide.steps.map((step, index) => (
          <li key={index}>{step.text[language]}</li>
        ))}
      </ol>
      <h3>{t('manualGuidesWithoutDevice')}</h3>
      <p lang={language} data-testid="manual-without-device">{guide.withoutDevice.text[language]}</p>
      <details>
        <summary>{t('manualGuidesSources')}</summary>
        <ul class="sources" lang="en">
          {sources.map((source) => (
            <li key={source}>{source}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/** The options page's list of manual guides, each linking to its page. */
export function ManualGuidesSection({ guides, language }: { guides: readonly ManualGuide[]; language: GuideLanguage }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="manual-guides-heading" data-testid="manual-guides-section">
      <h2 id="manual-guides-heading">{t('manualGuidesHeading')}</h2>
      <p class="hint">{t('manualGuidesHint')}</p>
      <ul class="guide-list">
        {guides.map((guide) => (
          <li key={guide.id} class="guide-card" data-testid="manual-guide-card" data-guide-id={guide.id}>
            <h3 lang={language}>{guide.title[language]}</h3>
            <a href={manualGuidesPath(guide.recipeId, guide.id)} target="_blank" rel="noopener">
              {t('manualGuidesShow')}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
