// @vitest-environment node
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHealthHandler } from '../../../server/policies/health.mjs';
import { startFakeOpenStack, type FakeOpenStack } from './fake-openstack';
import { startPolicyServer } from './harness';

let cloud: FakeOpenStack;

beforeAll(async () => {
  cloud = await startFakeOpenStack();
}, 60_000);

afterAll(async () => {
  await cloud.close();
});

async function get(url: string) {
  const answer = await fetch(url);
  return { status: answer.status, type: answer.headers.get('content-type'), json: (await answer.json()) as Record<string, unknown> };
}

describe('GET /healthz', () => {
  it('says, without a token, which replica answers, its database and that its scheduler runs', async () => {
    const server = await startPolicyServer(cloud, { scheduler: true, tickMs: 3_600_000 });
    try {
      const health = await get(`${server.url}/healthz`);
      expect(health.status).toBe(200);
      expect(health.type).toMatch(/^application\/json/);
      expect(health.json).toEqual({
        status: 'ok',
        replica: server.feature.replicaId,
        database: 'embedded',
        scheduler: 'running',
        heldRuns: [],
      });
    } finally {
      await server.close();
    }
  }, 120_000);

  it('answers 503 with the reason when the database cannot be reached', async () => {
    const handler = createHealthHandler({
      replica: 'replica-a',
      database: 'postgres',
      ping: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:55432')),
      scheduler: null,
    });
    const server = http.createServer((req, res) => handler(req, res, () => res.writeHead(404).end()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const health = await get(`http://127.0.0.1:${(server.address() as AddressInfo).port}/healthz`);
      expect(health.status).toBe(503);
      expect(health.json).toEqual({
        status: 'unavailable',
        reason: 'The database cannot be reached: connect ECONNREFUSED 127.0.0.1:55432',
        replica: 'replica-a',
        database: 'postgres',
        scheduler: 'off',
        heldRuns: [],
      });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
