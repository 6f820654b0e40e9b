/**
 * The message catalogs the running app holds. The entry bundles only the core namespaces (what
 * the login page and the shell say) in English; each panel registers its own namespace when its
 * route module loads, and Polish (all of it, one chunk) is fetched only once it is chosen, so a
 * panel opened later never shows a Polish user English words.
 */
import type { en } from './messages/en';
import { announce } from './messages/en/announce';
import { auth } from './messages/en/auth';
import { common } from './messages/en/common';
import { errors } from './messages/en/errors';
import { shell } from './messages/en/shell';
import { table } from './messages/en/table';
import { recovery } from './messages/en/recovery';
import { copyToImage } from './messages/en/copy-to-image';
import type { Locale } from './locales';
import type { MessageTree } from './types';

type English = typeof en;
/** Namespaces that arrive with their panel's chunk. */
export type PanelNamespace = 'instances' | 'images' | 'volumeSnapshots' | 'launch' | 'instanceDetail' | 'restore' | 'policies' | 'snapshotStorage' | 'imageSharing';
type OtherLocale = Exclude<Locale, 'en'>;

const loaders: Readonly<Record<OtherLocale, () => Promise<MessageTree>>> = {
  pl: () => import('./messages/pl').then((module) => module.pl),
};

// copyToImage is core: the app shell tells the end of a copy resumed after a reload, on any page.
const trees: Record<Locale, Record<string, MessageTree>> = { en: { common, auth, shell, errors, table, recovery, announce, copyToImage }, pl: {} };
const loaded = new Set<Locale>(['en']);
const loading = new Map<Locale, Promise<void>>();
const listeners = new Set<() => void>();
let snapshot: Readonly<Record<Locale, MessageTree>> = { en: { ...trees.en }, pl: { ...trees.pl } };

function changed(): void {
  snapshot = { en: { ...trees.en }, pl: { ...trees.pl } };
  for (const listener of listeners) listener();
}

export function isLocaleLoaded(locale: Locale): boolean {
  return loaded.has(locale);
}

/** Fetches a language's messages (once; a failed fetch may be retried by the next call). */
export function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'en' || loaded.has(locale)) return Promise.resolve();
  let promise = loading.get(locale);
  if (!promise) {
    promise = loaders[locale]()
      .then((tree) => {
        Object.assign(trees[locale], tree);
        loaded.add(locale);
        changed();
      })
      .finally(() => loading.delete(locale));
    loading.set(locale, promise);
  }
  return promise;
}

/** Adds a panel's English namespace; its panel's route module calls this when it loads. */
export function registerMessages<N extends PanelNamespace>(namespace: N, english: English[N]): void {
  if (trees.en[namespace] === english) return;
  trees.en[namespace] = english;
  changed();
}

/** The trees `translate` reads, per language: whatever has arrived so far (a new object on each arrival). */
export function currentCatalogs(): Readonly<Record<Locale, MessageTree>> {
  return snapshot;
}

export function subscribeCatalogs(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
