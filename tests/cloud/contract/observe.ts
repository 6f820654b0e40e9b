/**
 * What a scenario records: per step, HTTP status codes, the shape of an answer (every key path
 * with its value types), exact values that must agree, and lifecycle sequences.
 */
export type Scalar = string | number | boolean | null;
export type Value = Scalar | Value[] | { [key: string]: Value };

/**
 * `subsequence`: the real cloud may skip brief states between polls: its sequence must be a
 * subsequence of the mock's full one with the same first and last state.
 * `transient-start`: the same, except that the first state is one the real cloud leaves within
 * milliseconds (set by an API and moved on by a service at once), so the real sequence may start
 * at any later state of the mock's.
 */
export type SequenceMode = 'exact' | 'subsequence' | 'transient-start';

export interface Observation {
  /** Unique within the scenario, e.g. `POST /servers/{id}/action createImage`. */
  step: string;
  /** Every HTTP status answered during the step, in order. */
  statuses?: number[];
  /** Key path → sorted value types joined by `|` (`server.image.id` → `string`). */
  shape?: Record<string, string>;
  /** A value both clouds must give exactly (ids and names normalised first). */
  value?: Value;
  /** Lifecycle states collapsed to distinct consecutive ones; compared by `sequenceMode`. */
  sequence?: string[];
  sequenceMode?: SequenceMode;
}

export interface ShapeOptions {
  /** Paths whose child keys are data, not schema (`addresses`, `metadata`): collapsed to `*`. */
  dynamic?: readonly string[];
  /** Paths left out entirely. */
  ignore?: readonly string[];
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every key path of a JSON value with the set of types seen there (array items merged under `[]`). */
export function shapeOf(value: unknown, options: ShapeOptions = {}): Record<string, string> {
  const dynamic = new Set(options.dynamic ?? []);
  const ignore = new Set(options.ignore ?? []);
  const types = new Map<string, Set<string>>();
  const add = (path: string, type: string) => {
    const set = types.get(path) ?? new Set<string>();
    set.add(type);
    types.set(path, set);
  };
  const walk = (node: unknown, path: string) => {
    if (ignore.has(path)) return;
    add(path || '(root)', typeOf(node));
    if (Array.isArray(node)) {
      for (const item of node) walk(item, `${path}[]`);
    } else if (isRecord(node)) {
      for (const [key, child] of Object.entries(node)) {
        const childPath = dynamic.has(path) ? `${path}.*` : path ? `${path}.${key}` : key;
        walk(child, childPath);
      }
    }
  };
  walk(value, '');
  return Object.fromEntries([...types.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([path, set]) => [path, [...set].sort().join('|')]));
}

/** The keys of an object, sorted (a value observation of which keys exist). */
export function keysOf(value: unknown): string[] {
  return isRecord(value) ? Object.keys(value).sort() : [];
}

/** Collapses consecutive repeats: `[a, a, b, b, a]` → `[a, b, a]`. */
export function collapse(states: readonly string[]): string[] {
  const out: string[] = [];
  for (const state of states) if (out.at(-1) !== state) out.push(state);
  return out;
}

const uuidPattern = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b[0-9a-f]{32}\b/gi;
const requestIdPattern = /\breq-<id>/g;

/** Replaces what differs by nature (ids, URLs, name prefixes) so texts can be compared. */
export function normalise(text: string, replacements: ReadonlyArray<readonly [string, string]> = []): string {
  let out = text;
  for (const [from, to] of replacements) if (from) out = out.split(from).join(to);
  return out
    .replace(/https?:\/\/[^\s"'<>]+/g, '<url>')
    .replace(uuidPattern, '<id>')
    .replace(requestIdPattern, '<request-id>')
    .replace(/contract-(?:pol-)?\d+(-[a-z0-9]+)?/g, 'contract-<run>');
}

/** A JSON value with every string normalised. */
export function normaliseValue(value: unknown, replacements: ReadonlyArray<readonly [string, string]> = []): Value {
  if (typeof value === 'string') return normalise(value, replacements);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => normaliseValue(item, replacements));
  if (isRecord(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, normaliseValue(child, replacements)]));
  }
  return null;
}
