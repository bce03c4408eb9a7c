import type { BatchView } from '../utils/batch-model';
import type { AccountFlowName } from '../utils/messaging/protocol';
import type { PopupModel, ResultView } from '../utils/popup-model';
import { BatchSummary } from './BatchSummary';
import { LeaveReceipt } from './LeaveReceipt';
import { LeftoversBanner } from './LeftoversBanner';
import { EmptyState } from './EmptyState';
import { useI18n } from './I18nContext';
import { ResultItem } from './ResultItem';
import { SessionList } from './SessionList';
import type { TeachHere } from '../utils/teach/tab-link';
import { TeachHereOffer } from './TeachHereOffer';

export interface AppProps {
  /** Undefined until the database has answered: "loading", not "no sessions". */
  model: PopupModel | undefined;
  loadFailed: boolean;
  /** Text of the last failed command, already translated. */
  error: string | undefined;
  now: number;
  onSignOut: (sessionId: string) => void;
  onDismiss: (jobId: string) => void;
  /** A result that failed for want of site access: ask for it and sign out again. */
  onGrantAccess?: (result: ResultView) => void;
  /** The last "Sign out everywhere", while it runs and for a while after. */
  batch?: BatchView;
  onSignOutEverywhere?: () => void;
  /** Open a session's account flow (switch, add); the row says which its site offers. */
  onOpenFlow?: (sessionId: string, flow: AccountFlowName) => void;
  /** Start a guide (cancel a subscription, delete the account) the session's row offers. */
  onStartGuide?: (sessionId: string, guideId: string) => void;
  /** Sites still signed in from before the browser started, if the person has not dismissed them. */
  leftovers?: readonly string[];
  onDismissLeftovers?: () => void;
  onLeave?: () => void;
  /** The tab the popup is over, when Signoff may learn how to sign out of it (issue #15). */
  teachHere?: TeachHere;
}

/** The whole popup; it only renders what it is given and reports clicks. */
export function App(props: AppProps) {
  const { model, loadFailed, error, now, onSignOut, onDismiss, batch, onSignOutEverywhere } = props;
  const { t } = useI18n();
  const batchRunning = batch !== undefined && !batch.finished;
  return (
    <main class="popup">
      <h1>
        {/* A background, not an <img>: an image element starts its request while the first rows are drawn. */}
        <span class="logo" aria-hidden="true" />
        {t('extName')}
      </h1>
      {/* Always in the page, so a new error is announced. */}
      <div class="error" role="alert">
        {loadFailed ? t('loadFailed') : error}
      </div>
      {!model && !loadFailed && <p class="loading">{t('loading')}</p>}
      {props.leftovers && props.leftovers.length > 0 && onSignOutEverywhere && props.onDismissLeftovers && (
        <LeftoversBanner sites={props.leftovers} onSignOutEverywhere={onSignOutEverywhere} onDismiss={props.onDismissLeftovers} />
      )}
      {model && model.sessions.length > 0 && onSignOutEverywhere && !batchRunning && (
        <div class="everywhere-actions">
          <button type="button" class="primary" title={t('signOutEverywhereHint')} onClick={onSignOutEverywhere}>
            {t('signOutEverywhere')}
          </button>
          {props.onLeave && (
            <button type="button" title={t('leaveButtonHint')} onClick={props.onLeave}>
              {t('leaveButton')}
            </button>
          )}
        </div>
      )}
      {batch && <BatchSummary batch={batch} />}
      {batch?.finished && batch.trigger === 'leave' && <LeaveReceipt batch={batch} />}
      {model?.empty && <EmptyState />}
      {model && model.sessions.length > 0 && (
        <section aria-labelledby="sessions-heading">
          <h2 id="sessions-heading">{t('sessionsHeading')}</h2>
          <SessionList
            sessions={model.sessions}
            now={now}
            onSignOut={onSignOut}
            onOpenFlow={props.onOpenFlow}
            onStartGuide={props.onStartGuide}
          />
        </section>
      )}
      {props.teachHere && <TeachHereOffer offer={props.teachHere} />}
      {/* A live region that stays, so results arriving while the popup is open are read out. */}
      <div aria-live="polite">
        {model && model.results.length > 0 && (
          <section aria-labelledby="results-heading">
            <h2 id="results-heading">{t('resultsHeading')}</h2>
            <ul class="rows">
              {model.results.map((result) => (
                <ResultItem key={result.jobId} result={result} onDismiss={onDismiss} onGrantAccess={props.onGrantAccess} />
              ))}
            </ul>
          </section>
        )}
      </div>
    </main>
  );
}
