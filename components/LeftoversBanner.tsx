import { useI18n } from './I18nContext';

interface Props {
  sites: readonly string[];
  onSignOutEverywhere: () => void;
  onDismiss: () => void;
}

/** After a browser start: sessions left from last time, with one button to end them. */
export function LeftoversBanner({ sites, onSignOutEverywhere, onDismiss }: Props) {
  const { t } = useI18n();
  return (
    <section class="banner" data-testid="leftovers-banner" role="alert">
      <p>{t('leftoversBanner', sites.join(', '))}</p>
      <div class="banner-actions">
        <button type="button" class="primary" onClick={onSignOutEverywhere}>
          {t('signOutEverywhere')}
        </button>
        <button type="button" onClick={onDismiss}>
          {t('notNow')}
        </button>
      </div>
    </section>
  );
}
