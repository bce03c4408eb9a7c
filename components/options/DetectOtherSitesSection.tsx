import { useState } from 'preact/hooks';
import { useI18n } from '../I18nContext';

interface Props {
  enabled: boolean;
  /**
   * Turns detection on or off; on asks the browser for the optional permission (so it must run inside the click)
   * and resolves to false when the browser refused it.
   */
  onToggle: (enabled: boolean) => Promise<boolean>;
}

/** "Detect other sites": sign-ins on sites without a recipe, found by heuristics. */
export function DetectOtherSitesSection({ enabled, onToggle }: Props) {
  const { t } = useI18n();
  const [refused, setRefused] = useState(false);
  return (
    <section aria-labelledby="detect-heading">
      <h2 id="detect-heading">{t('detectOtherSitesHeading')}</h2>
      <label class="setting">
        <input
          type="checkbox"
          data-testid="detect-other-sites"
          checked={enabled}
          aria-describedby="detect-hint"
          onChange={(event) => {
            const wanted = event.currentTarget.checked;
            void onToggle(wanted).then((granted) => setRefused(wanted && !granted));
          }}
        />
        {t('detectOtherSitesLabel')}
      </label>
      <p id="detect-hint" class="hint">{t('detectOtherSitesHint')}</p>
      <p class="error" role="alert">{refused ? t('detectOtherSitesRefused') : ''}</p>
    </section>
  );
}
