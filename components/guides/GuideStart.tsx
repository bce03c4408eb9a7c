import { useState } from 'preact/hooks';
import { useI18n } from '../I18nContext';

interface Props {
  recipeId: string;
  guideId: string;
  title: string;
  /** The sites the guide runs on; with more than one, the person picks where. */
  domains: readonly string[];
  /** Unique on the page: names the site picker for its label. */
  selectId: string;
  onStart: (recipeId: string, guideId: string, domain: string) => void;
}

/** A guide card's actions: which site (when there is a choice) and "Start". */
export function GuideStart({ recipeId, guideId, title, domains, selectId, onStart }: Props) {
  const { t } = useI18n();
  const [domain, setDomain] = useState(domains[0] ?? '');
  return (
    <div class="actions">
      {domains.length > 1 && (
        <label for={selectId}>
          {t('guidesSite')}{' '}
          <select id={selectId} value={domain} onChange={(event) => setDomain((event.target as HTMLSelectElement).value)}>
            {domains.map((candidate) => (
              <option key={candidate} value={candidate}>
                {candidate}
              </option>
            ))}
          </select>
        </label>
      )}
      <button
        type="button"
        class="primary"
        // The visible label is part of the accessible name (speech input: "click Start"), after what it starts.
        aria-label={`${t('guideStartOn', [title, domain])}: ${t('guidesStart')}`}
        onClick={() => onStart(recipeId, guideId, domain)}
      >
        {t('guidesStart')}
      </button>
    </div>
  );
}
