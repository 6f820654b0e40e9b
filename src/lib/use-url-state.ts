import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * One piece of page state kept in the URL. `parse` gets every value of the
 * parameter (empty when absent) and returns undefined for "missing or invalid"
 * (the default is used); `serialize` returns the values to write.
 */
export interface UrlField<V> {
  default: V;
  parse(values: string[]): V | undefined;
  serialize(value: V): string[];
  /** The search parameter's name, if not the field's own. */
  param?: string;
}

export type UrlFields<T> = { [K in keyof T]: UrlField<T[K]> };

export type UrlStateUpdate<T> = Partial<T> | ((current: T) => Partial<T>);

export interface UrlStateSetOptions {
  /** Replace the history entry instead of pushing one (typing in a filter). */
  replace?: boolean;
}

export interface SortState<K extends string = string> {
  key: K;
  dir: 'asc' | 'desc';
}

function fieldKeys<T>(fields: UrlFields<T>): Array<keyof T & string> {
  return Object.keys(fields) as Array<keyof T & string>;
}

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** Reads the typed state out of search params; anything missing or invalid falls back to its default. */
export function readUrlState<T>(fields: UrlFields<T>, params: URLSearchParams): T {
  const state = {} as T;
  for (const key of fieldKeys(fields)) {
    const field = fields[key];
    const parsed = field.parse(params.getAll(field.param ?? key));
    state[key] = parsed === undefined ? field.default : parsed;
  }
  return state;
}

/** Writes the given fields into a copy of `params`, leaving defaults (and foreign params) out or untouched. */
export function writeUrlState<T>(fields: UrlFields<T>, params: URLSearchParams, values: Partial<T>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of fieldKeys(fields)) {
    if (!(key in values)) continue;
    const field = fields[key];
    const name = field.param ?? key;
    const serialized = field.serialize(values[key] as T[typeof key]);
    next.delete(name);
    if (sameValues(serialized, field.serialize(field.default))) continue;
    for (const value of serialized) next.append(name, value);
  }
  return next;
}

/**
 * Table state (filters, sort, page size, marker stack) in the URL, so a view can be
 * shared, reloaded and walked back with the browser's Back button. Defaults stay out of the URL.
 * `fields` should be a module-level constant.
 */
export function useUrlState<T>(fields: UrlFields<T>): [T, (update: UrlStateUpdate<T>, options?: UrlStateSetOptions) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readUrlState(fields, params), [fields, params]);
  const setState = useCallback(
    (update: UrlStateUpdate<T>, options?: UrlStateSetOptions) => {
      setParams(
        (current) => {
          const values = typeof update === 'function' ? update(readUrlState(fields, current)) : update;
          return writeUrlState(fields, current, values);
        },
        { replace: options?.replace ?? false },
      );
    },
    [fields, setParams],
  );
  return [state, setState];
}

/** Ready-made fields for the common cases. */
export const urlField = {
  string(defaultValue = ''): UrlField<string> {
    return {
      default: defaultValue,
      parse: (values) => values[0],
      serialize: (value) => (value === '' ? [] : [value]),
    };
  },
  /** An integer, kept only when it is one of `allowed` (page sizes) or, without `allowed`, when finite. */
  integer(defaultValue: number, allowed?: readonly number[]): UrlField<number> {
    return {
      default: defaultValue,
      parse: (values) => {
        const raw = values[0];
        if (raw === undefined || !/^-?\d+$/.test(raw)) return undefined;
        const value = Number(raw);
        return allowed && !allowed.includes(value) ? undefined : value;
      },
      serialize: (value) => [String(value)],
    };
  },
  oneOf<V extends string>(allowed: readonly V[], defaultValue: V): UrlField<V> {
    return {
      default: defaultValue,
      parse: (values) => allowed.find((value) => value === values[0]),
      serialize: (value) => [value],
    };
  },
  /** Repeated parameters, in order: `?marker=a&marker=b` (a marker stack). */
  list(): UrlField<string[]> {
    return {
      default: [],
      parse: (values) => values.filter((value) => value !== ''),
      serialize: (value) => value,
    };
  },
  boolean(defaultValue = false): UrlField<boolean> {
    return {
      default: defaultValue,
      parse: (values) => (values[0] === '1' || values[0] === 'true' ? true : values[0] === '0' || values[0] === 'false' ? false : undefined),
      serialize: (value) => [value ? '1' : '0'],
    };
  },
  /** `?sort=name:asc`; only the given keys are accepted. */
  sort<K extends string>(keys: readonly K[], defaultValue: SortState<K> | null): UrlField<SortState<K> | null> {
    return {
      default: defaultValue,
      parse: (values) => {
        const raw = values[0];
        if (raw === undefined) return undefined;
        if (raw === 'none') return null;
        const [key, dir] = raw.split(':');
        const known = keys.find((candidate) => candidate === key);
        if (!known || (dir !== 'asc' && dir !== 'desc')) return undefined;
        return { key: known, dir };
      },
      serialize: (value) => [value ? `${value.key}:${value.dir}` : 'none'],
    };
  },
};
