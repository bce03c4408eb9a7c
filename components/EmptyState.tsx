import { useI18n } from './I18nContext';

/** Shown when Signoff knows of no signed-in site and has no recent result. */
export function EmptyState() {
  const { t } = useI18n();
  return (
    <div class="empty" data-testid="empty-state">
      <p class="empty-title">{t('emptyTitle')}</p>
      <p class="empty-hint">{t('emptyHint')}</p>
    </div>
  );
}
