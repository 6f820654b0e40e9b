import type { MockDb } from './db';

/** A small, fast string hash (FNV-1a with a seed, then an avalanche) — deterministic ids without Math.random. */
export function hash32(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** `length` hex digits derived from `key`. */
export function hexFrom(key: string, length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i++) out += hash32(key, i + 1).toString(16).padStart(8, '0');
  return out.slice(0, length);
}

/** A version-4-shaped UUID derived from `key`. */
export function uuidFrom(key: string): string {
  const h = hexFrom(key, 32);
  const variant = ['8', '9', 'a', 'b'][Number.parseInt(h[16] ?? '0', 16) % 4] ?? '8';
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The next deterministic id of a kind; the counters live in the db so export/import keeps them. */
export function nextId(db: MockDb, kind: string): string {
  const n = (db.meta.counters[kind] ?? 0) + 1;
  db.meta.counters[kind] = n;
  return uuidFrom(`${kind}:${n}`);
}

/** Fernet-looking token: deterministic, unique per counter. */
export function nextTokenId(db: MockDb): string {
  const n = (db.meta.counters['token'] ?? 0) + 1;
  db.meta.counters['token'] = n;
  return `gAAAAAB${hexFrom(`token:${n}`, 72)}`;
}

/** Seeded PRNG (mulberry32) for chaos. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
