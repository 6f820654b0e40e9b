import { useState } from 'react';
import { useI18n } from '@/i18n';
import { savedTheme, saveTheme, themeChoices, type ThemeChoice } from '@/lib/theme';

/** System / Light / Dark, remembered in this browser and applied at once. */
export function ThemeSwitch() {
  const { t } = useI18n();
  const [choice, setChoice] = useState<ThemeChoice>(() => savedTheme());
  return (
    <label className="header-select">
      <span className="visually-hidden">{t('shell.theme.label')}</span>
      <select
        value={choice}
        aria-label={t('shell.theme.label')}
        onChange={(event) => {
          const next = event.target.value as ThemeChoice;
          saveTheme(next);
          setChoice(next);
        }}
      >
        {themeChoices.map((option) => (
          <option key={option} value={option}>
            {t(`shell.theme.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
