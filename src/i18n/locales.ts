import type { en } from './messages/en';
import type { MessageKeys } from './types';

export const locales = ['en', 'pl'] as const;
export type Locale = (typeof locales)[number];
/** Every message key, from the English tree's type (nothing of it is bundled by this import). */
export type MessageKey = MessageKeys<typeof en>;

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The saved choice, else the browser's first language we speak, else English. */
export function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem('snapshot-dashboard.locale');
    if (isLocale(saved)) return saved;
  } catch {
    // storage can be unavailable (privacy mode); fall through
  }
  const languages = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];
  for (const language of languages) {
    const base = language.slice(0, 2).toLowerCase();
    if (isLocale(base)) return base;
  }
  return 'en';
}
