// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generatedBytes, generatedHashes, SEEDED_HASHES } from './image-data';
import { md5Hex } from './md5';
import { sha512Hex } from './sha512';

const digest = (algorithm: string, bytes: Uint8Array) => createHash(algorithm).update(bytes).digest('hex');

describe('the mock cloud’s image data', () => {
  it('hashes like Glance does (sha512 and md5), at every padding boundary', () => {
    for (const size of [0, 1, 55, 56, 63, 64, 111, 112, 127, 128, 129, 1000, 70_001]) {
      const bytes = generatedBytes(`image-${size}`, size);
      expect(sha512Hex(bytes)).toBe(digest('sha512', bytes));
      expect(md5Hex(bytes)).toBe(digest('md5', bytes));
    }
  });

  it('generates the same bytes for the same image, and the hashes of exactly those bytes', () => {
    const a = generatedBytes('0b1d', 300_003);
    expect(generatedBytes('0b1d', 300_003)).toEqual(a);
    expect(generatedBytes('0b1e', 300_003)).not.toEqual(a);
    expect(generatedHashes('0b1d', 300_003)).toEqual({ checksum: digest('md5', a), os_hash_value: digest('sha512', a) });
  });

  it('knows the seed image’s hashes ahead, and they are those of its bytes', () => {
    for (const [key, hashes] of Object.entries(SEEDED_HASHES)) {
      const [id = '', size = '0'] = key.split(':');
      const bytes = generatedBytes(id, Number(size));
      expect(hashes).toEqual({ checksum: digest('md5', bytes), os_hash_value: digest('sha512', bytes) });
    }
  });
});
