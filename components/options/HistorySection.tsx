import { useState } from 'preact/hooks';
import { useI18n } from '../I18nContext';

interface Props {
  onExport: () => void;
  /** Empties Signoff's database and settings; resolves when done. */
  onForgetEverything: () => Promise<void>;
}

/** The local history: take it with you, or make Signoff forget everything it knows. */
export function HistorySection({ onExport, onForgetEverything }: Props) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [forgotten, setForgotten] = useState(false);
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('historyHeading')}</h2>
      <p class="hint">{t('historyHint')}</p>
      <div class="actions">
        <button type="button" onClick={onExport}>
          {t('historyExport')}
        </button>
        {!confirming ? (
          <button type="button" onClick={() => setConfirming(true)}>
            {t('forgetEverything')}
          </button>
        ) : (
          <button
            type="button"
            class="danger"
            onClick={async () => {
              await onForgetEverything();
              setConfirming(false);
              setForgotten(true);
            }}
          >
            {t('forgetEverythingConfirm')}
          </button>
        )}
      </div>
      <p class="saved" role="status">{forgotten ? t('forgetEverythingDone') : ''}</p>
    </section>
  );
}
