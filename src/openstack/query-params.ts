export type QueryValue = string | number | boolean | readonly string[] | null | undefined;

/**
 * Builds a query string the OpenStack way: arrays repeat the key (`fields=id&fields=name`, not
 * axios's default `fields[]=`), and undefined, null and empty values are left out.
 */
export function toSearchParams(params: Record<string, QueryValue>): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      for (const item of value as readonly string[]) search.append(key, item);
    } else {
      search.append(key, String(value));
    }
  }
  return search;
}
