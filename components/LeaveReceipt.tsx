import type { BatchView } from '../utils/batch-model';
import { useI18n } from './I18nContext';

/** "I'm leaving" done: a checklist of what was done, each line true to what the jobs report. */
export function LeaveReceipt({ batch }: { batch: BatchView }) {
  const { t } = useI18n();
  // A sign-out that ends every account of a sign-in (Google) signed out more than the row's account: say so.
  const endedAll = batch.endedAllAccountsOf.length > 0 ? [{ done: true, text: t('leaveEndedAllAccounts', batch.endedAllAccountsOf.join(', ')) }] : [];
  const items = [
    { done: batch.verified === batch.total, text: t('leaveSignedOut', String(batch.verified)) },
    ...endedAll,
    { done: batch.leftoversCleared === batch.verified, text: t('leaveDataCleared') },
    { done: true, text: t('leaveTabsClosed', String(batch.closedTabs ?? 0)) },
  ];
  // What the sites' sign-in pages were made to forget, and where that did not work.
  if (batch.forgotten.length > 0) items.push({ done: true, text: t('leaveForgotten', batch.forgotten.join(', ')) });
  if (batch.notForgotten.length > 0) items.push({ done: false, text: t('leaveNotForgotten', batch.notForgotten.join(', ')) });
  // Nothing to remove there, and nothing claimed removed.
  if (batch.notListed.length > 0) items.push({ done: true, text: t('leaveNotListed', batch.notListed.join(', ')) });
  return (
    <section class="receipt" data-testid="leave-receipt">
      <p>
        <strong>{t('leaveReceiptTitle')}</strong>
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
