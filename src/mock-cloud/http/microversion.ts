import { ApiError } from './errors';

export interface VersionRange {
  /** Header service name: 'compute' or 'volume'. */
  service: 'compute' | 'volume';
  major: number;
  minMinor: number;
  maxMinor: number;
  legacyHeader?: string;
}

export const computeVersions: VersionRange = {
  service: 'compute',
  major: 2,
  minMinor: 1,
  maxMinor: 93,
  legacyHeader: 'X-OpenStack-Nova-API-Version',
};

export const volumeVersions: VersionRange = { service: 'volume', major: 3, minMinor: 0, maxMinor: 70 };

function versionString(range: VersionRange, minor: number): string {
  return `${range.major}.${minor}`;
}

/** Reads `OpenStack-API-Version: <service> X.Y` (or the legacy Nova header); default = minimum; 406 out of range. */
export function negotiate(range: VersionRange, headers: Headers): number {
  let requested: string | undefined;
  const modern = headers.get('OpenStack-API-Version');
  if (modern) {
    for (const part of modern.split(',')) {
      const [service, value] = part.trim().split(/\s+/);
      if (service?.toLowerCase() === range.service && value) requested = value;
    }
  }
  if (requested === undefined && range.legacyHeader) requested = headers.get(range.legacyHeader)?.trim() || undefined;
  if (requested === undefined) return range.minMinor;
  if (requested.toLowerCase() === 'latest') return range.maxMinor;
  const m = /^(\d+)\.(\d+)$/.exec(requested);
  if (!m) {
    throw new ApiError(
      400,
      `API Version String ${requested} is of invalid format. Must be of format MajorNum.MinorNum.`,
    );
  }
  const major = Number(m[1]);
  const minor = Number(m[2]);
  if (major !== range.major || minor < range.minMinor || minor > range.maxMinor) {
    throw new ApiError(
      406,
      `Version ${requested} is not supported by the API. Minimum is ${versionString(range, range.minMinor)} and maximum is ${versionString(range, range.maxMinor)}.`,
    );
  }
  return minor;
}

export function versionHeaders(range: VersionRange, minor: number): Record<string, string> {
  const value = versionString(range, minor);
  const headers: Record<string, string> = { 'OpenStack-API-Version': `${range.service} ${value}` };
  if (range.legacyHeader) {
    headers[range.legacyHeader] = value;
    headers['Vary'] = `OpenStack-API-Version, ${range.legacyHeader}`;
  } else {
    headers['Vary'] = 'OpenStack-API-Version';
  }
  return headers;
}
