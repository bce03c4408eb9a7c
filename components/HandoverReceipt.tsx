import type { BatchView } from '../utils/batch-model';
import { useI18n } from './I18nContext';

/** "I'm leaving" done: a checklist of what was done, each line true to what the jobs report. */
export function HandoverReceipt({ batch }: { batch: BatchView }) {
  const { t } = useI18n();
  const items = [
    { done: batch.verified === batch.total, text: t('handoverSignedOut', String(batch.verified)) },
    { done: batch.leftoversCleared === batch.verified, text: t('handoverDataCleared') },
    { done: true, text: t('handoverTabsClosed', String(batch.closedTabs ?? 0)) },
  ];
  return (
    <section class="receipt" data-testid="handover-receipt">
      <p>
        <strong>{t('handoverReceiptTitle')}</strong>
      </p>
      <ul>
        {items.map((item) => (
          <li key={item.text} data-done={String(item.done)}>
            <span aria-hidden="true">{item.done ? '✓' : '!'}</span> {item.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
