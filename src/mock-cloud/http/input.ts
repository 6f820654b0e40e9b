/** Narrowing helpers for request bodies and query strings (no `any`). */
export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function optString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function stringMap(value: unknown): Record<string, string> | null {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) return null;
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v !== 'string') return null;
    out[key] = v;
  }
  return out;
}

/** Python's repr-ish rendering used in Nova's JSON-schema messages. */
export function pyRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
  if (isRecord(value))
    return `{${Object.entries(value)
      .map(([k, v]) => `'${k}': ${pyRepr(v)}`)
      .join(', ')}}`;
  return String(value);
}

/** Python json.dumps spacing (", " and ": "), as Nova writes block_device_mapping into Glance. */
export function pyJsonDumps(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(pyJsonDumps).join(', ')}]`;
  if (isRecord(value))
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}: ${pyJsonDumps(v)}`)
      .join(', ')}}`;
  return JSON.stringify(value);
}

/** A strict non-negative integer from a query value, or undefined when absent. */
export function parseIntParam(raw: string | null): number | undefined | 'invalid' {
  if (raw === null) return undefined;
  if (!/^-?\d+$/.test(raw.trim())) return 'invalid';
  return Number.parseInt(raw, 10);
}

export function boolParam(raw: string | null): boolean | undefined | 'invalid' {
  if (raw === null) return undefined;
  const v = raw.toLowerCase();
  if (['true', '1', 'yes', 'on', 't', 'y'].includes(v)) return true;
  if (['false', '0', 'no', 'off', 'f', 'n'].includes(v)) return false;
  return 'invalid';
}
