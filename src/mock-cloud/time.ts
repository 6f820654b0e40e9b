/** Timestamp formats, one per service family, from virtual epoch milliseconds. */

/** Nova, Glance, Neutron: `2026-01-12T09:30:00Z`. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Cinder: `2026-01-12T09:30:00.000000` (microseconds, no zone). */
export function isoMicros(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000');
}

/** Keystone: `2026-01-12T09:30:00.000000Z`. */
export function isoKeystone(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

export const GiB = 1024 ** 3;
export const MiB = 1024 ** 2;
