/** The colour theme: the system's (prefers-color-scheme) unless the user chose one; kept in localStorage. */
export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

const storageKey = 'snapshot-dashboard.theme';

function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (themeChoices as readonly string[]).includes(value);
}

export function savedTheme(storage: Storage = localStorage): ThemeChoice {
  try {
    const value = storage.getItem(storageKey);
    return isThemeChoice(value) ? value : 'system';
  } catch {
    // Storage can be refused (privacy settings): the system's theme then.
    return 'system';
  }
}

/** Puts the choice on `<html data-theme>` (the tokens read it); "system" leaves it to the media query. */
export function applyTheme(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (choice === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = choice;
}

export function saveTheme(choice: ThemeChoice, storage: Storage = localStorage): void {
  try {
    if (choice === 'system') storage.removeItem(storageKey);
    else storage.setItem(storageKey, choice);
  } catch {
    // Not remembered, still applied.
  }
  applyTheme(choice);
}
