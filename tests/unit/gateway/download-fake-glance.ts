// A fake Keystone and Glance for the download tests: images with data, Range like Glance's, and a
// large image written at the pace the reader allows (so a test can see whether anyone buffers).
import { createHash } from 'node:crypto';
import type http from 'node:http';
import { json, startServer, type FakeServer } from './fake-cloud';

export const TOKEN = 'gAAAAA-download-token';
export const OTHER_TOKEN = 'gAAAAA-other-token';
export const SMALL_ID = '0b1d2c3e-0000-4000-8000-000000000001';
export const EMPTY_ID = '0b1d2c3e-0000-4000-8000-000000000002';
export const BIG_ID = '0b1d2c3e-0000-4000-8000-000000000003';
export const ODD_NAME_ID = '0b1d2c3e-0000-4000-8000-000000000004';
export const SMALL = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 31 + 7) % 251));
export const BIG_BYTES = 48 * 1024 * 1024;
const CHUNK = 64 * 1024;

export const sha512 = (bytes: Buffer) => createHash('sha512').update(bytes).digest('hex');

/** Byte `i` of the big image. */
export const bigByte = (i: number) => (i * 13 + 5) % 256;

function bigChunk(offset: number, length: number): Buffer {
  const chunk = Buffer.alloc(length);
  for (let i = 0; i < length; i += 1) chunk[i] = bigByte(offset + i);
  return chunk;
}

export interface BigProgress {
  /** Bytes of the big image Glance has handed to its socket so far. */
  written: number;
  /** Whether Glance is waiting for its socket to drain (the reader does not keep up). */
  waiting: boolean;
}

function record(id: string, name: string, size: number, extra: Record<string, unknown> = {}) {
  return { id, name, status: 'active', visibility: 'private', size, disk_format: 'qcow2', checksum: 'md5-of-it', os_hash_algo: 'sha512', ...extra };
}

export async function startDownloadCloud() {
  const bigProgress: BigProgress = { written: 0, waiting: false };
  const images: Record<string, Record<string, unknown>> = {
    [SMALL_ID]: record(SMALL_ID, 'nightly backup', SMALL.length, { os_hash_value: sha512(SMALL) }),
    [EMPTY_ID]: record(EMPTY_ID, 'db-volume-snap', 0, { block_device_mapping: '[{"source_type": "snapshot"}]' }),
    [BIG_ID]: record(BIG_ID, 'big', BIG_BYTES, { os_hash_value: 'big-hash' }),
    [ODD_NAME_ID]: record(ODD_NAME_ID, '../Zdjęcie "łąka"\u0007/..', SMALL.length, { os_hash_value: sha512(SMALL) }),
  };

  const serveBig = (res: http.ServerResponse) => {
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': BIG_BYTES });
    const more = () => {
      bigProgress.waiting = false;
      while (bigProgress.written < BIG_BYTES) {
        const length = Math.min(CHUNK, BIG_BYTES - bigProgress.written);
        const flowing = res.write(bigChunk(bigProgress.written, length));
        bigProgress.written += length;
        if (!flowing) {
          bigProgress.waiting = true;
          res.once('drain', more);
          return;
        }
      }
      res.end();
    };
    more();
  };

  const glance: FakeServer = await startServer((req, res) => {
    if (req.headers['x-auth-token'] !== TOKEN) {
      json(res, 401, { message: 'not authorized' });
      return;
    }
    const match = /^\/v2\/images\/([^/]+)(\/file)?$/.exec(req.url ?? '');
    const image = match?.[1] ? images[match[1]] : undefined;
    if (!match || !image) {
      json(res, 404, { message: 'No image found' });
      return;
    }
    if (!match[2]) {
      json(res, 200, image);
      return;
    }
    if (image['id'] === BIG_ID) {
      serveBig(res);
      return;
    }
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    if (range) {
      const start = Number(range[1]);
      const end = range[2] ? Math.min(Number(range[2]), SMALL.length - 1) : SMALL.length - 1;
      if (start >= SMALL.length) {
        res.writeHead(416, { 'Content-Range': `bytes */${SMALL.length}` });
        res.end();
        return;
      }
      res.writeHead(206, {
        'Content-Type': 'application/octet-stream',
        'Content-Length': end - start + 1,
        'Content-Range': `bytes ${start}-${end}/${SMALL.length}`,
      });
      res.end(SMALL.subarray(start, end + 1));
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': SMALL.length, 'Content-MD5': 'md5-of-it' });
    res.end(SMALL);
  });

  const keystone: FakeServer = await startServer((req, res) => {
    const subject = req.headers['x-subject-token'];
    if (req.url !== '/v3/auth/tokens' || (subject !== TOKEN && subject !== OTHER_TOKEN)) {
      json(res, 404, { error: { message: 'token not found' } });
      return;
    }
    const catalog = [{ type: 'image', endpoints: [{ interface: 'public', region_id: 'RegionOne', url: glance.url }] }];
    const expires = new Date(Date.now() + 3_600_000).toISOString();
    json(res, 200, { token: { user: { id: 'u1' }, project: { id: 'p1' }, expires_at: expires, catalog } });
  });

  return {
    glance,
    keystone,
    bigProgress,
    async close() {
      await glance.close();
      await keystone.close();
    },
  };
}
