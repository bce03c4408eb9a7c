import { useState } from 'preact/hooks';
import { useI18n } from '../I18nContext';
import type { PlainStep } from '../../utils/teach/draft';
import type { MessageKey } from '../../utils/i18n';
import type { Reason } from '../../utils/db-schema';
import type { TrialView } from '../../utils/teach/trial';
import type { TeachView } from '../../utils/teach/teach-view';

export type { TeachView };

interface Props {
  view: TeachView;
  error?: string;
  onStart: () => void;
  onDiscard: () => void;
  onSave: (name: string) => void;
  onTry: () => void;
  onExport: () => void;
}

const STEP_KEYS: Record<PlainStep['kind'], MessageKey> = {
  'open-menu': 'teachStepOpenMenu',
  press: 'teachStepPress',
  hover: 'teachStepHover',
  navigate: 'teachStepNavigate',
};

function Steps({ steps }: { steps: PlainStep[] }) {
  const { t } = useI18n();
  return (
    <ol data-testid="teach-steps">
      {steps.map((step, index) => (
        <li key={index}>{t(STEP_KEYS[step.kind], step.label)}</li>
      ))}
    </ol>
  );
}

function Review({ view, onSave, onDiscard }: { view: Extract<TeachView, { kind: 'review' }> } & Pick<Props, 'onSave' | 'onDiscard'>) {
  const { t } = useI18n();
  const [name, setName] = useState(view.name);
  return (
    <section aria-labelledby="review-heading" data-testid="teach-review">
      <h2 id="review-heading">{t('teachReviewHeading')}</h2>
      <p>{t('teachReviewSteps')}</p>
      <Steps steps={view.steps} />
      <p data-testid="teach-domain">{t('teachReviewDomain', view.domain)}</p>
      <p data-testid="teach-cookies">{t('teachReviewCookies', view.cookies.join(', '))}</p>
      {view.checkUrl && <p>{t('teachReviewCheck', view.checkUrl)}</p>}
      {view.problems.length > 0 ? (
        <div class="error" role="alert" data-testid="teach-problems">
          <p>{t('teachProblems')}</p>
          <ul>
            {view.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : (
        <label class="setting">
          {t('teachName')} <input value={name} maxLength={60} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
      )}
      <p class="actions">
        {view.problems.length === 0 && (
          <button type="button" class="primary" onClick={() => onSave(name)}>
            {t('teachSave')}
          </button>
        )}{' '}
        <button type="button" onClick={onDiscard}>
          {t('teachDiscard')}
        </button>
      </p>
    </section>
  );
}

function Trial({ trial, site }: { trial: TrialView; site: string }) {
  const { t } = useI18n();
  const why = (reason?: Reason) => (reason ? `${t(reason.key)}${reason.detail ? ` (${reason.detail})` : ''}` : '');
  switch (trial.kind) {
    case 'sign-in-first':
      return <p class="error">{t('teachSignInFirst', site)}</p>;
    case 'running':
      return <p>{t('teachTrying')}</p>;
    case 'verified':
      return <p class="saved" data-outcome="verified">{t('teachTryVerified')}</p>;
    case 'step-failed':
      return (
        <div class="error" data-outcome="step-failed">
          <p>{t('teachTryStepFailed', [String(trial.step), why(trial.reason)])}</p>
          <p>{t('teachTargetsTried', trial.tried.join(', '))}</p>
        </div>
      );
    case 'not-verified':
      return <p class="error" data-outcome="not-verified">{t('teachTryNotVerified', why(trial.reason))}</p>;
  }
}

/** Teach Signoff a sign-out: start, watch the recording, review the draft in plain words, save, try, export. */
export function TeachPage({ view, error, onStart, onDiscard, onSave, onTry, onExport }: Props) {
  const { t } = useI18n();
  return (
    <main>
      <h1>{t('teachPageTitle')}</h1>
      {view.kind === 'nothing' && <p>{t('teachNothing')}</p>}
      {view.kind === 'start' && (
        <section>
          <p>{t('teachIntro', view.site)}</p>
          {view.fromTab && <p data-testid="teach-tab-access">{t('teachIntroTab', view.fromTab.host)}</p>}
          <button type="button" class="primary" onClick={onStart}>
            {t('teachStart')}
          </button>
        </section>
      )}
      {view.kind === 'recording' && (
        <section data-testid="teach-recording">
          <p role="status">{t('teachRecording')}</p>
          <Steps steps={view.steps} />
          <button type="button" onClick={onDiscard}>
            {t('teachDiscard')}
          </button>
        </section>
      )}
      {view.kind === 'refused' && (
        <section>
          <p class="error" role="alert" data-testid="teach-refused">
            {t('teachRefused', view.label)}
          </p>
          <button type="button" onClick={onDiscard}>
            {t('teachRecordAgain')}
          </button>
        </section>
      )}
      {view.kind === 'review' && <Review view={view} onSave={onSave} onDiscard={onDiscard} />}
      {view.kind === 'saved' && (
        <section data-testid="teach-saved">
          <p class="saved">{t('teachSaved', view.name)}</p>
          <p class="actions">
            <button type="button" class="primary" onClick={onTry}>
              {t('teachTry')}
            </button>{' '}
            <button type="button" onClick={onExport}>
              {t('teachExport')}
            </button>
          </p>
          <div role="status" data-testid="teach-trial">
            {view.trial && <Trial trial={view.trial} site={view.site} />}
          </div>
        </section>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </main>
  );
}
