import type { MockDb } from './db';
import { emptyPolicies } from './db/policies';
import { isRecord } from './http/input';

const format = 'openstack-mock-cloud-state';
const version = 1;

/** exportState(): the db (tokens and lifecycles included) and the virtual clock offset. */
export function writeState(db: MockDb, offsetMs: number): string {
  return JSON.stringify({ format, version, offsetMs, db });
}

export function readState(json: string): { db: MockDb; offsetMs: number } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new Error(`importState: not JSON (${String(error)})`, { cause: error });
  }
  if (!isRecord(parsed) || parsed['format'] !== format || parsed['version'] !== version) {
    throw new Error(`importState: not a ${format} v${version} document`);
  }
  const db = parsed['db'];
  const offsetMs = parsed['offsetMs'];
  const parts = ['identity', 'compute', 'image', 'volume', 'network', 'meta'];
  if (!isRecord(db) || !parts.every((p) => isRecord(db[p])) || typeof offsetMs !== 'number') {
    throw new Error('importState: the document has no complete db');
  }
  // States saved before snapshot policies existed have no policy part.
  if (!isRecord(db['policy'])) db['policy'] = emptyPolicies();
  return { db: db as unknown as MockDb, offsetMs };
}
