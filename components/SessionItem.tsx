import { siteLabel, signedInText, type SessionView } from '../utils/popup-model';
import { useI18n } from './I18nContext';
import { JobProgress } from './JobProgress';
import type { AccountFlowName } from '../utils/messaging/protocol';
import { guideLanguage } from '../utils/guides/language';
import { manualGuidesHrefFor } from '../utils/guides/manual/links';

interface Props {
  session: SessionView;
  now: number;
  onSignOut: (sessionId: string) => void;
  onOpenFlow?: (sessionId: string, flow: AccountFlowName) => void;
  onStartGuide?: (sessionId: string, guideId: string) => void;
}

const FLOW_LABELS = {
  switchAccount: { text: 'switchAccount', label: 'switchAccountOn' },
  addAccount: { text: 'addAccount', label: 'addAccountOn' },
} as const;

/** One signed-in site: its name, since when, and a Sign out button or the running job's progress. */
export function SessionItem({ session, now, onSignOut, onOpenFlow, onStartGuide }: Props) {
  const { t, lang } = useI18n();
  // The offers come with the row (the background writes them from the recipe, whichever recipe it is).
  const accountFlows = session.accountFlows ?? [];
  // A remote sign-out guide reads "Signed in on another computer?" in every interface language (Ukrainian too).
  const guides = (session.guides ?? []).map((guide) => ({
    id: guide.id,
    label: guide.kind === 'sign-out-other-devices' ? t('remoteSignOutOffer') : guide.menuLabel[guideLanguage(lang)],
  }));
  const manualGuidesHref = manualGuidesHrefFor(session.sessionId);
  // The site without the account: every control of the row names it for a screen reader.
  const site = siteLabel(t, session, false);
  return (
    <li class="row" data-testid="session-row" data-session-id={session.sessionId}>
      <div class="row-text">
        <span class="row-title">{siteLabel(t, session)}</span>
        {session.signedInAt !== undefined && (
          <span class="row-detail">{signedInText(t, session.signedInAt, now, lang)}</span>
        )}
        {session.unconfirmed && (
          <span class="row-detail" data-testid="not-confirmed-by-site">{t('notConfirmedBySite')}</span>
        )}
        {session.sharedSignIn && session.sharedSignIn.length > 0 && (
          <span class="row-detail" data-testid="shared-sign-in">
            {t('sharedSignIn', [session.sharedSignIn.map((s) => `${s.name} (${s.host})`).join(', '), session.siteName])}
          </span>
        )}
        {session.endsAllAccountsOf && <span class="row-detail" data-testid="ends-all-accounts">{t('signOutEndsAllAccounts', session.endsAllAccountsOf)}</span>}
        {session.sessionCookiesUnknown && (
          <span class="row-detail" data-testid="session-cookies-unknown">{t('sessionCookiesUnknown')}</span>
        )}
        {session.notModelled && (
          <span class="row-detail" data-testid="not-modelled">{t('siteNotModelled')}</span>
        )}
        {session.detectedBy === 'heuristics' && (
          <span class="row-detail" data-testid="detected-by-heuristics">{t('detectedByHeuristics')}</span>
        )}
        {!session.job && onOpenFlow && accountFlows.length > 0 && (
          <span class="row-actions">
            {accountFlows.map((flow) => (
              <button
                key={flow}
                type="button"
                class="link"
                aria-label={t(FLOW_LABELS[flow].label, site)}
                onClick={() => onOpenFlow(session.sessionId, flow)}
              >
                {t(FLOW_LABELS[flow].text)}
              </button>
            ))}
          </span>
        )}
        {!session.job && onStartGuide && guides.length > 0 && (
          <span class="row-actions" data-testid="guide-actions">
            {guides.map((guide) => (
              <button
                key={guide.id}
                type="button"
                class="link"
                data-guide-id={guide.id}
                aria-label={t('guideStartOn', [guide.label, site])}
                onClick={() => onStartGuide(session.sessionId, guide.id)}
              >
                {guide.label}
              </button>
            ))}
          </span>
        )}
        {!session.job && session.detectedBy === 'heuristics' && (
          // A site without a recipe: the person can teach Signoff its sign-out (issue #15; the teach page opens in a tab).
          <span class="row-actions">
            <a
              class="link"
              href={`/teach.html?session=${encodeURIComponent(session.sessionId)}`}
              target="_blank"
              rel="noopener"
              data-testid="teach-link"
              aria-label={t('teachOfferOn', site)}
            >
              {t('teachOffer')}
            </a>
          </span>
        )}
        {!session.job && manualGuidesHref && (
          <span class="row-actions">
            <a
              class="link"
              href={manualGuidesHref}
              target="_blank"
              rel="noopener"
              data-testid="manual-guides-link"
              aria-label={t('guideStartOn', [t('manualGuidesLink'), site])}
            >
              {t('manualGuidesLink')}
            </a>
          </span>
        )}
      </div>
      {/* Always present, so that the progress appearing in it is announced (a new live region often is not). */}
      <span class="row-status" role="status">
        {session.job && <JobProgress phase={session.job.phase} />}
      </span>
      {!session.job && (
        <button
          type="button"
          class="primary"
          aria-label={t('signOutOf', site)}
          onClick={() => onSignOut(session.sessionId)}
        >
          {t('signOut')}
        </button>
      )}
    </li>
  );
}
