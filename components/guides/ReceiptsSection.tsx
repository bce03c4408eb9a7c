import type { ReceiptRow } from '../../utils/guides/rows';
import { useI18n } from '../I18nContext';

interface Props {
  receipts: readonly ReceiptRow[];
  lang: string;
  onExport: () => void;
  onPrintable: () => void;
  onDelete: (receiptId: string) => void;
}

/** The receipts of finished guides: what was cancelled or deleted, when, and the site's own confirmation. */
export function ReceiptsSection({ receipts, lang, onExport, onPrintable, onDelete }: Props) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="receipts-heading" data-testid="receipts-section">
      <h2 id="receipts-heading">{t('receiptsHeading')}</h2>
      <p class="hint">{t('receiptsHint')}</p>
      {receipts.length === 0 ? (
        <p class="hint" data-testid="receipts-empty">{t('receiptsEmpty')}</p>
      ) : (
        <>
          <div class="actions">
            <button type="button" onClick={onExport}>
              {t('receiptsExport')}
            </button>
            <button type="button" onClick={onPrintable}>
              {t('receiptsPrintable')}
            </button>
          </div>
          <ul class="receipts">
            {receipts.map((receipt) => (
              <li key={receipt.id} data-testid="receipt" data-receipt-id={receipt.id}>
                <ReceiptDetails receipt={receipt} lang={lang} />
                <button type="button" onClick={() => onDelete(receipt.id)}>
                  {t('receiptDelete')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** One receipt's facts; shared by the options page and the printable page. */
export function ReceiptDetails({ receipt, lang }: { receipt: ReceiptRow; lang: string }) {
  const { t } = useI18n();
  const what = lang.startsWith('pl') ? receipt.what.pl : receipt.what.en;
  const when = new Date(receipt.at).toLocaleString(lang, { dateStyle: 'long', timeStyle: 'short' });
  return (
    <article class="receipt">
      <h3>{what}</h3>
      <dl>
        <dt>{t('receiptSite')}</dt>
        <dd data-field="site">
          {receipt.siteName} ({receipt.domain})
        </dd>
        <dt>{t('receiptWhen')}</dt>
        <dd data-field="when">
          <time dateTime={new Date(receipt.at).toISOString()}>{when}</time>
        </dd>
        <dt>{t('receiptConfirmation')}</dt>
        <dd data-field="confirmation">
          <blockquote>{receipt.confirmationText}</blockquote>
        </dd>
        <dt>{t('receiptPage')}</dt>
        <dd data-field="url">{receipt.url}</dd>
      </dl>
      {receipt.screenshot ? (
        <img class="receipt-shot" src={receipt.screenshot} alt={t('receiptScreenshotAlt', receipt.domain)} data-field="screenshot" />
      ) : (
        <p class="hint" data-field="no-screenshot">
          {t('receiptNoScreenshot', receipt.screenshotError ?? '—')}
        </p>
      )}
    </article>
  );
}
