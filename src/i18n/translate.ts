import { numberFormat } from './intl-cache';
import type { MessageParams, MessageTree, MessageValue, PluralForms } from './types';

function lookup(tree: MessageTree, key: string): MessageValue | undefined {
  let node: MessageValue | MessageTree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = (node as MessageTree)[part];
  }
  if (typeof node === 'string') return node;
  if (node && typeof node === 'object' && typeof (node as PluralForms).other === 'string') return node as PluralForms;
  return undefined;
}

const pluralRulesCache = new Map<string, Intl.PluralRules>();
function pluralRules(locale: string): Intl.PluralRules {
  let rules = pluralRulesCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRulesCache.set(locale, rules);
  }
  return rules;
}

/** Picks the plural form for `count` by the locale's rules (Polish: 1 plik, 2 pliki, 5 plików). */
export function choosePlural(forms: PluralForms, locale: string, count: number): string {
  const category = pluralRules(locale).select(count) as keyof PluralForms;
  return forms[category] ?? forms.other;
}

function interpolate(template: string, locale: string, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat(locale).format(value) : value;
  });
}

/** Translates a dotted key; falls back to the fallback tree, then to the key itself. */
export function translate(
  tree: MessageTree,
  fallback: MessageTree,
  locale: string,
  key: string,
  params?: MessageParams,
): string {
  const value = lookup(tree, key) ?? lookup(fallback, key);
  if (value === undefined) return key;
  if (typeof value === 'string') return interpolate(value, locale, params);
  const count = typeof params?.['count'] === 'number' ? params['count'] : 0;
  return interpolate(choosePlural(value, locale, count), locale, params);
}
