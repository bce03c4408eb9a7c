import { needsSiteAccess, outcomeKey, reasonText, siteLabel, type ResultView } from '../utils/popup-model';
import type { ForgetResult } from '../utils/db-schema';
import { useI18n } from './I18nContext';

/** "No longer shows" only where the page listed the account and then did not; the page may not have listed it at all. */
const FORGET_TEXT = { true: 'forgotRemembered', 'not-listed': 'rememberedNotListed', false: 'forgetRememberedFailed' } as const;

interface Props {
  result: ResultView;
  onDismiss: (jobId: string) => void;
  /** Signoff had no access to the site: ask the browser for it (from this click), then sign out again. */
  onGrantAccess?: (result: ResultView) => void;
}

/** A finished sign-out, worded by its outcome: only 'verified' says "signed out". */
export function ResultItem({ result, onDismiss, onGrantAccess }: Props) {
  const { t } = useI18n();
  // A verified sign-out needs no explanation; the others say why they fell short.
  const reason = result.outcome !== 'verified' && result.reason ? reasonText(t, result.reason) : undefined;
  return (
    <li
      class={`row result result-${result.outcome}`}
      data-testid="result-row"
      data-job-id={result.jobId}
      data-outcome={result.outcome}
    >
      <div class="row-text">
        <span class="row-title">{siteLabel(t, result)}</span>
        <span class="row-outcome">
          <span class="outcome-icon" aria-hidden="true">
            {result.outcome === 'verified' ? '✓' : result.outcome === 'cleared' ? '!' : '✕'}
          </span>
          {t(outcomeKey(result.outcome, result.reason))}
        </span>
        {reason && <span class="row-detail">{reason}</span>}
        {result.forgotRemembered !== undefined && (
          <span class="row-detail" data-testid="forgot-remembered" data-forgotten={String(result.forgotRemembered)}>
            {t(FORGET_TEXT[String(result.forgotRemembered) as `${ForgetResult}`], result.siteName)}
          </span>
        )}
        {result.endedAllAccountsOf && <span class="row-detail" data-testid="ended-all-accounts">{t('resultEndedAllAccounts', result.endedAllAccountsOf)}</span>}
      </div>
      {onGrantAccess && needsSiteAccess(result) && (
        <button
          type="button"
          class="primary"
          data-testid="grant-site-access"
          aria-label={t('grantSiteAccessFor', siteLabel(t, result, false))}
          onClick={() => onGrantAccess(result)}
        >
          {t('grantSiteAccess')}
        </button>
      )}
      <button
        type="button"
        aria-label={t('dismissResultFor', siteLabel(t, result, false))}
        onClick={() => onDismiss(result.jobId)}
      >
        {t('dismiss')}
      </button>
    </li>
  );
}
