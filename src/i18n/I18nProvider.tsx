import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { formatAge, formatBytes, formatDateTime, formatGigabytes, formatMegabytes, formatNumber } from './format';
import { catalogs, initialLocale, type Locale, type MessageKey } from './locales';
import { translate } from './translate';
import type { MessageParams } from './types';

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, params?: MessageParams): string;
  format: {
    dateTime(iso: string | null | undefined): string;
    age(iso: string | null | undefined): string;
    bytes(bytes: number | null | undefined): string;
    gigabytes(gigabytes: number): string;
    megabytes(megabytes: number): string;
    number(value: number): string;
  };
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children, locale: fixedLocale }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => fixedLocale ?? initialLocale());

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem('snapshot-dashboard.locale', next);
    } catch {
      // the choice still holds for this tab
    }
  }, []);

  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, params) => translate(catalogs[locale], catalogs.en, locale, key, params),
      format: {
        dateTime: (iso) => formatDateTime(locale, iso),
        age: (iso) => formatAge(locale, iso),
        bytes: (bytes) => formatBytes(locale, bytes),
        gigabytes: (gigabytes) => formatGigabytes(locale, gigabytes),
        megabytes: (megabytes) => formatMegabytes(locale, megabytes),
        number: (amount) => formatNumber(locale, amount),
      },
    }),
    [locale, setLocale],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
