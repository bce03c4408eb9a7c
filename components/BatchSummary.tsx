import type { BatchView } from '../utils/batch-model';
import { useI18n } from './I18nContext';

/** Progress of "Sign out everywhere" while it runs, and the summary that stays after it. */
export function BatchSummary({ batch }: { batch: BatchView }) {
  const { t } = useI18n();
  const counts = [String(batch.verified), String(batch.cleared), String(batch.failed)];
  return (
    <section class="batch" data-testid="batch-summary" data-finished={String(batch.finished)} role="status">
      {batch.finished ? (
        <p>
          <strong>{t('batchFinished', String(batch.total))}</strong> {t('batchCounts', counts)}
        </p>
      ) : (
        <>
          <p>{t('batchRunning', [String(batch.done), String(batch.total)])}</p>
          <progress value={batch.done} max={batch.total} aria-label={t('signOutEverywhere')} />
        </>
      )}
      {batch.kept.length > 0 && <p class="row-detail">{t('batchKept', batch.kept.join(', '))}</p>}
    </section>
  );
}
