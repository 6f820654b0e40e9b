import { md5Hex } from './md5';
import { sha512Hex } from './sha512';

/**
 * The mock cloud's image data: deterministic bytes per image id, generated when asked. Only images
 * up to MAX_GENERATED_BYTES carry data (hashing and serving more would slow the demo and the tests);
 * larger seed images keep made-up hashes and the mock refuses to serve them (see download routes).
 */
export const MAX_GENERATED_BYTES = 4 * 1024 * 1024;

function seedOf(id: string): number {
  let seed = 2166136261;
  for (let i = 0; i < id.length; i += 1) seed = Math.imul(seed ^ id.charCodeAt(i), 16777619);
  return seed || 1;
}

/** `size` pseudo-random bytes (xorshift32 seeded by the id): the same every time for the same id. */
export function generatedBytes(id: string, size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let state = seedOf(id);
  for (let i = 0; i < size; i += 4) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 255;
    if (i + 1 < size) bytes[i + 1] = (state >>> 8) & 255;
    if (i + 2 < size) bytes[i + 2] = (state >>> 16) & 255;
    if (i + 3 < size) bytes[i + 3] = (state >>> 24) & 255;
  }
  return bytes;
}

export function holdsGeneratedData(size: number | null): size is number {
  return size !== null && size > 0 && size <= MAX_GENERATED_BYTES;
}

type Hashes = { checksum: string; os_hash_value: string };
/**
 * The seed's image with data (web-1-snap-golden), worked out once here so that no fresh mock cloud
 * hashes at start-up; image-data.test.ts checks it against the bytes.
 */
export const SEEDED_HASHES: Readonly<Record<string, Hashes>> = {
  '72fe7a01-e08a-4943-80c1-43b69b1db9a4:983040': {
    checksum: 'a26fdb10e069e8944688e70cedb0d130',
    os_hash_value:
      'f7a6f135a4aea66006de7885fad0d5c5c00af1bc1375dabf2b323963133a8fcecbfe1f6ada511c25cb3a0421b734ee33fc07c6a6ad5bc8052814fdce421a4d6c',
  },
};
/** Other images (snapshots made in the mock): worked out once per process. */
const hashCache = new Map<string, Hashes>();
const HASH_CACHE_LIMIT = 256;

/** Glance's `checksum` (md5) and sha512 `os_hash_value` of an image's generated data. */
export function generatedHashes(id: string, size: number): Hashes {
  const key = `${id}:${size}`;
  const known = SEEDED_HASHES[key] ?? hashCache.get(key);
  if (known) return known;
  const bytes = generatedBytes(id, size);
  const hashes = { checksum: md5Hex(bytes), os_hash_value: sha512Hex(bytes) };
  if (hashCache.size >= HASH_CACHE_LIMIT) hashCache.clear();
  hashCache.set(key, hashes);
  return hashes;
}
