import { locales, useI18n, type Locale } from '@/i18n';

export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
    <label className="header-select">
      <span className="visually-hidden">{t('common.language')}</span>
      <select value={locale} onChange={(event) => setLocale(event.target.value as Locale)} aria-label={t('common.language')}>
        {locales.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`common.languages.${code}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
