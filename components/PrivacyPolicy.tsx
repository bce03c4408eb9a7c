import { useI18n } from './I18nContext';

/**
 * The privacy policy (privacy.html), linked from the settings page. Every sentence is a message in _locales, so it
 * exists in English, Polish and Ukrainian alike; docs/security.md lists the same storage and permissions for developers.
 */
export function PrivacyPolicy() {
  const { t } = useI18n();
  return (
    <main class="privacy" data-testid="privacy-policy">
      <h1>{t('privacyTitle')}</h1>
      <p class="summary">{t('privacySummary')}</p>
      <p>{t('privacyIntro')}</p>
      <section aria-labelledby="privacy-requests">
        <h2 id="privacy-requests">{t('privacyRequestsHeading')}</h2>
        <p>{t('privacyRequests')}</p>
        <p>{t('privacyManaged')}</p>
      </section>
      <section aria-labelledby="privacy-stored">
        <h2 id="privacy-stored">{t('privacyStoredHeading')}</h2>
        <p>{t('privacyStoredIntro')}</p>
        <ul>
          <li>{t('privacyStoredSessions')}</li>
          <li>{t('privacyStoredHistory')}</li>
          <li>{t('privacyStoredGuides')}</li>
          <li>{t('privacyStoredSettings')}</li>
        </ul>
      </section>
      <section aria-labelledby="privacy-never">
        <h2 id="privacy-never">{t('privacyNeverHeading')}</h2>
        <p>{t('privacyNever')}</p>
      </section>
      <section aria-labelledby="privacy-delete">
        <h2 id="privacy-delete">{t('privacyDeleteHeading')}</h2>
        <p>{t('privacyDelete')}</p>
        <p>
          <a href="/options.html">{t('optionsTitle')}</a>
        </p>
      </section>
    </main>
  );
}
