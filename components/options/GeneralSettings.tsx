import { LANGUAGE_NAMES } from '../../utils/language-setting';
import type { LockedField } from '../../utils/policy';
import type { Settings } from '../../utils/settings';
import { useI18n } from '../I18nContext';

interface Props {
  settings: Settings;
  locked: readonly LockedField[];
  onChange: (changes: Partial<Settings>) => void;
}

/** Reminders, idle sign-out, what happens when the browser closes, and the language. */
export function GeneralSettings({ settings, locked, onChange }: Props) {
  const { t } = useI18n();
  const isLocked = (field: LockedField) => locked.includes(field);
  const shared = settings.mode === 'shared';
  return (
    <section aria-labelledby="general-heading">
      <h2 id="general-heading">{t('generalHeading')}</h2>
      <label class="setting">
        <input type="checkbox" checked={settings.reminders} onChange={(e) => onChange({ reminders: e.currentTarget.checked })} />
        {t('remindersLabel')}
      </label>
      <label class="setting">
        {t('idleMinutesLabel')}
        <input
          type="number"
          min={1}
          max={240}
          value={settings.idleMinutes}
          disabled={!shared || isLocked('idleMinutes')}
          onChange={(e) => onChange({ idleMinutes: Number(e.currentTarget.value) })}
        />
        {!shared && <span class="hint">{t('sharedModeOnly')}</span>}
        {isLocked('idleMinutes') && <span class="locked">{t('lockedByAdministrator')}</span>}
      </label>
      <label class="setting">
        {t('closeSweepLabel')}
        <select
          value={settings.closeSweep}
          disabled={!shared || isLocked('closeSweep')}
          onChange={(e) => onChange({ closeSweep: e.currentTarget.value as Settings['closeSweep'] })}
        >
          <option value="sign-out-then-clear">{t('closeSweepSignOut')}</option>
          <option value="clear-only">{t('closeSweepClear')}</option>
          <option value="off">{t('closeSweepOff')}</option>
        </select>
        {isLocked('closeSweep') && <span class="locked">{t('lockedByAdministrator')}</span>}
      </label>
      <label class="setting">
        {t('languageLabel')}
        <select value={settings.language} onChange={(e) => onChange({ language: e.currentTarget.value as Settings['language'] })}>
          <option value="auto">{t('languageAuto')}</option>
          {/* Each language names itself, in its own language (and says so to screen readers). */}
          {Object.entries(LANGUAGE_NAMES).map(([code, name]) => (
            <option key={code} value={code} lang={code}>
              {name}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
