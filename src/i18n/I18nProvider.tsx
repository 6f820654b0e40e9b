import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { currentCatalogs, isLocaleLoaded, loadLocale, subscribeCatalogs } from './catalog';
import { formatAge, formatBytes, formatDateTime, formatDuration, formatGibibytes, formatGigabytes, formatMegabytes, formatNumber } from './format';
import { initialLocale, type Locale, type MessageKey } from './locales';
import { translate } from './translate';
import type { MessageParams } from './types';

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, params?: MessageParams): string;
  format: {
    dateTime(iso: string | null | undefined): string;
    /** "3 hours ago", counted from `now` (this moment by default). */
    age(iso: string | null | undefined, now?: number): string;
    bytes(bytes: number | null | undefined): string;
    gigabytes(gigabytes: number): string;
    /** Cinder sizes in binary units, as Cinder counts them: "10 GiB". */
    gibibytes(gibibytes: number): string;
    megabytes(megabytes: number): string;
    number(value: number): string;
    /** A length of time in ms: "2 min 10 sec". */
    duration(ms: number): string;
  };
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children, locale: fixedLocale }: { children: ReactNode; locale?: Locale }) {
  const [requested] = useState<Locale>(() => fixedLocale ?? initialLocale());
  // The language shown: a newly chosen one takes over once its messages are here (no flash of keys).
  const [locale, setLocaleState] = useState<Locale>(() => (isLocaleLoaded(requested) ? requested : 'en'));
  const latest = useRef<Locale>(requested);
  // Changes when a panel registers its messages or a language arrives: a new `t` re-renders its users.
  const catalogs = useSyncExternalStore(subscribeCatalogs, currentCatalogs, currentCatalogs);

  // In the same commit as the text: a screen reader never reads Polish words with English rules.
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const show = useCallback((next: Locale) => {
    latest.current = next;
    loadLocale(next).then(
      () => {
        if (latest.current === next) setLocaleState(next);
      },
      () => {
        // the messages could not be fetched: stay in the language shown
      },
    );
  }, []);

  useEffect(() => {
    if (!isLocaleLoaded(requested)) show(requested);
  }, [requested, show]);

  const setLocale = useCallback(
    (next: Locale) => {
      show(next);
      try {
        localStorage.setItem('snapshot-dashboard.locale', next);
      } catch {
        // the choice still holds for this tab
      }
    },
    [show],
  );

  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, params) => translate(catalogs[locale], catalogs.en, locale, key, params),
      format: {
        dateTime: (iso) => formatDateTime(locale, iso),
        age: (iso, now) => formatAge(locale, iso, now),
        bytes: (bytes) => formatBytes(locale, bytes),
        gigabytes: (gigabytes) => formatGigabytes(locale, gigabytes),
        gibibytes: (gibibytes) => formatGibibytes(locale, gibibytes),
        megabytes: (megabytes) => formatMegabytes(locale, megabytes),
        number: (amount) => formatNumber(locale, amount),
        duration: (ms) => formatDuration(locale, ms),
      },
    }),
    [locale, setLocale, catalogs],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
