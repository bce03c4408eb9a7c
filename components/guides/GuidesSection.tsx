import { useI18n } from '../I18nContext';
import { GuideStart } from './GuideStart';

export interface GuideCard {
  recipeId: string;
  guideId: string;
  siteName: string;
  title: string;
  description: string;
  domains: string[];
}

export interface GuideRunView {
  runId: string;
  title: string;
  domain: string;
  stepNumber: number;
  stepCount: number;
}

interface Props {
  guides: GuideCard[];
  running: GuideRunView[];
  onStart: (recipeId: string, guideId: string, domain: string) => void;
  onResume: (runId: string) => void;
  onStop: (runId: string) => void;
}

/** Every guide Signoff has, to start on the site of one's choice, and the guides under way. */
export function GuidesSection({ guides, running, onStart, onResume, onStop }: Props) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="guides-heading" data-testid="guides-section">
      <h2 id="guides-heading">{t('guidesHeading')}</h2>
      <p class="hint">{t('guidesHint')}</p>
      {running.length > 0 && (
        <div class="guide-runs" data-testid="guide-runs">
          <h3>{t('guidesInProgress')}</h3>
          <ul class="keep-list">
            {running.map((run) => (
              <li key={run.runId} data-testid="guide-run" data-run-id={run.runId}>
                <span>
                  <b>{run.title}</b> — {t('guidesRunStep', [run.domain, String(run.stepNumber), String(run.stepCount)])}
                </span>
                <span class="actions">
                  <button type="button" class="primary" onClick={() => onResume(run.runId)}>
                    {t('guidesResume')}
                  </button>
                  <button type="button" onClick={() => onStop(run.runId)}>
                    {t('guidesStop')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ul class="guide-list">
        {guides.map((guide) => (
          <GuideItem key={`${guide.recipeId}:${guide.guideId}`} guide={guide} onStart={onStart} />
        ))}
      </ul>
    </section>
  );
}

function GuideItem({ guide, onStart }: { guide: GuideCard; onStart: Props['onStart'] }) {
  const { t } = useI18n();
  return (
    <li class="guide-card" data-testid="guide-card" data-guide-id={guide.guideId} data-recipe-id={guide.recipeId}>
      <h3>{guide.title}</h3>
      <p class="hint">{guide.description}</p>
      <GuideStart
        recipeId={guide.recipeId}
        guideId={guide.guideId}
        title={guide.title}
        domains={guide.domains}
        selectId={`guide-site-${guide.recipeId}-${guide.guideId}`}
        onStart={onStart}
      />
    </li>
  );
}
