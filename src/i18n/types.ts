/** Plural forms as Intl.PluralRules names them; Polish uses one, few, many and other. */
export interface PluralForms {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export type MessageValue = string | PluralForms;

export interface MessageTree {
  readonly [key: string]: MessageValue | MessageTree;
}

/** Dotted paths to every message of a tree: `images.columns.name`. */
export type MessageKeys<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends MessageValue ? `${Prefix}${K}` : MessageKeys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Another language's tree: the same keys, any wording and plural forms. */
export type Translation<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : T[K] extends PluralForms ? PluralForms : Translation<T[K]>;
};

export type MessageParams = Readonly<Record<string, string | number>>;
