import { z } from 'zod';

/** A microversion as [major, minor]; '2.45' → [2, 45]. */
export type Microversion = readonly [number, number];

function parseMicroversion(text: string): Microversion | null {
  const match = /^(\d+)\.(\d+)$/.exec(text.trim());
  return match ? [Number(match[1]), Number(match[2])] : null;
}

function compareMicroversions(a: Microversion, b: Microversion): number {
  return a[0] - b[0] || a[1] - b[1];
}

export function atLeast(current: string | null, wanted: string): boolean {
  if (!current) return false;
  const a = parseMicroversion(current);
  const b = parseMicroversion(wanted);
  return a !== null && b !== null && compareMicroversions(a, b) >= 0;
}

export const versionEntrySchema = z.looseObject({
  id: z.string(),
  status: z.string(),
  version: z.string().optional(),
  min_version: z.string().optional(),
});

export const versionListSchema = z.looseObject({ versions: z.array(versionEntrySchema) });
export const singleVersionSchema = z.looseObject({ version: versionEntrySchema });

export type VersionEntry = z.infer<typeof versionEntrySchema>;

/**
 * Picks the highest microversion both sides speak: the server's [min, max] from its version
 * document, capped at the newest one this client was written for. Null when the server has
 * no microversions (an empty `version`) or the ranges do not meet.
 */
export function negotiateMicroversion(entry: VersionEntry, clientMax: string, clientMin: string): string | null {
  const serverMax = entry.version ? parseMicroversion(entry.version) : null;
  const serverMin = entry.min_version ? parseMicroversion(entry.min_version) : null;
  const cap = parseMicroversion(clientMax);
  const floor = parseMicroversion(clientMin);
  if (!serverMax || !cap || !floor) return null;
  const chosen = compareMicroversions(serverMax, cap) < 0 ? serverMax : cap;
  if (compareMicroversions(chosen, floor) < 0) return null;
  if (serverMin && compareMicroversions(chosen, serverMin) < 0) return null;
  return `${chosen[0]}.${chosen[1]}`;
}

/** The entry of a version list that a versioned endpoint URL points at (`/v2.1`, `/v3`). */
export function versionEntryFor(versions: VersionEntry[], majorPrefix: string): VersionEntry | undefined {
  return versions.find((entry) => entry.id === majorPrefix || entry.id.startsWith(`${majorPrefix}.`)) ??
    versions.find((entry) => entry.status.toUpperCase() === 'CURRENT');
}
