import type { Settings } from '../../utils/settings';
import { useI18n } from '../I18nContext';

interface Props {
  mode: Settings['mode'];
  locked: boolean;
  onChoose: (mode: 'personal' | 'shared') => void;
}

/** The first-run question, and later the same choice: each option says plainly what it turns on. */
export function ModeChooser({ mode, locked, onChoose }: Props) {
  const { t } = useI18n();
  const options = [
    { value: 'shared', title: t('modeShared'), detail: t('modeSharedDetail') },
    { value: 'personal', title: t('modePersonal'), detail: t('modePersonalDetail') },
  ] as const;
  return (
    <fieldset class="mode" data-testid="mode-chooser" disabled={locked}>
      <legend>{mode === undefined ? t('modeQuestion') : t('modeHeading')}</legend>
      {locked && <p class="locked">{t('lockedByAdministrator')}</p>}
      {options.map((option) => (
        <label key={option.value} class={`mode-option${mode === option.value ? ' chosen' : ''}`}>
          <input
            type="radio"
            name="mode"
            value={option.value}
            checked={mode === option.value}
            onChange={() => onChoose(option.value)}
          />
          <span>
            <strong>{option.title}</strong>
            <span class="hint">{option.detail}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
