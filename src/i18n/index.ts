export { I18nProvider, useI18n, type I18n } from './I18nProvider';
export { locales, initialLocale, type Locale, type MessageKey } from './locales';
export { loadLocale } from './catalog';
