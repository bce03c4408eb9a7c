import { progressKey, type ActivePhase } from '../utils/popup-model';
import { useI18n } from './I18nContext';

/** What a running sign-out is doing now. Rendered inside the row's live region, so screen readers hear it. */
export function JobProgress({ phase }: { phase: ActivePhase }) {
  const { t } = useI18n();
  return (
    <span class="progress" data-testid="job-progress" data-phase={phase}>
      <span class="spinner" aria-hidden="true" />
      {t(progressKey(phase))}
    </span>
  );
}
